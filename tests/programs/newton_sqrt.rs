//! Square roots in f64 by Newton's method and by bisection, printed with Rust's shortest round-trip Display.

fn abs(x: f64) -> f64 {
    if x < 0.0 { -x } else { x }
}

fn newton_sqrt(a: f64) -> f64 {
    if a == 0.0 {
        return 0.0;
    }
    let mut x = if a > 1.0 { a / 2.0 } else { 1.0 };
    let mut iterations = 0;
    loop {
        let next = 0.5 * (x + a / x);
        iterations += 1;
        if next == x || iterations > 100 {
            break;
        }
        // Newton's iteration can oscillate between two neighbouring floats; stop there too.
        if abs(next - x) < 1e-15 * x {
            x = next;
            break;
        }
        x = next;
    }
    x
}

fn bisect_sqrt(a: f64) -> f64 {
    let mut lo = 0.0;
    let mut hi = if a > 1.0 { a } else { 1.0 };
    for _ in 0..200 {
        let mid = (lo + hi) / 2.0;
        if mid * mid < a {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    hi
}

fn newton_steps(a: f64, steps: i32) {
    let mut x = a;
    print!("sqrt({}) by {} Newton steps:", a, steps);
    let mut i = 0;
    while i < steps {
        x = (x + a / x) / 2.0;
        print!(" {}", x);
        i += 1;
    }
    println!();
}

fn main() {
    let values = 10;
    for k in 0..values {
        let a = (k * k + 1) as f64 / 4.0;
        let n = newton_sqrt(a);
        let b = bisect_sqrt(a);
        println!("a = {}: newton {} bisect {} diff {} square {}", a, n, b, abs(n - b), n * n);
    }
    println!("sqrt(2) = {}", newton_sqrt(2.0));
    println!("sqrt(1e10) = {}", newton_sqrt(10000000000.0));
    println!("sqrt(0.0001) = {}", newton_sqrt(0.0001));
    println!("sqrt(123456789.0) = {}", newton_sqrt(123456789.0));
    newton_steps(2.0, 6);
    newton_steps(10.0, 5);
    let golden = (1.0 + newton_sqrt(5.0)) / 2.0;
    println!("golden ratio = {golden}, phi^2 - phi = {}", golden * golden - golden);
}
