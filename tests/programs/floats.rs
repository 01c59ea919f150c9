//! f64 arithmetic and Display: accumulation error, tiny and huge magnitudes, signed zero, NaN and infinities.

fn harmonic(n: i32) -> f64 {
    let mut s = 0.0;
    let mut k = 1;
    while k <= n {
        s += 1.0 / k as f64;
        k += 1;
    }
    s
}

fn describe(label: &str, x: f64) {
    println!("{}: {} (positive: {}, finite-looking: {})", label, x, x > 0.0, x == x && x - x == 0.0);
}

fn main() {
    let mut sum = 0.0;
    for _ in 0..10 {
        sum += 0.1;
    }
    println!("0.1 added ten times = {}", sum);
    println!("equals 1.0: {}", sum == 1.0);
    println!("0.1 + 0.2 = {}", 0.1 + 0.2);
    println!("1 / 3 = {}", 1.0 / 3.0);
    println!("2 / 3 = {}", 2.0 / 3.0);
    println!("100 / 4 = {}", 100.0 / 4.0);
    println!("harmonic(10) = {}", harmonic(10));
    println!("harmonic(1000) = {}", harmonic(1000));

    let mut x = 1.0;
    for k in 0..8 {
        println!("10^{} = {}, 10^-{} = {}", k * 3, x, k * 3, 1.0 / x);
        x *= 1000.0;
    }
    let big = 1e21;
    let huge = 1.7976931348623157e308;
    let tiny = 5e-324;
    println!("1e21 = {}", big);
    println!("1e22 + 1 = {}", big * 10.0 + 1.0);
    println!("max = {}", huge);
    println!("min subnormal = {}", tiny);
    println!("123456.789e3 = {}", 123456.789e3);
    println!("0.000001234 = {}", 0.000001234);

    let zero = 0.0;
    let neg_zero = -zero;
    println!("-0.0 = {}, equals 0.0: {}", neg_zero, neg_zero == zero);
    let inf = 1.0 / zero;
    let ninf = -1.0 / zero;
    let nan = zero / zero;
    describe("inf", inf);
    describe("-inf", ninf);
    describe("nan", nan);
    describe("huge * 10", huge * 10.0);
    describe("-7.5", -7.5);
    println!("nan == nan: {}, nan < 1: {}, nan > 1: {}, nan != nan: {}", nan == nan, nan < 1.0, nan > 1.0, nan != nan);
    println!("inf - inf = {}", inf - inf);

    // Compound interest, a typical accumulation.
    let mut balance = 1000.0;
    let rate = 0.035;
    for year in 1..=10 {
        balance = balance * (1.0 + rate);
        if year % 2 == 0 {
            println!("year {}: {}", year, balance);
        }
    }
    let mut y = 1.0;
    let mut halvings = 0;
    while y / 2.0 != 0.0 {
        y /= 2.0;
        halvings += 1;
    }
    println!("halvings until underflow: {}, last value {}", halvings, y);
}
