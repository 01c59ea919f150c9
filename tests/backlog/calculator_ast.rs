// Tokenizer + recursive-descent parser producing a Box'd AST, with
// an evaluator that reports errors through Result.
#[derive(Debug, Clone, PartialEq)]
enum Token {
    Num(f64),
    Ident(String),
    Plus,
    Minus,
    Star,
    Slash,
    Caret,
    LParen,
    RParen,
}

#[derive(Debug)]
enum Expr {
    Num(f64),
    Var(String),
    Neg(Box<Expr>),
    Bin(Box<Expr>, char, Box<Expr>),
}

fn tokenize(src: &str) -> Result<Vec<Token>, String> {
    let chars: Vec<char> = src.chars().collect();
    let mut i = 0;
    let mut out = Vec::new();
    while i < chars.len() {
        let c = chars[i];
        match c {
            ' ' | '\t' => i += 1,
            '0'..='9' | '.' => {
                let start = i;
                while i < chars.len() && (chars[i].is_ascii_digit() || chars[i] == '.') {
                    i += 1;
                }
                let s: String = chars[start..i].iter().collect();
                let v = s.parse::<f64>().map_err(|e| format!("bad number {:?}: {}", s, e))?;
                out.push(Token::Num(v));
            }
            'a'..='z' | 'A'..='Z' | '_' => {
                let start = i;
                while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                    i += 1;
                }
                out.push(Token::Ident(chars[start..i].iter().collect()));
            }
            '+' => { out.push(Token::Plus); i += 1; }
            '-' => { out.push(Token::Minus); i += 1; }
            '*' => { out.push(Token::Star); i += 1; }
            '/' => { out.push(Token::Slash); i += 1; }
            '^' => { out.push(Token::Caret); i += 1; }
            '(' => { out.push(Token::LParen); i += 1; }
            ')' => { out.push(Token::RParen); i += 1; }
            other => return Err(format!("unexpected character {:?} at {}", other, i)),
        }
    }
    Ok(out)
}

struct Parser {
    toks: Vec<Token>,
    pos: usize,
}

impl Parser {
    fn peek(&self) -> Option<&Token> {
        self.toks.get(self.pos)
    }
    fn next(&mut self) -> Option<Token> {
        let t = self.toks.get(self.pos).cloned();
        self.pos += 1;
        t
    }
    // expr := term (('+'|'-') term)*
    fn expr(&mut self) -> Result<Expr, String> {
        let mut lhs = self.term()?;
        while let Some(t) = self.peek() {
            let op = match t {
                Token::Plus => '+',
                Token::Minus => '-',
                _ => break,
            };
            self.pos += 1;
            let rhs = self.term()?;
            lhs = Expr::Bin(Box::new(lhs), op, Box::new(rhs));
        }
        Ok(lhs)
    }
    fn term(&mut self) -> Result<Expr, String> {
        let mut lhs = self.unary()?;
        loop {
            let op = match self.peek() {
                Some(Token::Star) => '*',
                Some(Token::Slash) => '/',
                _ => break,
            };
            self.pos += 1;
            let rhs = self.unary()?;
            lhs = Expr::Bin(Box::new(lhs), op, Box::new(rhs));
        }
        Ok(lhs)
    }
    fn unary(&mut self) -> Result<Expr, String> {
        if let Some(Token::Minus) = self.peek() {
            self.pos += 1;
            return Ok(Expr::Neg(Box::new(self.unary()?)));
        }
        self.power()
    }
    // right associative
    fn power(&mut self) -> Result<Expr, String> {
        let base = self.atom()?;
        if self.peek() == Some(&Token::Caret) {
            self.pos += 1;
            let exp = self.unary()?;
            return Ok(Expr::Bin(Box::new(base), '^', Box::new(exp)));
        }
        Ok(base)
    }
    fn atom(&mut self) -> Result<Expr, String> {
        match self.next() {
            Some(Token::Num(v)) => Ok(Expr::Num(v)),
            Some(Token::Ident(name)) => Ok(Expr::Var(name)),
            Some(Token::LParen) => {
                let e = self.expr()?;
                match self.next() {
                    Some(Token::RParen) => Ok(e),
                    other => Err(format!("expected ')', found {:?}", other)),
                }
            }
            other => Err(format!("unexpected token {:?}", other)),
        }
    }
}

fn lookup(name: &str) -> Option<f64> {
    match name {
        "pi" => Some(3.141592653589793),
        "e" => Some(2.718281828459045),
        "x" => Some(4.0),
        _ => None,
    }
}

fn eval(e: &Expr) -> Result<f64, String> {
    Ok(match e {
        Expr::Num(v) => *v,
        Expr::Var(n) => lookup(n).ok_or(format!("unknown variable '{}'", n))?,
        Expr::Neg(inner) => -eval(inner)?,
        Expr::Bin(a, op, b) => {
            let (x, y) = (eval(a)?, eval(b)?);
            match op {
                '+' => x + y,
                '-' => x - y,
                '*' => x * y,
                '/' if y == 0.0 => return Err("division by zero".to_string()),
                '/' => x / y,
                '^' => x.powf(y),
                _ => unreachable!("unknown operator {}", op),
            }
        }
    })
}

fn show(e: &Expr) -> String {
    match e {
        Expr::Num(v) => format!("{}", v),
        Expr::Var(n) => n.clone(),
        Expr::Neg(inner) => format!("(-{})", show(inner)),
        Expr::Bin(a, op, b) => format!("({} {} {})", show(a), op, show(b)),
    }
}

fn depth(e: &Expr) -> usize {
    match e {
        Expr::Num(_) | Expr::Var(_) => 1,
        Expr::Neg(i) => 1 + depth(i),
        Expr::Bin(a, _, b) => 1 + depth(a).max(depth(b)),
    }
}

fn run(src: &str) -> Result<(String, usize, f64), String> {
    let toks = tokenize(src)?;
    let mut p = Parser { toks, pos: 0 };
    let ast = p.expr()?;
    if p.pos < p.toks.len() {
        return Err(format!("trailing input at token {}: {:?}", p.pos, p.toks[p.pos]));
    }
    let v = eval(&ast)?;
    Ok((show(&ast), depth(&ast), v))
}

fn main() {
    let inputs = [
        "1 + 2 * 3",
        "(1 + 2) * 3",
        "2 ^ 3 ^ 2",
        "-2 ^ 2",
        "10 / 4 - 0.5",
        "pi * x ^ 2",
        "e ^ 1",
        "1 / (x - 4)",
        "3 + * 4",
        "2 * (3 + 4",
        "y + 1",
        "7 % 2",
        "1.5.2 + 1",
        "((((1))))+-(-3)",
        "0.1 + 0.2",
        "1 2",
    ];
    for src in inputs.iter() {
        match run(src) {
            Ok((tree, d, v)) => println!("{:<18} => {:<32} depth {} = {}", src, tree, d, v),
            Err(msg) => println!("{:<18} => error: {}", src, msg),
        }
    }
    let toks = tokenize("a+1").unwrap();
    println!("{:?}", toks);
    let mut p = Parser { toks: tokenize("-(x*2)").unwrap(), pos: 0 };
    println!("{:#?}", p.expr().unwrap());
}
