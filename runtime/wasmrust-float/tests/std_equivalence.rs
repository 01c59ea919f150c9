//! Differential tests: every formatting function against std's `format!` on special values,
//! powers of two and ten, boundaries, integers, exact ties and random bit patterns.
//!
//! Each buffer is exactly the documented maximum length, so a wrong bound fails as an index
//! out of bounds. `WASMRUST_FLOAT_ITERATIONS` scales the random rounds (default 200 000 per
//! function and type) for longer runs in release mode.

// Literals like 1125899906842624.25 are exact binary values on purpose (ties).
#![allow(clippy::excessive_precision)]

use std::fmt::Write as _;

use wasmrust_float as float;

/// xorshift64*: tiny, deterministic, good enough to spread bit patterns.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

fn iterations() -> usize {
    std::env::var("WASMRUST_FLOAT_ITERATIONS").ok().and_then(|s| s.parse().ok()).unwrap_or(200_000)
}

/// Collects mismatches (up to a few) and fails with all of them at the end.
#[derive(Default)]
struct Checker {
    failures: Vec<String>,
    count: usize,
}

impl Checker {
    fn check(&mut self, what: &str, bits: u64, ours: &[u8], expected: &str) {
        self.count += 1;
        if ours != expected.as_bytes() && self.failures.len() < 20 {
            self.failures.push(format!(
                "{what} of bits {bits:#018x}: std {expected:?}, ours {:?}",
                String::from_utf8_lossy(ours)
            ));
        }
    }

    fn finish(self) {
        if !self.failures.is_empty() {
            let mut msg = format!("{} mismatches (first ones):\n", self.failures.len());
            for f in &self.failures {
                writeln!(msg, "  {f}").unwrap();
            }
            panic!("{msg}");
        }
        assert!(self.count > 0);
    }
}

fn run(max: usize, f: impl FnOnce(&mut [u8]) -> usize) -> Vec<u8> {
    let mut buf = vec![0u8; max];
    let n = f(&mut buf);
    buf.truncate(n);
    buf
}

// One helper per function and type: ours, std's, compared.

fn f64_shortest(c: &mut Checker, v: f64) {
    let b = v.to_bits();
    let ours = run(float::F64_DISPLAY_MAX_LEN, |buf| float::fmt_f64_display(v, buf));
    c.check("{}", b, &ours, &format!("{v}"));
    let ours = run(float::F64_DEBUG_MAX_LEN, |buf| float::fmt_f64_debug(v, buf));
    c.check("{:?}", b, &ours, &format!("{v:?}"));
    let max = float::f64_exp_max_len(false, 0);
    let ours = run(max, |buf| float::fmt_f64_exp(v, false, 0, false, buf));
    c.check("{:e}", b, &ours, &format!("{v:e}"));
    let ours = run(max, |buf| float::fmt_f64_exp(v, false, 0, true, buf));
    c.check("{:E}", b, &ours, &format!("{v:E}"));
}

fn f64_precision(c: &mut Checker, v: f64, prec: usize, upper: bool) {
    let b = v.to_bits();
    let ours = run(float::f64_fixed_max_len(prec), |buf| float::fmt_f64_fixed(v, prec, buf));
    c.check(&format!("{{:.{prec}}}"), b, &ours, &format!("{v:.prec$}"));
    c.check(&format!("{{:.{prec}?}}"), b, &ours, &format!("{v:.prec$?}"));
    let ours = run(float::f64_exp_max_len(true, prec), |buf| float::fmt_f64_exp(v, true, prec, upper, buf));
    if upper {
        c.check(&format!("{{:.{prec}E}}"), b, &ours, &format!("{v:.prec$E}"));
    } else {
        c.check(&format!("{{:.{prec}e}}"), b, &ours, &format!("{v:.prec$e}"));
    }
}

fn f32_shortest(c: &mut Checker, v: f32) {
    let b = v.to_bits() as u64;
    let ours = run(float::F32_DISPLAY_MAX_LEN, |buf| float::fmt_f32_display(v, buf));
    c.check("{}", b, &ours, &format!("{v}"));
    let ours = run(float::F32_DEBUG_MAX_LEN, |buf| float::fmt_f32_debug(v, buf));
    c.check("{:?}", b, &ours, &format!("{v:?}"));
    let max = float::f32_exp_max_len(false, 0);
    let ours = run(max, |buf| float::fmt_f32_exp(v, false, 0, false, buf));
    c.check("{:e}", b, &ours, &format!("{v:e}"));
    let ours = run(max, |buf| float::fmt_f32_exp(v, false, 0, true, buf));
    c.check("{:E}", b, &ours, &format!("{v:E}"));
}

fn f32_precision(c: &mut Checker, v: f32, prec: usize, upper: bool) {
    let b = v.to_bits() as u64;
    let ours = run(float::f32_fixed_max_len(prec), |buf| float::fmt_f32_fixed(v, prec, buf));
    c.check(&format!("{{:.{prec}}}"), b, &ours, &format!("{v:.prec$}"));
    c.check(&format!("{{:.{prec}?}}"), b, &ours, &format!("{v:.prec$?}"));
    let ours = run(float::f32_exp_max_len(true, prec), |buf| float::fmt_f32_exp(v, true, prec, upper, buf));
    if upper {
        c.check(&format!("{{:.{prec}E}}"), b, &ours, &format!("{v:.prec$E}"));
    } else {
        c.check(&format!("{{:.{prec}e}}"), b, &ours, &format!("{v:.prec$e}"));
    }
}

/// Hand-picked values and boundaries for f64, with their bit neighbours and negations.
fn f64_edge_values() -> Vec<f64> {
    let mut base = vec![
        0.0,
        f64::NAN,
        -f64::NAN,
        f64::INFINITY,
        f64::MIN_POSITIVE,
        f64::MAX,
        f64::EPSILON,
        f64::from_bits(1),
        f64::from_bits(2),
        f64::from_bits(3),
        f64::from_bits(0x000F_FFFF_FFFF_FFFF),
        1e-4,
        1e16,
        0.1,
        0.2,
        0.3,
        1.0 / 3.0,
        2.0 / 3.0,
        0.25,
        0.5,
        1.5,
        2.5,
        0.05,
        0.15,
        9.96,
        9.5,
        99.5,
        0.95,
        1125899906842624.25,
        1125899906842624.75,
        562949953421312.125,
        2251799813685248.5,
        9007199254740991.0,
        9007199254740992.0,
        9007199254740993.0,
        123456789.0,
        std::f64::consts::PI,
        std::f64::consts::E,
        5e-324,
        1.7976931348623157e308,
        2.2250738585072014e-308,
        2.225073858507201e-308,
    ];
    for k in 0..2047u64 {
        base.push(f64::from_bits(k << 52));
    }
    for i in 0..52 {
        base.push(f64::from_bits(1 << i));
    }
    for k in -325..=309 {
        base.push(format!("1e{k}").parse().unwrap());
        base.push(format!("5e{k}").parse().unwrap());
    }
    for i in 0..=1000 {
        base.push(i as f64);
        base.push(i as f64 / 8.0);
        base.push(i as f64 / 100.0);
    }
    for i in 0..64 {
        base.push((1u64 << i) as f64 - 1.0);
        base.push(10u64.pow((i % 20) as u32) as f64 * 0.5);
    }
    let mut all = Vec::new();
    for v in base {
        let b = v.to_bits();
        for n in [b.wrapping_sub(1), b, b.wrapping_add(1)] {
            let w = f64::from_bits(n);
            all.push(w);
            all.push(-w);
        }
    }
    all
}

fn f32_edge_values() -> Vec<f32> {
    let mut base = vec![
        0.0,
        f32::NAN,
        -f32::NAN,
        f32::INFINITY,
        f32::MIN_POSITIVE,
        f32::MAX,
        f32::EPSILON,
        f32::from_bits(1),
        f32::from_bits(2),
        f32::from_bits(0x007F_FFFF),
        1e-4,
        1e16,
        0.1,
        0.2,
        0.3,
        1.0 / 3.0,
        0.25,
        0.5,
        1.5,
        2.5,
        9.96,
        1048576.25,
        1048576.75,
        2097152.5,
        16777215.0,
        16777216.0,
        std::f32::consts::PI,
        1e-45,
        3.4028235e38,
    ];
    for k in 0..255u32 {
        base.push(f32::from_bits(k << 23));
    }
    for i in 0..23 {
        base.push(f32::from_bits(1 << i));
    }
    for k in -46..=39 {
        base.push(format!("1e{k}").parse().unwrap());
        base.push(format!("5e{k}").parse().unwrap());
    }
    for i in 0..=1000 {
        base.push(i as f32);
        base.push(i as f32 / 8.0);
        base.push(i as f32 / 100.0);
    }
    let mut all = Vec::new();
    for v in base {
        let b = v.to_bits();
        for n in [b.wrapping_sub(1), b, b.wrapping_add(1)] {
            let w = f32::from_bits(n);
            all.push(w);
            all.push(-w);
        }
    }
    all
}

/// A random f64: half fully random bits; half with a short mantissa (low bits cleared),
/// which is where exact decimals, exact ties and round-trip boundaries live.
fn random_f64(rng: &mut Rng) -> f64 {
    let bits = rng.next();
    if rng.next() & 1 == 0 {
        f64::from_bits(bits)
    } else {
        let clear = rng.below(53);
        f64::from_bits(bits & !((1u64 << clear) - 1))
    }
}

fn random_f32(rng: &mut Rng) -> f32 {
    let bits = rng.next() as u32;
    if rng.next() & 1 == 0 {
        f32::from_bits(bits)
    } else {
        let clear = rng.below(24) as u32;
        f32::from_bits(bits & !((1u32 << clear) - 1))
    }
}

#[test]
fn f64_edges() {
    let mut c = Checker::default();
    for v in f64_edge_values() {
        f64_shortest(&mut c, v);
        for prec in [0, 1, 2, 3, 5, 17, 20, 30] {
            f64_precision(&mut c, v, prec, prec % 2 == 0);
        }
    }
    c.finish();
}

#[test]
fn f32_edges() {
    let mut c = Checker::default();
    for v in f32_edge_values() {
        f32_shortest(&mut c, v);
        for prec in [0, 1, 2, 3, 5, 9, 20, 30] {
            f32_precision(&mut c, v, prec, prec % 2 == 0);
        }
    }
    c.finish();
}

/// Exact ties in shortest mode: `x.25` and `x.75` where the rounding interval admits both
/// neighbours at one digit (std rounds them up, Ryū would pick the even one).
#[test]
fn shortest_ties() {
    let mut c = Checker::default();
    let mut ties = 0;
    for scale in 45..53 {
        for i in 0..200u64 {
            let base = (1u64 << scale) + i * 977;
            for num in 0..16 {
                let v = base as f64 + num as f64 / 16.0;
                f64_shortest(&mut c, v);
                ties += is_tie(&format!("{v}"), &format!("{v:.10}")) as usize;
            }
        }
    }
    for scale in 16..24 {
        for i in 0..200u32 {
            let base = (1u32 << scale) + i * 97;
            for num in 0..16 {
                let v = base as f32 + num as f32 / 16.0;
                f32_shortest(&mut c, v);
                ties += is_tie(&format!("{v}"), &format!("{v:.10}")) as usize;
            }
        }
    }
    c.finish();
    // The values above are only a test of ties if many of them are ties.
    assert!(ties > 1000, "only {ties} exact ties");
}

/// Whether the exact value (`exact`, with trailing zeros) lies exactly halfway between the
/// shortest output's last digit and its neighbour: one more digit, a 5, then zeros.
fn is_tie(shortest: &str, exact: &str) -> bool {
    let frac = |s: &str| s.split_once('.').map_or(String::new(), |(_, f)| f.to_string());
    let short = frac(shortest);
    let exact = frac(exact);
    let exact = exact.trim_end_matches('0');
    exact.len() == short.len() + 1 && exact.ends_with('5')
}

#[test]
fn f64_random_shortest() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut c = Checker::default();
    for _ in 0..iterations() {
        f64_shortest(&mut c, random_f64(&mut rng));
    }
    c.finish();
}

#[test]
fn f64_random_precision() {
    let mut rng = Rng(0xD1B5_4A32_D192_ED03);
    let mut c = Checker::default();
    for _ in 0..iterations() {
        let v = random_f64(&mut rng);
        let prec = rng.below(31) as usize;
        f64_precision(&mut c, v, prec, rng.next() & 1 == 0);
    }
    c.finish();
}

#[test]
fn f32_random_shortest() {
    let mut rng = Rng(0x2545_F491_4F6C_DD1D);
    let mut c = Checker::default();
    for _ in 0..iterations() {
        f32_shortest(&mut c, random_f32(&mut rng));
    }
    c.finish();
}

#[test]
fn f32_random_precision() {
    let mut rng = Rng(0x0123_4567_89AB_CDEF);
    let mut c = Checker::default();
    for _ in 0..iterations() {
        let v = random_f32(&mut rng);
        let prec = rng.below(31) as usize;
        f32_precision(&mut c, v, prec, rng.next() & 1 == 0);
    }
    c.finish();
}

/// Precisions reaching every digit of the exact expansion (1074 fraction digits and 767
/// significant ones for f64, 149 and 112 for f32) and beyond.
#[test]
fn huge_precisions() {
    let mut c = Checker::default();
    let f64s = [
        f64::from_bits(1),
        f64::from_bits(0x000F_FFFF_FFFF_FFFF),
        f64::MIN_POSITIVE,
        f64::MAX,
        0.1,
        1.0 / 3.0,
        1e-300,
        123.456,
    ];
    for v in f64s {
        for prec in [300, 766, 767, 768, 1073, 1074, 1075, 1100, 1500] {
            f64_precision(&mut c, v, prec, false);
            f64_precision(&mut c, -v, prec, true);
        }
    }
    let f32s = [f32::from_bits(1), f32::MIN_POSITIVE, f32::MAX, 0.1, 1.0 / 3.0, 1e-30];
    for v in f32s {
        for prec in [40, 111, 112, 113, 148, 149, 150, 200] {
            f32_precision(&mut c, v, prec, false);
            f32_precision(&mut c, -v, prec, true);
        }
    }
    let mut rng = Rng(0xA076_1D64_78BD_642F);
    for _ in 0..iterations() / 100 {
        let prec = rng.below(1101) as usize;
        f64_precision(&mut c, random_f64(&mut rng), prec, false);
        let prec = rng.below(151) as usize;
        f32_precision(&mut c, random_f32(&mut rng), prec, true);
    }
    c.finish();
}

/// The small-table powers of five that Ryū rebuilds match their definitions for every
/// index f64 uses: `5^i` cut to 125 bits for i <= 325, and `floor(2^(pow5bits(i) - 1 + 125)
/// / 5^i) + 1` for i <= 290.
#[test]
fn ryu_tables() {
    fn pow5bits(e: u32) -> u32 {
        ((e * 1217359) >> 19) + 1
    }
    let mut pow = Big::from(1);
    for i in 0..=341u32 {
        let bits = pow5bits(i);
        if i <= 325 {
            let expected = if bits >= 125 { pow.shr(bits - 125) } else { pow.shl(125 - bits) };
            let (lo, hi) = float::ryu_pow5(i);
            assert_eq!(Big::from_pair(lo, hi), expected, "5^{i}");
        }
        if i <= 290 {
            // inv - 1 = floor(2^n / 5^i)  <=>  (inv - 1) * 5^i <= 2^n < inv * 5^i.
            let n = bits - 1 + 125;
            let (lo, hi) = float::ryu_inv_pow5(i);
            let inv = (hi as u128) << 64 | lo as u128;
            let two_n = Big::from(1).shl(n);
            assert!(pow.mul(&Big::from_u128(inv - 1)) <= two_n, "1/5^{i} too big");
            assert!(pow.mul(&Big::from_u128(inv)) > two_n, "1/5^{i} too small");
        }
        pow = pow.mul(&Big::from(5));
    }
}

/// Just enough unsigned bignum for `ryu_tables`: little-endian 32-bit limbs, no leading
/// zero limbs, so derived equality and `cmp` on (len, limbs reversed) are numeric.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Big(Vec<u32>);

impl Big {
    fn from(x: u32) -> Big {
        Big::from_u128(x as u128)
    }

    fn from_pair(lo: u64, hi: u64) -> Big {
        Big::from_u128((hi as u128) << 64 | lo as u128)
    }

    fn from_u128(x: u128) -> Big {
        Big((0..4).map(|i| (x >> (32 * i)) as u32).collect()).trimmed()
    }

    fn trimmed(mut self) -> Big {
        while self.0.last() == Some(&0) {
            self.0.pop();
        }
        self
    }

    fn mul(&self, other: &Big) -> Big {
        let mut out = vec![0u32; self.0.len() + other.0.len() + 1];
        for (i, &a) in self.0.iter().enumerate() {
            let mut carry = 0u64;
            for (j, &b) in other.0.iter().enumerate() {
                let t = out[i + j] as u64 + a as u64 * b as u64 + carry;
                out[i + j] = t as u32;
                carry = t >> 32;
            }
            out[i + other.0.len()] = carry as u32;
        }
        Big(out).trimmed()
    }

    fn shl(&self, n: u32) -> Big {
        let mut out = vec![0u32; (n / 32) as usize];
        let b = n % 32;
        let mut carry = 0u32;
        for &w in &self.0 {
            out.push(if b == 0 { w } else { w << b | carry });
            carry = if b == 0 { 0 } else { w >> (32 - b) };
        }
        out.push(carry);
        Big(out).trimmed()
    }

    fn shr(&self, n: u32) -> Big {
        let words = (n / 32) as usize;
        let b = n % 32;
        let src = &self.0[words.min(self.0.len())..];
        let out = (0..src.len())
            .map(|i| {
                let hi = src.get(i + 1).copied().unwrap_or(0) as u64;
                (((hi << 32) | src[i] as u64) >> b) as u32
            })
            .collect();
        Big(out).trimmed()
    }
}

impl PartialOrd for Big {
    fn partial_cmp(&self, other: &Big) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Big {
    fn cmp(&self, other: &Big) -> std::cmp::Ordering {
        self.0.len().cmp(&other.0.len()).then_with(|| self.0.iter().rev().cmp(other.0.iter().rev()))
    }
}
