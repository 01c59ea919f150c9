//! `String`: a growable UTF-8 buffer.

use crate::intrinsics::str_from_raw;
use crate::iter::{FromIterator, IntoIterator, Iterator};
use crate::ops::{Add, AddAssign, Deref, DerefMut, Index, SliceRange};
use crate::option::Option::{self, None, Some};
use crate::result::Result::{self, Err, Ok};
use crate::vec::Vec;

#[lang = "String"]
pub struct String {
    vec: Vec<u8>,
}

impl String {
    pub fn new() -> String {
        String { vec: Vec::new() }
    }

    pub fn with_capacity(capacity: usize) -> String {
        String { vec: Vec::with_capacity(capacity) }
    }

    pub fn len(&self) -> usize {
        self.vec.len()
    }

    pub fn is_empty(&self) -> bool {
        self.vec.is_empty()
    }

    pub fn capacity(&self) -> usize {
        self.vec.capacity()
    }

    pub fn as_str(&self) -> &str {
        str_from_raw(&crate::intrinsics::slice_array(self.vec.as_slice()), 0, self.vec.len())
    }

    pub fn as_mut_str(&mut self) -> &mut str {
        crate::intrinsics::identity(self.as_str())
    }

    pub fn as_bytes(&self) -> &[u8] {
        self.vec.as_slice()
    }

    pub fn into_bytes(self) -> Vec<u8> {
        self.vec
    }

    pub fn push_str(&mut self, s: &str) {
        let bytes = s.as_bytes();
        self.vec.reserve(bytes.len());
        let mut i = 0;
        while i < bytes.len() {
            self.vec.push(bytes[i]);
            i += 1;
        }
    }

    pub fn push(&mut self, c: char) {
        let code = c as u32;
        if code < 0x80 {
            self.vec.push(code as u8);
        } else if code < 0x800 {
            self.vec.push((0xC0 | (code >> 6)) as u8);
            self.vec.push((0x80 | (code & 0x3F)) as u8);
        } else if code < 0x10000 {
            self.vec.push((0xE0 | (code >> 12)) as u8);
            self.vec.push((0x80 | ((code >> 6) & 0x3F)) as u8);
            self.vec.push((0x80 | (code & 0x3F)) as u8);
        } else {
            self.vec.push((0xF0 | (code >> 18)) as u8);
            self.vec.push((0x80 | ((code >> 12) & 0x3F)) as u8);
            self.vec.push((0x80 | ((code >> 6) & 0x3F)) as u8);
            self.vec.push((0x80 | (code & 0x3F)) as u8);
        }
    }

    pub fn pop(&mut self) -> Option<char> {
        let c = self.as_str().chars().next_back()?;
        let new_len = self.len() - c.len_utf8();
        self.vec.truncate(new_len);
        Some(c)
    }

    #[track_caller]
    pub fn truncate(&mut self, len: usize) {
        if len < self.len() {
            if !self.as_str().is_char_boundary(len) {
                crate::panicking::panic_str_at("assertion failed: self.is_char_boundary(new_len)", crate::panic::Location::caller());
            }
            self.vec.truncate(len);
        }
    }

    pub fn clear(&mut self) {
        self.vec.clear();
    }

    #[track_caller]
    pub fn insert(&mut self, index: usize, c: char) {
        let mut s = String::new();
        s.push(c);
        self.insert_str(index, s.as_str());
    }

    #[track_caller]
    pub fn insert_str(&mut self, index: usize, s: &str) {
        if !self.as_str().is_char_boundary(index) {
            crate::panicking::panic_str_at("assertion failed: self.is_char_boundary(idx)", crate::panic::Location::caller());
        }
        let tail = self.vec.split_off(index);
        self.push_str(s);
        self.vec.extend_from_slice(tail.as_slice());
    }

    #[track_caller]
    pub fn remove(&mut self, index: usize) -> char {
        let c = match self.as_str()[index..].chars().next() {
            Some(c) => c,
            None => crate::panicking::panic_str_at("cannot remove a char from the end of a string", crate::panic::Location::caller()),
        };
        let n = c.len_utf8();
        let mut i = 0;
        while i < n {
            self.vec.remove(index);
            i += 1;
        }
        c
    }

    pub fn retain<F: FnMut(char) -> bool>(&mut self, mut keep: F) {
        let mut out = String::with_capacity(self.len());
        for c in self.as_str().chars() {
            if keep(c) {
                out.push(c);
            }
        }
        *self = out;
    }

    pub fn split_off(&mut self, at: usize) -> String {
        String { vec: self.vec.split_off(at) }
    }

    pub fn drain<R: SliceRange>(&mut self, range: R) -> crate::vec::IntoIter<char> {
        let (a, b) = range.bounds(self.len());
        let removed: Vec<char> = self.as_str()[a..b].chars().collect();
        let mut rest = String::new();
        rest.push_str(&self.as_str()[..a]);
        rest.push_str(&self.as_str()[b..]);
        *self = rest;
        removed.into_iter()
    }

    pub fn replace_range<R: SliceRange>(&mut self, range: R, with: &str) {
        let (a, b) = range.bounds(self.len());
        let mut out = String::new();
        out.push_str(&self.as_str()[..a]);
        out.push_str(with);
        out.push_str(&self.as_str()[b..]);
        *self = out;
    }

    pub fn from_utf8(bytes: Vec<u8>) -> Result<String, FromUtf8Error> {
        match crate::str::validate(bytes.as_slice()) {
            Some(at) => Err(FromUtf8Error { bytes, valid_up_to: at }),
            None => Ok(String { vec: bytes }),
        }
    }

    pub fn from_utf8_lossy(bytes: &[u8]) -> String {
        let mut out = String::new();
        let mut i = 0;
        while i < bytes.len() {
            match crate::str::validate(&bytes[i..]) {
                None => {
                    let mut k = i;
                    while k < bytes.len() {
                        out.vec.push(bytes[k]);
                        k += 1;
                    }
                    break;
                }
                Some(bad) => {
                    let mut k = i;
                    while k < i + bad {
                        out.vec.push(bytes[k]);
                        k += 1;
                    }
                    out.push('\u{FFFD}');
                    i = i + bad + 1;
                }
            }
        }
        out
    }

    pub fn chars(&self) -> crate::str::Chars<'_> {
        self.as_str().chars()
    }
}

/// `String::from_utf8` failing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FromUtf8Error {
    bytes: Vec<u8>,
    valid_up_to: usize,
}

impl FromUtf8Error {
    pub fn into_bytes(self) -> Vec<u8> {
        self.bytes
    }
}

impl crate::fmt::Display for FromUtf8Error {
    fn fmt(&self, f: &mut crate::fmt::Formatter) -> crate::fmt::Result {
        write!(f, "invalid utf-8 sequence of 1 bytes from index {}", self.valid_up_to)
    }
}

impl Deref for String {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl DerefMut for String {
    fn deref_mut(&mut self) -> &mut str {
        crate::intrinsics::identity(self.as_str())
    }
}

impl<R: SliceRange> Index<R> for String {
    type Output = str;
    #[track_caller]
    fn index(&self, range: R) -> &str {
        &self.as_str()[range]
    }
}

impl Clone for String {
    fn clone(&self) -> String {
        String::from(self.as_str())
    }
}

impl PartialEq for String {
    fn eq(&self, other: &String) -> bool {
        *self.as_str() == *other.as_str()
    }
}

impl Eq for String {}

impl PartialOrd for String {
    fn partial_cmp(&self, other: &String) -> Option<crate::cmp::Ordering> {
        Some(self.as_str().cmp(other.as_str()))
    }
}

impl Ord for String {
    fn cmp(&self, other: &String) -> crate::cmp::Ordering {
        self.as_str().cmp(other.as_str())
    }
}

impl Default for String {
    fn default() -> String {
        String::new()
    }
}

impl<'a> From<&'a str> for String {
    fn from(s: &'a str) -> String {
        let mut out = String::with_capacity(s.len());
        out.push_str(s);
        out
    }
}

impl<'a> From<&'a String> for String {
    fn from(s: &'a String) -> String {
        s.clone()
    }
}

impl From<char> for String {
    fn from(c: char) -> String {
        let mut out = String::new();
        out.push(c);
        out
    }
}

impl<'a> Add<&'a str> for String {
    type Output = String;
    fn add(mut self, rhs: &'a str) -> String {
        self.push_str(rhs);
        self
    }
}

impl<'a> Add<&'a String> for String {
    type Output = String;
    fn add(mut self, rhs: &'a String) -> String {
        self.push_str(rhs.as_str());
        self
    }
}

impl<'a> AddAssign<&'a String> for String {
    fn add_assign(&mut self, rhs: &'a String) {
        self.push_str(rhs.as_str());
    }
}

impl AddAssign<char> for String {
    fn add_assign(&mut self, rhs: char) {
        self.push(rhs);
    }
}

impl<'a> AddAssign<&'a str> for String {
    fn add_assign(&mut self, rhs: &'a str) {
        self.push_str(rhs);
    }
}

impl crate::fmt::Display for String {
    fn fmt(&self, f: &mut crate::fmt::Formatter) -> crate::fmt::Result {
        f.pad(self.as_str())
    }
}

impl crate::fmt::Debug for String {
    fn fmt(&self, f: &mut crate::fmt::Formatter) -> crate::fmt::Result {
        crate::fmt::Debug::fmt(self.as_str(), f)
    }
}

impl crate::fmt::Write for String {
    fn write_str(&mut self, s: &str) -> crate::fmt::Result {
        self.push_str(s);
        Ok(())
    }
}

impl FromIterator<char> for String {
    fn from_iter<I: IntoIterator<Item = char>>(iter: I) -> String {
        let mut s = String::new();
        for c in iter {
            s.push(c);
        }
        s
    }
}

impl<'a> FromIterator<&'a char> for String {
    fn from_iter<I: IntoIterator<Item = &'a char>>(iter: I) -> String {
        let mut s = String::new();
        for c in iter {
            s.push(*c);
        }
        s
    }
}

impl<'a> FromIterator<&'a str> for String {
    fn from_iter<I: IntoIterator<Item = &'a str>>(iter: I) -> String {
        let mut s = String::new();
        for x in iter {
            s.push_str(x);
        }
        s
    }
}

impl FromIterator<String> for String {
    fn from_iter<I: IntoIterator<Item = String>>(iter: I) -> String {
        let mut s = String::new();
        for x in iter {
            s.push_str(x.as_str());
        }
        s
    }
}

impl crate::iter::Extend<char> for String {
    fn extend<I: IntoIterator<Item = char>>(&mut self, iter: I) {
        for c in iter {
            self.push(c);
        }
    }
}

impl<'a> crate::iter::Extend<&'a str> for String {
    fn extend<I: IntoIterator<Item = &'a str>>(&mut self, iter: I) {
        for s in iter {
            self.push_str(s);
        }
    }
}

/// `value.to_string()` for anything `Display`.
pub trait ToString {
    fn to_string(&self) -> String;
}

impl<T: crate::fmt::Display + ?Sized> ToString for T {
    fn to_string(&self) -> String {
        let mut f = crate::fmt::Formatter::new();
        crate::fmt::Display::fmt(self, &mut f);
        f.into_string()
    }
}

/// `[&str].join(sep)`, `[String].concat()` and friends.
pub trait Join<Sep> {
    fn join(&self, sep: Sep) -> String;
}

impl<'a, 'b> Join<&'b str> for [&'a str] {
    fn join(&self, sep: &'b str) -> String {
        let mut out = String::new();
        let mut first = true;
        for s in self.iter() {
            if !first {
                out.push_str(sep);
            }
            first = false;
            out.push_str(s);
        }
        out
    }
}

impl<'b> Join<&'b str> for [String] {
    fn join(&self, sep: &'b str) -> String {
        let mut out = String::new();
        let mut first = true;
        for s in self.iter() {
            if !first {
                out.push_str(sep);
            }
            first = false;
            out.push_str(s.as_str());
        }
        out
    }
}

impl<'a> [&'a str] {
    pub fn join(&self, sep: &str) -> String {
        Join::join(self, sep)
    }

    pub fn concat(&self) -> String {
        Join::join(self, "")
    }
}

impl [String] {
    pub fn join(&self, sep: &str) -> String {
        Join::join(self, sep)
    }

    pub fn concat(&self) -> String {
        Join::join(self, "")
    }
}

impl crate::hash::Hash for String {
    fn hash<H: crate::hash::Hasher>(&self, state: &mut H) {
        crate::hash::Hash::hash(self.as_str(), state)
    }
}

macro_rules! from_str_int {
    ($($t:ty)*) => { $(
        impl crate::str::FromStr for $t {
            type Err = crate::num::ParseIntError;
            fn from_str(s: &str) -> Result<$t, crate::num::ParseIntError> {
                #[allow(unused_comparisons)]
                let signed = <$t>::MIN < 0;
                let (negative, magnitude) = crate::num::parse_digits(s, signed)?;
                let max = <$t>::MAX as u64;
                if negative {
                    if magnitude > max + 1 {
                        return Err(crate::num::ParseIntError::new(crate::num::IntErrorKind::NegOverflow));
                    }
                    Ok((magnitude as i64).wrapping_neg() as $t)
                } else {
                    if magnitude > max {
                        return Err(crate::num::ParseIntError::new(crate::num::IntErrorKind::PosOverflow));
                    }
                    Ok(magnitude as $t)
                }
            }
        }
    )* };
}

from_str_int!(i8 i16 i32 i64 isize u8 u16 u32 u64 usize);
