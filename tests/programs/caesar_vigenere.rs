// Classical ciphers: Caesar, ROT13, Vigenère and Atbash, plus a
// frequency-analysis attack that recovers a Caesar shift.
fn shift_char(c: char, k: u8) -> char {
    match c {
        'a'..='z' => (((c as u8 - b'a' + k) % 26) + b'a') as char,
        'A'..='Z' => (((c as u8 - b'A' + k) % 26) + b'A') as char,
        _ => c,
    }
}

fn caesar(text: &str, shift: i32) -> String {
    let k = shift.rem_euclid(26) as u8;
    text.chars().map(|c| shift_char(c, k)).collect()
}

fn vigenere(text: &str, key: &str, decrypt: bool) -> Result<String, String> {
    let shifts: Vec<u8> = key
        .chars()
        .map(|c| {
            if c.is_ascii_alphabetic() {
                Ok(c.to_ascii_lowercase() as u8 - b'a')
            } else {
                Err(format!("key contains non-letter {:?}", c))
            }
        })
        .collect::<Result<Vec<u8>, String>>()?;
    if shifts.is_empty() {
        return Err("empty key".to_string());
    }
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    for c in text.chars() {
        if c.is_ascii_alphabetic() {
            let k = shifts[i % shifts.len()];
            let k = if decrypt { (26 - k) % 26 } else { k };
            out.push(shift_char(c, k));
            i += 1;
        } else {
            out.push(c);
        }
    }
    Ok(out)
}

fn atbash(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_ascii_lowercase() {
                (b'z' - (c as u8 - b'a')) as char
            } else if c.is_ascii_uppercase() {
                (b'Z' - (c as u8 - b'A')) as char
            } else {
                c
            }
        })
        .collect()
}

const ENGLISH_FREQ: [f64; 26] = [
    8.2, 1.5, 2.8, 4.3, 12.7, 2.2, 2.0, 6.1, 7.0, 0.15, 0.77, 4.0, 2.4, 6.7, 7.5, 1.9, 0.095, 6.0, 6.3, 9.1, 2.8, 0.98, 2.4, 0.15, 2.0,
    0.074,
];

fn letter_counts(text: &str) -> [u32; 26] {
    let mut counts = [0u32; 26];
    for b in text.bytes() {
        if b.is_ascii_alphabetic() {
            counts[(b.to_ascii_lowercase() - b'a') as usize] += 1;
        }
    }
    counts
}

fn crack_caesar(cipher: &str) -> (i32, f64) {
    let counts = letter_counts(cipher);
    let total: u32 = counts.iter().sum();
    let mut best = (0, f64::MAX);
    for shift in 0..26 {
        let mut chi = 0.0;
        for i in 0..26 {
            let observed = counts[(i + shift) % 26] as f64;
            let expected = ENGLISH_FREQ[i] / 100.0 * total as f64;
            chi += (observed - expected).powi(2) / expected;
        }
        if chi < best.1 {
            best = (shift as i32, chi);
        }
    }
    best
}

fn main() {
    let plain = "The quick brown fox jumps over the lazy dog! Meet me at 10:30, near the old bridge.";
    for shift in [1, 3, 13, 25, -3, 52, 100] {
        let enc = caesar(plain, shift);
        println!("caesar {:>4}: {}", shift, &enc[..40]);
        assert_eq!(caesar(&enc, -shift), plain);
    }
    let rot = caesar("Hello, World", 13);
    println!("rot13 twice: {} -> {} -> {}", "Hello, World", rot, caesar(&rot, 13));

    for key in ["LEMON", "key", "a", "", "k3y"] {
        match vigenere("ATTACK AT DAWN, attack at dusk", key, false) {
            Ok(enc) => {
                let dec = vigenere(&enc, key, true).unwrap();
                println!("vigenere {:<7} {} | {}", format!("{:?}", key), enc, dec);
            }
            Err(e) => println!("vigenere {:<7} error: {}", format!("{:?}", key), e),
        }
    }

    println!("atbash: {}", atbash("Wizard of Oz, 2024"));
    println!("atbash twice: {}", atbash(&atbash("Wizard of Oz")));

    let secret = caesar(
        "It is a truth universally acknowledged, that a single man in possession of a good fortune, must be in want of a wife.",
        17,
    );
    println!("intercepted: {}", secret);
    let (shift, score) = crack_caesar(&secret);
    println!("best shift {} (chi-squared {:.2})", shift, score);
    println!("recovered: {}", caesar(&secret, -shift));

    let counts = letter_counts(plain);
    let mut ranked: Vec<(char, u32)> = counts.iter().enumerate().filter(|(_, &n)| n > 0).map(|(i, &n)| ((b'a' + i as u8) as char, n)).collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let top: Vec<String> = ranked.iter().take(8).map(|(c, n)| format!("{}:{}", c, n)).collect();
    println!("top letters: {}", top.join(" "));
    println!("non-ascii untouched: {}", caesar("Grüße, señor!", 1));
}
