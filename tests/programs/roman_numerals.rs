// Roman numeral conversion in both directions with validation and a
// round-trip check over the whole range.
const TABLE: [(u32, &str); 13] = [
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
];

fn to_roman(mut n: u32) -> Option<String> {
    if n == 0 || n > 3999 {
        return None;
    }
    let mut out = String::new();
    for &(value, sym) in TABLE.iter() {
        while n >= value {
            out.push_str(sym);
            n -= value;
        }
    }
    Some(out)
}

fn digit_value(c: char) -> Result<u32, String> {
    Ok(match c.to_ascii_uppercase() {
        'I' => 1,
        'V' => 5,
        'X' => 10,
        'L' => 50,
        'C' => 100,
        'D' => 500,
        'M' => 1000,
        other => return Err(format!("invalid roman digit {:?}", other)),
    })
}

fn from_roman(s: &str) -> Result<u32, String> {
    if s.is_empty() {
        return Err("empty string".to_string());
    }
    let values: Vec<u32> = s.chars().map(digit_value).collect::<Result<_, _>>()?;
    let mut total = 0;
    for (i, &v) in values.iter().enumerate() {
        match values.get(i + 1) {
            Some(&next) if next > v => total -= v as i64,
            _ => total += v as i64,
        }
    }
    let total = total as u32;
    // reject non-canonical forms such as IIII or VX
    match to_roman(total) {
        Some(canon) if canon == s.to_ascii_uppercase() => Ok(total),
        Some(canon) => Err(format!("non-canonical numeral {} (did you mean {} = {}?)", s, canon, total)),
        None => Err(format!("{} is out of range", s)),
    }
}

fn main() {
    let samples = [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 0, 4000, 444, 1666, 888];
    for n in samples {
        match to_roman(n) {
            Some(r) => println!("{:>5} => {:<16} ({} chars)", n, r, r.len()),
            None => println!("{:>5} => (not representable)", n),
        }
    }

    let inputs = ["XIV", "mcmxciv", "MMXXIV", "IIII", "VX", "IC", "MMMM", "ABC", "", "XLII", "CDXLIV", "IXX"];
    for s in inputs.iter() {
        match from_roman(s) {
            Ok(v) => println!("{:>10} -> {}", format!("{:?}", s), v),
            Err(e) => println!("{:>10} -> error: {}", format!("{:?}", s), e),
        }
    }

    // round-trip every value and gather some statistics
    let mut longest = (0, String::new());
    let mut total_len = 0usize;
    let mut letter_counts = [0u32; 7];
    let letters = ['I', 'V', 'X', 'L', 'C', 'D', 'M'];
    for n in 1..=3999 {
        let r = to_roman(n).unwrap();
        assert_eq!(from_roman(&r), Ok(n), "round trip failed for {}", n);
        total_len += r.len();
        if r.len() > longest.1.len() {
            longest = (n, r.clone());
        }
        for c in r.chars() {
            let idx = letters.iter().position(|&l| l == c).unwrap();
            letter_counts[idx] += 1;
        }
    }
    println!("round trip ok for 1..=3999");
    println!("longest numeral: {} = {} ({} chars)", longest.0, longest.1, longest.1.len());
    println!("average length: {:.4}", total_len as f64 / 3999.0);
    for (l, c) in letters.iter().zip(letter_counts.iter()) {
        println!("  {} used {:>5} times", l, c);
    }
    let palindromes: Vec<String> = (1..=100).filter_map(to_roman).filter(|r| r.chars().rev().collect::<String>() == *r && r.len() > 1).collect();
    println!("palindromic numerals up to 100: {:?}", palindromes);
}
