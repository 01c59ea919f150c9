//! Integer square and cube roots by bisection over u64, checked against their definitions.

fn isqrt(n: u64) -> u64 {
    let mut lo: u64 = 0;
    let mut hi: u64 = if n < 4294967295 { n + 1 } else { 4294967296 };
    // Invariant: lo * lo <= n < hi * hi.
    while hi - lo > 1 {
        let mid = lo + (hi - lo) / 2;
        if mid * mid <= n {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    lo
}

fn icbrt(n: u64) -> u64 {
    let mut lo: u64 = 0;
    let mut hi: u64 = 2642245;
    while lo < hi {
        let mid = (lo + hi + 1) / 2;
        if mid * mid * mid <= n {
            lo = mid;
        } else {
            hi = mid - 1;
        }
    }
    lo
}

fn is_square(n: u64) -> bool {
    let r = isqrt(n);
    r * r == n
}

fn main() {
    for n in 0..=20 {
        print!("{} ", isqrt(n));
    }
    println!();
    let big: u64 = 18446744073709551615;
    println!("isqrt({}) = {}", big, isqrt(big));
    println!("isqrt(10^18) = {}", isqrt(1000000000000000000));
    println!("isqrt(2 * 10^12) = {}", isqrt(2000000000000));
    println!("icbrt(10^18) = {}", icbrt(1000000000000000000));
    println!("icbrt(12345678912345) = {}", icbrt(12345678912345));
    let mut bad = 0;
    for n in 0..5000 {
        let r = isqrt(n);
        if !(r * r <= n && (r + 1) * (r + 1) > n) {
            bad += 1;
        }
        let c = icbrt(n);
        if !(c * c * c <= n && (c + 1) * (c + 1) * (c + 1) > n) {
            bad += 1;
        }
    }
    println!("violations: {}", bad);
    print!("squares below 300:");
    for n in 1..300 {
        if is_square(n) {
            print!(" {}", n);
        }
    }
    println!();
    let mut count = 0;
    for a in 1..=50 {
        for b in a..=50 {
            let c2 = a * a + b * b;
            if is_square(c2) && isqrt(c2) <= 50 {
                count += 1;
                println!("{}^2 + {}^2 = {}^2", a, b, isqrt(c2));
            }
        }
    }
    println!("{count} triples");
}
