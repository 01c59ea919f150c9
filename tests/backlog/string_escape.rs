// String escaping and unescaping for a C-like string literal syntax,
// plus HTML entity escaping and URL percent-encoding, with round trips.
#[derive(Debug, PartialEq)]
enum UnescapeError {
    TrailingBackslash,
    UnknownEscape(char),
    BadHex(String),
    InvalidCodePoint(u32),
}

fn escape_c(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    for c in s.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            '\0' => out.push_str("\\0"),
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            c if c.is_ascii_graphic() || c == ' ' => out.push(c),
            c if (c as u32) < 0x80 => out.push_str(&format!("\\x{:02x}", c as u32)),
            c => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
        }
    }
    out
}

fn unescape_c(s: &str) -> Result<String, UnescapeError> {
    let mut out = String::new();
    let mut it = s.chars();
    while let Some(c) = it.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        let e = it.next().ok_or(UnescapeError::TrailingBackslash)?;
        match e {
            'n' => out.push('\n'),
            't' => out.push('\t'),
            'r' => out.push('\r'),
            '0' => out.push('\0'),
            '\\' | '"' | '\'' => out.push(e),
            'x' => {
                let hex: String = it.by_ref().take(2).collect();
                let v = u8::from_str_radix(&hex, 16).map_err(|_| UnescapeError::BadHex(hex.clone()))?;
                out.push(v as char);
            }
            'u' => {
                if it.next() != Some('{') {
                    return Err(UnescapeError::BadHex("missing {".to_string()));
                }
                let hex: String = it.by_ref().take_while(|&c| c != '}').collect();
                let v = u32::from_str_radix(&hex, 16).map_err(|_| UnescapeError::BadHex(hex.clone()))?;
                out.push(char::from_u32(v).ok_or(UnescapeError::InvalidCodePoint(v))?);
            }
            other => return Err(UnescapeError::UnknownEscape(other)),
        }
    }
    Ok(out)
}

fn escape_html(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;").replace('\'', "&#39;")
}

fn unescape_html(s: &str) -> String {
    s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&")
}

fn percent_encode(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => out.push(b as char),
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{:02X}", b)),
        }
    }
    out
}

fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out: Vec<u8> = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hex = s.get(i + 1..i + 3)?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

fn main() {
    let samples = [
        "plain text",
        "tab\there\nnewline",
        "quote \" and backslash \\",
        "bell\x07 null\0 del\x7f",
        "héllo wörld",
        "日本語 🦀",
        "",
    ];
    for s in samples.iter() {
        let e = escape_c(s);
        let back = unescape_c(&e).unwrap();
        println!("{:<34} => {:<40} rt={}", format!("{:?}", s), e, back == *s);
    }
    let inputs = ["a\\x41\\x42", "\\u{1F600} smile", "bad \\q escape", "end\\", "\\xZZ", "\\u{110000}", "\\u{e9}t\\u{e9}", "\\'single\\'"];
    for inp in inputs {
        match unescape_c(inp) {
            Ok(s) => println!("unescape {:<18} -> {:?} ({} chars, {} bytes)", inp, s, s.chars().count(), s.len()),
            Err(e) => println!("unescape {:<18} -> {:?}", inp, e),
        }
    }
    let html = r#"<a href="x?a=1&b=2">Tom's "page"</a>"#;
    let esc = escape_html(html);
    println!("html:   {}", html);
    println!("esc:    {}", esc);
    println!("unesc:  {}", unescape_html(&esc));
    assert_eq!(unescape_html(&esc), html);
    println!("double: {}", escape_html(&esc));

    let queries = ["hello world", "a+b=c&d", "naïve café", "100%", "~user/path_1.txt", "日本"];
    for q in queries {
        let enc = percent_encode(q);
        let dec = percent_decode(&enc);
        println!("{:<20} -> {:<40} -> {:?}", q, enc, dec);
    }
    for bad in ["%4", "%zz", "%C3%28", "ok%21"] {
        println!("decode {:<8} -> {:?}", bad, percent_decode(bad));
    }
    println!("debug of tricky string: {:?}", "\u{0}\u{1b}[0m \u{200b} \\ ' \"");
    println!("debug of chars: {:?} {:?} {:?} {:?}", '\'', '"', '\n', '\u{7f}');
}
