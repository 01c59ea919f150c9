//! Integer and float methods, and parsing.

use crate::option::Option::{self, None, Some};
use crate::result::Result::{self, Err, Ok};

/// Why an integer did not parse.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IntErrorKind {
    Empty,
    InvalidDigit,
    PosOverflow,
    NegOverflow,
    Zero,
}

/// `"x".parse::<i32>()` failing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseIntError {
    kind: IntErrorKind,
}

impl ParseIntError {
    pub fn new(kind: IntErrorKind) -> ParseIntError {
        ParseIntError { kind }
    }

    pub fn kind(&self) -> &IntErrorKind {
        &self.kind
    }
}

impl crate::fmt::Display for ParseIntError {
    fn fmt(&self, f: &mut crate::fmt::Formatter) -> crate::fmt::Result {
        f.pad(match self.kind {
            IntErrorKind::Empty => "cannot parse integer from empty string",
            IntErrorKind::InvalidDigit => "invalid digit found in string",
            IntErrorKind::PosOverflow => "number too large to fit in target type",
            IntErrorKind::NegOverflow => "number too small to fit in target type",
            IntErrorKind::Zero => "number would be zero for non-zero type",
        })
    }
}

/// Parses an optionally signed decimal integer: (negative, magnitude); the magnitude
/// saturates beyond u64, which the caller reports as overflow.
pub fn parse_digits(s: &str, signed: bool) -> Result<(bool, u64), ParseIntError> {
    let bytes = s.as_bytes();
    if bytes.is_empty() {
        return Err(ParseIntError::new(IntErrorKind::Empty));
    }
    let mut i = 0;
    let mut negative = false;
    if bytes[0] == b'+' || bytes[0] == b'-' {
        if bytes.len() == 1 {
            return Err(ParseIntError::new(IntErrorKind::InvalidDigit));
        }
        if bytes[0] == b'-' {
            if !signed {
                return Err(ParseIntError::new(IntErrorKind::InvalidDigit));
            }
            negative = true;
        }
        i = 1;
    }
    let mut value: u64 = 0;
    let mut overflow = false;
    while i < bytes.len() {
        let b = bytes[i];
        if b < b'0' || b > b'9' {
            return Err(ParseIntError::new(IntErrorKind::InvalidDigit));
        }
        let d = (b - b'0') as u64;
        match value.checked_mul(10) {
            Some(v) => match v.checked_add(d) {
                Some(v) => value = v,
                None => overflow = true,
            },
            None => overflow = true,
        }
        i += 1;
    }
    if overflow {
        let kind = if negative { IntErrorKind::NegOverflow } else { IntErrorKind::PosOverflow };
        return Err(ParseIntError::new(kind));
    }
    Ok((negative, value))
}

/// `"x".parse::<f64>()` failing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseFloatError {
    empty: bool,
}

impl crate::fmt::Display for ParseFloatError {
    fn fmt(&self, f: &mut crate::fmt::Formatter) -> crate::fmt::Result {
        f.pad(if self.empty { "cannot parse float from empty string" } else { "invalid float literal" })
    }
}

const POW10: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
    1e20, 1e21, 1e22,
];

/// Parses a decimal float. Exact (correctly rounded) when the digits fit in 2^53 and the
/// decimal exponent is within ±22, as almost all literals in programs are.
pub fn parse_f64(s: &str) -> Result<f64, ParseFloatError> {
    let bytes = s.as_bytes();
    if bytes.is_empty() {
        return Err(ParseFloatError { empty: true });
    }
    let mut i = 0;
    let mut negative = false;
    if bytes[0] == b'+' || bytes[0] == b'-' {
        negative = bytes[0] == b'-';
        i = 1;
    }
    let rest = &s[i..];
    if rest.eq_ignore_ascii_case("inf") || rest.eq_ignore_ascii_case("infinity") {
        return Ok(if negative { -f64::INFINITY } else { f64::INFINITY });
    }
    if rest.eq_ignore_ascii_case("nan") {
        return Ok(f64::NAN);
    }
    let mut mantissa: u64 = 0;
    let mut digits = 0;
    let mut exp10: i32 = 0;
    let mut seen_digit = false;
    let mut seen_dot = false;
    while i < bytes.len() {
        let b = bytes[i];
        if b >= b'0' && b <= b'9' {
            seen_digit = true;
            if digits < 19 {
                mantissa = mantissa * 10 + (b - b'0') as u64;
                if mantissa != 0 {
                    digits += 1;
                }
                if seen_dot {
                    exp10 -= 1;
                }
            } else if !seen_dot {
                exp10 += 1;
            }
        } else if b == b'.' && !seen_dot {
            seen_dot = true;
        } else if (b == b'e' || b == b'E') && seen_digit {
            let (neg_exp, e) = match parse_digits(&s[i + 1..], true) {
                Ok(v) => v,
                Err(_) => return Err(ParseFloatError { empty: false }),
            };
            let e = if e > 100000 { 100000 } else { e as i32 };
            exp10 += if neg_exp { -e } else { e };
            i = bytes.len();
            break;
        } else {
            return Err(ParseFloatError { empty: false });
        }
        i += 1;
    }
    if !seen_digit {
        return Err(ParseFloatError { empty: false });
    }
    let mut value = mantissa as f64;
    if mantissa < (1u64 << 53) && exp10 >= -22 && exp10 <= 22 {
        if exp10 >= 0 {
            value = value * POW10[exp10 as usize];
        } else {
            value = value / POW10[(-exp10) as usize];
        }
    } else {
        let mut e = exp10;
        while e > 0 {
            let step = if e > 22 { 22 } else { e };
            value = value * POW10[step as usize];
            e -= step;
        }
        while e < 0 {
            let step = if -e > 22 { 22 } else { -e };
            value = value / POW10[step as usize];
            e += step;
        }
    }
    Ok(if negative { -value } else { value })
}

impl crate::str::FromStr for f64 {
    type Err = ParseFloatError;
    fn from_str(s: &str) -> Result<f64, ParseFloatError> {
        parse_f64(s)
    }
}

impl crate::str::FromStr for f32 {
    type Err = ParseFloatError;
    fn from_str(s: &str) -> Result<f32, ParseFloatError> {
        match parse_f64(s) {
            Ok(v) => Ok(v as f32),
            Err(e) => Err(e),
        }
    }
}

impl crate::str::FromStr for bool {
    type Err = ParseBoolError;
    fn from_str(s: &str) -> Result<bool, ParseBoolError> {
        if s == "true" {
            Ok(true)
        } else if s == "false" {
            Ok(false)
        } else {
            Err(ParseBoolError)
        }
    }
}

impl crate::str::FromStr for char {
    type Err = ParseCharError;
    fn from_str(s: &str) -> Result<char, ParseCharError> {
        let mut chars = s.chars();
        match (chars.next(), chars.next()) {
            (Some(c), None) => Ok(c),
            _ => Err(ParseCharError),
        }
    }
}

impl crate::str::FromStr for crate::string::String {
    type Err = crate::convert::Infallible;
    fn from_str(s: &str) -> Result<crate::string::String, crate::convert::Infallible> {
        Ok(crate::string::String::from(s))
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseBoolError;

impl crate::fmt::Display for ParseBoolError {
    fn fmt(&self, f: &mut crate::fmt::Formatter) -> crate::fmt::Result {
        f.pad("provided string was not `true` or `false`")
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseCharError;

impl crate::fmt::Display for ParseCharError {
    fn fmt(&self, f: &mut crate::fmt::Formatter) -> crate::fmt::Result {
        f.pad("too many characters in string")
    }
}

macro_rules! int_methods {
    ($($t:ident $u:ident $bits:literal $min:expr, $max:expr;)*) => { $(
        impl $t {
            pub const MIN: $t = $min;
            pub const MAX: $t = $max;
            pub const BITS: u32 = $bits;

            pub fn wrapping_add(self, rhs: $t) -> $t { self + rhs }
            pub fn wrapping_sub(self, rhs: $t) -> $t { self - rhs }
            pub fn wrapping_mul(self, rhs: $t) -> $t { self * rhs }
            pub fn wrapping_neg(self) -> $t { (0 as $t).wrapping_sub(self) }
            pub fn wrapping_div(self, rhs: $t) -> $t { if rhs == (0 as $t).wrapping_sub(1) { self.wrapping_neg() } else { self / rhs } }
            pub fn wrapping_rem(self, rhs: $t) -> $t { if rhs == (0 as $t).wrapping_sub(1) { 0 } else { self % rhs } }
            pub fn wrapping_shl(self, n: u32) -> $t { self << (n % $bits) }
            pub fn wrapping_shr(self, n: u32) -> $t { self >> (n % $bits) }
            pub fn wrapping_pow(self, exp: u32) -> $t {
                let mut base = self;
                let mut exp = exp;
                let mut acc: $t = 1;
                while exp > 0 {
                    if exp & 1 == 1 { acc = acc * base; }
                    exp >>= 1;
                    if exp > 0 { base = base * base; }
                }
                acc
            }

            pub fn overflowing_add(self, rhs: $t) -> ($t, bool) {
                let r = self + rhs;
                (r, self.checked_add(rhs).is_none())
            }
            pub fn overflowing_sub(self, rhs: $t) -> ($t, bool) {
                let r = self - rhs;
                (r, self.checked_sub(rhs).is_none())
            }
            pub fn overflowing_mul(self, rhs: $t) -> ($t, bool) {
                let r = self * rhs;
                (r, self.checked_mul(rhs).is_none())
            }
            pub fn overflowing_pow(self, exp: u32) -> ($t, bool) {
                (self.wrapping_pow(exp), self.checked_pow(exp).is_none())
            }
            pub fn overflowing_neg(self) -> ($t, bool) {
                (self.wrapping_neg(), self.checked_neg().is_none())
            }

            pub fn saturating_add(self, rhs: $t) -> $t {
                match self.checked_add(rhs) { Some(v) => v, None => if rhs > (0 as $t) || Self::MIN == 0 && true { if Self::MIN < 0 && rhs < 0 { Self::MIN } else { Self::MAX } } else { Self::MIN } }
            }
            pub fn saturating_sub(self, rhs: $t) -> $t {
                match self.checked_sub(rhs) {
                    Some(v) => v,
                    None => if Self::MIN < 0 && rhs < (0 as $t) { Self::MAX } else { Self::MIN },
                }
            }
            pub fn saturating_mul(self, rhs: $t) -> $t {
                match self.checked_mul(rhs) {
                    Some(v) => v,
                    None => if (self < (0 as $t)) != (rhs < (0 as $t)) { Self::MIN } else { Self::MAX },
                }
            }
            pub fn saturating_pow(self, exp: u32) -> $t {
                match self.checked_pow(exp) {
                    Some(v) => v,
                    None => if self < (0 as $t) && exp % 2 == 1 { Self::MIN } else { Self::MAX },
                }
            }

            pub fn checked_add(self, rhs: $t) -> Option<$t> {
                let r = self + rhs;
                let overflow = if Self::MIN < 0 {
                    (rhs > (0 as $t) && r < self) || (rhs < (0 as $t) && r > self)
                } else {
                    r < self
                };
                if overflow { None } else { Some(r) }
            }
            pub fn checked_sub(self, rhs: $t) -> Option<$t> {
                let r = self - rhs;
                let overflow = if Self::MIN < 0 {
                    (rhs > (0 as $t) && r > self) || (rhs < (0 as $t) && r < self)
                } else {
                    rhs > self
                };
                if overflow { None } else { Some(r) }
            }
            pub fn checked_mul(self, rhs: $t) -> Option<$t> {
                if self == 0 || rhs == 0 {
                    return Some(0);
                }
                let r = self * rhs;
                if Self::MIN < 0 && ((self == (0 as $t).wrapping_sub(1) && rhs == Self::MIN) || (rhs == (0 as $t).wrapping_sub(1) && self == Self::MIN)) {
                    return None;
                }
                if r / rhs != self { None } else { Some(r) }
            }
            pub fn checked_div(self, rhs: $t) -> Option<$t> {
                if rhs == 0 || (Self::MIN < 0 && self == Self::MIN && rhs == (0 as $t).wrapping_sub(1)) { None } else { Some(self / rhs) }
            }
            pub fn checked_rem(self, rhs: $t) -> Option<$t> {
                if rhs == 0 || (Self::MIN < 0 && self == Self::MIN && rhs == (0 as $t).wrapping_sub(1)) { None } else { Some(self % rhs) }
            }
            pub fn checked_neg(self) -> Option<$t> {
                if Self::MIN < 0 { if self == Self::MIN { None } else { Some((0 as $t) - self) } } else if self == 0 { Some(0) } else { None }
            }
            pub fn checked_pow(self, exp: u32) -> Option<$t> {
                let mut acc: $t = 1;
                let mut i = 0;
                while i < exp {
                    acc = acc.checked_mul(self)?;
                    i += 1;
                }
                Some(acc)
            }
            pub fn checked_shl(self, n: u32) -> Option<$t> { if n < $bits { Some(self << n) } else { None } }
            pub fn checked_shr(self, n: u32) -> Option<$t> { if n < $bits { Some(self >> n) } else { None } }

            pub fn pow(self, exp: u32) -> $t { self.wrapping_pow(exp) }
            pub fn count_ones(self) -> u32 { crate::intrinsics::popcnt(self as $u) }
            pub fn count_zeros(self) -> u32 { $bits - self.count_ones() }
            pub fn leading_zeros(self) -> u32 { crate::intrinsics::clz(self as $u) }
            pub fn trailing_zeros(self) -> u32 { crate::intrinsics::ctz(self as $u) }
            pub fn leading_ones(self) -> u32 { (!self).leading_zeros() }
            pub fn trailing_ones(self) -> u32 { (!self).trailing_zeros() }
            pub fn rotate_left(self, n: u32) -> $t { crate::intrinsics::rotl(self as $u, n) as $t }
            pub fn rotate_right(self, n: u32) -> $t { crate::intrinsics::rotr(self as $u, n) as $t }
            pub fn swap_bytes(self) -> $t {
                let mut v = self as $u;
                let mut out: $u = 0;
                let mut i = 0;
                while i < $bits / 8 {
                    out = (out << 8) | (v & 0xff);
                    v >>= 8;
                    i += 1;
                }
                out as $t
            }
            pub fn reverse_bits(self) -> $t {
                let mut v = self as $u;
                let mut out: $u = 0;
                let mut i = 0;
                while i < $bits {
                    out = (out << 1) | (v & 1);
                    v >>= 1;
                    i += 1;
                }
                out as $t
            }
            pub fn is_power_of_two(self) -> bool { self > 0 && (self & (self - 1)) == 0 }
            pub fn next_power_of_two(self) -> $t {
                let mut p: $t = 1;
                while p < self { p = p * 2; }
                p
            }
            pub fn rem_euclid(self, rhs: $t) -> $t {
                let r = self % rhs;
                if r < (0 as $t) { if rhs < (0 as $t) { r - rhs } else { r + rhs } } else { r }
            }
            pub fn div_euclid(self, rhs: $t) -> $t {
                let q = self / rhs;
                if self % rhs < (0 as $t) { if rhs > (0 as $t) { q - 1 } else { q + 1 } } else { q }
            }
            pub fn abs_diff(self, other: $t) -> $u {
                if self < other { (other as $u).wrapping_sub(self as $u) } else { (self as $u).wrapping_sub(other as $u) }
            }
            pub fn from_str_radix(s: &str, radix: u32) -> Result<$t, ParseIntError> {
                let bytes = s.as_bytes();
                if bytes.is_empty() {
                    return Err(ParseIntError::new(IntErrorKind::Empty));
                }
                let mut i = 0;
                let mut negative = false;
                if bytes[0] == b'-' && Self::MIN < 0 {
                    negative = true;
                    i = 1;
                } else if bytes[0] == b'+' {
                    i = 1;
                }
                if i == bytes.len() {
                    return Err(ParseIntError::new(IntErrorKind::InvalidDigit));
                }
                let mut acc: $t = 0;
                while i < bytes.len() {
                    let d = match (bytes[i] as char).to_digit(radix) {
                        Some(d) => d as $t,
                        None => return Err(ParseIntError::new(IntErrorKind::InvalidDigit)),
                    };
                    let next = match acc.checked_mul(radix as $t) {
                        Some(v) => if negative { v.checked_sub(d) } else { v.checked_add(d) },
                        None => None,
                    };
                    match next {
                        Some(v) => acc = v,
                        None => {
                            let kind = if negative { IntErrorKind::NegOverflow } else { IntErrorKind::PosOverflow };
                            return Err(ParseIntError::new(kind));
                        }
                    }
                    i += 1;
                }
                Ok(acc)
            }
            pub fn to_le_bytes(self) -> [u8; $bits / 8] {
                let mut out = [0u8; $bits / 8];
                let mut v = self as $u;
                let mut i = 0;
                while i < $bits / 8 {
                    out[i] = (v & 0xff) as u8;
                    v >>= 8;
                    i += 1;
                }
                out
            }
            pub fn to_be_bytes(self) -> [u8; $bits / 8] {
                let mut out = self.to_le_bytes();
                out.reverse();
                out
            }
        }
    )* };
}

int_methods! {
    i8 u8 8 -128, 127;
    i16 u16 16 -32768, 32767;
    i32 u32 32 -2147483648, 2147483647;
    i64 u64 64 -9223372036854775808, 9223372036854775807;
    isize usize 32 -2147483648, 2147483647;
    u8 u8 8 0, 255;
    u16 u16 16 0, 65535;
    u32 u32 32 0, 4294967295;
    u64 u64 64 0, 18446744073709551615;
    usize usize 32 0, 4294967295;
}

macro_rules! signed_methods {
    ($($t:ident)*) => { $(
        impl $t {
            #[track_caller]
            pub fn abs(self) -> $t { if self < 0 { (0 as $t) - self } else { self } }
            pub fn wrapping_abs(self) -> $t { if self < 0 { self.wrapping_neg() } else { self } }
            pub fn unsigned_abs_value(self) -> $t { self.wrapping_abs() }
            pub fn checked_abs(self) -> Option<$t> { if self == Self::MIN { None } else { Some(self.wrapping_abs()) } }
            pub fn saturating_abs(self) -> $t { if self == Self::MIN { Self::MAX } else { self.wrapping_abs() } }
            pub fn signum(self) -> $t { if self < 0 { -1 } else if self > 0 { 1 } else { 0 } }
            pub fn is_positive(self) -> bool { self > 0 }
            pub fn is_negative(self) -> bool { self < 0 }
        }
    )* };
}

signed_methods!(i8 i16 i32 i64 isize);

macro_rules! unsigned_abs {
    ($($t:ident $u:ident)*) => { $(
        impl $t {
            pub fn unsigned_abs(self) -> $u { self.wrapping_abs() as $u }
        }
    )* };
}

unsigned_abs!(i8 u8 i16 u16 i32 u32 i64 u64 isize usize);

macro_rules! float_methods {
    ($($t:ident $bits_ty:ident $to_bits:ident $from_bits:ident;)*) => { $(
        impl $t {
            pub fn sqrt(self) -> $t { crate::intrinsics::sqrt(self) }
            pub fn abs(self) -> $t { crate::intrinsics::fabs(self) }
            pub fn floor(self) -> $t { crate::intrinsics::floor(self) }
            pub fn ceil(self) -> $t { crate::intrinsics::ceil(self) }
            pub fn trunc(self) -> $t { crate::intrinsics::trunc(self) }
            pub fn round_ties_even(self) -> $t { crate::intrinsics::nearest(self) }
            /// Rounds half away from zero.
            pub fn round(self) -> $t {
                let t = crate::intrinsics::trunc(self);
                let diff = crate::intrinsics::fabs(self - t);
                if diff >= 0.5 { t + crate::intrinsics::copysign(1.0, self) } else { t }
            }
            pub fn fract(self) -> $t { self - crate::intrinsics::trunc(self) }
            pub fn copysign(self, sign: $t) -> $t { crate::intrinsics::copysign(self, sign) }
            pub fn signum(self) -> $t { if self.is_nan() { self } else { crate::intrinsics::copysign(1.0, self) } }
            pub fn is_nan(self) -> bool { self != self }
            pub fn is_infinite(self) -> bool { self == Self::INFINITY || self == Self::NEG_INFINITY }
            pub fn is_finite(self) -> bool { !self.is_nan() && !self.is_infinite() }
            pub fn is_sign_negative(self) -> bool { (self.to_bits() >> (core_bits_of::<$bits_ty>() - 1)) != 0 }
            pub fn is_sign_positive(self) -> bool { !self.is_sign_negative() }
            pub fn to_bits(self) -> $bits_ty { crate::intrinsics::$to_bits(self) }
            pub fn from_bits(bits: $bits_ty) -> $t { crate::intrinsics::$from_bits(bits) }
            pub fn max(self, other: $t) -> $t {
                if self.is_nan() { other } else if other.is_nan() { self } else if self < other { other } else { self }
            }
            pub fn min(self, other: $t) -> $t {
                if self.is_nan() { other } else if other.is_nan() { self } else if self > other { other } else { self }
            }
            pub fn clamp(self, min: $t, max: $t) -> $t {
                let mut x = self;
                if x < min { x = min; }
                if x > max { x = max; }
                x
            }
            pub fn recip(self) -> $t { 1.0 / self }
            pub fn to_degrees(self) -> $t { self * (180.0 / Self::PI_VALUE) }
            pub fn to_radians(self) -> $t { self * (Self::PI_VALUE / 180.0) }
            pub fn hypot(self, other: $t) -> $t { (self * self + other * other).sqrt() }
            pub fn mul_add(self, a: $t, b: $t) -> $t { self * a + b }
            /// Repeated squaring, as compiler-rt's `__powidf2`, so results match native.
            pub fn powi(self, n: i32) -> $t {
                let mut a = self;
                let mut b = n;
                let recip = b < 0;
                let mut r: $t = 1.0;
                loop {
                    if (b & 1) != 0 {
                        r *= a;
                    }
                    b /= 2;
                    if b == 0 {
                        break;
                    }
                    a *= a;
                }
                if recip { 1.0 / r } else { r }
            }
            pub fn total_cmp(&self, other: &$t) -> crate::cmp::Ordering {
                let mut left = self.to_bits() as i64;
                let mut right = other.to_bits() as i64;
                left ^= (((left >> 63) as u64) >> 1) as i64;
                right ^= (((right >> 63) as u64) >> 1) as i64;
                left.cmp(&right)
            }
        }
    )* };
}

/// The width of a float's bit pattern type.
fn core_bits_of<T: BitWidth>() -> u32 {
    T::WIDTH
}

trait BitWidth {
    const WIDTH: u32;
}

impl BitWidth for u64 {
    const WIDTH: u32 = 64;
}

impl BitWidth for u32 {
    const WIDTH: u32 = 32;
}

float_methods! {
    f64 u64 f64_to_bits f64_from_bits;
    f32 u32 f32_to_bits f32_from_bits;
}

impl f64 {
    pub const INFINITY: f64 = 1.0 / 0.0;
    pub const NEG_INFINITY: f64 = -1.0 / 0.0;
    pub const NAN: f64 = 0.0 / 0.0;
    pub const MAX: f64 = 1.7976931348623157e308;
    pub const MIN: f64 = -1.7976931348623157e308;
    pub const MIN_POSITIVE: f64 = 2.2250738585072014e-308;
    pub const EPSILON: f64 = 2.220446049250313e-16;
    const PI_VALUE: f64 = 3.141592653589793;
}

impl f32 {
    pub const INFINITY: f32 = 1.0 / 0.0;
    pub const NEG_INFINITY: f32 = -1.0 / 0.0;
    pub const NAN: f32 = 0.0 / 0.0;
    pub const MAX: f32 = 3.4028235e38;
    pub const MIN: f32 = -3.4028235e38;
    pub const MIN_POSITIVE: f32 = 1.1754944e-38;
    pub const EPSILON: f32 = 1.1920929e-7;
    const PI_VALUE: f32 = 3.1415927;
}

/// `std::f64::consts` and friends.
pub mod consts {
    pub const PI: f64 = 3.141592653589793;
    pub const TAU: f64 = 6.283185307179586;
    pub const E: f64 = 2.718281828459045;
    pub const SQRT_2: f64 = 1.4142135623730951;
    pub const LN_2: f64 = 0.6931471805599453;
    pub const LN_10: f64 = 2.302585092994046;
    pub const FRAC_PI_2: f64 = 1.5707963267948966;
    pub const FRAC_PI_4: f64 = 0.7853981633974483;
}
