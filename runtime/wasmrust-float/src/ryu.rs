//! Shortest round-trip digits: Ryū with the small tables, for both f64 and f32.
//!
//! Ulf Adams, "Ryū: fast float-to-string conversion" (PLDI 2018), ported from the reference C
//! code's `d2s.c` with `RYU_OPTIMIZE_SIZE` (`d2s_small_table.h`): instead of one 128-bit
//! power of five per exponent (about 10 KB), only every 26th power is stored and the ones in
//! between are rebuilt with one 64x128-bit multiplication plus a stored 2-bit correction. The
//! 128-bit arithmetic is done in 64-bit halves (the C code's no-`uint128_t` path), since the
//! subset has no `u128`.
//!
//! f32 goes through the same f64 routine with its own mantissa width and bias: Ryū's 128-bit
//! products are exact for every mantissa below 2^55 (after its two guard bits) and every
//! binary exponent of f64's range, and f32's lie within both. (All 2^32 f32 bit patterns were
//! checked once against std's `{}` and `{:e}`; the tests sample them.)
//!
//! One deliberate change from Ryū: when the value lies exactly halfway between the two
//! shortest candidates, Ryū picks the even one but std (Grisu, falling back to Dragon4) picks
//! the upper one (`{}` of `1125899906842624.25` is `1125899906842624.3`), so we do too.

/// The stored powers carry this many significant bits (`DOUBLE_POW5_BITCOUNT` in Ryū).
const POW5_BITCOUNT: i32 = 125;
/// Likewise for the stored inverse powers (`DOUBLE_POW5_INV_BITCOUNT`).
const POW5_INV_BITCOUNT: i32 = 125;

/// `5^(26k)` scaled to 125 bits, as (low, high) u64 pairs for k = 0..=12
/// (`DOUBLE_POW5_SPLIT2`). 13 entries reach 5^337; f64 needs up to 5^325.
const POW5_SPLIT2: [u64; 26] = [
    0,
    1152921504606846976,
    0,
    1490116119384765625,
    1032610780636961552,
    1925929944387235853,
    7910200175544436838,
    1244603055572228341,
    16941905809032713930,
    1608611746708759036,
    13024893955298202172,
    2079081953128979843,
    6607496772837067824,
    1343575221513417750,
    17332926989895652603,
    1736530273035216783,
    13037379183483547984,
    2244412773384604712,
    1605989338741628675,
    1450417759929778918,
    9630225068416591280,
    1874621017369538693,
    665883850346957067,
    1211445438634777304,
    14931890668723713708,
    1565756531257009982,
];

/// The 2-bit corrections for rebuilt powers `5^i`, sixteen per word (`POW5_OFFSETS`).
const POW5_OFFSETS: [u32; 21] = [
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x40000000, 0x59695995, 0x55545555, 0x56555515, 0x41150504,
    0x40555410, 0x44555145, 0x44504540, 0x45555550, 0x40004000, 0x96440440, 0x55565565, 0x54454045, 0x40154151,
    0x55559155, 0x51405555, 0x00000105,
];

/// `2^(pow5bits(26k) - 1 + 125) / 5^(26k) + 1` as (low, high) pairs for k = 0..=12
/// (`DOUBLE_POW5_INV_SPLIT2`, cut to the 13 entries f64 needs: inverse powers up to 5^290).
const POW5_INV_SPLIT2: [u64; 26] = [
    1,
    2305843009213693952,
    5955668970331000884,
    1784059615882449851,
    8982663654677661702,
    1380349269358112757,
    7286864317269821294,
    2135987035920910082,
    7005857020398200553,
    1652639921975621497,
    17965325103354776697,
    1278668206209430417,
    8928596168509315048,
    1978643211784836272,
    10075671573058298858,
    1530901034580419511,
    597001226353042382,
    1184477304306571148,
    1527430471115325346,
    1832889850782397517,
    12533209867169019542,
    1418129833677084982,
    5577825024675947042,
    2194449627517475473,
    11006974540203867551,
    1697873161311732311,
];

/// The 2-bit corrections for rebuilt inverse powers (`POW5_INV_OFFSETS`, first 19 words).
const POW5_INV_OFFSETS: [u32; 19] = [
    0x54544554, 0x04055545, 0x10041000, 0x00400414, 0x40010000, 0x41155555, 0x00000454, 0x00010044, 0x40000000,
    0x44000041, 0x50454450, 0x55550054, 0x51655554, 0x40004000, 0x01000001, 0x00010500, 0x51515411, 0x05555554,
    0x50411500,
];

/// `e == 0 ? 1 : ceil(log2(5^e))`, exact for 0 <= e <= 3528.
fn pow5bits(e: i32) -> i32 {
    (((e as u32).wrapping_mul(1217359) >> 19) + 1) as i32
}

/// `floor(log10(2^e))`, exact for 0 <= e <= 1650.
fn log10_pow2(e: i32) -> i32 {
    ((e as u32).wrapping_mul(78913) >> 18) as i32
}

/// `floor(log10(5^e))`, exact for 0 <= e <= 2620.
fn log10_pow5(e: i32) -> i32 {
    ((e as u32).wrapping_mul(732923) >> 20) as i32
}

/// `5^n` for n <= 25, computed rather than stored to keep the tables small.
fn pow5_u64(n: u32) -> u64 {
    let mut p = 1u64;
    for _ in 0..n {
        p *= 5;
    }
    p
}

/// The full 128-bit product `a * b`, as (low, high), from four 32x32-bit products.
fn umul128(a: u64, b: u64) -> (u64, u64) {
    let a_lo = a & 0xFFFF_FFFF;
    let a_hi = a >> 32;
    let b_lo = b & 0xFFFF_FFFF;
    let b_hi = b >> 32;
    let b00 = a_lo * b_lo;
    let b01 = a_lo * b_hi;
    let b10 = a_hi * b_lo;
    let b11 = a_hi * b_hi;
    // None of these sums overflow: (2^32 - 1)^2 + 2 * (2^32 - 1) < 2^64.
    let mid1 = b10 + (b00 >> 32);
    let mid2 = b01 + (mid1 & 0xFFFF_FFFF);
    let hi = b11 + (mid1 >> 32) + (mid2 >> 32);
    let lo = (mid2 << 32) | (b00 & 0xFFFF_FFFF);
    (lo, hi)
}

/// Bits `dist..dist + 64` of the 128-bit value (hi, lo); requires 0 < dist < 64.
fn shiftright128(lo: u64, hi: u64, dist: i32) -> u64 {
    (hi << (64 - dist)) | (lo >> dist)
}

/// `5^i` in Ryū's 125-bit form, rebuilt from the nearest stored power below it.
pub fn compute_pow5(i: u32) -> (u64, u64) {
    let base = i / 26;
    let base2 = base * 26;
    let offset = i - base2;
    let mul0 = POW5_SPLIT2[(2 * base) as usize];
    let mul1 = POW5_SPLIT2[(2 * base + 1) as usize];
    if offset == 0 {
        return (mul0, mul1);
    }
    let m = pow5_u64(offset);
    let (low1, high1) = umul128(m, mul1);
    let (low0, high0) = umul128(m, mul0);
    let sum = high0.wrapping_add(low1);
    let high1 = if sum < high0 { high1 + 1 } else { high1 };
    // The product is high1 | sum | low0; keep its top 125 bits.
    let delta = pow5bits(i as i32) - pow5bits(base2 as i32);
    let correction = ((POW5_OFFSETS[(i / 16) as usize] >> ((i % 16) << 1)) & 3) as u64;
    (shiftright128(low0, sum, delta) + correction, shiftright128(sum, high1, delta))
}

/// `1 / 5^i` in Ryū's 125-bit form, rebuilt from the nearest stored inverse power above it.
pub fn compute_inv_pow5(i: u32) -> (u64, u64) {
    let base = (i + 25) / 26;
    let base2 = base * 26;
    let offset = base2 - i;
    let mul0 = POW5_INV_SPLIT2[(2 * base) as usize];
    let mul1 = POW5_INV_SPLIT2[(2 * base + 1) as usize];
    if offset == 0 {
        return (mul0, mul1);
    }
    // 1/5^base2 * 5^offset = 1/5^i.
    let m = pow5_u64(offset);
    let (low1, high1) = umul128(m, mul1);
    let (low0, high0) = umul128(m, mul0 - 1);
    let sum = high0.wrapping_add(low1);
    let high1 = if sum < high0 { high1 + 1 } else { high1 };
    let delta = pow5bits(base2 as i32) - pow5bits(i as i32);
    let correction = ((POW5_INV_OFFSETS[(i / 16) as usize] >> ((i % 16) << 1)) & 3) as u64;
    (shiftright128(low0, sum, delta) + 1 + correction, shiftright128(sum, high1, delta))
}

/// `(4m * mul) >> j` for the candidate and the two interval ends at once: returns
/// (vr, vp, vm) for mv = 4m, mp = 4m + 2 and mm = 4m - 1 - mm_shift. Ryū's `mulShiftAll`
/// for compilers without 128-bit integers; the wrapping operations are carries.
fn mul_shift_all(m: u64, mul0: u64, mul1: u64, j: i32, mm_shift: u64) -> (u64, u64, u64) {
    // 2m has at most 55 bits.
    let m = m << 1;
    let (lo, tmp) = umul128(m, mul0);
    let (mid, hi) = umul128(m, mul1);
    let mid = mid.wrapping_add(tmp);
    let hi = if mid < tmp { hi.wrapping_add(1) } else { hi };

    let lo2 = lo.wrapping_add(mul0);
    let mid2 = mid.wrapping_add(mul1).wrapping_add(if lo2 < lo { 1 } else { 0 });
    let hi2 = hi.wrapping_add(if mid2 < mid { 1 } else { 0 });
    let vp = shiftright128(mid2, hi2, j - 64 - 1);

    let vm = if mm_shift == 1 {
        let lo3 = lo.wrapping_sub(mul0);
        let mid3 = mid.wrapping_sub(mul1).wrapping_sub(if lo3 > lo { 1 } else { 0 });
        let hi3 = hi.wrapping_sub(if mid3 > mid { 1 } else { 0 });
        shiftright128(mid3, hi3, j - 64 - 1)
    } else {
        let lo3 = lo.wrapping_add(lo);
        let mid3 = mid.wrapping_add(mid).wrapping_add(if lo3 < lo { 1 } else { 0 });
        let hi3 = hi.wrapping_add(hi).wrapping_add(if mid3 < mid { 1 } else { 0 });
        let lo4 = lo3.wrapping_sub(mul0);
        let mid4 = mid3.wrapping_sub(mul1).wrapping_sub(if lo4 > lo3 { 1 } else { 0 });
        let hi4 = hi3.wrapping_sub(if mid4 > mid3 { 1 } else { 0 });
        shiftright128(mid4, hi4, j - 64)
    };

    (shiftright128(mid, hi, j - 64 - 1), vp, vm)
}

/// Whether 5^p divides `value` (which is nonzero).
fn multiple_of_power_of_5(value: u64, p: i32) -> bool {
    let mut v = value;
    let mut count = 0;
    while v % 5 == 0 {
        v /= 5;
        count += 1;
    }
    count >= p
}

/// The shortest decimal `digits * 10^exponent` that reads back as the finite, nonzero float
/// with the given IEEE fields, choosing the closest such decimal (upper one on a tie).
///
/// `mantissa_bits` and `bias` describe the format: 52 and 1023 for f64, 23 and 127 for f32.
pub fn shortest(ieee_mantissa: u64, ieee_exponent: u32, mantissa_bits: u32, bias: i32) -> (u64, i32) {
    // Step 1: unify normal and subnormal numbers as m2 * 2^e2, with two extra bits of
    // exponent so that the interval ends below are integers.
    let biased = if ieee_exponent == 0 { 1 } else { ieee_exponent as i32 };
    let e2 = biased - bias - mantissa_bits as i32 - 2;
    let implicit = if ieee_exponent == 0 { 0 } else { 1u64 << mantissa_bits };
    let m2 = implicit | ieee_mantissa;
    // Round-to-even on parsing: an even mantissa owns the ends of its interval.
    let accept_bounds = m2 & 1 == 0;

    // Step 2: the interval of decimals that read back as this float is (mm, mp) around
    // mv = 4 * m2, all times 2^e2, with mp = mv + 2 and mm = mv - 1 - mm_shift: the gap
    // below is half as wide at a power of two.
    let mm_shift: u64 = if ieee_mantissa != 0 || ieee_exponent <= 1 { 1 } else { 0 };

    // Step 3: scale to a power of ten.
    let (vr, vp, vm, e10, vm_is_trailing_zeros) = scale(m2, e2, mm_shift, accept_bounds);

    // Step 4: the shortest digits in the interval.
    let (output, removed) = remove_digits(vr, vp, vm, vm_is_trailing_zeros, accept_bounds);
    (output, e10 + removed)
}

/// Ryū's step 3: returns (vr, vp, vm, e10, vm_is_trailing_zeros) where vr, vp and vm are
/// `floor(x * 2^e2 / 10^e10)` for x = mv, mp, mm (vp one less when mp itself is excluded
/// and exact), and the flag says whether that floor was exact for mm.
///
/// Ryū also tracks whether the floor was exact for mv, only to round exact ties to even;
/// std rounds ties up, so that flag is not needed here.
fn scale(m2: u64, e2: i32, mm_shift: u64, accept_bounds: bool) -> (u64, u64, u64, i32, bool) {
    let mv = 4 * m2;
    if e2 >= 0 {
        let q = if e2 > 3 { log10_pow2(e2) - 1 } else { log10_pow2(e2) };
        let k = POW5_INV_BITCOUNT + pow5bits(q) - 1;
        let (mul0, mul1) = compute_inv_pow5(q as u32);
        let (vr, vp, vm) = mul_shift_all(m2, mul0, mul1, -e2 + q + k, mm_shift);
        // Only one of mp, mv and mm can be a multiple of 5, if any (and mv's doesn't
        // matter, see above). Beyond q = 21 none can be a multiple of 5^q.
        if q <= 21 && mv % 5 != 0 {
            if accept_bounds {
                let vm_exact = multiple_of_power_of_5(mv - 1 - mm_shift, q);
                return (vr, vp, vm, q, vm_exact);
            }
            if multiple_of_power_of_5(mv + 2, q) {
                // mp is exactly a decimal at this scale but not part of the interval.
                return (vr, vp - 1, vm, q, false);
            }
        }
        return (vr, vp, vm, q, false);
    }
    let q = if -e2 > 1 { log10_pow5(-e2) - 1 } else { log10_pow5(-e2) };
    let i = -e2 - q;
    let k = pow5bits(i) - POW5_BITCOUNT;
    let (mul0, mul1) = compute_pow5(i as u32);
    let (vr, vp, vm) = mul_shift_all(m2, mul0, mul1, q - k, mm_shift);
    if q <= 1 {
        // mm has a trailing zero bit iff mm_shift == 1; mp = mv + 2 always has one.
        if accept_bounds {
            return (vr, vp, vm, q + e2, mm_shift == 1);
        }
        return (vr, vp - 1, vm, q + e2, false);
    }
    (vr, vp, vm, q + e2, false)
}

/// Ryū's step 4: drops digits from vr while the interval (vm, vp) still holds a shorter
/// decimal, then rounds; returns the digits and how many were dropped.
fn remove_digits(vr: u64, vp: u64, vm: u64, vm_is_trailing_zeros: bool, accept_bounds: bool) -> (u64, i32) {
    let mut vr = vr;
    let mut vp = vp;
    let mut vm = vm;
    let mut removed = 0;
    let mut last_removed_digit = 0;
    if vm_is_trailing_zeros {
        // The rare case where the lower end is itself a short decimal and may be chosen.
        let mut vm_exact = true;
        while vp / 10 > vm / 10 {
            vm_exact = vm_exact && vm % 10 == 0;
            last_removed_digit = vr % 10;
            vr /= 10;
            vp /= 10;
            vm /= 10;
            removed += 1;
        }
        if vm_exact {
            while vm % 10 == 0 {
                last_removed_digit = vr % 10;
                vr /= 10;
                vm /= 10;
                removed += 1;
            }
        }
        // Ryū rounds an exact ...5000 tie to even here; std rounds it up. vr itself is only
        // allowed at the lower end if that end is exact and included.
        let below = vr == vm && (!accept_bounds || !vm_exact);
        let output = if below || last_removed_digit >= 5 { vr + 1 } else { vr };
        return (output, removed);
    }
    // The common case: no exactness to track.
    while vp / 10 > vm / 10 {
        last_removed_digit = vr % 10;
        vr /= 10;
        vp /= 10;
        vm /= 10;
        removed += 1;
    }
    let output = if vr == vm || last_removed_digit >= 5 { vr + 1 } else { vr };
    (output, removed)
}
