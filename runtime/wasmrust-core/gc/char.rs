//! `char` methods.

use crate::option::Option::{self, None, Some};

/// A char from its scalar value, if it is one.
pub fn from_u32(code: u32) -> Option<char> {
    if code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF) { None } else { Some(from_u32_unchecked(code)) }
}

/// A char from a value known to be a scalar value.
pub fn from_u32_unchecked(code: u32) -> char {
    crate::intrinsics::identity(code)
}

/// The char for digit `num` in `radix`.
pub fn from_digit(num: u32, radix: u32) -> Option<char> {
    if radix < 2 || radix > 36 {
        panic!("from_digit: radix is too high (maximum 36)");
    }
    if num >= radix {
        return None;
    }
    let c = if num < 10 { b'0' as u32 + num } else { b'a' as u32 + num - 10 };
    Some(from_u32_unchecked(c))
}

/// Whether `c` is in one of the sorted, inclusive ranges.
fn in_ranges(c: u32, ranges: &[(u32, u32)]) -> bool {
    let mut lo = 0;
    let mut hi = ranges.len();
    while lo < hi {
        let mid = (lo + hi) / 2;
        let (a, b) = ranges[mid];
        if c < a {
            hi = mid;
        } else if c > b {
            lo = mid + 1;
        } else {
            return true;
        }
    }
    false
}

/// Letters beyond ASCII, by block (Latin, Greek, Cyrillic, Armenian, Hebrew, Arabic, Indic,
/// Thai, Hangul, Kana, CJK...): the alphabetic ranges of the common scripts.
const ALPHABETIC: [(u32, u32); 40] = [
    (0xAA, 0xAA), (0xB5, 0xB5), (0xBA, 0xBA), (0xC0, 0xD6), (0xD8, 0xF6), (0xF8, 0x2C1), (0x2C6, 0x2D1),
    (0x2E0, 0x2E4), (0x370, 0x374), (0x376, 0x377), (0x37A, 0x37D), (0x386, 0x386), (0x388, 0x3FF),
    (0x400, 0x481), (0x48A, 0x52F), (0x531, 0x556), (0x561, 0x587), (0x5D0, 0x5EA), (0x620, 0x64A),
    (0x671, 0x6D3), (0x904, 0x939), (0xE01, 0xE30), (0x10A0, 0x10FF), (0x1100, 0x11FF), (0x1E00, 0x1FFF),
    (0x2C00, 0x2DFF), (0x3041, 0x3096), (0x30A1, 0x30FA), (0x3105, 0x312F), (0x3131, 0x318E),
    (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xA000, 0xA48C), (0xAC00, 0xD7A3), (0xF900, 0xFAFF),
    (0xFB00, 0xFB06), (0xFF21, 0xFF3A), (0xFF41, 0xFF5A), (0xFF66, 0xFFDC), (0x20000, 0x2FA1F),
];

const WHITESPACE: [(u32, u32); 10] = [
    (0x9, 0xD), (0x20, 0x20), (0x85, 0x85), (0xA0, 0xA0), (0x1680, 0x1680), (0x2000, 0x200A), (0x2028, 0x2029),
    (0x202F, 0x202F), (0x205F, 0x205F), (0x3000, 0x3000),
];

const NUMERIC: [(u32, u32); 8] = [
    (0x30, 0x39), (0xB2, 0xB3), (0xB9, 0xB9), (0xBC, 0xBE), (0x660, 0x669), (0x966, 0x96F), (0x2150, 0x2189),
    (0xFF10, 0xFF19),
];

impl char {
    pub const MAX: char = '\u{10FFFF}';

    pub fn from_u32(code: u32) -> Option<char> {
        from_u32(code)
    }

    pub fn from_digit(num: u32, radix: u32) -> Option<char> {
        from_digit(num, radix)
    }

    pub fn is_alphabetic(self) -> bool {
        let c = self as u32;
        (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || (c >= 0x80 && in_ranges(c, &ALPHABETIC))
    }

    pub fn is_numeric(self) -> bool {
        in_ranges(self as u32, &NUMERIC)
    }

    pub fn is_alphanumeric(self) -> bool {
        self.is_alphabetic() || self.is_numeric()
    }

    pub fn is_whitespace(self) -> bool {
        in_ranges(self as u32, &WHITESPACE)
    }

    pub fn is_control(self) -> bool {
        let c = self as u32;
        c < 0x20 || (c >= 0x7F && c < 0xA0)
    }

    pub fn is_lowercase(self) -> bool {
        let c = self as u32;
        (c >= 0x61 && c <= 0x7A) || (c >= 0xDF && c <= 0xFF && c != 0xF7) || (c >= 0x3B1 && c <= 0x3C9) || (c >= 0x430 && c <= 0x45F)
    }

    pub fn is_uppercase(self) -> bool {
        let c = self as u32;
        (c >= 0x41 && c <= 0x5A) || (c >= 0xC0 && c <= 0xDE && c != 0xD7) || (c >= 0x391 && c <= 0x3A9) || (c >= 0x400 && c <= 0x42F)
    }

    pub fn is_ascii(&self) -> bool {
        (*self as u32) < 0x80
    }

    pub fn is_ascii_alphabetic(&self) -> bool {
        self.is_ascii_uppercase() || self.is_ascii_lowercase()
    }

    pub fn is_ascii_uppercase(&self) -> bool {
        *self >= 'A' && *self <= 'Z'
    }

    pub fn is_ascii_lowercase(&self) -> bool {
        *self >= 'a' && *self <= 'z'
    }

    pub fn is_ascii_digit(&self) -> bool {
        *self >= '0' && *self <= '9'
    }

    pub fn is_ascii_hexdigit(&self) -> bool {
        self.is_ascii_digit() || (*self >= 'a' && *self <= 'f') || (*self >= 'A' && *self <= 'F')
    }

    pub fn is_ascii_alphanumeric(&self) -> bool {
        self.is_ascii_alphabetic() || self.is_ascii_digit()
    }

    pub fn is_ascii_whitespace(&self) -> bool {
        matches!(*self, ' ' | '\t' | '\n' | '\r' | '\x0C')
    }

    pub fn is_ascii_punctuation(&self) -> bool {
        let c = *self as u32;
        (c >= 0x21 && c <= 0x2F) || (c >= 0x3A && c <= 0x40) || (c >= 0x5B && c <= 0x60) || (c >= 0x7B && c <= 0x7E)
    }

    pub fn is_ascii_graphic(&self) -> bool {
        let c = *self as u32;
        c >= 0x21 && c <= 0x7E
    }

    pub fn is_ascii_control(&self) -> bool {
        let c = *self as u32;
        c < 0x20 || c == 0x7F
    }

    pub fn is_digit(self, radix: u32) -> bool {
        self.to_digit(radix).is_some()
    }

    pub fn to_digit(self, radix: u32) -> Option<u32> {
        let c = self as u32;
        let d = if c >= 0x30 && c <= 0x39 {
            c - 0x30
        } else if c >= 0x61 && c <= 0x7A {
            c - 0x61 + 10
        } else if c >= 0x41 && c <= 0x5A {
            c - 0x41 + 10
        } else {
            return None;
        };
        if d < radix { Some(d) } else { None }
    }

    pub fn to_ascii_uppercase(&self) -> char {
        if self.is_ascii_lowercase() { from_u32_unchecked(*self as u32 - 32) } else { *self }
    }

    pub fn to_ascii_lowercase(&self) -> char {
        if self.is_ascii_uppercase() { from_u32_unchecked(*self as u32 + 32) } else { *self }
    }

    pub fn eq_ignore_ascii_case(&self, other: &char) -> bool {
        self.to_ascii_lowercase() == other.to_ascii_lowercase()
    }

    pub fn len_utf8(self) -> usize {
        let c = self as u32;
        if c < 0x80 {
            1
        } else if c < 0x800 {
            2
        } else if c < 0x10000 {
            3
        } else {
            4
        }
    }

    pub fn to_uppercase(self) -> CaseMapping {
        let c = self as u32;
        let mapped = if (c >= 0x61 && c <= 0x7A) || (c >= 0xE0 && c <= 0xFE && c != 0xF7) || (c >= 0x3B1 && c <= 0x3C9 && c != 0x3C2) || (c >= 0x430 && c <= 0x44F) {
            c - 32
        } else if c >= 0x450 && c <= 0x45F {
            c - 80
        } else if c == 0xFF {
            0x178
        } else if c == 0x3C2 {
            0x3A3
        } else if c == 0xDF {
            return CaseMapping { chars: ['S', 'S', '\0'], len: 2, pos: 0 };
        } else if c >= 0x100 && c <= 0x17F && c % 2 == 1 && c != 0x131 && c != 0x138 && c != 0x149 {
            c - 1
        } else {
            c
        };
        CaseMapping { chars: [from_u32_unchecked(mapped), '\0', '\0'], len: 1, pos: 0 }
    }

    pub fn to_lowercase(self) -> CaseMapping {
        let c = self as u32;
        let mapped = if (c >= 0x41 && c <= 0x5A) || (c >= 0xC0 && c <= 0xDE && c != 0xD7) || (c >= 0x391 && c <= 0x3A9 && c != 0x3A2) || (c >= 0x410 && c <= 0x42F) {
            c + 32
        } else if c >= 0x400 && c <= 0x40F {
            c + 80
        } else if c == 0x178 {
            0xFF
        } else if c >= 0x100 && c <= 0x17F && c % 2 == 0 && c != 0x130 && c != 0x138 {
            c + 1
        } else {
            c
        };
        CaseMapping { chars: [from_u32_unchecked(mapped), '\0', '\0'], len: 1, pos: 0 }
    }

    pub fn escape_default(self) -> crate::string::String {
        let mut s = crate::string::String::new();
        match self {
            '\t' => s.push_str("\\t"),
            '\r' => s.push_str("\\r"),
            '\n' => s.push_str("\\n"),
            '\\' | '\'' | '"' => {
                s.push('\\');
                s.push(self);
            }
            c if (c as u32) >= 0x20 && (c as u32) < 0x7F => s.push(c),
            c => {
                s.push_str("\\u{");
                s.push_str(&format!("{:x}", c as u32));
                s.push('}');
            }
        }
        s
    }
}

/// The chars of `to_uppercase`/`to_lowercase` (one to three).
#[derive(Clone, Debug)]
pub struct CaseMapping {
    chars: [char; 3],
    len: usize,
    pos: usize,
}

impl crate::iter::Iterator for CaseMapping {
    type Item = char;
    fn next(&mut self) -> Option<char> {
        if self.pos < self.len {
            let c = self.chars[self.pos];
            self.pos += 1;
            Some(c)
        } else {
            None
        }
    }
}

impl crate::fmt::Display for CaseMapping {
    fn fmt(&self, f: &mut crate::fmt::Formatter) -> crate::fmt::Result {
        let mut i = self.pos;
        while i < self.len {
            f.write_char(self.chars[i]);
            i += 1;
        }
        crate::result::Result::Ok(())
    }
}

impl u8 {
    pub fn is_ascii_digit(&self) -> bool {
        *self >= b'0' && *self <= b'9'
    }

    pub fn is_ascii_alphabetic(&self) -> bool {
        (*self >= b'a' && *self <= b'z') || (*self >= b'A' && *self <= b'Z')
    }

    pub fn is_ascii_alphanumeric(&self) -> bool {
        self.is_ascii_digit() || self.is_ascii_alphabetic()
    }

    pub fn is_ascii_uppercase(&self) -> bool {
        *self >= b'A' && *self <= b'Z'
    }

    pub fn is_ascii_lowercase(&self) -> bool {
        *self >= b'a' && *self <= b'z'
    }

    pub fn is_ascii_whitespace(&self) -> bool {
        matches!(*self, b' ' | b'\t' | b'\n' | b'\r' | 0x0C)
    }

    pub fn is_ascii_punctuation(&self) -> bool {
        (*self as char).is_ascii_punctuation()
    }

    pub fn is_ascii_hexdigit(&self) -> bool {
        (*self as char).is_ascii_hexdigit()
    }

    pub fn is_ascii(&self) -> bool {
        *self < 0x80
    }

    pub fn to_ascii_uppercase(&self) -> u8 {
        if self.is_ascii_lowercase() { *self - 32 } else { *self }
    }

    pub fn to_ascii_lowercase(&self) -> u8 {
        if self.is_ascii_uppercase() { *self + 32 } else { *self }
    }
}
