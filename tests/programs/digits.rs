//! Decimal digit games: digit sums, reversal, palindromes, Armstrong numbers and digital roots.

fn digit_sum(mut n: u64) -> u64 {
    let mut s = 0;
    while n > 0 {
        s += n % 10;
        n /= 10;
    }
    s
}

fn reverse(mut n: u64) -> u64 {
    let mut r: u64 = 0;
    while n != 0 {
        r = r * 10 + n % 10;
        n /= 10;
    }
    r
}

fn num_digits(n: u64) -> u32 {
    if n < 10 { 1 } else { 1 + num_digits(n / 10) }
}

fn power(base: u64, exp: u32) -> u64 {
    let mut result = 1;
    for _ in 0..exp {
        result *= base;
    }
    result
}

fn is_armstrong(n: u64) -> bool {
    let k = num_digits(n);
    let mut m = n;
    let mut total = 0;
    while m > 0 {
        total += power(m % 10, k);
        m /= 10;
    }
    total == n
}

fn digital_root(n: u64) -> u64 {
    let mut x = n;
    while x >= 10 {
        x = digit_sum(x);
    }
    x
}

fn main() {
    let n: u64 = 9876543210;
    println!("digit_sum({}) = {}", n, digit_sum(n));
    println!("reverse({}) = {}", n, reverse(n));
    println!("reverse(1200) = {}", reverse(1200));
    println!("digits of 0, 9, 10, 18446744073709551615: {} {} {} {}", num_digits(0), num_digits(9), num_digits(10), num_digits(18446744073709551615));

    print!("palindromes 100..=200:");
    for k in 100..=200 {
        if reverse(k) == k {
            print!(" {}", k);
        }
    }
    println!();

    print!("armstrong numbers below 100000:");
    for k in 1..100000 {
        if is_armstrong(k) {
            print!(" {}", k);
        }
    }
    println!();

    // Reverse-and-add until a palindrome appears (196 famously never does; we stop early).
    for start in 85..=90 {
        let mut x: u64 = start;
        let mut steps = 0;
        while reverse(x) != x && steps < 30 {
            x += reverse(x);
            steps += 1;
        }
        println!("{} reaches palindrome {} in {} steps", start, x, steps);
    }

    for k in 9990..=10000 {
        print!("{} ", digital_root(k));
    }
    println!();
    let mut harshad = 0;
    for k in 1..=1000 {
        if k % digit_sum(k) == 0 {
            harshad += 1;
        }
    }
    println!("{harshad} Harshad numbers up to 1000");
}
