// Checksums and hashes over byte strings: CRC-32 (table driven),
// CRC-16/CCITT, Adler-32, FNV-1a 32/64, djb2, Luhn and ISBN checks.
fn crc32_table() -> [u32; 256] {
    let mut table = [0u32; 256];
    for i in 0..256u32 {
        let mut c = i;
        for _ in 0..8 {
            c = if c & 1 != 0 { 0xEDB88320 ^ (c >> 1) } else { c >> 1 };
        }
        table[i as usize] = c;
    }
    table
}

fn crc32(table: &[u32; 256], data: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for &b in data {
        crc = table[((crc ^ b as u32) & 0xFF) as usize] ^ (crc >> 8);
    }
    !crc
}

fn crc16_ccitt(data: &[u8]) -> u16 {
    let mut crc: u16 = 0xFFFF;
    for &b in data {
        crc ^= (b as u16) << 8;
        for _ in 0..8 {
            crc = if crc & 0x8000 != 0 { (crc << 1) ^ 0x1021 } else { crc << 1 };
        }
    }
    crc
}

fn adler32(data: &[u8]) -> u32 {
    let (mut a, mut b) = (1u32, 0u32);
    for &x in data {
        a = (a + x as u32) % 65521;
        b = (b + a) % 65521;
    }
    (b << 16) | a
}

fn fnv1a32(data: &[u8]) -> u32 {
    data.iter().fold(0x811c9dc5u32, |h, &b| (h ^ b as u32).wrapping_mul(0x01000193))
}

fn fnv1a64(data: &[u8]) -> u64 {
    data.iter().fold(0xcbf29ce484222325u64, |h, &b| (h ^ b as u64).wrapping_mul(0x100000001b3))
}

fn djb2(data: &[u8]) -> u32 {
    data.iter().fold(5381u32, |h, &b| (h << 5).wrapping_add(h).wrapping_add(b as u32))
}

fn luhn_valid(number: &str) -> Result<bool, String> {
    let digits: Vec<u32> = number.chars().filter(|c| *c != ' ').map(|c| c.to_digit(10).ok_or(format!("bad char {:?}", c))).collect::<Result<_, _>>()?;
    if digits.len() < 2 {
        return Err("too short".into());
    }
    let sum: u32 = digits
        .iter()
        .rev()
        .enumerate()
        .map(|(i, &d)| if i % 2 == 1 { let x = d * 2; if x > 9 { x - 9 } else { x } } else { d })
        .sum();
    Ok(sum % 10 == 0)
}

fn isbn10_check(isbn: &str) -> Option<char> {
    let digits: Vec<u32> = isbn.chars().filter(|c| c.is_ascii_digit()).map(|c| c.to_digit(10).unwrap()).collect();
    if digits.len() != 9 {
        return None;
    }
    let sum: u32 = digits.iter().enumerate().map(|(i, d)| (10 - i as u32) * d).sum();
    let check = (11 - sum % 11) % 11;
    Some(if check == 10 { 'X' } else { char::from_digit(check, 10).unwrap() })
}

fn main() {
    let table = crc32_table();
    println!("crc table[1] = {:#010x}, table[255] = {:#010x}", table[1], table[255]);
    let inputs: [&[u8]; 7] = [b"", b"a", b"abc", b"123456789", b"The quick brown fox jumps over the lazy dog", "héllo wörld".as_bytes(), &[0u8; 32]];
    println!("{:<46} {:>10} {:>6} {:>10} {:>10} {:>18} {:>10}", "input", "crc32", "crc16", "adler32", "fnv1a32", "fnv1a64", "djb2");
    for data in inputs.iter() {
        let label = match std::str::from_utf8(data) {
            Ok(s) if s.chars().all(|c| c != '\0') => format!("{:?}", s),
            _ => format!("<{} binary bytes>", data.len()),
        };
        println!(
            "{:<46} {:>10} {:>6} {:>10} {:>10} {:>18} {:>10}",
            label,
            format!("{:08x}", crc32(&table, data)),
            format!("{:04x}", crc16_ccitt(data)),
            format!("{:08x}", adler32(data)),
            format!("{:08x}", fnv1a32(data)),
            format!("{:016x}", fnv1a64(data)),
            format!("{:08x}", djb2(data)),
        );
    }
    assert_eq!(crc32(&table, b"123456789"), 0xCBF43926);
    assert_eq!(crc16_ccitt(b"123456789"), 0x29B1);

    // detect a single flipped bit
    let mut msg = b"transfer $100 to account 42".to_vec();
    let original = crc32(&table, &msg);
    msg[10] ^= 0x04;
    let tampered = crc32(&table, &msg);
    println!("tampered {:?}: crc {:08x} -> {:08x} detected {}", String::from_utf8_lossy(&msg), original, tampered, original != tampered);

    // incremental crc equals one-shot
    let whole = b"hello, world";
    let mut crc = 0xFFFF_FFFFu32;
    for chunk in whole.chunks(5) {
        for &b in chunk {
            crc = table[((crc ^ b as u32) & 0xFF) as usize] ^ (crc >> 8);
        }
    }
    println!("incremental {:08x} == one-shot {:08x}", !crc, crc32(&table, whole));

    for card in ["4539 1488 0343 6467", "8273 1232 7352 0569", "79927398713", "0", "1234-5678"] {
        match luhn_valid(card) {
            Ok(v) => println!("luhn {:<22} {}", card, if v { "valid" } else { "invalid" }),
            Err(e) => println!("luhn {:<22} error: {}", card, e),
        }
    }
    for isbn in ["0-306-40615", "0-19-853453", "0-8044-2957", "12345"] {
        match isbn10_check(isbn) {
            Some(c) => println!("isbn {}-{}", isbn, c),
            None => println!("isbn {} has wrong length", isbn),
        }
    }
    // distribution of fnv hashes into buckets
    let mut buckets = [0u32; 8];
    for i in 0..1000 {
        let key = format!("key-{}", i);
        buckets[(fnv1a32(key.as_bytes()) % 8) as usize] += 1;
    }
    println!("fnv bucket distribution: {:?}", buckets);
}
