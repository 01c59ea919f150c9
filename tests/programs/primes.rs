//! Primes by trial division: a predicate, counting, the nth prime, twin primes and factorisation.

fn is_prime(n: u32) -> bool {
    if n < 2 {
        return false;
    }
    if n % 2 == 0 {
        return n == 2;
    }
    let mut d = 3;
    while d * d <= n {
        if n % d == 0 {
            return false;
        }
        d += 2;
    }
    true
}

fn nth_prime(n: u32) -> u32 {
    let mut count = 0;
    let mut candidate = 1;
    while count < n {
        candidate += 1;
        if is_prime(candidate) {
            count += 1;
        }
    }
    candidate
}

fn print_factors(mut n: u64) {
    print!("{} =", n);
    let mut first = true;
    let mut p: u64 = 2;
    while p * p <= n {
        while n % p == 0 {
            if first {
                print!(" {}", p);
                first = false;
            } else {
                print!(" * {}", p);
            }
            n /= p;
        }
        p += 1;
    }
    if n > 1 {
        if first {
            print!(" {}", n);
        } else {
            print!(" * {}", n);
        }
    }
    println!();
}

fn main() {
    print!("primes below 100:");
    for n in 0..100 {
        if is_prime(n) {
            print!(" {}", n);
        }
    }
    println!();

    let mut count = 0;
    for n in 0..10000 {
        if is_prime(n) {
            count += 1;
        }
    }
    println!("there are {} primes below 10000", count);

    for n in 1..=5 {
        let k = n * 200;
        println!("prime #{} is {}", k, nth_prime(k));
    }

    let mut twins = 0;
    let mut last_twin = 0;
    for p in 3..2000 {
        if is_prime(p) && is_prime(p + 2) {
            twins += 1;
            last_twin = p;
        }
    }
    println!("{twins} twin prime pairs below 2000, the last is ({}, {})", last_twin, last_twin + 2);

    print_factors(360);
    print_factors(97);
    print_factors(1001);
    print_factors(600851475143);
    print_factors(9999999967);
    print_factors(1);
}
