//! `str`: UTF-8 views, with Rust's byte-indexed semantics.

use crate::cmp::Ordering;
use crate::intrinsics::{raw_get, raw_new, raw_set, slice_from_raw, str_array, str_from_raw, str_len, str_start};
use crate::iter::{DoubleEndedIterator, Iterator};
use crate::ops::{Index, SliceRange};
use crate::option::Option::{self, None, Some};
use crate::result::Result::{self, Err, Ok};
use crate::string::String;
use crate::vec::Vec;

/// The byte at `i` of a string view.
fn byte(s: &str, i: usize) -> u8 {
    raw_get(&str_array(s), str_start(s) + i)
}

/// A view of `s` from byte `a` to `b` (no checks).
fn sub(s: &str, a: usize, b: usize) -> &str {
    str_from_raw(&str_array(s), str_start(s) + a, b - a)
}

/// Decodes the char starting at byte `i`: (char, its length).
fn decode(s: &str, i: usize) -> (char, usize) {
    let b0 = byte(s, i) as u32;
    if b0 < 0x80 {
        return (crate::char::from_u32_unchecked(b0), 1);
    }
    if b0 < 0xE0 {
        let c = ((b0 & 0x1F) << 6) | (byte(s, i + 1) as u32 & 0x3F);
        return (crate::char::from_u32_unchecked(c), 2);
    }
    if b0 < 0xF0 {
        let c = ((b0 & 0x0F) << 12) | ((byte(s, i + 1) as u32 & 0x3F) << 6) | (byte(s, i + 2) as u32 & 0x3F);
        return (crate::char::from_u32_unchecked(c), 3);
    }
    let c = ((b0 & 0x07) << 18)
        | ((byte(s, i + 1) as u32 & 0x3F) << 12)
        | ((byte(s, i + 2) as u32 & 0x3F) << 6)
        | (byte(s, i + 3) as u32 & 0x3F);
    (crate::char::from_u32_unchecked(c), 4)
}

/// The start of the char that ends at byte `end` (exclusive).
fn char_start_before(s: &str, end: usize) -> usize {
    let mut i = end - 1;
    while i > 0 && (byte(s, i) & 0xC0) == 0x80 {
        i -= 1;
    }
    i
}

/// What string searches look for: a `&str`, a `char`, or a `char` predicate.
pub trait Pattern {
    /// The first match at or after byte `from`: (start, end).
    fn find_in(&mut self, haystack: &str, from: usize) -> Option<(usize, usize)>;
    /// The last match ending at or before byte `to`.
    fn rfind_in(&mut self, haystack: &str, to: usize) -> Option<(usize, usize)>;
    /// Whether the char matches (for trims); `&str` patterns match only as a whole.
    fn matches_char(&mut self, c: char) -> bool;
}

impl<'b> Pattern for &'b str {
    fn find_in(&mut self, haystack: &str, from: usize) -> Option<(usize, usize)> {
        let n = self.len();
        let h = haystack.len();
        if n == 0 {
            return if from <= h { Some((from, from)) } else { None };
        }
        let mut i = from;
        while i + n <= h {
            if byte(haystack, i) == byte(self, 0) && sub(haystack, i, i + n) == *self {
                return Some((i, i + n));
            }
            i += 1;
        }
        None
    }
    fn rfind_in(&mut self, haystack: &str, to: usize) -> Option<(usize, usize)> {
        let n = self.len();
        if n > to {
            return None;
        }
        let mut i = to - n + 1;
        while i > 0 {
            i -= 1;
            if sub(haystack, i, i + n) == *self {
                return Some((i, i + n));
            }
        }
        None
    }
    fn matches_char(&mut self, c: char) -> bool {
        let mut one = String::new();
        one.push(c);
        one.as_str() == *self
    }
}

impl<'b> Pattern for &'b String {
    fn find_in(&mut self, haystack: &str, from: usize) -> Option<(usize, usize)> {
        let mut p = self.as_str();
        p.find_in(haystack, from)
    }
    fn rfind_in(&mut self, haystack: &str, to: usize) -> Option<(usize, usize)> {
        let mut p = self.as_str();
        p.rfind_in(haystack, to)
    }
    fn matches_char(&mut self, c: char) -> bool {
        let mut p = self.as_str();
        p.matches_char(c)
    }
}

impl Pattern for char {
    fn find_in(&mut self, haystack: &str, from: usize) -> Option<(usize, usize)> {
        let mut i = from;
        let h = haystack.len();
        while i < h {
            let (c, n) = decode(haystack, i);
            if c == *self {
                return Some((i, i + n));
            }
            i += n;
        }
        None
    }
    fn rfind_in(&mut self, haystack: &str, to: usize) -> Option<(usize, usize)> {
        let mut end = to;
        while end > 0 {
            let start = char_start_before(haystack, end);
            let (c, _) = decode(haystack, start);
            if c == *self {
                return Some((start, end));
            }
            end = start;
        }
        None
    }
    fn matches_char(&mut self, c: char) -> bool {
        c == *self
    }
}

impl<F: FnMut(char) -> bool> Pattern for F {
    fn find_in(&mut self, haystack: &str, from: usize) -> Option<(usize, usize)> {
        let mut i = from;
        let h = haystack.len();
        while i < h {
            let (c, n) = decode(haystack, i);
            if self(c) {
                return Some((i, i + n));
            }
            i += n;
        }
        None
    }
    fn rfind_in(&mut self, haystack: &str, to: usize) -> Option<(usize, usize)> {
        let mut end = to;
        while end > 0 {
            let start = char_start_before(haystack, end);
            let (c, _) = decode(haystack, start);
            if self(c) {
                return Some((start, end));
            }
            end = start;
        }
        None
    }
    fn matches_char(&mut self, c: char) -> bool {
        self(c)
    }
}

impl<const N: usize> Pattern for [char; N] {
    fn find_in(&mut self, haystack: &str, from: usize) -> Option<(usize, usize)> {
        let set = *self;
        let mut p = |c: char| set.contains(&c);
        p.find_in(haystack, from)
    }
    fn rfind_in(&mut self, haystack: &str, to: usize) -> Option<(usize, usize)> {
        let set = *self;
        let mut p = |c: char| set.contains(&c);
        p.rfind_in(haystack, to)
    }
    fn matches_char(&mut self, c: char) -> bool {
        self.contains(&c)
    }
}

impl str {
    pub fn len(&self) -> usize {
        str_len(self)
    }

    pub fn is_empty(&self) -> bool {
        str_len(self) == 0
    }

    pub fn as_bytes(&self) -> &[u8] {
        slice_from_raw(&str_array(self), str_start(self), str_len(self))
    }

    pub fn bytes(&self) -> crate::slice::Iter<'_, u8> {
        self.as_bytes().iter()
    }

    pub fn chars(&self) -> Chars<'_> {
        Chars { s: self, front: 0, back: self.len() }
    }

    pub fn char_indices(&self) -> CharIndices<'_> {
        CharIndices { s: self, front: 0, back: self.len() }
    }

    pub fn is_char_boundary(&self, i: usize) -> bool {
        if i == 0 || i == self.len() {
            return true;
        }
        if i > self.len() {
            return false;
        }
        (byte(self, i) & 0xC0) != 0x80
    }

    pub fn get<R: SliceRange>(&self, range: R) -> Option<&str> {
        let (a, b) = range.bounds(usize::MAX);
        let b = if b == usize::MAX { self.len() } else { b };
        if a <= b && b <= self.len() && self.is_char_boundary(a) && self.is_char_boundary(b) {
            Some(sub(self, a, b))
        } else {
            None
        }
    }

    pub fn contains<P: Pattern>(&self, mut pat: P) -> bool {
        pat.find_in(self, 0).is_some()
    }

    pub fn starts_with<P: Pattern>(&self, mut pat: P) -> bool {
        match pat.find_in(self, 0) {
            Some((0, _)) => true,
            _ => self.starts_with_exact(pat),
        }
    }

    /// For `&str` patterns found later than 0: check the prefix directly.
    fn starts_with_exact<P: Pattern>(&self, mut pat: P) -> bool {
        let mut i = 0;
        let n = self.len();
        while i <= n {
            if let Some((a, b)) = pat.rfind_in(self, if i == 0 { 0 } else { i }) {
                return a == 0 && b <= n;
            }
            if i == n {
                break;
            }
            i = n;
        }
        false
    }

    pub fn ends_with<P: Pattern>(&self, mut pat: P) -> bool {
        match pat.rfind_in(self, self.len()) {
            Some((_, b)) => b == self.len(),
            None => false,
        }
    }

    pub fn find<P: Pattern>(&self, mut pat: P) -> Option<usize> {
        match pat.find_in(self, 0) {
            Some((a, _)) => Some(a),
            None => None,
        }
    }

    pub fn rfind<P: Pattern>(&self, mut pat: P) -> Option<usize> {
        match pat.rfind_in(self, self.len()) {
            Some((a, _)) => Some(a),
            None => None,
        }
    }

    pub fn split<P: Pattern>(&self, pat: P) -> Split<'_, P> {
        Split { s: self, pat, pos: 0, done: false, back: self.len() }
    }

    pub fn rsplit<P: Pattern>(&self, pat: P) -> crate::vec::IntoIter<&str> {
        let mut parts: Vec<&str> = self.split(pat).collect();
        parts.reverse();
        parts.into_iter()
    }

    pub fn split_terminator<P: Pattern>(&self, pat: P) -> crate::vec::IntoIter<&str> {
        let mut parts: Vec<&str> = self.split(pat).collect();
        if let Some(last) = parts.last() {
            if last.is_empty() {
                parts.pop();
            }
        }
        parts.into_iter()
    }

    pub fn splitn<P: Pattern>(&self, n: usize, mut pat: P) -> crate::vec::IntoIter<&str> {
        let mut parts = Vec::new();
        let mut pos = 0;
        while parts.len() + 1 < n {
            match pat.find_in(self, pos) {
                Some((a, b)) => {
                    parts.push(sub(self, pos, a));
                    pos = if b == a { b + 1 } else { b };
                }
                None => break,
            }
        }
        if n > 0 {
            parts.push(sub(self, pos, self.len()));
        }
        parts.into_iter()
    }

    pub fn split_once<P: Pattern>(&self, mut pat: P) -> Option<(&str, &str)> {
        let (a, b) = pat.find_in(self, 0)?;
        Some((sub(self, 0, a), sub(self, b, self.len())))
    }

    pub fn rsplit_once<P: Pattern>(&self, mut pat: P) -> Option<(&str, &str)> {
        let (a, b) = pat.rfind_in(self, self.len())?;
        Some((sub(self, 0, a), sub(self, b, self.len())))
    }

    pub fn split_whitespace(&self) -> crate::vec::IntoIter<&str> {
        let mut parts = Vec::new();
        let mut start: Option<usize> = None;
        for (i, c) in self.char_indices() {
            if c.is_whitespace() {
                if let Some(s) = start {
                    parts.push(sub(self, s, i));
                    start = None;
                }
            } else if start.is_none() {
                start = Some(i);
            }
        }
        if let Some(s) = start {
            parts.push(sub(self, s, self.len()));
        }
        parts.into_iter()
    }

    pub fn split_ascii_whitespace(&self) -> crate::vec::IntoIter<&str> {
        self.split_whitespace()
    }

    pub fn lines(&self) -> crate::vec::IntoIter<&str> {
        let mut parts = Vec::new();
        let mut start = 0;
        let n = self.len();
        let mut i = 0;
        while i < n {
            if byte(self, i) == b'\n' {
                let end = if i > start && byte(self, i - 1) == b'\r' { i - 1 } else { i };
                parts.push(sub(self, start, end));
                start = i + 1;
            }
            i += 1;
        }
        if start < n {
            let end = if byte(self, n - 1) == b'\r' { n - 1 } else { n };
            parts.push(sub(self, start, end));
        }
        parts.into_iter()
    }

    pub fn trim(&self) -> &str {
        self.trim_start().trim_end()
    }

    pub fn trim_start(&self) -> &str {
        self.trim_start_matches(|c: char| c.is_whitespace())
    }

    pub fn trim_end(&self) -> &str {
        self.trim_end_matches(|c: char| c.is_whitespace())
    }

    pub fn trim_matches<P: Pattern>(&self, mut pat: P) -> &str {
        let mut i = 0;
        let n = self.len();
        while i < n {
            let (c, len) = decode(self, i);
            if !pat.matches_char(c) {
                break;
            }
            i += len;
        }
        let mut end = n;
        while end > i {
            let start = char_start_before(self, end);
            let (c, _) = decode(self, start);
            if !pat.matches_char(c) {
                break;
            }
            end = start;
        }
        sub(self, i, end)
    }

    pub fn trim_start_matches<P: Pattern>(&self, mut pat: P) -> &str {
        let mut i = 0;
        let n = self.len();
        while i < n {
            let (c, len) = decode(self, i);
            if !pat.matches_char(c) {
                break;
            }
            i += len;
        }
        sub(self, i, n)
    }

    pub fn trim_end_matches<P: Pattern>(&self, mut pat: P) -> &str {
        let mut end = self.len();
        while end > 0 {
            let start = char_start_before(self, end);
            let (c, _) = decode(self, start);
            if !pat.matches_char(c) {
                break;
            }
            end = start;
        }
        sub(self, 0, end)
    }

    pub fn strip_prefix<P: Pattern>(&self, mut pat: P) -> Option<&str> {
        match pat.find_in(self, 0) {
            Some((0, b)) => Some(sub(self, b, self.len())),
            _ => None,
        }
    }

    pub fn strip_suffix<P: Pattern>(&self, mut pat: P) -> Option<&str> {
        let n = self.len();
        match pat.rfind_in(self, n) {
            Some((a, b)) if b == n => Some(sub(self, 0, a)),
            _ => None,
        }
    }

    pub fn replace<P: Pattern>(&self, mut from: P, to: &str) -> String {
        let mut out = String::new();
        let mut pos = 0;
        let n = self.len();
        loop {
            match from.find_in(self, pos) {
                Some((a, b)) => {
                    out.push_str(sub(self, pos, a));
                    out.push_str(to);
                    if a == b {
                        if a >= n {
                            break;
                        }
                        let (c, len) = decode(self, a);
                        out.push(c);
                        pos = a + len;
                    } else {
                        pos = b;
                    }
                }
                None => {
                    out.push_str(sub(self, pos, n));
                    break;
                }
            }
        }
        out
    }

    pub fn replacen<P: Pattern>(&self, mut from: P, to: &str, count: usize) -> String {
        let mut out = String::new();
        let mut pos = 0;
        let mut done = 0;
        while done < count {
            match from.find_in(self, pos) {
                Some((a, b)) => {
                    out.push_str(sub(self, pos, a));
                    out.push_str(to);
                    pos = b;
                    done += 1;
                }
                None => break,
            }
        }
        out.push_str(sub(self, pos, self.len()));
        out
    }

    pub fn matches<P: Pattern>(&self, mut pat: P) -> crate::vec::IntoIter<&str> {
        let mut found = Vec::new();
        let mut pos = 0;
        while let Some((a, b)) = pat.find_in(self, pos) {
            found.push(sub(self, a, b));
            pos = if b == a { b + 1 } else { b };
            if pos > self.len() {
                break;
            }
        }
        found.into_iter()
    }

    pub fn match_indices<P: Pattern>(&self, mut pat: P) -> crate::vec::IntoIter<(usize, &str)> {
        let mut found = Vec::new();
        let mut pos = 0;
        while let Some((a, b)) = pat.find_in(self, pos) {
            found.push((a, sub(self, a, b)));
            pos = if b == a { b + 1 } else { b };
            if pos > self.len() {
                break;
            }
        }
        found.into_iter()
    }

    pub fn to_uppercase(&self) -> String {
        let mut out = String::with_capacity(self.len());
        for c in self.chars() {
            for u in c.to_uppercase() {
                out.push(u);
            }
        }
        out
    }

    pub fn to_lowercase(&self) -> String {
        let mut out = String::with_capacity(self.len());
        for c in self.chars() {
            for l in c.to_lowercase() {
                out.push(l);
            }
        }
        out
    }

    pub fn to_ascii_uppercase(&self) -> String {
        let mut out = String::with_capacity(self.len());
        for c in self.chars() {
            out.push(c.to_ascii_uppercase());
        }
        out
    }

    pub fn to_ascii_lowercase(&self) -> String {
        let mut out = String::with_capacity(self.len());
        for c in self.chars() {
            out.push(c.to_ascii_lowercase());
        }
        out
    }

    pub fn eq_ignore_ascii_case(&self, other: &str) -> bool {
        if self.len() != other.len() {
            return false;
        }
        let mut i = 0;
        while i < self.len() {
            if byte(self, i).to_ascii_lowercase() != byte(other, i).to_ascii_lowercase() {
                return false;
            }
            i += 1;
        }
        true
    }

    pub fn is_ascii(&self) -> bool {
        let mut i = 0;
        while i < self.len() {
            if byte(self, i) >= 0x80 {
                return false;
            }
            i += 1;
        }
        true
    }

    pub fn repeat(&self, n: usize) -> String {
        let mut out = String::with_capacity(self.len() * n);
        let mut i = 0;
        while i < n {
            out.push_str(self);
            i += 1;
        }
        out
    }

    pub fn to_string(&self) -> String {
        String::from(self)
    }

    pub fn to_owned(&self) -> String {
        String::from(self)
    }

    pub fn into_string(&self) -> String {
        String::from(self)
    }

    pub fn parse<F: FromStr>(&self) -> Result<F, F::Err> {
        F::from_str(self)
    }

    #[track_caller]
    pub fn split_at(&self, mid: usize) -> (&str, &str) {
        if !self.is_char_boundary(mid) {
            crate::panicking::panic_str_at("failed to slice string", crate::panic::Location::caller());
        }
        (sub(self, 0, mid), sub(self, mid, self.len()))
    }

    pub fn char_count(&self) -> usize {
        self.chars().count()
    }
}

/// `&s[a..b]` with rustc's panics for out-of-range and non-boundary indices.
impl<R: SliceRange> Index<R> for str {
    type Output = str;
    #[track_caller]
    fn index(&self, range: R) -> &str {
        let n = self.len();
        let (a, b) = range.bounds(usize::MAX);
        let b = if b == usize::MAX { n } else { b };
        if a > b || b > n || !self.is_char_boundary(a) || !self.is_char_boundary(b) {
            slice_error_fail(self, a, b, crate::panic::Location::caller());
        }
        sub(self, a, b)
    }
}

/// rustc's message for a bad string slice.
fn slice_error_fail(s: &str, begin: usize, end: usize, location: &crate::panic::Location) -> ! {
    let shown = if s.len() > 256 { "[...]" } else { s };
    let n = s.len();
    if begin > n || end > n {
        let oob = if begin > n { begin } else { end };
        crate::panicking::panic_str_at(&format!("byte index {} is out of bounds of `{}`", oob, shown), location);
    }
    if begin > end {
        crate::panicking::panic_str_at(&format!("begin <= end ({} <= {}) when slicing `{}`", begin, end, shown), location);
    }
    let index = if !s.is_char_boundary(begin) { begin } else { end };
    let mut start = index;
    while !s.is_char_boundary(start) {
        start -= 1;
    }
    let (c, len) = decode(s, start);
    crate::panicking::panic_str_at(
        &format!(
            "byte index {} is not a char boundary; it is inside {:?} (bytes {}..{}) of `{}`",
            index,
            c,
            start,
            start + len,
            shown
        ),
        location,
    )
}

impl PartialEq for str {
    fn eq(&self, other: &str) -> bool {
        let n = self.len();
        if n != other.len() {
            return false;
        }
        let (a, b) = (str_array(self), str_array(other));
        let (sa, sb) = (str_start(self), str_start(other));
        let mut i = 0;
        while i < n {
            if raw_get(&a, sa + i) != raw_get(&b, sb + i) {
                return false;
            }
            i += 1;
        }
        true
    }
}

impl Eq for str {}

impl PartialOrd for str {
    fn partial_cmp(&self, other: &str) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for str {
    fn cmp(&self, other: &str) -> Ordering {
        let n = if self.len() < other.len() { self.len() } else { other.len() };
        let mut i = 0;
        while i < n {
            let (x, y) = (byte(self, i), byte(other, i));
            if x != y {
                return if x < y { Ordering::Less } else { Ordering::Greater };
            }
            i += 1;
        }
        self.len().cmp(&other.len())
    }
}

impl<'a> PartialEq<String> for &'a str {
    fn eq(&self, other: &String) -> bool {
        **self == *other.as_str()
    }
}

impl<'a> PartialEq<&'a str> for String {
    fn eq(&self, other: &&'a str) -> bool {
        *self.as_str() == **other
    }
}

impl PartialEq<str> for String {
    fn eq(&self, other: &str) -> bool {
        *self.as_str() == *other
    }
}

/// Parsing from a string: `s.parse::<T>()`.
pub trait FromStr: Sized {
    type Err;
    fn from_str(s: &str) -> Result<Self, Self::Err>;
}

/// `s.chars()`.
pub struct Chars<'a> {
    s: &'a str,
    front: usize,
    back: usize,
}

impl<'a> Chars<'a> {
    pub fn as_str(&self) -> &'a str {
        sub(self.s, self.front, self.back)
    }
}

impl<'a> Iterator for Chars<'a> {
    type Item = char;
    fn next(&mut self) -> Option<char> {
        if self.front >= self.back {
            return None;
        }
        let (c, n) = decode(self.s, self.front);
        self.front += n;
        Some(c)
    }
    fn count(self) -> usize {
        let mut n = 0;
        let mut i = self.front;
        while i < self.back {
            if (byte(self.s, i) & 0xC0) != 0x80 {
                n += 1;
            }
            i += 1;
        }
        n
    }
}

impl<'a> DoubleEndedIterator for Chars<'a> {
    fn next_back(&mut self) -> Option<char> {
        if self.front >= self.back {
            return None;
        }
        let start = char_start_before(self.s, self.back);
        let (c, _) = decode(self.s, start);
        self.back = start;
        Some(c)
    }
}

impl<'a> Clone for Chars<'a> {
    fn clone(&self) -> Chars<'a> {
        Chars { s: self.s, front: self.front, back: self.back }
    }
}

/// `s.char_indices()`.
pub struct CharIndices<'a> {
    s: &'a str,
    front: usize,
    back: usize,
}

impl<'a> Iterator for CharIndices<'a> {
    type Item = (usize, char);
    fn next(&mut self) -> Option<(usize, char)> {
        if self.front >= self.back {
            return None;
        }
        let i = self.front;
        let (c, n) = decode(self.s, i);
        self.front += n;
        Some((i, c))
    }
}

impl<'a> DoubleEndedIterator for CharIndices<'a> {
    fn next_back(&mut self) -> Option<(usize, char)> {
        if self.front >= self.back {
            return None;
        }
        let start = char_start_before(self.s, self.back);
        let (c, _) = decode(self.s, start);
        self.back = start;
        Some((start, c))
    }
}

/// `s.split(pat)`.
pub struct Split<'a, P> {
    s: &'a str,
    pat: P,
    pos: usize,
    back: usize,
    done: bool,
}

impl<'a, P: Pattern> Iterator for Split<'a, P> {
    type Item = &'a str;
    fn next(&mut self) -> Option<&'a str> {
        if self.done {
            return None;
        }
        match self.pat.find_in(self.s, self.pos) {
            Some((a, b)) if b <= self.back => {
                // An empty match splits between chars.
                if a == b {
                    if a == self.pos && a != 0 && self.pos < self.back {
                        let (_, n) = decode(self.s, a);
                        match self.pat.find_in(self.s, a + n) {
                            Some((a2, b2)) if b2 <= self.back => {
                                let piece = sub(self.s, self.pos, a2);
                                self.pos = b2;
                                return Some(piece);
                            }
                            _ => {
                                self.done = true;
                                return Some(sub(self.s, self.pos, self.back));
                            }
                        }
                    }
                }
                let piece = sub(self.s, self.pos, a);
                self.pos = b;
                Some(piece)
            }
            _ => {
                self.done = true;
                Some(sub(self.s, self.pos, self.back))
            }
        }
    }
}

impl<'a, P: Pattern> DoubleEndedIterator for Split<'a, P> {
    fn next_back(&mut self) -> Option<&'a str> {
        if self.done {
            return None;
        }
        match self.pat.rfind_in(self.s, self.back) {
            Some((a, b)) if a >= self.pos => {
                let piece = sub(self.s, b, self.back);
                self.back = a;
                Some(piece)
            }
            _ => {
                self.done = true;
                Some(sub(self.s, self.pos, self.back))
            }
        }
    }
}

/// Converts bytes to a string after checking they are UTF-8.
pub fn from_utf8(bytes: &[u8]) -> Result<&str, Utf8Error> {
    match validate(bytes) {
        Some(at) => Err(Utf8Error { valid_up_to: at }),
        None => {
            let array = raw_new::<u8>(bytes.len());
            let mut i = 0;
            while i < bytes.len() {
                raw_set(&array, i, bytes[i]);
                i += 1;
            }
            Ok(str_from_raw(&array, 0, bytes.len()))
        }
    }
}

/// The first byte where `bytes` stops being valid UTF-8, if any.
pub fn validate(bytes: &[u8]) -> Option<usize> {
    let n = bytes.len();
    let mut i = 0;
    while i < n {
        let b = bytes[i];
        let len = if b < 0x80 {
            1
        } else if b >= 0xC2 && b < 0xE0 {
            2
        } else if b >= 0xE0 && b < 0xF0 {
            3
        } else if b >= 0xF0 && b < 0xF5 {
            4
        } else {
            return Some(i);
        };
        if i + len > n {
            return Some(i);
        }
        let mut k = 1;
        while k < len {
            if (bytes[i + k] & 0xC0) != 0x80 {
                return Some(i);
            }
            k += 1;
        }
        i += len;
    }
    None
}

/// A UTF-8 validation failure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Utf8Error {
    valid_up_to: usize,
}

impl Utf8Error {
    pub fn valid_up_to(&self) -> usize {
        self.valid_up_to
    }
}

impl crate::fmt::Display for Utf8Error {
    fn fmt(&self, f: &mut crate::fmt::Formatter) -> crate::fmt::Result {
        write!(f, "invalid utf-8 sequence of 1 bytes from index {}", self.valid_up_to)
    }
}
