// A Brainfuck interpreter: parsing into an instruction enum with run
// lengths and precomputed jump targets, execution with a wrapping u8
// tape, step limits, and errors for unbalanced brackets.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Ins {
    Add(u8),
    Move(isize),
    Out,
    In,
    JumpIfZero(usize),
    JumpIfNonZero(usize),
    Clear,
}

#[derive(Debug)]
enum BfError {
    Unmatched { kind: char, pos: usize },
    TapeUnderflow(usize),
    StepLimit { steps: u64, output_so_far: String },
}

fn describe(e: &BfError) -> String {
    match e {
        BfError::Unmatched { kind, pos } => format!("unmatched '{}' at byte {}", kind, pos),
        BfError::TapeUnderflow(pc) => format!("moved left of cell 0 at instruction {}", pc),
        BfError::StepLimit { steps, .. } => format!("gave up after {} steps", steps),
    }
}

fn compile(src: &str) -> Result<Vec<Ins>, BfError> {
    let mut code: Vec<Ins> = Vec::new();
    let mut stack: Vec<(usize, usize)> = Vec::new();
    let bytes: Vec<(usize, u8)> = src.bytes().enumerate().filter(|(_, b)| b"+-<>.,[]".contains(b)).collect();
    let mut i = 0;
    while i < bytes.len() {
        let (pos, b) = bytes[i];
        let mut run = 1;
        while matches!(b, b'+' | b'-' | b'<' | b'>') && i + run < bytes.len() && bytes[i + run].1 == b {
            run += 1;
        }
        match b {
            b'+' => code.push(Ins::Add(run as u8)),
            b'-' => code.push(Ins::Add((run as u8).wrapping_neg())),
            b'>' => code.push(Ins::Move(run as isize)),
            b'<' => code.push(Ins::Move(-(run as isize))),
            b'.' => code.push(Ins::Out),
            b',' => code.push(Ins::In),
            b'[' => {
                stack.push((code.len(), pos));
                code.push(Ins::JumpIfZero(0));
            }
            b']' => {
                let (open, _) = stack.pop().ok_or(BfError::Unmatched { kind: ']', pos })?;
                // peephole: [-] becomes Clear
                if code.len() == open + 2 && code[open + 1] == Ins::Add(255) {
                    code.truncate(open);
                    code.push(Ins::Clear);
                } else {
                    let here = code.len();
                    code.push(Ins::JumpIfNonZero(open));
                    code[open] = Ins::JumpIfZero(here);
                }
            }
            _ => unreachable!(),
        }
        i += run;
    }
    if let Some(&(_, pos)) = stack.last() {
        return Err(BfError::Unmatched { kind: '[', pos });
    }
    Ok(code)
}

fn run(code: &[Ins], input: &[u8], max_steps: u64) -> Result<(String, u64, usize), BfError> {
    let mut tape = vec![0u8; 64];
    let mut ptr: usize = 0;
    let mut pc = 0;
    let mut out = Vec::new();
    let mut inp = input.iter();
    let mut steps = 0u64;
    while pc < code.len() {
        steps += 1;
        if steps > max_steps {
            return Err(BfError::StepLimit { steps: max_steps, output_so_far: String::from_utf8_lossy(&out).into_owned() });
        }
        match code[pc] {
            Ins::Add(n) => tape[ptr] = tape[ptr].wrapping_add(n),
            Ins::Move(d) => {
                let np = ptr as isize + d;
                if np < 0 {
                    return Err(BfError::TapeUnderflow(pc));
                }
                ptr = np as usize;
                if ptr >= tape.len() {
                    tape.resize(ptr + 64, 0);
                }
            }
            Ins::Out => out.push(tape[ptr]),
            Ins::In => tape[ptr] = inp.next().copied().unwrap_or(0),
            Ins::JumpIfZero(t) => {
                if tape[ptr] == 0 {
                    pc = t;
                }
            }
            Ins::JumpIfNonZero(t) => {
                if tape[ptr] != 0 {
                    pc = t;
                }
            }
            Ins::Clear => tape[ptr] = 0,
        }
        pc += 1;
    }
    Ok((String::from_utf8_lossy(&out).into_owned(), steps, tape.len()))
}

const HELLO: &str = "++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+.>++.";
const REVERSE: &str = ">,[>,]<[.<]";
const UPPER: &str = ",[>++++[<-------->-]<.,]";
const ADD_DIGITS: &str = ",>,[<+>-]<------------------------------------------------.";

fn main() {
    let programs: [(&str, &str, &[u8]); 7] = [
        ("hello", HELLO, b""),
        ("reverse", REVERSE, b"stressed"),
        ("upper", UPPER, b"shout"),
        ("add digits", ADD_DIGITS, b"34"),
        ("unbalanced", "+[>+", b""),
        ("extra close", "+]", b""),
        ("underflow", "<+", b""),
    ];
    for (name, src, input) in programs.iter() {
        print!("{:<12}", name);
        let code = match compile(src) {
            Ok(c) => c,
            Err(e) => {
                println!("compile error: {} ({:?})", describe(&e), e);
                continue;
            }
        };
        match run(&code, input, 100_000) {
            Ok((out, steps, tape)) => println!("{} ops, {:>5} steps, tape {} -> {:?}", code.len(), steps, tape, out.trim_end()),
            Err(e) => println!("runtime error: {}", describe(&e)),
        }
    }
    let forever = compile("+[]").unwrap();
    match run(&forever, b"", 1000) {
        Err(BfError::StepLimit { steps, output_so_far }) => println!("infinite loop stopped after {} steps (output {:?})", steps, output_so_far),
        other => println!("unexpected: {:?}", other),
    }
    let code = compile("+++[-]>++<<").unwrap();
    println!("optimized: {:?}", code);
    let wrap = compile("-.").unwrap();
    let (out, _, _) = run(&wrap, b"", 10).unwrap();
    println!("wrapping 0-1 outputs invalid UTF-8, shown as U+{:04X}", out.chars().next().map_or(0, |c| c as u32));
    let hello = compile(HELLO).unwrap();
    let mut kinds = [0usize; 7];
    for ins in &hello {
        let k = match ins {
            Ins::Add(_) => 0,
            Ins::Move(_) => 1,
            Ins::Out => 2,
            Ins::In => 3,
            Ins::JumpIfZero(_) => 4,
            Ins::JumpIfNonZero(_) => 5,
            Ins::Clear => 6,
        };
        kinds[k] += 1;
    }
    let names = ["add", "move", "out", "in", "jz", "jnz", "clear"];
    for (name, n) in names.iter().zip(kinds) {
        println!("  hello uses {:<5} x{}", name, n);
    }
    let far = compile(&">".repeat(200)).unwrap();
    println!("far move: {:?} -> tape grows to {}", far, run(&far, b"", 10).map(|r| r.2).unwrap_or(0));
}
