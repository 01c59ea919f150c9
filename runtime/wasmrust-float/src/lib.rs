//! Rust's float formatting, byte for byte as std's: `{}`, `{:?}`, `{:.N}`, `{:e}`, `{:E}`
//! and `{:.Ne}` for f64 and f32, writing ASCII into a caller's buffer.
//!
//! WasmRust's GC-mode compiler compiles this very source into every program that prints a
//! float, so it is written in a deliberately small subset of Rust: free functions and
//! integer constants, a few tuple returns, `while`/`for` over ranges, fixed local arrays,
//! and `&mut [u8]`/`&mut [u32]` buffers indexed by `usize`. No traits, impls, generics,
//! closures, iterators, macros, `u128`, `Option` or `Result`, and no dependencies; it only
//! needs `to_bits` from the float types. The tests in `tests/` hold it to std's `format!`.
//!
//! How the digits are found:
//! - Shortest round-trip digits (`{}`, `{:?}`, `{:e}`): Ryū (Ulf Adams, PLDI 2018) with its
//!   small tables, 576 bytes, in `ryu.rs`.
//! - Digits at a precision (`{:.N}`, `{:.Ne}`): the exact decimal expansion from a small
//!   bignum, cut and rounded, in `exact.rs` (one 40-byte table of powers of ten).
//!
//! Rounding rules, as std has them: with a precision, the exact value is rounded to nearest
//! with ties to even (`{:.1}` of 0.25 is `0.2`, `{:.0}` of 0.5, 1.5, 2.5 are `0`, `2`, `2`;
//! `{:.0e}` of 2.5 is `2e0`). Without one, the shortest digits that read back are printed,
//! the closest of them to the value, and an exact tie between two goes up (`{}` of
//! 1125899906842624.25 is `1125899906842624.3`).
//!
//! Signs: a negative value, zero included, starts with `-` (`-0`, `-0.0`, `-0e0`, and
//! `{:.1}` of -0.01 is `-0.0`); NaN never has a sign. Everything else std's formatter does
//! around the digits, namely `+`, width, fill and alignment, is the caller's: for `+`,
//! prepend it unless the output starts with `-` or is `NaN`; for `0`-padding, pad after
//! the `-`.
//!
//! Every function panics (an index out of bounds) if `buf` is shorter than the documented
//! maximum for its arguments; the `*_MAX_LEN` constants and `*_max_len` functions give it.
#![no_std]
// The subset has no iterators and few integer methods: loops index by range, and
// divisibility and rounding-up division are spelled with `%` and `/`.
#![allow(clippy::needless_range_loop, clippy::manual_div_ceil, clippy::manual_is_multiple_of)]

mod exact;
mod ryu;

/// Longest output of [`fmt_f64_display`]: `-` and 324 fraction digits after `0.`
/// (`-0.000..005` for -5e-324), more than the 310 of `-` and f64::MAX's 309 digits.
pub const F64_DISPLAY_MAX_LEN: usize = 327;

/// Longest output of [`fmt_f32_display`]: `-0.` and 45 fraction digits (-1e-45).
pub const F32_DISPLAY_MAX_LEN: usize = 48;

/// Longest output of [`fmt_f64_debug`] and of [`fmt_f64_exp`] without a precision:
/// `-d.dddddddddddddddde-308`, 17 digits and a three-digit exponent.
pub const F64_DEBUG_MAX_LEN: usize = 24;

/// Longest output of [`fmt_f32_debug`] and of [`fmt_f32_exp`] without a precision: Debug's
/// `-9999999000000000.0` (f32 has 9 digits, but up to 16 of them print below 1e16).
pub const F32_DEBUG_MAX_LEN: usize = 19;

/// f64's layout: fraction bits and exponent bits (the bias follows: 2^(bits - 1) - 1).
const F64_MANT_BITS: u32 = 52;
const F64_EXP_BITS: u32 = 11;

/// f32's layout, likewise.
const F32_MANT_BITS: u32 = 23;
const F32_EXP_BITS: u32 = 8;

/// `{:?}` switches to exponent notation below 1e-4 and from 1e16 on (std's
/// `already_rounded_value_should_use_exponential`); these are the thresholds' bits.
const F64_1E_4_BITS: u64 = 0x3F1A_36E2_EB1C_432D;
const F64_1E16_BITS: u64 = 0x4341_C379_37E0_8000;
const F32_1E_4_BITS: u64 = 0x38D1_B717;
const F32_1E16_BITS: u64 = 0x5A0E_1BCA;

/// Fraction digits beyond which every float's expansion is zeros (f64 has at most 1074).
const MAX_FRAC_DIGITS: usize = 1100;

/// `format!("{}", v)`: the shortest digits that read back as `v`, never in exponent
/// notation. `buf` needs [`F64_DISPLAY_MAX_LEN`] bytes; returns the length written.
pub fn fmt_f64_display(v: f64, buf: &mut [u8]) -> usize {
    fmt_shortest(v.to_bits(), F64_MANT_BITS, F64_EXP_BITS, false, buf)
}

/// `format!("{}", v)` for f32, with f32's own shortest digits. `buf` needs
/// [`F32_DISPLAY_MAX_LEN`] bytes; returns the length written.
pub fn fmt_f32_display(v: f32, buf: &mut [u8]) -> usize {
    fmt_shortest(v.to_bits() as u64, F32_MANT_BITS, F32_EXP_BITS, false, buf)
}

/// `format!("{:?}", v)`: like Display, but integral values get `.0` and magnitudes below
/// 1e-4 or from 1e16 on use exponent notation (`1e16`, `1.5e-5`). `buf` needs
/// [`F64_DEBUG_MAX_LEN`] bytes; returns the length written.
pub fn fmt_f64_debug(v: f64, buf: &mut [u8]) -> usize {
    fmt_shortest(v.to_bits(), F64_MANT_BITS, F64_EXP_BITS, true, buf)
}

/// `format!("{:?}", v)` for f32. `buf` needs [`F32_DEBUG_MAX_LEN`] bytes; returns the length
/// written.
pub fn fmt_f32_debug(v: f32, buf: &mut [u8]) -> usize {
    fmt_shortest(v.to_bits() as u64, F32_MANT_BITS, F32_EXP_BITS, true, buf)
}

/// `format!("{:.precision$}", v)`, which is also `{:.precision$?}`: the exact value rounded
/// half to even at `precision` fraction digits. Any precision works; `buf` needs [`f64_fixed_max_len`]`(precision)`
/// bytes. Returns the length written.
pub fn fmt_f64_fixed(v: f64, precision: usize, buf: &mut [u8]) -> usize {
    fmt_fixed(v.to_bits(), F64_MANT_BITS, F64_EXP_BITS, precision, buf)
}

/// `format!("{:.precision$}", v)` for f32. `buf` needs [`f32_fixed_max_len`]`(precision)`
/// bytes; returns the length written.
pub fn fmt_f32_fixed(v: f32, precision: usize, buf: &mut [u8]) -> usize {
    fmt_fixed(v.to_bits() as u64, F32_MANT_BITS, F32_EXP_BITS, precision, buf)
}

/// `format!("{:e}", v)` (`upper`: `{:E}`) with the shortest digits when `has_precision` is
/// false, else `format!("{:.precision$e}", v)`, rounded half to even to `precision + 1`
/// significant digits. `buf` needs [`f64_exp_max_len`]`(has_precision, precision)` bytes;
/// returns the length written.
pub fn fmt_f64_exp(v: f64, has_precision: bool, precision: usize, upper: bool, buf: &mut [u8]) -> usize {
    let bits = v.to_bits();
    fmt_exp(bits, F64_MANT_BITS, F64_EXP_BITS, has_precision, precision, upper, buf)
}

/// [`fmt_f64_exp`] for f32. `buf` needs [`f32_exp_max_len`]`(has_precision, precision)`
/// bytes; returns the length written.
pub fn fmt_f32_exp(v: f32, has_precision: bool, precision: usize, upper: bool, buf: &mut [u8]) -> usize {
    let bits = v.to_bits() as u64;
    fmt_exp(bits, F32_MANT_BITS, F32_EXP_BITS, has_precision, precision, upper, buf)
}

/// Buffer size that [`fmt_f64_fixed`] needs: `-`, 309 integer digits, `.` and the fraction.
pub fn f64_fixed_max_len(precision: usize) -> usize {
    if precision == 0 { 310 } else { 311 + precision }
}

/// Buffer size that [`fmt_f32_fixed`] needs: `-`, 39 integer digits, `.` and the fraction.
pub fn f32_fixed_max_len(precision: usize) -> usize {
    if precision == 0 { 40 } else { 41 + precision }
}

/// Buffer size that [`fmt_f64_exp`] needs: `-d.` and the digits, then `e-324` at most.
pub fn f64_exp_max_len(has_precision: bool, precision: usize) -> usize {
    if !has_precision {
        F64_DEBUG_MAX_LEN
    } else if precision == 0 {
        7
    } else {
        8 + precision
    }
}

/// Buffer size that [`fmt_f32_exp`] needs: `-d.` and the digits, then `e-45` at most.
pub fn f32_exp_max_len(has_precision: bool, precision: usize) -> usize {
    if !has_precision {
        F32_DEBUG_MAX_LEN
    } else if precision == 0 {
        6
    } else {
        7 + precision
    }
}

/// Ryū's rebuilt `5^i` (125-bit, as low and high words), for the table tests only.
#[doc(hidden)]
pub fn ryu_pow5(i: u32) -> (u64, u64) {
    ryu::compute_pow5(i)
}

/// Ryū's rebuilt `2^(pow5bits(i) - 1 + 125) / 5^i + 1`, for the table tests only.
#[doc(hidden)]
pub fn ryu_inv_pow5(i: u32) -> (u64, u64) {
    ryu::compute_inv_pow5(i)
}

/// The exponent bias of a format with `exp_bits` exponent bits.
fn bias(exp_bits: u32) -> i32 {
    (1i32 << (exp_bits - 1)) - 1
}

/// Splits a float's bits into (negative, biased exponent, fraction field).
fn split(bits: u64, mant_bits: u32, exp_bits: u32) -> (bool, u32, u64) {
    let negative = (bits >> (mant_bits + exp_bits)) & 1 == 1;
    let ieee_exp = ((bits >> mant_bits) & ((1u64 << exp_bits) - 1)) as u32;
    let fraction = bits & ((1u64 << mant_bits) - 1);
    (negative, ieee_exp, fraction)
}

/// The value of a finite float's fields as `m * 2^e`.
fn decode(ieee_exp: u32, fraction: u64, mant_bits: u32, exp_bits: u32) -> (u64, i32) {
    let bias = bias(exp_bits);
    if ieee_exp == 0 {
        (fraction, 1 - bias - mant_bits as i32)
    } else {
        (fraction | (1u64 << mant_bits), ieee_exp as i32 - bias - mant_bits as i32)
    }
}

/// Writes `NaN`, `inf` or `-inf` at the start of `buf`; returns the length.
fn write_special(negative: bool, fraction: u64, buf: &mut [u8]) -> usize {
    if fraction != 0 {
        buf[0] = b'N';
        buf[1] = b'a';
        buf[2] = b'N';
        return 3;
    }
    let pos = write_sign(negative, buf);
    buf[pos] = b'i';
    buf[pos + 1] = b'n';
    buf[pos + 2] = b'f';
    pos + 3
}

/// Writes `-` at the start of `buf` if `negative`; returns the position after it.
fn write_sign(negative: bool, buf: &mut [u8]) -> usize {
    if negative {
        buf[0] = b'-';
        return 1;
    }
    0
}

/// Writes `count` zeros at `pos`; returns the position after them.
fn write_zeros(buf: &mut [u8], pos: usize, count: usize) -> usize {
    for i in 0..count {
        buf[pos + i] = b'0';
    }
    pos + count
}

/// Writes `digits[from..to]` at `pos`; returns the position after them.
fn write_digits(buf: &mut [u8], pos: usize, digits: &[u8], from: usize, to: usize) -> usize {
    for i in from..to {
        buf[pos + i - from] = digits[i];
    }
    pos + to - from
}

/// Writes `0.d1..dn * 10^k` at `pos` in positional notation with at least `frac_digits`
/// fraction digits (std's `digits_to_dec_str`); returns the end position.
fn write_positional(digits: &[u8], len: usize, k: i32, frac_digits: usize, buf: &mut [u8], pos: usize) -> usize {
    let mut p = pos;
    if k <= 0 {
        // 0.000ddd
        let zeros = (-k) as usize;
        buf[p] = b'0';
        buf[p + 1] = b'.';
        p = write_zeros(buf, p + 2, zeros);
        p = write_digits(buf, p, digits, 0, len);
        if frac_digits > zeros + len {
            p = write_zeros(buf, p, frac_digits - zeros - len);
        }
    } else if (k as usize) < len {
        // ddd.ddd
        let int_len = k as usize;
        p = write_digits(buf, p, digits, 0, int_len);
        buf[p] = b'.';
        p = write_digits(buf, p + 1, digits, int_len, len);
        if frac_digits > len - int_len {
            p = write_zeros(buf, p, frac_digits - (len - int_len));
        }
    } else {
        // ddd000 or ddd000.000
        p = write_digits(buf, p, digits, 0, len);
        p = write_zeros(buf, p, k as usize - len);
        if frac_digits > 0 {
            buf[p] = b'.';
            p = write_zeros(buf, p + 1, frac_digits);
        }
    }
    p
}

/// Writes `0.d1..dn * 10^k` at `pos` as `d1.d2..dne(k-1)` with at least `min_digits`
/// digits (std's `digits_to_exp_str`); returns the end position.
fn write_scientific(
    digits: &[u8],
    len: usize,
    k: i32,
    min_digits: usize,
    upper: bool,
    buf: &mut [u8],
    pos: usize,
) -> usize {
    let mut p = pos;
    buf[p] = digits[0];
    p += 1;
    if len > 1 || min_digits > 1 {
        buf[p] = b'.';
        p = write_digits(buf, p + 1, digits, 1, len);
        if min_digits > len {
            p = write_zeros(buf, p, min_digits - len);
        }
    }
    write_exponent(k - 1, upper, buf, p)
}

/// Writes `e<exp>` (or `E`), no `+` and no leading zeros; returns the end position.
fn write_exponent(exp: i32, upper: bool, buf: &mut [u8], pos: usize) -> usize {
    let mut p = pos;
    buf[p] = if upper { b'E' } else { b'e' };
    p += 1;
    let mut x = exp;
    if x < 0 {
        buf[p] = b'-';
        p += 1;
        x = -x;
    }
    let x = x as u32;
    if x >= 100 {
        buf[p] = b'0' + (x / 100) as u8;
        p += 1;
    }
    if x >= 10 {
        buf[p] = b'0' + (x / 10 % 10) as u8;
        p += 1;
    }
    buf[p] = b'0' + (x % 10) as u8;
    p + 1
}

/// The decimal digits of `n` > 0 into `digits`, as ASCII; returns how many.
fn u64_digits(n: u64, digits: &mut [u8]) -> usize {
    let mut len = 0;
    let mut x = n;
    while x > 0 {
        x /= 10;
        len += 1;
    }
    let mut x = n;
    let mut i = len;
    while i > 0 {
        i -= 1;
        digits[i] = b'0' + (x % 10) as u8;
        x /= 10;
    }
    len
}

/// Display and Debug: shortest digits, positional unless Debug's thresholds say otherwise.
fn fmt_shortest(bits: u64, mant_bits: u32, exp_bits: u32, debug: bool, buf: &mut [u8]) -> usize {
    let (negative, ieee_exp, fraction) = split(bits, mant_bits, exp_bits);
    if ieee_exp == (1u32 << exp_bits) - 1 {
        return write_special(negative, fraction, buf);
    }
    let pos = write_sign(negative, buf);
    if ieee_exp == 0 && fraction == 0 {
        buf[pos] = b'0';
        if debug {
            buf[pos + 1] = b'.';
            buf[pos + 2] = b'0';
            return pos + 3;
        }
        return pos + 1;
    }
    let (mantissa, e10) = ryu::shortest(fraction, ieee_exp, mant_bits, bias(exp_bits));
    let mut digits = [0u8; 20];
    let len = u64_digits(mantissa, &mut digits);
    let k = e10 + len as i32;
    // For positive floats the bits order like the values.
    let abs_bits = bits & ((1u64 << (mant_bits + exp_bits)) - 1);
    let single = mant_bits == F32_MANT_BITS;
    let exp_below = if single { F32_1E_4_BITS } else { F64_1E_4_BITS };
    let exp_from = if single { F32_1E16_BITS } else { F64_1E16_BITS };
    if debug && (abs_bits < exp_below || abs_bits >= exp_from) {
        write_scientific(&digits, len, k, 0, false, buf, pos)
    } else {
        let frac_digits = if debug { 1 } else { 0 };
        write_positional(&digits, len, k, frac_digits, buf, pos)
    }
}

/// `{:.N}`: exact digits down to 10^-N.
fn fmt_fixed(bits: u64, mant_bits: u32, exp_bits: u32, precision: usize, buf: &mut [u8]) -> usize {
    let (negative, ieee_exp, fraction) = split(bits, mant_bits, exp_bits);
    if ieee_exp == (1u32 << exp_bits) - 1 {
        return write_special(negative, fraction, buf);
    }
    let pos = write_sign(negative, buf);
    if ieee_exp == 0 && fraction == 0 {
        return write_fixed_zero(precision, buf, pos);
    }
    let (m, e) = decode(ieee_exp, fraction, mant_bits, exp_bits);
    let cut = if precision > MAX_FRAC_DIGITS { MAX_FRAC_DIGITS } else { precision };
    let mut digits = [0u8; exact::MAX_DIGITS];
    let (len, k) = exact::digits(m, e, exact::NO_MAX, -(cut as i32), &mut digits);
    if len == 0 {
        // Rounds to zero, and std keeps the sign: `{:.1}` of -0.01 is -0.0.
        return write_fixed_zero(precision, buf, pos);
    }
    write_positional(&digits, len, k, precision, buf, pos)
}

/// Writes `0` or `0.000` with `precision` zeros at `pos`; returns the end position.
fn write_fixed_zero(precision: usize, buf: &mut [u8], pos: usize) -> usize {
    buf[pos] = b'0';
    if precision == 0 {
        return pos + 1;
    }
    buf[pos + 1] = b'.';
    write_zeros(buf, pos + 2, precision)
}

/// `{:e}` and `{:.Ne}`: shortest or exact significant digits in exponent notation.
fn fmt_exp(
    bits: u64,
    mant_bits: u32,
    exp_bits: u32,
    has_precision: bool,
    precision: usize,
    upper: bool,
    buf: &mut [u8],
) -> usize {
    let (negative, ieee_exp, fraction) = split(bits, mant_bits, exp_bits);
    if ieee_exp == (1u32 << exp_bits) - 1 {
        return write_special(negative, fraction, buf);
    }
    let pos = write_sign(negative, buf);
    // With a precision, `precision + 1` significant digits; without, the shortest.
    let min_digits = if has_precision { precision + 1 } else { 0 };
    if ieee_exp == 0 && fraction == 0 {
        // 0e0 or 0.000e0
        let zero = [b'0'];
        return write_scientific(&zero, 1, 1, min_digits, upper, buf, pos);
    }
    let mut digits = [0u8; exact::MAX_DIGITS];
    if has_precision {
        let (m, e) = decode(ieee_exp, fraction, mant_bits, exp_bits);
        let max_sig = if min_digits > exact::MAX_DIGITS { exact::MAX_DIGITS } else { min_digits };
        let (len, k) = exact::digits(m, e, max_sig as i32, exact::NO_LIMIT, &mut digits);
        return write_scientific(&digits, len, k, min_digits, upper, buf, pos);
    }
    let (mantissa, e10) = ryu::shortest(fraction, ieee_exp, mant_bits, bias(exp_bits));
    let len = u64_digits(mantissa, &mut digits);
    write_scientific(&digits, len, e10 + len as i32, 0, upper, buf, pos)
}
