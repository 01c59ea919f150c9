// A hexdump utility (like `xxd`): offsets, grouped hex bytes and an
// ASCII column, plus parsing hex back into bytes and a byte histogram.
fn hexdump(data: &[u8], width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    for (row, chunk) in data.chunks(width).enumerate() {
        let mut hex = String::new();
        for (i, b) in chunk.iter().enumerate() {
            if i > 0 && i % 2 == 0 {
                hex.push(' ');
            }
            hex.push_str(&format!("{:02x}", b));
        }
        let full = width * 2 + (width - 1) / 2;
        let ascii: String = chunk.iter().map(|&b| if (0x20..0x7f).contains(&b) { b as char } else { '.' }).collect();
        lines.push(format!("{:08x}: {:<full$}  {}", row * width, hex, ascii, full = full));
    }
    lines
}

fn parse_hex(s: &str) -> Result<Vec<u8>, String> {
    let digits: Vec<char> = s.chars().filter(|c| !c.is_whitespace()).collect();
    if digits.len() % 2 != 0 {
        return Err(format!("odd number of hex digits ({})", digits.len()));
    }
    digits
        .chunks(2)
        .enumerate()
        .map(|(i, pair)| {
            let hi = pair[0].to_digit(16).ok_or(format!("bad digit {:?} at pair {}", pair[0], i))?;
            let lo = pair[1].to_digit(16).ok_or(format!("bad digit {:?} at pair {}", pair[1], i))?;
            Ok((hi * 16 + lo) as u8)
        })
        .collect()
}

fn checksum(data: &[u8]) -> (u8, u16, u32) {
    let sum8 = data.iter().fold(0u8, |a, &b| a.wrapping_add(b));
    let xor16 = data.chunks(2).fold(0u16, |a, c| a ^ u16::from_be_bytes([c[0], *c.get(1).unwrap_or(&0)]));
    let (mut s1, mut s2) = (1u32, 0u32);
    for &b in data {
        s1 = (s1 + b as u32) % 65521;
        s2 = (s2 + s1) % 65521;
    }
    (sum8, xor16, (s2 << 16) | s1)
}

fn main() {
    let mut data: Vec<u8> = Vec::new();
    data.extend_from_slice(b"\x89PNG\r\n\x1a\n");
    data.extend_from_slice(&13u32.to_be_bytes());
    data.extend_from_slice(b"IHDR");
    data.extend_from_slice(&640u32.to_be_bytes());
    data.extend_from_slice(&480u32.to_be_bytes());
    data.extend_from_slice(&[8, 6, 0, 0, 0]);
    data.extend_from_slice("héllo, 世界! ".as_bytes());
    data.extend((0..20u8).map(|i| i.wrapping_mul(37)));
    println!("{} bytes:", data.len());
    for line in hexdump(&data, 16) {
        println!("{}", line);
    }
    println!("-- width 8 --");
    for line in hexdump(&data[..20], 8) {
        println!("{}", line);
    }

    let width = u32::from_be_bytes([data[16], data[17], data[18], data[19]]);
    let height = u32::from_be_bytes(data[20..24].try_into().unwrap());
    println!("PNG header: signature ok = {}, chunk {:?}, {}x{}", data.starts_with(&[0x89, b'P', b'N', b'G']), std::str::from_utf8(&data[12..16]).unwrap(), width, height);

    let (s8, x16, adler) = checksum(&data);
    println!("sum8 = {:#04x}, xor16 = {:#06x}, adler32 = {:#010x}", s8, x16, adler);
    let (_, _, wiki) = checksum(b"Wikipedia");
    println!("adler32(\"Wikipedia\") = {:08X} (expected 11E60398)", wiki);

    for input in ["48 65 6c 6c 6f", "DEADbeef", "0", "12 3g", "e6 97 a5 e6 9c ac", ""] {
        match parse_hex(input) {
            Ok(bytes) => println!("{:<20} -> {:?} utf8: {:?}", format!("{:?}", input), bytes, std::str::from_utf8(&bytes).ok()),
            Err(e) => println!("{:<20} -> error: {}", format!("{:?}", input), e),
        }
    }

    let mut counts = [0u32; 256];
    for &b in &data {
        counts[b as usize] += 1;
    }
    let mut common: Vec<(u8, u32)> = counts.iter().enumerate().filter(|(_, &c)| c > 1).map(|(b, &c)| (b as u8, c)).collect();
    common.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    println!("bytes occurring more than once:");
    for (b, c) in common.iter().take(8) {
        println!("  0x{:02X} {:>3} {:?}", b, c, if b.is_ascii_graphic() { *b as char } else { '?' });
    }
    let distinct = counts.iter().filter(|&&c| c > 0).count();
    println!("distinct byte values: {}, ascii: {}, high: {}", distinct, data.iter().filter(|b| b.is_ascii()).count(), data.iter().filter(|&&b| b >= 0x80).count());
}
