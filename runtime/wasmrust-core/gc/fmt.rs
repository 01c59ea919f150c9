//! Formatting: `Formatter`, the formatting traits, and their impls for the primitives.

use crate::intrinsics::{raw_new, raw_set, str_from_raw};
use crate::string::String;

/// What `fmt` returns.
pub type Result = crate::result::Result<(), Error>;

/// A formatting error (never produced in GC mode: output cannot fail).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Error;

/// "No width" and "no precision" in `Formatter::set_spec`.
pub const NONE: usize = 4294967295;

const FLAG_PLUS: u32 = 1;
const FLAG_MINUS: u32 = 2;
const FLAG_ALTERNATE: u32 = 4;
const FLAG_ZERO: u32 = 8;
const FLAG_DEBUG_LOWER_HEX: u32 = 16;
const FLAG_DEBUG_UPPER_HEX: u32 = 32;

/// Where formatted text is written, with the current hole's spec.
pub struct Formatter {
    buf: String,
    fill: char,
    /// 0 unknown (the type's default), 1 left, 2 right, 3 center.
    align: u8,
    flags: u32,
    width: usize,
    precision: usize,
}

/// Alignment, as `Formatter::align` reports it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Alignment {
    Left,
    Right,
    Center,
}

impl Formatter {
    pub fn new() -> Formatter {
        Formatter { buf: String::new(), fill: ' ', align: 0, flags: 0, width: NONE, precision: NONE }
    }

    pub fn set_spec(&mut self, fill: char, align: u8, flags: u32, width: usize, precision: usize) {
        self.fill = fill;
        self.align = align;
        self.flags = flags;
        self.width = width;
        self.precision = precision;
    }

    pub fn clear_spec(&mut self) {
        self.set_spec(' ', 0, 0, NONE, NONE);
    }

    pub fn write_str(&mut self, s: &str) -> Result {
        self.buf.push_str(s);
        crate::result::Result::Ok(())
    }

    pub fn write_char(&mut self, c: char) -> Result {
        self.buf.push(c);
        crate::result::Result::Ok(())
    }

    pub fn write_fmt(&mut self, f: Formatter) -> Result {
        self.write_str(f.as_str())
    }

    pub fn as_str(&self) -> &str {
        self.buf.as_str()
    }

    pub fn into_string(self) -> String {
        self.buf
    }

    pub fn alternate(&self) -> bool {
        self.flags & FLAG_ALTERNATE != 0
    }

    pub fn sign_plus(&self) -> bool {
        self.flags & FLAG_PLUS != 0
    }

    pub fn sign_minus(&self) -> bool {
        self.flags & FLAG_MINUS != 0
    }

    pub fn sign_aware_zero_pad(&self) -> bool {
        self.flags & FLAG_ZERO != 0
    }

    pub fn debug_lower_hex(&self) -> bool {
        self.flags & FLAG_DEBUG_LOWER_HEX != 0
    }

    pub fn debug_upper_hex(&self) -> bool {
        self.flags & FLAG_DEBUG_UPPER_HEX != 0
    }

    pub fn width(&self) -> crate::option::Option<usize> {
        if self.width == NONE { crate::option::Option::None } else { crate::option::Option::Some(self.width) }
    }

    pub fn precision(&self) -> crate::option::Option<usize> {
        if self.precision == NONE { crate::option::Option::None } else { crate::option::Option::Some(self.precision) }
    }

    pub fn fill(&self) -> char {
        self.fill
    }

    pub fn align(&self) -> crate::option::Option<Alignment> {
        match self.align {
            1 => crate::option::Option::Some(Alignment::Left),
            2 => crate::option::Option::Some(Alignment::Right),
            3 => crate::option::Option::Some(Alignment::Center),
            _ => crate::option::Option::None,
        }
    }

    /// Writes `fill` `n` times.
    fn fill_n(&mut self, n: usize) {
        let mut i = 0;
        while i < n {
            self.buf.push(self.fill);
            i += 1;
        }
    }

    /// Writes `s` padded to the width, aligned as asked or by `default_align`.
    fn pad_aligned(&mut self, s: &str, default_align: u8) -> Result {
        let chars = s.chars().count();
        if self.width == NONE || chars >= self.width {
            return self.write_str(s);
        }
        let padding = self.width - chars;
        let align = if self.align == 0 { default_align } else { self.align };
        let (before, after) = match align {
            1 => (0, padding),
            3 => (padding / 2, padding - padding / 2),
            _ => (padding, 0),
        };
        self.fill_n(before);
        self.buf.push_str(s);
        self.fill_n(after);
        crate::result::Result::Ok(())
    }

    /// Writes a string with the spec: precision truncates to that many chars, width pads
    /// (left-aligned by default).
    pub fn pad(&mut self, s: &str) -> Result {
        if self.precision != NONE {
            let mut end = s.len();
            let mut count = 0;
            for (i, _) in s.char_indices() {
                if count == self.precision {
                    end = i;
                    break;
                }
                count += 1;
            }
            return self.pad_aligned(&s[..end], 1);
        }
        self.pad_aligned(s, 1)
    }

    /// Writes a number's digits with its sign and prefix (`0x` with `#`), padded as the
    /// spec asks: right-aligned by default, zero padding after the sign and prefix.
    pub fn pad_integral(&mut self, is_nonnegative: bool, prefix: &str, digits: &str) -> Result {
        let mut sign = "";
        if !is_nonnegative {
            sign = "-";
        } else if self.sign_plus() {
            sign = "+";
        }
        let prefix = if self.alternate() { prefix } else { "" };
        let len = sign.len() + prefix.len() + digits.chars().count();
        if self.width == NONE || len >= self.width {
            self.buf.push_str(sign);
            self.buf.push_str(prefix);
            self.buf.push_str(digits);
            return crate::result::Result::Ok(());
        }
        if self.sign_aware_zero_pad() {
            self.buf.push_str(sign);
            self.buf.push_str(prefix);
            let mut i = len;
            while i < self.width {
                self.buf.push('0');
                i += 1;
            }
            self.buf.push_str(digits);
            return crate::result::Result::Ok(());
        }
        let mut whole = String::new();
        whole.push_str(sign);
        whole.push_str(prefix);
        whole.push_str(digits);
        self.pad_aligned(whole.as_str(), 2)
    }

    pub fn debug_struct(&mut self, name: &str) -> DebugStruct<'_> {
        self.write_str(name);
        DebugStruct { f: self, has_fields: false }
    }

    pub fn debug_tuple(&mut self, name: &str) -> DebugTuple<'_> {
        self.write_str(name);
        DebugTuple { f: self, fields: 0, empty_name: name.is_empty() }
    }

    pub fn debug_list(&mut self) -> DebugList<'_> {
        self.write_str("[");
        DebugList { f: self, has_entries: false, close: "]" }
    }

    pub fn debug_set(&mut self) -> DebugList<'_> {
        self.write_str("{");
        DebugList { f: self, has_entries: false, close: "}" }
    }

    pub fn debug_map(&mut self) -> DebugMap<'_> {
        self.write_str("{");
        DebugMap { f: self, has_entries: false }
    }

    /// Formats `value` with Debug into this formatter, indented one level when pretty
    /// printing (`{:#?}`).
    fn write_debug_entry<T: Debug>(&mut self, value: &T) {
        if self.alternate() {
            let mut inner = Formatter::new();
            inner.flags = self.flags;
            value.fmt(&mut inner);
            self.write_indented(inner.as_str());
        } else {
            value.fmt(self);
        }
    }

    /// Writes text with every line after a newline indented by four spaces.
    fn write_indented(&mut self, text: &str) {
        let mut first = true;
        for line in text.split('\n') {
            if !first {
                self.buf.push('\n');
                if !line.is_empty() {
                    self.buf.push_str("    ");
                }
            }
            first = false;
            self.buf.push_str(line);
        }
    }
}

impl Write for Formatter {
    fn write_str(&mut self, s: &str) -> Result {
        self.buf.push_str(s);
        crate::result::Result::Ok(())
    }
}

/// `debug_struct`'s builder.
pub struct DebugStruct<'a> {
    f: &'a mut Formatter,
    has_fields: bool,
}

impl<'a> DebugStruct<'a> {
    pub fn field<T: Debug>(&mut self, name: &str, value: &T) -> &mut DebugStruct<'a> {
        if self.f.alternate() {
            if !self.has_fields {
                self.f.write_str(" {\n");
            }
            self.f.write_str("    ");
            self.f.write_str(name);
            self.f.write_str(": ");
            self.f.write_debug_entry(value);
            self.f.write_str(",\n");
        } else {
            if self.has_fields {
                self.f.write_str(", ");
            } else {
                self.f.write_str(" { ");
            }
            self.f.write_str(name);
            self.f.write_str(": ");
            value.fmt(self.f);
        }
        self.has_fields = true;
        self
    }

    pub fn finish(&mut self) -> Result {
        if self.has_fields {
            if self.f.alternate() {
                self.f.write_str("}");
            } else {
                self.f.write_str(" }");
            }
        }
        crate::result::Result::Ok(())
    }

    pub fn finish_non_exhaustive(&mut self) -> Result {
        if self.has_fields {
            if self.f.alternate() {
                self.f.write_str("    ..\n}");
            } else {
                self.f.write_str(", .. }");
            }
        } else {
            self.f.write_str(" { .. }");
        }
        crate::result::Result::Ok(())
    }
}

/// `debug_tuple`'s builder.
pub struct DebugTuple<'a> {
    f: &'a mut Formatter,
    fields: usize,
    empty_name: bool,
}

impl<'a> DebugTuple<'a> {
    pub fn field<T: Debug>(&mut self, value: &T) -> &mut DebugTuple<'a> {
        if self.f.alternate() {
            if self.fields == 0 {
                self.f.write_str("(\n");
            }
            self.f.write_str("    ");
            self.f.write_debug_entry(value);
            self.f.write_str(",\n");
        } else {
            if self.fields == 0 {
                self.f.write_str("(");
            } else {
                self.f.write_str(", ");
            }
            value.fmt(self.f);
        }
        self.fields += 1;
        self
    }

    pub fn finish(&mut self) -> Result {
        if self.fields > 0 {
            if self.fields == 1 && self.empty_name && !self.f.alternate() {
                self.f.write_str(",");
            }
            self.f.write_str(")");
        }
        crate::result::Result::Ok(())
    }
}

/// `debug_list`'s and `debug_set`'s builder.
pub struct DebugList<'a> {
    f: &'a mut Formatter,
    has_entries: bool,
    close: &'static str,
}

impl<'a> DebugList<'a> {
    pub fn entry<T: Debug>(&mut self, value: &T) -> &mut DebugList<'a> {
        if self.f.alternate() {
            if !self.has_entries {
                self.f.write_str("\n");
            }
            self.f.write_str("    ");
            self.f.write_debug_entry(value);
            self.f.write_str(",\n");
        } else {
            if self.has_entries {
                self.f.write_str(", ");
            }
            value.fmt(self.f);
        }
        self.has_entries = true;
        self
    }

    pub fn entries<T: Debug, I: crate::iter::IntoIterator<Item = T>>(&mut self, entries: I) -> &mut DebugList<'a> {
        for e in entries {
            self.entry(&e);
        }
        self
    }

    pub fn finish(&mut self) -> Result {
        self.f.write_str(self.close)
    }
}

/// `debug_map`'s builder.
pub struct DebugMap<'a> {
    f: &'a mut Formatter,
    has_entries: bool,
}

impl<'a> DebugMap<'a> {
    pub fn entry<K: Debug, V: Debug>(&mut self, key: &K, value: &V) -> &mut DebugMap<'a> {
        if self.f.alternate() {
            if !self.has_entries {
                self.f.write_str("\n");
            }
            self.f.write_str("    ");
            self.f.write_debug_entry(key);
            self.f.write_str(": ");
            self.f.write_debug_entry(value);
            self.f.write_str(",\n");
        } else {
            if self.has_entries {
                self.f.write_str(", ");
            }
            key.fmt(self.f);
            self.f.write_str(": ");
            value.fmt(self.f);
        }
        self.has_entries = true;
        self
    }

    pub fn finish(&mut self) -> Result {
        self.f.write_str("}")
    }
}

pub trait Display {
    fn fmt(&self, f: &mut Formatter) -> Result;
}

pub trait Debug {
    fn fmt(&self, f: &mut Formatter) -> Result;
}

pub trait LowerHex {
    fn fmt(&self, f: &mut Formatter) -> Result;
}

pub trait UpperHex {
    fn fmt(&self, f: &mut Formatter) -> Result;
}

pub trait Octal {
    fn fmt(&self, f: &mut Formatter) -> Result;
}

pub trait Binary {
    fn fmt(&self, f: &mut Formatter) -> Result;
}

pub trait LowerExp {
    fn fmt(&self, f: &mut Formatter) -> Result;
}

pub trait UpperExp {
    fn fmt(&self, f: &mut Formatter) -> Result;
}

/// Writing text: `write!` targets.
pub trait Write {
    fn write_str(&mut self, s: &str) -> Result;

    fn write_char(&mut self, c: char) -> Result {
        let mut s = String::new();
        s.push(c);
        self.write_str(s.as_str())
    }
}

/// Appends a number's decimal digits (for the panic machinery, which must not recurse
/// into the formatting traits).
pub fn push_u64(out: &mut String, v: u64) {
    let digits = raw_new::<u8>(20);
    let mut i = 20;
    let mut v = v;
    loop {
        i -= 1;
        raw_set(&digits, i, b'0' + (v % 10) as u8);
        v /= 10;
        if v == 0 {
            break;
        }
    }
    out.push_str(str_from_raw(&digits, i, 20 - i));
}

/// Digits of `v` in `radix` (2..=16), upper or lower case: a view of a fresh array.
fn digits_of(v: u64, radix: u64, upper: bool) -> &'static str {
    let digits = raw_new::<u8>(64);
    let mut i = 64;
    let mut v = v;
    loop {
        i -= 1;
        let d = (v % radix) as u8;
        let c = if d < 10 { b'0' + d } else if upper { b'A' + d - 10 } else { b'a' + d - 10 };
        raw_set(&digits, i, c);
        v /= radix;
        if v == 0 {
            break;
        }
    }
    str_from_raw(&digits, i, 64 - i)
}

macro_rules! int_fmt {
    ($($t:ty => $u:ty),*) => { $(
        impl Display for $t {
            fn fmt(&self, f: &mut Formatter) -> Result {
                let v = *self;
                #[allow(unused_comparisons)]
                let negative = v < 0;
                let magnitude = if negative { (v as i64).wrapping_neg() as u64 } else { v as u64 };
                f.pad_integral(!negative, "", digits_of(magnitude, 10, false))
            }
        }
        impl Debug for $t {
            fn fmt(&self, f: &mut Formatter) -> Result {
                if f.debug_lower_hex() {
                    LowerHex::fmt(self, f)
                } else if f.debug_upper_hex() {
                    UpperHex::fmt(self, f)
                } else {
                    Display::fmt(self, f)
                }
            }
        }
        impl LowerHex for $t {
            fn fmt(&self, f: &mut Formatter) -> Result {
                f.pad_integral(true, "0x", digits_of(*self as $u as u64, 16, false))
            }
        }
        impl UpperHex for $t {
            fn fmt(&self, f: &mut Formatter) -> Result {
                f.pad_integral(true, "0x", digits_of(*self as $u as u64, 16, true))
            }
        }
        impl Octal for $t {
            fn fmt(&self, f: &mut Formatter) -> Result {
                f.pad_integral(true, "0o", digits_of(*self as $u as u64, 8, false))
            }
        }
        impl Binary for $t {
            fn fmt(&self, f: &mut Formatter) -> Result {
                f.pad_integral(true, "0b", digits_of(*self as $u as u64, 2, false))
            }
        }
    )* };
}

int_fmt!(i8 => u8, i16 => u16, i32 => u32, i64 => u64, isize => usize, u8 => u8, u16 => u16, u32 => u32, u64 => u64, usize => usize);

/// Pads a float's formatted text (which starts with `-` when negative): sign and zero
/// padding as for integers; `NaN` never gets a sign or zeros.
fn pad_float(f: &mut Formatter, text: &str) -> Result {
    if text == "NaN" {
        let flags = f.flags;
        f.flags = flags & !(FLAG_ZERO | FLAG_PLUS);
        let r = f.pad_aligned(text, 2);
        f.flags = flags;
        return r;
    }
    if text.starts_with('-') {
        f.pad_integral(false, "", &text[1..])
    } else {
        f.pad_integral(true, "", text)
    }
}

/// The float library's output as a string view.
fn float_text(buf: &[u8; 1200], len: usize) -> &'static str {
    let arr = raw_new::<u8>(len);
    let mut i = 0;
    while i < len {
        raw_set(&arr, i, buf[i]);
        i += 1;
    }
    str_from_raw(&arr, 0, len)
}

impl Display for f64 {
    fn fmt(&self, f: &mut Formatter) -> Result {
        let mut buf = [0u8; 1200];
        let len = if f.precision != NONE && f.precision <= 1100 {
            crate::float::fmt_f64_fixed(*self, f.precision, &mut buf)
        } else {
            crate::float::fmt_f64_display(*self, &mut buf)
        };
        pad_float(f, float_text(&buf, len))
    }
}

impl Debug for f64 {
    fn fmt(&self, f: &mut Formatter) -> Result {
        let mut buf = [0u8; 1200];
        let len = if f.precision != NONE && f.precision <= 1100 {
            crate::float::fmt_f64_fixed(*self, f.precision, &mut buf)
        } else {
            crate::float::fmt_f64_debug(*self, &mut buf)
        };
        pad_float(f, float_text(&buf, len))
    }
}

impl LowerExp for f64 {
    fn fmt(&self, f: &mut Formatter) -> Result {
        let mut buf = [0u8; 1200];
        let has = f.precision != NONE && f.precision <= 1100;
        let len = crate::float::fmt_f64_exp(*self, has, if has { f.precision } else { 0 }, false, &mut buf);
        pad_float(f, float_text(&buf, len))
    }
}

impl UpperExp for f64 {
    fn fmt(&self, f: &mut Formatter) -> Result {
        let mut buf = [0u8; 1200];
        let has = f.precision != NONE && f.precision <= 1100;
        let len = crate::float::fmt_f64_exp(*self, has, if has { f.precision } else { 0 }, true, &mut buf);
        pad_float(f, float_text(&buf, len))
    }
}

impl Display for f32 {
    fn fmt(&self, f: &mut Formatter) -> Result {
        let mut buf = [0u8; 1200];
        let len = if f.precision != NONE && f.precision <= 1100 {
            crate::float::fmt_f32_fixed(*self, f.precision, &mut buf)
        } else {
            crate::float::fmt_f32_display(*self, &mut buf)
        };
        pad_float(f, float_text(&buf, len))
    }
}

impl Debug for f32 {
    fn fmt(&self, f: &mut Formatter) -> Result {
        let mut buf = [0u8; 1200];
        let len = if f.precision != NONE && f.precision <= 1100 {
            crate::float::fmt_f32_fixed(*self, f.precision, &mut buf)
        } else {
            crate::float::fmt_f32_debug(*self, &mut buf)
        };
        pad_float(f, float_text(&buf, len))
    }
}

impl LowerExp for f32 {
    fn fmt(&self, f: &mut Formatter) -> Result {
        let mut buf = [0u8; 1200];
        let has = f.precision != NONE && f.precision <= 1100;
        let len = crate::float::fmt_f32_exp(*self, has, if has { f.precision } else { 0 }, false, &mut buf);
        pad_float(f, float_text(&buf, len))
    }
}

impl Display for bool {
    fn fmt(&self, f: &mut Formatter) -> Result {
        f.pad(if *self { "true" } else { "false" })
    }
}

impl Debug for bool {
    fn fmt(&self, f: &mut Formatter) -> Result {
        Display::fmt(self, f)
    }
}

impl Display for str {
    fn fmt(&self, f: &mut Formatter) -> Result {
        f.pad(self)
    }
}

impl Debug for str {
    fn fmt(&self, f: &mut Formatter) -> Result {
        f.write_char('"');
        for c in self.chars() {
            escape_debug_into(f, c, true);
        }
        f.write_char('"')
    }
}

impl Display for char {
    fn fmt(&self, f: &mut Formatter) -> Result {
        let mut s = String::new();
        s.push(*self);
        f.pad(s.as_str())
    }
}

impl Debug for char {
    fn fmt(&self, f: &mut Formatter) -> Result {
        f.write_char('\'');
        escape_debug_into(f, *self, false);
        f.write_char('\'')
    }
}

/// Writes `c` as `{:?}` shows it inside a string (`in_str`) or a char literal.
fn escape_debug_into(f: &mut Formatter, c: char, in_str: bool) {
    match c {
        '\t' => f.write_str("\\t"),
        '\r' => f.write_str("\\r"),
        '\n' => f.write_str("\\n"),
        '\\' => f.write_str("\\\\"),
        '\0' => f.write_str("\\0"),
        '"' if in_str => f.write_str("\\\""),
        '\'' if !in_str => f.write_str("\\'"),
        c if (c as u32) < 0x20 || c as u32 == 0x7f => {
            f.write_str("\\u{");
            LowerHex::fmt(&(c as u32), f);
            f.write_str("}")
        }
        c => f.write_char(c),
    };
}

impl Display for () {
    fn fmt(&self, f: &mut Formatter) -> Result {
        f.pad("()")
    }
}

impl Debug for () {
    fn fmt(&self, f: &mut Formatter) -> Result {
        f.pad("()")
    }
}

impl<'a, T: Display + ?Sized> Display for &'a T {
    fn fmt(&self, f: &mut Formatter) -> Result {
        Display::fmt(&**self, f)
    }
}

impl<'a, T: Debug + ?Sized> Debug for &'a T {
    fn fmt(&self, f: &mut Formatter) -> Result {
        Debug::fmt(&**self, f)
    }
}

impl<'a, T: Display + ?Sized> Display for &'a mut T {
    fn fmt(&self, f: &mut Formatter) -> Result {
        Display::fmt(&**self, f)
    }
}

impl<'a, T: Debug + ?Sized> Debug for &'a mut T {
    fn fmt(&self, f: &mut Formatter) -> Result {
        Debug::fmt(&**self, f)
    }
}

impl<T: Debug> Debug for [T] {
    fn fmt(&self, f: &mut Formatter) -> Result {
        let mut list = f.debug_list();
        for x in self.iter() {
            list.entry(x);
        }
        list.finish()
    }
}

impl<T: Debug, const N: usize> Debug for [T; N] {
    fn fmt(&self, f: &mut Formatter) -> Result {
        let mut list = f.debug_list();
        for x in self.iter() {
            list.entry(x);
        }
        list.finish()
    }
}

macro_rules! tuple_debug {
    ($(($($name:ident $idx:tt),+))*) => { $(
        impl<$($name: Debug),+> Debug for ($($name,)+) {
            fn fmt(&self, f: &mut Formatter) -> Result {
                let mut t = f.debug_tuple("");
                $( t.field(&self.$idx); )+
                t.finish()
            }
        }
    )* };
}

tuple_debug!((A 0) (A 0, B 1) (A 0, B 1, C 2) (A 0, B 1, C 2, D 3) (A 0, B 1, C 2, D 3, E 4) (A 0, B 1, C 2, D 3, E 4, F 5));

macro_rules! fmt_through_refs {
    ($($tr:ident)*) => { $(
        impl<'a, T: $tr + ?Sized> $tr for &'a T {
            fn fmt(&self, f: &mut Formatter) -> Result {
                $tr::fmt(&**self, f)
            }
        }
    )* };
}

fmt_through_refs!(LowerHex UpperHex Octal Binary LowerExp UpperExp);

impl UpperExp for f32 {
    fn fmt(&self, f: &mut Formatter) -> Result {
        let mut buf = [0u8; 1200];
        let has = f.precision != NONE && f.precision <= 1100;
        let len = crate::float::fmt_f32_exp(*self, has, if has { f.precision } else { 0 }, true, &mut buf);
        pad_float(f, float_text(&buf, len))
    }
}
