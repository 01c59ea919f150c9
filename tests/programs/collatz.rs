//! Collatz sequences: chain lengths with u64 arithmetic, the longest chain, and peaks.

fn collatz_len(start: u64) -> u32 {
    let mut n = start;
    let mut steps: u32 = 0;
    while n != 1 {
        n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
        steps += 1;
    }
    steps
}

fn collatz_peak(start: u64) -> u64 {
    let mut n = start;
    let mut peak = n;
    loop {
        if n == 1 {
            break peak;
        }
        if n & 1 == 0 {
            n >>= 1;
        } else {
            n = n * 3 + 1;
        }
        if n > peak {
            peak = n;
        }
    }
}

fn print_sequence(start: u64) {
    let mut n = start;
    print!("{}", n);
    while n != 1 {
        n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
        print!(" -> {}", n);
    }
    println!();
}

fn main() {
    print_sequence(6);
    print_sequence(27 - 20);
    for n in 1..=15 {
        println!("len({}) = {}", n, collatz_len(n));
    }
    let mut best: u64 = 1;
    let mut best_len: u32 = 0;
    for n in 1..100000 {
        let len = collatz_len(n);
        if len > best_len {
            best_len = len;
            best = n;
        }
    }
    println!("longest chain below 100000 starts at {} with {} steps", best, best_len);
    println!("peak of 27 is {}", collatz_peak(27));
    println!("peak of {} is {}", best, collatz_peak(best));
    let mut total: u64 = 0;
    for n in 1..=1000 {
        total += collatz_len(n) as u64;
    }
    println!("total steps for 1..=1000: {total}");
}
