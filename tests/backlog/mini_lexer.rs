// A lexer for a small C-like language: keywords, identifiers, integer
// and float literals, strings with escapes, comments, operators, and
// line/column tracking with error recovery.
#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Keyword(Kw),
    Ident(String),
    Int(i64),
    Float(f64),
    Str(String),
    Op(&'static str),
    Punct(char),
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Kw {
    Fn,
    Let,
    If,
    Else,
    While,
    Return,
    True,
    False,
}

#[derive(Debug)]
struct Spanned {
    tok: Tok,
    line: u32,
    col: u32,
}

#[derive(Debug)]
struct LexError {
    line: u32,
    col: u32,
    msg: String,
}

const OPERATORS: [&str; 16] = ["==", "!=", "<=", ">=", "&&", "||", "->", "+=", "-=", "+", "-", "*", "/", "<", ">", "="];

fn keyword(s: &str) -> Option<Kw> {
    Some(match s {
        "fn" => Kw::Fn,
        "let" => Kw::Let,
        "if" => Kw::If,
        "else" => Kw::Else,
        "while" => Kw::While,
        "return" => Kw::Return,
        "true" => Kw::True,
        "false" => Kw::False,
        _ => return None,
    })
}

fn advance(chars: &[char], n: usize, i: &mut usize, line: &mut u32, col: &mut u32) {
    for _ in 0..n {
        if chars[*i] == '\n' {
            *line += 1;
            *col = 1;
        } else {
            *col += 1;
        }
        *i += 1;
    }
}

fn lex(src: &str) -> (Vec<Spanned>, Vec<LexError>) {
    let chars: Vec<char> = src.chars().collect();
    let mut toks = Vec::new();
    let mut errs = Vec::new();
    let (mut i, mut line, mut col) = (0usize, 1u32, 1u32);
    while i < chars.len() {
        let c = chars[i];
        let (start_line, start_col) = (line, col);
        let start = i;
        if c.is_whitespace() {
            advance(&chars, 1, &mut i, &mut line, &mut col);
            continue;
        }
        if c == '/' && chars.get(i + 1) == Some(&'/') {
            while i < chars.len() && chars[i] != '\n' {
                advance(&chars, 1, &mut i, &mut line, &mut col);
            }
            continue;
        }
        if c.is_alphabetic() || c == '_' {
            let mut j = i;
            while j < chars.len() && (chars[j].is_alphanumeric() || chars[j] == '_') {
                j += 1;
            }
            let word: String = chars[i..j].iter().collect();
            advance(&chars, j - i, &mut i, &mut line, &mut col);
            let tok = keyword(&word).map(Tok::Keyword).unwrap_or(Tok::Ident(word));
            toks.push(Spanned { tok, line: start_line, col: start_col });
            continue;
        }
        if c.is_ascii_digit() {
            let mut j = i;
            let mut is_float = false;
            while j < chars.len() && (chars[j].is_ascii_digit() || chars[j] == '_' || (chars[j] == '.' && !is_float && chars.get(j + 1).map_or(false, |d| d.is_ascii_digit()))) {
                if chars[j] == '.' {
                    is_float = true;
                }
                j += 1;
            }
            let text: String = chars[i..j].iter().filter(|&&c| c != '_').collect();
            advance(&chars, j - i, &mut i, &mut line, &mut col);
            let tok = if is_float {
                text.parse::<f64>().map(Tok::Float).map_err(|e| e.to_string())
            } else {
                text.parse::<i64>().map(Tok::Int).map_err(|e| e.to_string())
            };
            match tok {
                Ok(t) => toks.push(Spanned { tok: t, line: start_line, col: start_col }),
                Err(msg) => errs.push(LexError { line: start_line, col: start_col, msg: format!("number {}: {}", text, msg) }),
            }
            continue;
        }
        if c == '"' {
            let mut s = String::new();
            advance(&chars, 1, &mut i, &mut line, &mut col);
            let mut closed = false;
            while i < chars.len() {
                let ch = chars[i];
                if ch == '"' {
                    advance(&chars, 1, &mut i, &mut line, &mut col);
                    closed = true;
                    break;
                }
                if ch == '\n' {
                    break;
                }
                if ch == '\\' && i + 1 < chars.len() {
                    let esc = chars[i + 1];
                    s.push(match esc {
                        'n' => '\n',
                        't' => '\t',
                        '"' => '"',
                        '\\' => '\\',
                        other => {
                            errs.push(LexError { line, col, msg: format!("unknown escape \\{}", other) });
                            other
                        }
                    });
                    advance(&chars, 2, &mut i, &mut line, &mut col);
                } else {
                    s.push(ch);
                    advance(&chars, 1, &mut i, &mut line, &mut col);
                }
            }
            if closed {
                toks.push(Spanned { tok: Tok::Str(s), line: start_line, col: start_col });
            } else {
                errs.push(LexError { line: start_line, col: start_col, msg: "unterminated string".into() });
            }
            continue;
        }
        if let Some(op) = OPERATORS.iter().find(|op| {
            let n = op.chars().count();
            i + n <= chars.len() && chars[i..i + n].iter().copied().eq(op.chars())
        }) {
            advance(&chars, op.len(), &mut i, &mut line, &mut col);
            toks.push(Spanned { tok: Tok::Op(op), line: start_line, col: start_col });
            continue;
        }
        if "(){}[];,:".contains(c) {
            advance(&chars, 1, &mut i, &mut line, &mut col);
            toks.push(Spanned { tok: Tok::Punct(c), line: start_line, col: start_col });
            continue;
        }
        advance(&chars, 1, &mut i, &mut line, &mut col);
        errs.push(LexError { line: start_line, col: start_col, msg: format!("unexpected character {:?} (U+{:04X})", c, c as u32) });
        debug_assert!(i > start);
    }
    (toks, errs)
}

const SOURCE: &str = r#"// compute things
fn area(w, h) -> int {
    let a = w * h;   // product
    return a;
}
let pi = 3.14159;
let big = 1_000_000;
let msg = "héllo\t\"wörld\"\n";
if big >= 10 && pi != 3.0 { x += 1; } else { x -= 2; }
let bad = 99999999999999999999;
let s = "unterminated
let z = a @ b # c;
let e = "esc\q";
while true { 日本 = 1.5; }
"#;

fn main() {
    let (toks, errs) = lex(SOURCE);
    println!("{} tokens, {} errors", toks.len(), errs.len());
    let mut line = 0;
    let mut buf: Vec<String> = Vec::new();
    for t in &toks {
        if t.line != line {
            if !buf.is_empty() {
                println!("L{:<2} {}", line, buf.join(" "));
                buf.clear();
            }
            line = t.line;
            buf.push(format!("[col {}]", t.col));
        }
        buf.push(match &t.tok {
            Tok::Keyword(k) => format!("{:?}", k).to_uppercase(),
            Tok::Ident(s) => format!("id:{}", s),
            Tok::Int(n) => format!("int:{}", n),
            Tok::Float(f) => format!("float:{}", f),
            Tok::Str(s) => format!("str:{:?}", s),
            Tok::Op(o) => format!("op:{}", o),
            Tok::Punct(c) => c.to_string(),
        });
    }
    if !buf.is_empty() {
        println!("L{:<2} {}", line, buf.join(" "));
    }
    for e in &errs {
        println!("error at {}:{}: {}", e.line, e.col, e.msg);
    }
    let idents: Vec<&str> = toks.iter().filter_map(|t| if let Tok::Ident(s) = &t.tok { Some(s.as_str()) } else { None }).collect();
    let mut unique = idents.clone();
    unique.sort();
    unique.dedup();
    println!("identifiers ({} uses, {} distinct): {:?}", idents.len(), unique.len(), unique);
    let kw_count = toks.iter().filter(|t| matches!(t.tok, Tok::Keyword(_))).count();
    println!("keywords: {}", kw_count);
    println!("first token: {:?}", toks.first());
    println!("last token: {:?}", toks.last().map(|t| &t.tok));
}
