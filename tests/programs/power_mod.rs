//! Modular exponentiation by squaring, Fermat and Miller-Rabin style checks, and naive wrapping powers.

fn mul_mod(a: u64, b: u64, m: u64) -> u64 {
    // Double-and-add so that nothing overflows even for moduli near 2^63.
    let mut result: u64 = 0;
    let mut x = a % m;
    let mut y = b;
    while y > 0 {
        if y & 1 == 1 {
            result = (result + x) % m;
        }
        x = (x + x) % m;
        y >>= 1;
    }
    result
}

fn pow_mod(base: u64, mut exp: u64, m: u64) -> u64 {
    if m == 1 {
        return 0;
    }
    let mut result: u64 = 1;
    let mut b = base % m;
    while exp > 0 {
        if exp % 2 == 1 {
            result = mul_mod(result, b, m);
        }
        b = mul_mod(b, b, m);
        exp /= 2;
    }
    result
}

fn wrapping_pow(base: i64, exp: u32) -> i64 {
    let mut r: i64 = 1;
    let mut i = 0;
    while i < exp {
        r *= base;
        i += 1;
    }
    r
}

fn fermat_probable_prime(n: u64) -> bool {
    if n < 4 {
        return n == 2 || n == 3;
    }
    pow_mod(2, n - 1, n) == 1 && pow_mod(3, n - 1, n) == 1
}

fn main() {
    println!("2^10 mod 1000 = {}", pow_mod(2, 10, 1000));
    println!("3^200 mod 13 = {}", pow_mod(3, 200, 13));
    println!("7^(10^18) mod 1000000007 = {}", pow_mod(7, 1000000000000000000, 1000000007));
    println!("5^117 mod 19 = {}", pow_mod(5, 117, 19));
    println!("big: {}", pow_mod(123456789, 987654321, 9223372036854775783));
    print!("Fermat probable primes in 1..60:");
    for n in 1..60 {
        if fermat_probable_prime(n) {
            print!(" {}", n);
        }
    }
    println!();
    // 561 is a Carmichael number: it fools base 2 but 3 divides it.
    println!("561: base 2 says {}, bases 2 and 3 say {}", pow_mod(2, 560, 561) == 1, fermat_probable_prime(561));
    println!("1000000007 probable prime: {}", fermat_probable_prime(1000000007));
    for e in 60..=66 {
        println!("3^{} wrapping in i64 = {}", e, wrapping_pow(3, e));
    }
    println!("(-2)^63 = {}, (-2)^64 = {}", wrapping_pow(-2, 63), wrapping_pow(-2, 64));
    let mut inv_ok = true;
    let p: u64 = 10007;
    for a in 1..200 {
        let inv = pow_mod(a, p - 2, p);
        if mul_mod(a, inv, p) != 1 {
            inv_ok = false;
        }
    }
    println!("modular inverses mod {p} all check: {inv_ok}");
}
