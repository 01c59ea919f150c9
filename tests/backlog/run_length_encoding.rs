// Run-length encoding of strings and byte buffers, with a textual
// format ("3a2b") and a binary format, and decoding with errors.
fn encode_text(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        let mut n = 1;
        while chars.peek() == Some(&c) {
            chars.next();
            n += 1;
        }
        if n > 1 {
            out.push_str(&n.to_string());
        }
        out.push(c);
    }
    out
}

#[derive(Debug)]
enum DecodeError {
    TrailingCount(usize),
    ZeroCount { at: usize },
    CountTooLarge(String),
}

fn decode_text(s: &str) -> Result<String, DecodeError> {
    let mut out = String::new();
    let mut count = String::new();
    for (i, c) in s.char_indices() {
        if c.is_ascii_digit() {
            count.push(c);
            continue;
        }
        let n = if count.is_empty() {
            1
        } else {
            let n: u32 = count.parse().map_err(|_| DecodeError::CountTooLarge(count.clone()))?;
            if n == 0 {
                return Err(DecodeError::ZeroCount { at: i });
            }
            n
        };
        for _ in 0..n {
            out.push(c);
        }
        count.clear();
    }
    if !count.is_empty() {
        return Err(DecodeError::TrailingCount(count.len()));
    }
    Ok(out)
}

fn encode_bytes(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < data.len() {
        let b = data[i];
        let mut run = 1usize;
        while i + run < data.len() && data[i + run] == b && run < 255 {
            run += 1;
        }
        out.push(run as u8);
        out.push(b);
        i += run;
    }
    out
}

fn decode_bytes(data: &[u8]) -> Option<Vec<u8>> {
    if data.len() % 2 != 0 {
        return None;
    }
    let mut out = Vec::new();
    for pair in data.chunks(2) {
        match pair {
            [0, _] => return None,
            [n, b] => out.extend(std::iter::repeat(*b).take(*n as usize)),
            _ => unreachable!(),
        }
    }
    Some(out)
}

fn main() {
    let samples = ["aaabccddddd", "abc", "", "wwwwwwwwwwwwbbbxyzzzz", "ééééllo wörld", "日日日本本", "aAaA", "  tabs\t\t\t"];
    for s in samples.iter() {
        let enc = encode_text(s);
        let dec = decode_text(&enc).expect("our own encoding decodes");
        let ratio = if s.is_empty() { 1.0 } else { enc.len() as f64 / s.len() as f64 };
        println!("{:<26} -> {:<22} ratio {:.2} ok={}", format!("{:?}", s), format!("{:?}", enc), ratio, dec == *s);
    }

    for bad in ["3a0b", "12", "a99999999999b", "2x3y4z"] {
        match decode_text(bad) {
            Ok(s) => println!("decode {:?} = {:?} ({} chars)", bad, s, s.chars().count()),
            Err(e) => {
                let why = match &e {
                    DecodeError::TrailingCount(n) => format!("{} dangling digit(s) at the end", n),
                    DecodeError::ZeroCount { at } => format!("zero count before byte {}", at),
                    DecodeError::CountTooLarge(s) => format!("count {} does not fit in u32", s),
                };
                println!("decode {:?} failed: {:?} ({})", bad, e, why)
            }
        }
    }

    // binary: a synthetic "image" row with long runs
    let mut row: Vec<u8> = Vec::new();
    row.extend_from_slice(&[0; 40]);
    row.extend_from_slice(&[255; 300]);
    row.extend_from_slice(&[1, 2, 3, 3, 3]);
    row.extend(vec![7u8; 17]);
    let packed = encode_bytes(&row);
    println!("row of {} bytes packed into {} bytes", row.len(), packed.len());
    for pair in packed.chunks(2) {
        println!("  run {:>3} x 0x{:02x}", pair[0], pair[1]);
    }
    let unpacked = decode_bytes(&packed).unwrap();
    assert_eq!(unpacked, row);
    println!("binary round-trip: {}", unpacked == row);
    println!("odd input: {:?}", decode_bytes(&[3, 1, 2]));
    println!("zero run: {:?}", decode_bytes(&[0, 9]));
    println!("small: {:?}", decode_bytes(&[2, 65, 3, 66]).map(|v| String::from_utf8(v).unwrap()));
}
