// A JSON-like value tree: a parser for a JSON subset, a compact
// serializer with string escaping, and an indenting pretty printer.
use std::fmt::Write;

#[derive(Debug, Clone, PartialEq)]
enum Json {
    Null,
    Bool(bool),
    Num(f64),
    Str(String),
    Arr(Vec<Json>),
    Obj(Vec<(String, Json)>),
}

struct Parser {
    src: Vec<u8>,
    pos: usize,
}

impl Parser {
    fn ws(&mut self) {
        while self.pos < self.src.len() && (self.src[self.pos] as char).is_ascii_whitespace() {
            self.pos += 1;
        }
    }

    fn expect(&mut self, b: u8) -> Result<(), String> {
        self.ws();
        if self.src.get(self.pos) == Some(&b) {
            self.pos += 1;
            Ok(())
        } else {
            Err(format!("expected '{}' at byte {}", b as char, self.pos))
        }
    }

    fn value(&mut self) -> Result<Json, String> {
        self.ws();
        match self.src.get(self.pos) {
            None => Err("unexpected end of input".into()),
            Some(b'n') => self.literal("null", Json::Null),
            Some(b't') => self.literal("true", Json::Bool(true)),
            Some(b'f') => self.literal("false", Json::Bool(false)),
            Some(b'"') => Ok(Json::Str(self.string()?)),
            Some(b'[') => {
                self.pos += 1;
                let mut items = Vec::new();
                self.ws();
                if self.src.get(self.pos) == Some(&b']') {
                    self.pos += 1;
                    return Ok(Json::Arr(items));
                }
                loop {
                    items.push(self.value()?);
                    self.ws();
                    match self.src.get(self.pos) {
                        Some(b',') => self.pos += 1,
                        Some(b']') => {
                            self.pos += 1;
                            return Ok(Json::Arr(items));
                        }
                        _ => return Err(format!("expected ',' or ']' at byte {}", self.pos)),
                    }
                }
            }
            Some(b'{') => {
                self.pos += 1;
                let mut fields = Vec::new();
                self.ws();
                if self.src.get(self.pos) == Some(&b'}') {
                    self.pos += 1;
                    return Ok(Json::Obj(fields));
                }
                loop {
                    self.ws();
                    let key = self.string()?;
                    self.expect(b':')?;
                    let v = self.value()?;
                    fields.push((key, v));
                    self.ws();
                    match self.src.get(self.pos) {
                        Some(b',') => self.pos += 1,
                        Some(b'}') => {
                            self.pos += 1;
                            return Ok(Json::Obj(fields));
                        }
                        _ => return Err(format!("expected ',' or '}}' at byte {}", self.pos)),
                    }
                }
            }
            Some(c) if *c == b'-' || c.is_ascii_digit() => {
                let start = self.pos;
                while self.pos < self.src.len() && matches!(self.src[self.pos], b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9') {
                    self.pos += 1;
                }
                let text = std::str::from_utf8(&self.src[start..self.pos]).unwrap();
                text.parse::<f64>().map(Json::Num).map_err(|_| format!("bad number {:?}", text))
            }
            Some(&c) => Err(format!("unexpected '{}' at byte {}", c as char, self.pos)),
        }
    }

    fn literal(&mut self, word: &str, v: Json) -> Result<Json, String> {
        if self.src[self.pos..].starts_with(word.as_bytes()) {
            self.pos += word.len();
            Ok(v)
        } else {
            Err(format!("bad literal at byte {}", self.pos))
        }
    }

    fn string(&mut self) -> Result<String, String> {
        if self.src.get(self.pos) != Some(&b'"') {
            return Err(format!("expected string at byte {}", self.pos));
        }
        self.pos += 1;
        let mut bytes = Vec::new();
        loop {
            let b = *self.src.get(self.pos).ok_or("unterminated string")?;
            self.pos += 1;
            match b {
                b'"' => break,
                b'\\' => {
                    let e = *self.src.get(self.pos).ok_or("bad escape")?;
                    self.pos += 1;
                    match e {
                        b'n' => bytes.push(b'\n'),
                        b't' => bytes.push(b'\t'),
                        b'"' | b'\\' | b'/' => bytes.push(e),
                        b'u' => {
                            let hex = std::str::from_utf8(&self.src[self.pos..self.pos + 4]).map_err(|e| e.to_string())?;
                            let code = u32::from_str_radix(hex, 16).map_err(|e| e.to_string())?;
                            let ch = char::from_u32(code).ok_or("invalid code point")?;
                            let mut buf = [0u8; 4];
                            bytes.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
                            self.pos += 4;
                        }
                        other => return Err(format!("unknown escape \\{}", other as char)),
                    }
                }
                _ => bytes.push(b),
            }
        }
        String::from_utf8(bytes).map_err(|e| e.to_string())
    }
}

fn escape(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => write!(out, "\\u{:04x}", c as u32).unwrap(),
            c => out.push(c),
        }
    }
    out.push('"');
}

fn compact(v: &Json, out: &mut String) {
    match v {
        Json::Null => out.push_str("null"),
        Json::Bool(b) => write!(out, "{}", b).unwrap(),
        Json::Num(n) => write!(out, "{}", n).unwrap(),
        Json::Str(s) => escape(s, out),
        Json::Arr(items) => {
            out.push('[');
            for (i, it) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                compact(it, out);
            }
            out.push(']');
        }
        Json::Obj(fields) => {
            out.push('{');
            for (i, (k, val)) in fields.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                escape(k, out);
                out.push(':');
                compact(val, out);
            }
            out.push('}');
        }
    }
}

fn pretty(v: &Json, indent: usize, out: &mut String) {
    let pad = "  ".repeat(indent + 1);
    match v {
        Json::Arr(items) if !items.is_empty() => {
            out.push_str("[\n");
            for (i, it) in items.iter().enumerate() {
                out.push_str(&pad);
                pretty(it, indent + 1, out);
                out.push_str(if i + 1 < items.len() { ",\n" } else { "\n" });
            }
            write!(out, "{}]", "  ".repeat(indent)).unwrap();
        }
        Json::Obj(fields) if !fields.is_empty() => {
            out.push_str("{\n");
            for (i, (k, val)) in fields.iter().enumerate() {
                out.push_str(&pad);
                escape(k, out);
                out.push_str(": ");
                pretty(val, indent + 1, out);
                out.push_str(if i + 1 < fields.len() { ",\n" } else { "\n" });
            }
            write!(out, "{}}}", "  ".repeat(indent)).unwrap();
        }
        other => compact(other, out),
    }
}

fn depth(v: &Json) -> usize {
    match v {
        Json::Arr(items) => 1 + items.iter().map(depth).max().unwrap_or(0),
        Json::Obj(fields) => 1 + fields.iter().map(|(_, v)| depth(v)).max().unwrap_or(0),
        _ => 0,
    }
}

impl Json {
    fn get(&self, path: &[&str]) -> Option<&Json> {
        let (first, rest) = match path.split_first() {
            None => return Some(self),
            Some(p) => p,
        };
        let next = match self {
            Json::Obj(fields) => fields.iter().find(|(k, _)| k == first).map(|(_, v)| v)?,
            Json::Arr(items) => items.get(first.parse::<usize>().ok()?)?,
            _ => return None,
        };
        next.get(rest)
    }
}

fn main() {
    let src = r#"{"name": "WasmRust", "version": 0.3, "tags": ["compiler", "wasm", "gc"],
        "stable": false, "license": null,
        "authors": [{"name": "Zoë", "email": "zoe@example.org"}, {"name": "Kai \"K\" Lee", "commits": 1.5e3}],
        "notes": "line1\nline2\ttab \u00e9 \u65e5", "empty": {}, "nested": [[1, 2], [], [[-0.5]]]}"#;
    let mut p = Parser { src: src.as_bytes().to_vec(), pos: 0 };
    let doc = p.value().expect("valid document");
    let mut s = String::new();
    compact(&doc, &mut s);
    println!("compact ({} bytes): {}", s.len(), s);
    let mut pretty_out = String::new();
    pretty(&doc, 0, &mut pretty_out);
    println!("{}", pretty_out);
    println!("depth = {}", depth(&doc));

    // round trip through the compact form
    let mut p2 = Parser { src: s.clone().into_bytes(), pos: 0 };
    let again = p2.value().unwrap();
    println!("round trip equal: {}", again == doc);

    for path in [&["authors", "1", "name"][..], &["nested", "2", "0", "0"], &["tags", "5"], &["version"], &["name", "x"]] {
        println!("get {:?} = {:?}", path, doc.get(path));
    }
    if let Some(Json::Str(notes)) = doc.get(&["notes"]) {
        println!("notes has {} chars / {} bytes: {:?}", notes.chars().count(), notes.len(), notes);
    }

    for bad in ["[1, 2", "{\"a\" 1}", "tru", "[1,]", "\"abc", "{\"k\": -}", "@"] {
        let mut p = Parser { src: bad.bytes().collect(), pos: 0 };
        println!("{:<12} -> {:?}", bad, p.value());
    }
    println!("{:?}", Json::Arr(vec![Json::Num(1.0), Json::Str("two".into()), Json::Null]));
}
