// A reverse-Polish-notation calculator with a Vec stack, named
// variables, stack manipulation words, integer/float modes, and a
// shunting-yard converter from infix to RPN.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Value {
    Int(i64),
    Float(f64),
}

impl Value {
    fn as_f64(self) -> f64 {
        match self {
            Value::Int(i) => i as f64,
            Value::Float(f) => f,
        }
    }
    fn show(self) -> String {
        match self {
            Value::Int(i) => i.to_string(),
            Value::Float(f) => format!("{:.6}", f).trim_end_matches('0').trim_end_matches('.').to_string(),
        }
    }
}

#[derive(Debug)]
enum RpnError {
    Underflow(String),
    DivZero,
    Overflow(String),
    Unknown(String),
}

impl RpnError {
    fn message(&self) -> String {
        match self {
            RpnError::Underflow(w) => format!("stack underflow in '{}'", w),
            RpnError::DivZero => "division by zero".to_string(),
            RpnError::Overflow(expr) => format!("integer overflow in {}", expr),
            RpnError::Unknown(w) => format!("unknown word '{}'", w),
        }
    }
}

struct Calc {
    stack: Vec<Value>,
    vars: Vec<(String, Value)>,
}

impl Calc {
    fn pop(&mut self, word: &str) -> Result<Value, RpnError> {
        self.stack.pop().ok_or_else(|| RpnError::Underflow(word.to_string()))
    }

    fn binary(&mut self, word: &str) -> Result<(), RpnError> {
        let b = self.pop(word)?;
        let a = self.pop(word)?;
        let r = match (a, b) {
            (Value::Int(x), Value::Int(y)) => {
                let r = match word {
                    "+" => x.checked_add(y),
                    "-" => x.checked_sub(y),
                    "*" => x.checked_mul(y),
                    "/" | "%" if y == 0 => return Err(RpnError::DivZero),
                    "/" => x.checked_div(y),
                    "%" => x.checked_rem(y),
                    "^" => u32::try_from(y).ok().and_then(|e| x.checked_pow(e)),
                    _ => unreachable!(),
                };
                Value::Int(r.ok_or_else(|| RpnError::Overflow(format!("{} {} {}", x, word, y)))?)
            }
            (a, b) => {
                let (x, y) = (a.as_f64(), b.as_f64());
                Value::Float(match word {
                    "+" => x + y,
                    "-" => x - y,
                    "*" => x * y,
                    "/" if y == 0.0 => return Err(RpnError::DivZero),
                    "/" => x / y,
                    "%" => x % y,
                    "^" => x.powf(y),
                    _ => unreachable!(),
                })
            }
        };
        self.stack.push(r);
        Ok(())
    }

    fn eval(&mut self, line: &str) -> Result<(), RpnError> {
        for word in line.split_whitespace() {
            match word {
                "+" | "-" | "*" | "/" | "%" | "^" => self.binary(word)?,
                "dup" => {
                    let v = *self.stack.last().ok_or_else(|| RpnError::Underflow(word.into()))?;
                    self.stack.push(v);
                }
                "drop" => {
                    self.pop(word)?;
                }
                "swap" => {
                    let n = self.stack.len();
                    if n < 2 {
                        return Err(RpnError::Underflow(word.into()));
                    }
                    self.stack.swap(n - 1, n - 2);
                }
                "neg" => {
                    let v = self.pop(word)?;
                    self.stack.push(match v {
                        Value::Int(i) => Value::Int(-i),
                        Value::Float(f) => Value::Float(-f),
                    });
                }
                "sqrt" => {
                    let v = self.pop(word)?.as_f64();
                    self.stack.push(Value::Float(v.sqrt()));
                }
                "sum" => {
                    let all: Vec<Value> = self.stack.drain(..).collect();
                    let total = all.iter().fold(Value::Int(0), |acc, &v| match (acc, v) {
                        (Value::Int(a), Value::Int(b)) => Value::Int(a + b),
                        (a, b) => Value::Float(a.as_f64() + b.as_f64()),
                    });
                    self.stack.push(total);
                }
                "clear" => self.stack.clear(),
                "undo" => todo!("undo needs a history of stack snapshots"),
                w if w.starts_with('=') && w.len() > 1 => {
                    let v = self.pop(w)?;
                    let name = &w[1..];
                    match self.vars.iter_mut().find(|(n, _)| n == name) {
                        Some(slot) => slot.1 = v,
                        None => self.vars.push((name.to_string(), v)),
                    }
                }
                w => {
                    if let Ok(i) = w.parse::<i64>() {
                        self.stack.push(Value::Int(i));
                    } else if let Ok(f) = w.parse::<f64>() {
                        self.stack.push(Value::Float(f));
                    } else if let Some((_, v)) = self.vars.iter().find(|(n, _)| n == w) {
                        self.stack.push(*v);
                    } else {
                        return Err(RpnError::Unknown(w.to_string()));
                    }
                }
            }
        }
        Ok(())
    }
}

fn precedence(op: &str) -> (u8, bool) {
    match op {
        "+" | "-" => (1, false),
        "*" | "/" | "%" => (2, false),
        "^" => (3, true), // right associative
        _ => (0, false),
    }
}

fn to_rpn(infix: &str) -> Result<String, String> {
    let spaced = infix.replace('(', " ( ").replace(')', " ) ");
    let mut out: Vec<&str> = Vec::new();
    let mut ops: Vec<&str> = Vec::new();
    for tok in spaced.split_whitespace() {
        match tok {
            "(" => ops.push(tok),
            ")" => loop {
                match ops.pop() {
                    Some("(") => break,
                    Some(op) => out.push(op),
                    None => return Err("unbalanced ')'".to_string()),
                }
            },
            "+" | "-" | "*" | "/" | "%" | "^" => {
                let (p, right) = precedence(tok);
                while let Some(&top) = ops.last() {
                    let (tp, _) = precedence(top);
                    if top != "(" && (tp > p || (tp == p && !right)) {
                        out.push(ops.pop().unwrap());
                    } else {
                        break;
                    }
                }
                ops.push(tok);
            }
            operand => out.push(operand),
        }
    }
    while let Some(op) = ops.pop() {
        if op == "(" {
            return Err("unbalanced '('".to_string());
        }
        out.push(op);
    }
    Ok(out.join(" "))
}

fn main() {
    let mut c = Calc { stack: Vec::new(), vars: Vec::new() };
    let session = [
        "3 4 + 2 *",
        "dup *",
        "=area",
        "area 2 /",
        "7 2 %",
        "1.5 2 ^",
        "2 0.5 ^",
        "10 3 /",
        "10 3.0 /",
        "clear 1 2 3 4 5 sum",
        "swap",
        "5 neg 2 swap -",
        "9223372036854775807 1 +",
        "1 0 /",
        "2 sqrt",
        "frobnicate",
        "drop drop drop drop drop",
        "area =r r r *",
        "2 -1 ^",
    ];
    for line in session {
        let result = c.eval(line);
        let stack: Vec<String> = c.stack.iter().map(|v| v.show()).collect();
        match result {
            Ok(()) => println!("{:<26} [{}]", line, stack.join(" ")),
            Err(e) => println!("{:<26} [{}]  error: {}", line, stack.join(" "), e.message()),
        }
    }
    println!("variables: {:?}", c.vars);
    for infix in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "100 / 10 / 5", "(8 - 3) * (2 + 4) % 7", "((2)", "2 + 3)"] {
        match to_rpn(infix) {
            Ok(rpn) => {
                let mut calc = Calc { stack: vec![], vars: vec![] };
                let value = calc.eval(&rpn).map(|_| calc.stack.last().map(|v| v.show()).unwrap_or_default());
                println!("{:<24} => {:<22} = {:?}", infix, rpn, value.map_err(|e| e.message()));
            }
            Err(e) => println!("{:<24} => error: {}", infix, e),
        }
    }
}
