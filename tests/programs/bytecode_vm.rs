// A small stack-based bytecode VM with enum instructions, labels
// resolved by an assembler pass, and runtime errors as an enum.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Op {
    Push(i64),
    Pop,
    Dup,
    Swap,
    Over,
    Add,
    Sub,
    Mul,
    Div,
    Mod,
    Eq,
    Lt,
    Not,
    Jmp(usize),
    Jz(usize),
    Load(u8),
    Store(u8),
    Print,
    Call(usize),
    Ret,
    Halt,
}

#[derive(Debug, PartialEq)]
enum VmError {
    StackUnderflow { pc: usize, op: Op },
    DivideByZero { pc: usize },
    BadJump(usize),
    StepLimit(u32),
}

struct Vm {
    code: Vec<Op>,
    stack: Vec<i64>,
    calls: Vec<usize>,
    regs: [i64; 8],
    pc: usize,
    output: Vec<String>,
}

impl Vm {
    fn new(code: &[Op]) -> Self {
        Vm { code: code.to_vec(), stack: Vec::with_capacity(32), calls: Vec::new(), regs: [0; 8], pc: 0, output: Vec::new() }
    }

    fn pop(&mut self, op: Op) -> Result<i64, VmError> {
        self.stack.pop().ok_or(VmError::StackUnderflow { pc: self.pc, op })
    }

    fn run(&mut self, max_steps: u32) -> Result<u32, VmError> {
        let mut steps = 0;
        loop {
            if steps >= max_steps {
                return Err(VmError::StepLimit(steps));
            }
            steps += 1;
            let op = *self.code.get(self.pc).ok_or(VmError::BadJump(self.pc))?;
            let mut next = self.pc + 1;
            match op {
                Op::Push(v) => self.stack.push(v),
                Op::Pop => {
                    self.pop(op)?;
                }
                Op::Dup => {
                    let v = self.pop(op)?;
                    self.stack.push(v);
                    self.stack.push(v);
                }
                Op::Swap => {
                    let b = self.pop(op)?;
                    let a = self.pop(op)?;
                    self.stack.push(b);
                    self.stack.push(a);
                }
                Op::Over => {
                    let n = self.stack.len();
                    if n < 2 {
                        return Err(VmError::StackUnderflow { pc: self.pc, op });
                    }
                    self.stack.push(self.stack[n - 2]);
                }
                Op::Add | Op::Sub | Op::Mul | Op::Div | Op::Mod | Op::Eq | Op::Lt => {
                    let b = self.pop(op)?;
                    let a = self.pop(op)?;
                    let r = match op {
                        Op::Add => a.wrapping_add(b),
                        Op::Sub => a.wrapping_sub(b),
                        Op::Mul => a.wrapping_mul(b),
                        Op::Div | Op::Mod if b == 0 => return Err(VmError::DivideByZero { pc: self.pc }),
                        Op::Div => a / b,
                        Op::Mod => a % b,
                        Op::Eq => (a == b) as i64,
                        Op::Lt => (a < b) as i64,
                        _ => unreachable!(),
                    };
                    self.stack.push(r);
                }
                Op::Not => {
                    let v = self.pop(op)?;
                    self.stack.push((v == 0) as i64);
                }
                Op::Jmp(t) => next = t,
                Op::Jz(t) => {
                    if self.pop(op)? == 0 {
                        next = t;
                    }
                }
                Op::Load(r) => self.stack.push(self.regs[r as usize]),
                Op::Store(r) => self.regs[r as usize] = self.pop(op)?,
                Op::Print => {
                    let v = self.pop(op)?;
                    self.output.push(v.to_string());
                }
                Op::Call(t) => {
                    self.calls.push(next);
                    next = t;
                }
                Op::Ret => match self.calls.pop() {
                    Some(ret) => next = ret,
                    None => return Ok(steps),
                },
                Op::Halt => return Ok(steps),
            }
            if next > self.code.len() {
                return Err(VmError::BadJump(next));
            }
            self.pc = next;
        }
    }
}

/// Parse a tiny assembly language with labels.
fn assemble(src: &str) -> Result<Vec<Op>, String> {
    let mut labels: Vec<(String, usize)> = Vec::new();
    let mut lines: Vec<&str> = Vec::new();
    for raw in src.lines() {
        let line = raw.split(';').next().unwrap().trim();
        if line.is_empty() {
            continue;
        }
        if let Some(name) = line.strip_suffix(':') {
            labels.push((name.to_string(), lines.len()));
        } else {
            lines.push(line);
        }
    }
    let find = |name: &str| -> Result<usize, String> {
        labels.iter().find(|(n, _)| n == name).map(|&(_, a)| a).ok_or(format!("undefined label {}", name))
    };
    let mut code = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let mut parts = line.split_whitespace();
        let mnemonic = parts.next().unwrap();
        let arg = parts.next();
        let op = match (mnemonic, arg) {
            ("push", Some(a)) => Op::Push(a.parse().map_err(|e| format!("line {}: {:?}: {}", i, a, e))?),
            ("load", Some(a)) => Op::Load(a.parse().map_err(|_| format!("bad register {}", a))?),
            ("store", Some(a)) => Op::Store(a.parse().map_err(|_| format!("bad register {}", a))?),
            ("jmp", Some(l)) => Op::Jmp(find(l)?),
            ("jz", Some(l)) => Op::Jz(find(l)?),
            ("call", Some(l)) => Op::Call(find(l)?),
            ("pop", None) => Op::Pop,
            ("dup", None) => Op::Dup,
            ("swap", None) => Op::Swap,
            ("over", None) => Op::Over,
            ("add", None) => Op::Add,
            ("sub", None) => Op::Sub,
            ("mul", None) => Op::Mul,
            ("div", None) => Op::Div,
            ("mod", None) => Op::Mod,
            ("eq", None) => Op::Eq,
            ("lt", None) => Op::Lt,
            ("not", None) => Op::Not,
            ("print", None) => Op::Print,
            ("ret", None) => Op::Ret,
            ("halt", None) => Op::Halt,
            (m, a) => return Err(format!("line {}: cannot assemble {:?} {:?}", i, m, a)),
        };
        code.push(op);
    }
    Ok(code)
}

const FACTORIALS: &str = "
    push 1
    store 0          ; n = 1
loop:
    load 0
    push 13
    lt
    jz done
    load 0
    call fact
    print
    load 0
    push 1
    add
    store 0
    jmp loop
done:
    halt
fact:               ; ( n -- n! )
    push 1
    store 1
fact_loop:
    dup
    jz fact_end
    dup
    load 1
    mul
    store 1
    push 1
    sub
    jmp fact_loop
fact_end:
    pop
    load 1
    ret
";

const GCD: &str = "
    push 1071
    push 462
again:
    dup
    jz finish
    swap
    over
    mod
    jmp again
finish:
    pop
    print
    halt
";

fn report(name: &str, src: &str, limit: u32) {
    println!("== {} ==", name);
    let code = match assemble(src) {
        Ok(c) => c,
        Err(e) => {
            println!("assembly error: {}", e);
            return;
        }
    };
    println!("{} instructions, first: {:?}, last: {:?}", code.len(), code.first(), code.last());
    let mut vm = Vm::new(&code);
    let result = vm.run(limit);
    println!("output: [{}]", vm.output.join(", "));
    match result {
        Ok(steps) => println!("halted after {} steps, stack {:?}, regs {:?}", steps, vm.stack, vm.regs),
        Err(e) => println!("error: {:?} (stack {:?})", e, vm.stack),
    }
}

fn main() {
    report("factorials", FACTORIALS, 10_000);
    report("gcd", GCD, 1000);
    report("underflow", "push 1\nadd\nhalt", 100);
    report("div zero", "push 5\npush 0\ndiv\nprint\nhalt", 100);
    report("infinite", "top:\njmp top", 50);
    report("bad label", "jmp nowhere", 10);
    report("bad literal", "push 12x", 10);
    report("overflow wraps", "push 9223372036854775807\npush 1\nadd\nprint\nret", 10);
    report("unknown", "frob 1 2", 10);
    let code = [Op::Push(2), Op::Push(3), Op::Mul, Op::Print, Op::Halt];
    let mut vm = Vm::new(&code);
    assert_eq!(vm.run(10), Ok(5));
    assert_eq!(vm.output, vec!["6".to_string()]);
    println!("direct program ok: {:?}", vm.output);
}
