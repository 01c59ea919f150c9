// Base64 (standard and URL-safe alphabets) encoder/decoder with
// padding handling and error reporting, checked on RFC 4648 vectors.
const STD: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const URL: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

#[derive(Debug, PartialEq)]
enum DecodeError {
    InvalidByte { index: usize, byte: u8 },
    InvalidLength(usize),
    BadPadding,
}

fn encode(data: &[u8], alphabet: &[u8; 64], pad: bool) -> String {
    let mut out = String::with_capacity((data.len() + 2) / 3 * 4);
    for chunk in data.chunks(3) {
        let b = [chunk[0], *chunk.get(1).unwrap_or(&0), *chunk.get(2).unwrap_or(&0)];
        let n = (b[0] as u32) << 16 | (b[1] as u32) << 8 | b[2] as u32;
        let chars = [(n >> 18) & 63, (n >> 12) & 63, (n >> 6) & 63, n & 63];
        let keep = chunk.len() + 1;
        for (i, &c) in chars.iter().enumerate() {
            if i < keep {
                out.push(alphabet[c as usize] as char);
            } else if pad {
                out.push('=');
            }
        }
    }
    out
}

fn decode(text: &str, alphabet: &[u8; 64]) -> Result<Vec<u8>, DecodeError> {
    let mut lookup = [255u8; 256];
    for (i, &c) in alphabet.iter().enumerate() {
        lookup[c as usize] = i as u8;
    }
    let bytes = text.as_bytes();
    let trimmed_len = bytes.iter().rposition(|&b| b != b'=').map_or(0, |p| p + 1);
    let padding = bytes.len() - trimmed_len;
    if padding > 2 || (padding > 0 && bytes.len() % 4 != 0) {
        return Err(DecodeError::BadPadding);
    }
    let body = &bytes[..trimmed_len];
    if body.len() % 4 == 1 {
        return Err(DecodeError::InvalidLength(body.len()));
    }
    let mut out = Vec::with_capacity(body.len() * 3 / 4);
    for (ci, chunk) in body.chunks(4).enumerate() {
        let mut n = 0u32;
        for (i, &c) in chunk.iter().enumerate() {
            let v = lookup[c as usize];
            if v == 255 {
                return Err(DecodeError::InvalidByte { index: ci * 4 + i, byte: c });
            }
            n |= (v as u32) << (18 - 6 * i);
        }
        let produced = chunk.len() - 1;
        for k in 0..produced {
            out.push((n >> (16 - 8 * k)) as u8);
        }
    }
    Ok(out)
}

fn main() {
    let vectors = [("", ""), ("f", "Zg=="), ("fo", "Zm8="), ("foo", "Zm9v"), ("foob", "Zm9vYg=="), ("fooba", "Zm9vYmE="), ("foobar", "Zm9vYmFy")];
    for (plain, expected) in vectors.iter() {
        let enc = encode(plain.as_bytes(), STD, true);
        let ok = enc == *expected;
        let dec = decode(&enc, STD).unwrap();
        println!("{:<8} -> {:<10} {} back: {:?}", format!("{:?}", plain), enc, if ok { "ok" } else { "MISMATCH" }, String::from_utf8(dec).unwrap());
    }

    let text = "Grüße aus Köln! 日本語も大丈夫。";
    let enc = encode(text.as_bytes(), STD, true);
    println!("utf8 text ({} bytes) -> {} chars: {}", text.len(), enc.len(), enc);
    let back = String::from_utf8(decode(&enc, STD).unwrap()).unwrap();
    println!("decoded equal: {}", back == text);

    let binary: Vec<u8> = (0..=255u8).step_by(7).chain([0xFB, 0xFF, 0xFE]).collect();
    let std_enc = encode(&binary, STD, true);
    let url_enc = encode(&binary, URL, false);
    println!("binary {} bytes", binary.len());
    println!("  std: {}", std_enc);
    println!("  url: {}", url_enc);
    println!("  differing positions: {:?}", std_enc.char_indices().zip(url_enc.chars()).filter(|((_, a), b)| a != b).map(|((i, _), _)| i).collect::<Vec<_>>());
    assert_eq!(decode(&url_enc, URL).unwrap(), binary);
    assert_eq!(decode(&std_enc, STD).unwrap(), binary);

    let bad_inputs = ["Zm9v!A==", "Zm9vY", "Zm9v====", "Zg=", "Zg", "QUJD", "-_-_", "SGVsbG8sIFdvcmxkIQ=="];
    for b in bad_inputs {
        match decode(b, STD) {
            Ok(bytes) => println!("decode {:<22} = {:?}", b, String::from_utf8_lossy(&bytes)),
            Err(DecodeError::InvalidByte { index, byte }) => println!("decode {:<22} : invalid byte {:?} (0x{:02x}) at {}", b, byte as char, byte, index),
            Err(e) => println!("decode {:<22} : {:?}", b, e),
        }
    }
    // sizes
    for n in 0..8 {
        let data = vec![b'x'; n];
        println!("{} bytes -> padded {} / unpadded {}", n, encode(&data, STD, true).len(), encode(&data, URL, false).len());
    }
}
