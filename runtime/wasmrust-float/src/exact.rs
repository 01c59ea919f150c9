//! Exactly rounded digits for a given precision: the float's exact decimal expansion, made
//! with a small bignum, cut at a digit position and rounded half to even.
//!
//! Every finite float is `m * 2^e` with `m < 2^53`, so its decimal expansion is finite: at
//! most 309 integer digits and 1074 fraction digits, at most 767 of them significant (f32:
//! 39, 149 and 112). std's `{:.N}` and `{:.Ne}` print that expansion correctly rounded (its
//! Dragon4 fallback, Steele & White / Gay, is exact), so we walk the same expansion and
//! round where it is cut; no estimate can go wrong.
//!
//! The expansion is produced nine digits at a time (base 10^9 "chunks", most significant
//! first): the integer part `floor(v)` by repeated division of a bignum by 10^9, then the
//! fraction `f / 2^s` by repeated multiplication by 10^9, each product's bits above `s` being
//! the next chunk. Bignums are little-endian 32-bit words in fixed arrays of [`WORDS`].

/// Words in a bignum: a fraction of up to 1074 bits times 10^9 takes 1104 bits, 35 words,
/// plus the one a multiplication may carry into; the integer `m * 2^971` takes 32.
const WORDS: usize = 36;

/// Base-10^9 chunks of the integer part: 309 digits need 35.
const CHUNKS: usize = 36;

/// One chunk's base.
const CHUNK: u64 = 1_000_000_000;

/// `10^i` for i in 0..=9, to take a chunk's digits apart.
const POW10: [u32; 10] = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000];

/// A digit position far below any float's last nonzero digit: "no cut here".
pub const NO_LIMIT: i32 = -100_000;

/// A significant-digit count above any float's (767 for f64): "no cut here".
pub const NO_MAX: i32 = 100_000;

/// Scratch size for [`digits`]: the most significant digits any f64 has (767), plus the
/// up to 8 zeros that fill out the chunk in which its expansion ends.
pub const MAX_DIGITS: usize = 776;

/// The number of words in use once leading zero words are dropped.
fn trim(big: &[u32], len: usize) -> usize {
    let mut n = len;
    while n > 0 && big[n - 1] == 0 {
        n -= 1;
    }
    n
}

/// Stores `m * 2^shift` into the zeroed `big`; returns the number of words in use.
fn set_shifted(big: &mut [u32], m: u64, shift: usize) -> usize {
    let w = shift / 32;
    let b = shift % 32;
    // Each half of m, shifted by at most 31 bits, fits in a u64.
    let low = (m & 0xFFFF_FFFF) << b;
    let high = ((m >> 32) << b) + (low >> 32);
    big[w] = low as u32;
    big[w + 1] = high as u32;
    big[w + 2] = (high >> 32) as u32;
    trim(big, w + 3)
}

/// `big *= x`; returns the new number of words in use.
fn mul_small(big: &mut [u32], len: usize, x: u32) -> usize {
    let mut carry = 0u64;
    for i in 0..len {
        let t = big[i] as u64 * x as u64 + carry;
        big[i] = t as u32;
        carry = t >> 32;
    }
    if carry == 0 {
        len
    } else {
        big[len] = carry as u32;
        len + 1
    }
}

/// Splits off and returns the bits of `big` at and above bit `s`, which must be worth less
/// than 2^32; `len` words were in use, and [`trim`] tells how many are left.
fn take_above(big: &mut [u32], len: usize, s: usize) -> u32 {
    let w = s / 32;
    let b = s % 32;
    if w >= len {
        return 0;
    }
    let mut above = (big[w] as u64) >> b;
    if w + 1 < len {
        above |= (big[w + 1] as u64) << (32 - b);
        big[w + 1] = 0;
    }
    big[w] &= ((1u64 << b) - 1) as u32;
    above as u32
}

/// Empties `big` into base-10^9 chunks, least significant first; returns how many.
fn to_chunks(big: &mut [u32], len: usize, chunks: &mut [u32]) -> usize {
    let mut n = 0;
    let mut used = len;
    while used > 0 {
        // Schoolbook division by 10^9, top word first.
        let mut rem = 0u64;
        let mut i = used;
        while i > 0 {
            i -= 1;
            let cur = (rem << 32) | big[i] as u64;
            big[i] = (cur / CHUNK) as u32;
            rem = cur % CHUNK;
        }
        chunks[n] = rem as u32;
        n += 1;
        used = trim(big, used);
    }
    n
}

/// Splits `m * 2^e` at the binary point: the integer part into `chunks` (base 10^9, least
/// significant first) and the fraction into `big`, as `big / 2^-e` (nothing when e >= 0).
/// Returns (chunks used, words of `big` used).
fn split_at_point(m: u64, e: i32, big: &mut [u32], chunks: &mut [u32]) -> (usize, usize) {
    if e >= 0 {
        let used = set_shifted(big, m, e as usize);
        return (to_chunks(big, used, chunks), 0);
    }
    let s = (-e) as usize;
    let int_part = if s < 64 { m >> s } else { 0 };
    let frac = if s < 64 { m - (int_part << s) } else { m };
    // The integer part is below 2^53 < 10^18: two chunks at most.
    chunks[0] = (int_part % CHUNK) as u32;
    chunks[1] = (int_part / CHUNK) as u32;
    let nchunks = if int_part >= CHUNK {
        2
    } else if int_part > 0 {
        1
    } else {
        0
    };
    (nchunks, set_shifted(big, frac, 0))
}

/// The digits of `m * 2^e` (m > 0) rounded to the nearest, ties to even, at the coarser of
/// two cuts: the digit for `10^limit`, and the `max_sig`-th significant digit. Writes ASCII
/// digits to `out` (at least [`MAX_DIGITS`] long) and returns `(len, k)`, the value being
/// `0.d1 d2 .. d_len * 10^k`; trailing digits past `len` are zeros. `len == 0` means the
/// value rounds to zero at `limit`.
///
/// This is std's `format_exact` contract (`core::num::flt2dec::strategy::dragon`), including
/// its tie rule: a value exactly halfway rounds to the even digit, and with no digit kept
/// at all (`{:.0}` of 0.5) the kept part counts as an even 0.
pub fn digits(m: u64, e: i32, max_sig: i32, limit: i32, out: &mut [u8]) -> (usize, i32) {
    // The integer part as chunks, and the fraction as big / 2^s.
    let mut big = [0u32; WORDS];
    let mut chunks = [0u32; CHUNKS];
    let (nchunks, used) = split_at_point(m, e, &mut big, &mut chunks);
    let mut used = used;
    let s = if e >= 0 { 0 } else { (-e) as usize };

    // Walk the expansion's digits, most significant first. Digit positions are powers of
    // ten: the digit at position p is worth d * 10^p. Digits at positions >= cut are kept,
    // the one at cut - 1 decides the rounding, and `sticky` says whether anything nonzero
    // lies below that.
    let mut len = 0usize;
    let mut k = 0i32;
    let mut cut = limit;
    let mut reached = false;
    let mut round_digit = 0u32;
    let mut sticky = false;
    let mut next_chunk = nchunks;
    let mut frac_top = -1i32;
    loop {
        // The next chunk, and the position of its first digit.
        let from_int = next_chunk > 0;
        if !from_int {
            if used == 0 {
                // The expansion ended above the cut: nothing to round.
                break;
            }
            used = mul_small(&mut big, used, CHUNK as u32);
        }
        let chunk = if from_int { chunks[next_chunk - 1] } else { take_above(&mut big, used, s) };
        let top = if from_int { 9 * next_chunk as i32 - 1 } else { frac_top };
        if from_int {
            next_chunk -= 1;
        } else {
            used = trim(&big, used);
            frac_top -= 9;
        }
        if chunk == 0 && len == 0 && top - 8 >= cut {
            // Nine leading zeros, none of them the rounding digit.
            continue;
        }
        for j in 0..9 {
            let p = top - j as i32;
            let below = POW10[8 - j];
            let d = chunk / below % 10;
            if p >= cut {
                if len > 0 || d != 0 {
                    if len == 0 {
                        // The first significant digit fixes where max_sig digits end.
                        k = p + 1;
                        if p + 1 - max_sig > cut {
                            cut = p + 1 - max_sig;
                        }
                    }
                    out[len] = b'0' + d as u8;
                    len += 1;
                }
            } else {
                // p == cut - 1, as p steps down by one and cut <= p once digits are kept.
                reached = true;
                round_digit = d;
                sticky = chunk % below != 0 || used > 0;
                for i in 0..next_chunk {
                    if chunks[i] != 0 {
                        sticky = true;
                    }
                }
                break;
            }
        }
        if reached {
            break;
        }
    }

    // Round half to even. The ASCII digit's parity is the digit's, as b'0' is even.
    let odd = len > 0 && out[len - 1] & 1 == 1;
    if reached && (round_digit > 5 || (round_digit == 5 && (sticky || odd))) {
        if len == 0 {
            // Rounding up from nothing yields one unit at the cut.
            out[0] = b'1';
            return (1, cut + 1);
        }
        let mut i = len;
        loop {
            if i == 0 {
                // 99..9 became 100..0: the value gains a leading digit; the count stays.
                out[0] = b'1';
                k += 1;
                break;
            }
            i -= 1;
            if out[i] == b'9' {
                out[i] = b'0';
            } else {
                out[i] += 1;
                break;
            }
        }
    }
    (len, k)
}
