// UTF-8 analysis of non-ASCII strings: byte vs char lengths, char
// boundaries, encoding each char by hand, classification, and safe
// truncation at a byte budget.
fn utf8_len(c: char) -> usize {
    match c as u32 {
        0..=0x7F => 1,
        0x80..=0x7FF => 2,
        0x800..=0xFFFF => 3,
        _ => 4,
    }
}

fn encode_by_hand(c: char) -> Vec<u8> {
    let cp = c as u32;
    match utf8_len(c) {
        1 => vec![cp as u8],
        2 => vec![0xC0 | (cp >> 6) as u8, 0x80 | (cp & 0x3F) as u8],
        3 => vec![0xE0 | (cp >> 12) as u8, 0x80 | ((cp >> 6) & 0x3F) as u8, 0x80 | (cp & 0x3F) as u8],
        _ => vec![
            0xF0 | (cp >> 18) as u8,
            0x80 | ((cp >> 12) & 0x3F) as u8,
            0x80 | ((cp >> 6) & 0x3F) as u8,
            0x80 | (cp & 0x3F) as u8,
        ],
    }
}

fn truncate_bytes(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

fn classify(c: char) -> &'static str {
    if c.is_ascii_digit() {
        "digit"
    } else if c.is_ascii_alphabetic() {
        "ascii letter"
    } else if c.is_alphabetic() {
        "letter"
    } else if c.is_whitespace() {
        "space"
    } else if c.is_ascii_punctuation() {
        "punct"
    } else if c.is_numeric() {
        "numeric"
    } else {
        "other"
    }
}

fn main() {
    let samples = ["hello", "héllo wörld", "日本", "Ελληνικά", "🦀 crab", "naïve café", "ǅ ß ﬁ", "a\u{301}", ""];
    println!("{:<16} {:>5} {:>5} {:>7}  {}", "text", "bytes", "chars", "upper", "lower");
    for s in samples {
        println!("{:<16} {:>5} {:>5} {:>7}  {}", format!("{:?}", s), s.len(), s.chars().count(), s.to_uppercase(), s.to_lowercase());
    }
    println!();

    let text = "Zoë ate 2 ½ crêpes in 東京 🍣!";
    println!("analysing {:?}", text);
    for (i, c) in text.char_indices() {
        let bytes = encode_by_hand(c);
        let mut buf = [0u8; 4];
        assert_eq!(bytes.as_slice(), c.encode_utf8(&mut buf).as_bytes());
        assert_eq!(bytes.len(), c.len_utf8());
        if !c.is_ascii() || c.is_ascii_digit() {
            let hex: Vec<String> = bytes.iter().map(|b| format!("{:02X}", b)).collect();
            println!("  byte {:>2}: {:?} U+{:04X} {:<12} utf8 [{}]", i, c, c as u32, classify(c), hex.join(" "));
        }
    }
    let kinds = ["digit", "ascii letter", "letter", "space", "punct", "numeric", "other"];
    for k in kinds {
        let n = text.chars().filter(|&c| classify(c) == k).count();
        if n > 0 {
            println!("  {:<12} {}", k, n);
        }
    }
    let boundaries: Vec<usize> = (0..=text.len()).filter(|&i| text.is_char_boundary(i)).collect();
    println!("{} char boundaries out of {} byte positions", boundaries.len(), text.len() + 1);

    for max in [3, 4, 5, 10, 11, 25, 31, 32, 100] {
        let t = truncate_bytes(text, max);
        println!("truncate to {:>3} bytes -> {:>2} bytes {:?}", max, t.len(), t);
    }
    println!("get(0..3) = {:?}, get(0..4) = {:?}, get(26..) = {:?}", text.get(0..3), text.get(0..4), text.get(26..));

    let reversed: String = text.chars().rev().collect();
    println!("reversed: {}", reversed);
    let caps: String = text.split(' ').map(|w| {
        let mut cs = w.chars();
        match cs.next() {
            Some(first) => first.to_uppercase().collect::<String>() + cs.as_str(),
            None => String::new(),
        }
    }).collect::<Vec<_>>().join(" ");
    println!("capitalized: {}", caps);
    println!("find 'ê': {:?}, find(\"東京\"): {:?}, rfind(' '): {:?}", text.find('ê'), text.find("東京"), text.rfind(' '));
    println!("ß upper = {}, ǅ lower = {}, İ lower len = {}", 'ß'.to_uppercase(), 'ǅ'.to_lowercase(), "İ".to_lowercase().len());
    println!("from_u32: {:?} {:?} {:?}", char::from_u32(0x41), char::from_u32(0xD800), char::from_u32(0x1F980));
    println!("digits: {:?} {:?} {:?} {:?}", '7'.to_digit(10), 'f'.to_digit(16), 'z'.to_digit(36), '٣'.to_digit(10));
    println!("from_digit: {:?} {:?} {:?}", char::from_digit(7, 10), char::from_digit(11, 16), char::from_digit(10, 10));
    let bytes = text.as_bytes();
    let continuation = bytes.iter().filter(|&&b| b & 0xC0 == 0x80).count();
    println!("continuation bytes: {} ; leading bytes: {}", continuation, bytes.len() - continuation);
    let mut invalid: Vec<u8> = b"fo".to_vec();
    invalid.push(0xff);
    invalid.push(b'o');
    println!("from_utf8 invalid: {:?}", std::str::from_utf8(&invalid).map_err(|e| e.valid_up_to()));
    println!("lossy: {}", String::from_utf8_lossy(&invalid));
    let mut sorted: Vec<&str> = vec!["zebra", "Äpfel", "apple", "Zoë", "été", "eagle", "日本", "10", "9"];
    sorted.sort();
    println!("byte-wise sorted: {:?}", sorted);
    sorted.sort_by_key(|s| s.to_lowercase());
    println!("case-insensitive: {:?}", sorted);
}
