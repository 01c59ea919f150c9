// A batch validator for user records that prints a full report and then
// terminates with std::process::exit(3) because some records failed
// validation (the exit code encodes "data errors").
use std::process;

#[derive(Debug)]
enum Problem {
    EmptyName,
    BadEmail(String),
    AgeOutOfRange(i64),
    DuplicateId(u32),
}

struct Record {
    id: u32,
    name: String,
    email: String,
    age: i64,
}

fn validate(r: &Record, seen: &[u32]) -> Vec<Problem> {
    let mut problems = Vec::new();
    if r.name.trim().is_empty() {
        problems.push(Problem::EmptyName);
    }
    let at = r.email.find('@');
    let valid_email = match at {
        Some(i) if i > 0 => {
            let domain = &r.email[i + 1..];
            domain.contains('.') && !domain.starts_with('.') && !domain.ends_with('.')
        }
        _ => false,
    };
    if !valid_email {
        problems.push(Problem::BadEmail(r.email.clone()));
    }
    if !(0..=150).contains(&r.age) {
        problems.push(Problem::AgeOutOfRange(r.age));
    }
    if seen.contains(&r.id) {
        problems.push(Problem::DuplicateId(r.id));
    }
    problems
}

fn main() {
    let input = "1|Ada Lovelace|ada@example.org|36
2|Alan Turing|alan@example|41
3||nobody@example.com|20
4|Grace Hopper|grace@navy.mil|85
2|Duplicate Dan|dan@example.com|30
5|Time Traveller|tt@future.io|-5
6|Émile Zola|emile@example.fr|62";
    let mut seen = Vec::new();
    let mut failed = 0;
    for line in input.lines() {
        let f: Vec<&str> = line.split('|').collect();
        let r = Record { id: f[0].parse().unwrap(), name: f[1].to_string(), email: f[2].to_string(), age: f[3].parse().unwrap() };
        let problems = validate(&r, &seen);
        seen.push(r.id);
        if problems.is_empty() {
            println!("record {} ({}) ok", r.id, r.name);
        } else {
            failed += 1;
            println!("record {} ({:?}) has {} problem(s):", r.id, r.name, problems.len());
            for p in &problems {
                let text = match p {
                    Problem::EmptyName => "name is empty".to_string(),
                    Problem::BadEmail(e) => format!("email {:?} is invalid", e),
                    Problem::AgeOutOfRange(a) => format!("age {} out of range", a),
                    Problem::DuplicateId(id) => format!("id {} already used", id),
                };
                println!("    - {}", text);
            }
        }
    }
    println!("{} of {} records failed validation", failed, input.lines().count());
    if failed > 0 {
        println!("exiting with status 3");
        process::exit(3);
    }
    println!("all good");
}
