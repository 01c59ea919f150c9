// A to-do list where each task moves through a state machine driven by
// textual commands.
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Priority {
    Low = 1,
    Normal = 2,
    High = 3,
}

#[derive(Debug, Clone, PartialEq)]
enum State {
    Open,
    InProgress { assignee: String },
    Blocked { reason: String },
    Done { by: String },
    Cancelled,
}

#[derive(Debug, Clone)]
struct Task {
    id: u32,
    title: String,
    priority: Priority,
    state: State,
    history: Vec<String>,
}

impl fmt::Display for Task {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let status = match &self.state {
            State::Open => "open".to_string(),
            State::InProgress { assignee } => format!("in progress ({})", assignee),
            State::Blocked { reason } => format!("blocked: {}", reason),
            State::Done { by } => format!("done by {}", by),
            State::Cancelled => "cancelled".to_string(),
        };
        write!(f, "#{:<3} [{:<6}] {:<24} {}", self.id, format!("{:?}", self.priority), self.title, status)
    }
}

enum Command {
    Add(Priority, String),
    Start(u32, String),
    Block(u32, String),
    Unblock(u32),
    Finish(u32),
    Cancel(u32),
    List,
}

fn parse_command(line: &str) -> Result<Command, String> {
    let mut parts = line.splitn(3, ' ');
    let verb = parts.next().unwrap_or("");
    let id_arg = parts.next();
    let rest = parts.next();
    let parse_id = |s: Option<&str>| -> Result<u32, String> {
        let s = s.ok_or_else(|| format!("'{}' needs a task id", verb))?;
        s.trim_start_matches('#').parse::<u32>().map_err(|e| format!("bad id {:?}: {}", s, e))
    };
    match verb {
        "add" => {
            let p = match id_arg {
                Some("!") => Priority::High,
                Some("-") => Priority::Low,
                Some(".") => Priority::Normal,
                other => return Err(format!("bad priority {:?}", other)),
            };
            let title = rest.ok_or("add needs a title")?;
            Ok(Command::Add(p, title.to_string()))
        }
        "start" => Ok(Command::Start(parse_id(id_arg)?, rest.unwrap_or("nobody").to_string())),
        "block" => Ok(Command::Block(parse_id(id_arg)?, rest.unwrap_or("unknown reason").to_string())),
        "unblock" => Ok(Command::Unblock(parse_id(id_arg)?)),
        "finish" => Ok(Command::Finish(parse_id(id_arg)?)),
        "cancel" => Ok(Command::Cancel(parse_id(id_arg)?)),
        "list" => Ok(Command::List),
        _ => Err(format!("unknown command {:?}", verb)),
    }
}

fn transition(task: &mut Task, cmd: &Command) -> Result<(), String> {
    let new_state = match (&task.state, cmd) {
        (State::Open, Command::Start(_, who)) | (State::Blocked { .. }, Command::Start(_, who)) => {
            State::InProgress { assignee: who.clone() }
        }
        (State::InProgress { .. }, Command::Block(_, why)) | (State::Open, Command::Block(_, why)) => {
            State::Blocked { reason: why.clone() }
        }
        (State::Blocked { .. }, Command::Unblock(_)) => State::Open,
        (State::InProgress { assignee }, Command::Finish(_)) => State::Done { by: assignee.clone() },
        (State::Done { .. }, Command::Cancel(_)) => return Err("cannot cancel a finished task".into()),
        (State::Cancelled, _) => return Err("task is cancelled".into()),
        (_, Command::Cancel(_)) => State::Cancelled,
        (s, _) => return Err(format!("invalid transition from {:?}", s)),
    };
    task.history.push(format!("{:?} -> {:?}", task.state, new_state));
    task.state = new_state;
    Ok(())
}

fn main() {
    let script = "add ! Fix login bug
add . Write release notes
add - Refactor config loader
start 1 alice
start #2 bob
block 1 waiting for logs
finish 1
start 1 carol
finish 1
cancel 1
add ! Upgrade database
block 4 needs downtime window
unblock 4
finish 4
cancel 3
start 3 dave
start 9 erin
frobnicate 2
start x
finish 2
list";
    let mut tasks: Vec<Task> = Vec::new();
    let mut next_id = 1;
    for (n, line) in script.lines().enumerate() {
        let cmd = match parse_command(line) {
            Ok(c) => c,
            Err(e) => {
                println!("{:>2}> {:<32} !! {}", n + 1, line, e);
                continue;
            }
        };
        let result = match &cmd {
            Command::Add(p, title) => {
                tasks.push(Task { id: next_id, title: title.clone(), priority: *p, state: State::Open, history: vec![] });
                next_id += 1;
                Ok(())
            }
            Command::List => {
                let mut sorted: Vec<&Task> = tasks.iter().collect();
                sorted.sort_by(|a, b| b.priority.cmp(&a.priority).then(a.id.cmp(&b.id)));
                for t in sorted {
                    println!("    {}", t);
                }
                Ok(())
            }
            Command::Start(id, _) | Command::Block(id, _) | Command::Unblock(id) | Command::Finish(id) | Command::Cancel(id) => {
                match tasks.iter_mut().find(|t| t.id == *id) {
                    Some(task) => transition(task, &cmd),
                    None => Err(format!("no task #{}", id)),
                }
            }
        };
        match result {
            Ok(()) => println!("{:>2}> {:<32} ok", n + 1, line),
            Err(e) => println!("{:>2}> {:<32} !! {}", n + 1, line, e),
        }
    }
    for t in &tasks {
        println!("history of #{} ({} steps, priority value {}):", t.id, t.history.len(), t.priority as i32);
        for h in &t.history {
            println!("   {}", h);
        }
    }
    let done = tasks.iter().filter(|t| matches!(t.state, State::Done { .. })).count();
    println!("{} of {} tasks done", done, tasks.len());
    println!("{:#?}", tasks[3].state);
}
