//! Greatest common divisors (recursive, iterative, binary with shifts), lcm of ranges and Euler's totient.

fn gcd_rec(a: u64, b: u64) -> u64 {
    if b == 0 { a } else { gcd_rec(b, a % b) }
}

fn gcd_iter(mut a: i64, mut b: i64) -> i64 {
    if a < 0 {
        a = -a;
    }
    if b < 0 {
        b = -b;
    }
    while b != 0 {
        let t = a % b;
        a = b;
        b = t;
    }
    a
}

fn gcd_binary(mut a: u32, mut b: u32) -> u32 {
    if a == 0 {
        return b;
    }
    if b == 0 {
        return a;
    }
    let mut shift = 0;
    while (a | b) & 1 == 0 {
        a >>= 1;
        b >>= 1;
        shift += 1;
    }
    while a & 1 == 0 {
        a >>= 1;
    }
    loop {
        while b & 1 == 0 {
            b >>= 1;
        }
        if a > b {
            let t = a;
            a = b;
            b = t;
        }
        b -= a;
        if b == 0 {
            break;
        }
    }
    a << shift
}

fn lcm(a: u64, b: u64) -> u64 {
    a / gcd_rec(a, b) * b
}

fn totient(n: u32) -> u32 {
    let mut count = 0;
    for k in 1..=n {
        if gcd_binary(k, n) == 1 {
            count += 1;
        }
    }
    count
}

fn main() {
    println!("gcd(48, 18) = {}", gcd_rec(48, 18));
    println!("gcd(-48, 18) = {}", gcd_iter(-48, 18));
    println!("gcd(17, -5) = {}", gcd_iter(17, -5));
    println!("gcd(0, 9) = {}", gcd_binary(0, 9));
    println!("gcd(1071, 462) = {} {} {}", gcd_rec(1071, 462), gcd_iter(1071, 462), gcd_binary(1071, 462));
    let mut mismatches = 0;
    for a in 0..60 {
        for b in 0..60 {
            let x = gcd_rec(a, b);
            let y = gcd_iter(a as i64, b as i64) as u64;
            let z = gcd_binary(a as u32, b as u32) as u64;
            if x != y || y != z {
                mismatches += 1;
            }
        }
    }
    println!("mismatches between the three gcds: {mismatches}");

    let mut acc: u64 = 1;
    for k in 1..=40 {
        acc = lcm(acc, k);
        if k % 5 == 0 {
            println!("lcm(1..={}) = {}", k, acc);
        }
    }
    for n in 1..=12 {
        print!("phi({})={} ", n, totient(n));
    }
    println!();
    let mut sum: u64 = 0;
    for n in 1..=300 {
        sum += totient(n) as u64;
    }
    println!("sum of phi(1..=300) = {}", sum);
}
