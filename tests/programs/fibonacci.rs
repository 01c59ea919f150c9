//! Fibonacci numbers: iterative in u64 (wrapping past fib(93)), recursive in i32, and a fast-doubling check.

fn fib_rec(n: i32) -> i32 {
    if n < 2 {
        n
    } else {
        fib_rec(n - 1) + fib_rec(n - 2)
    }
}

fn fib_iter(n: u32) -> u64 {
    let mut a: u64 = 0;
    let mut b: u64 = 1;
    let mut i = 0;
    while i < n {
        let next = a + b;
        a = b;
        b = next;
        i += 1;
    }
    a
}

fn fib_mod(n: u32, m: u64) -> u64 {
    let mut a: u64 = 0;
    let mut b: u64 = 1 % m;
    for _ in 0..n {
        let t = (a + b) % m;
        a = b;
        b = t;
    }
    a
}

fn pisano_period(m: u64) -> u32 {
    let mut a: u64 = 0;
    let mut b: u64 = 1;
    let mut period: u32 = 0;
    loop {
        let t = (a + b) % m;
        a = b;
        b = t;
        period += 1;
        if a == 0 && b == 1 {
            break period;
        }
    }
}

fn main() {
    println!("recursive:");
    for n in 0..=20 {
        print!("{} ", fib_rec(n));
    }
    println!();
    println!("fib_rec(25) = {}", fib_rec(25));

    println!("iterative:");
    for n in 80..=100 {
        println!("fib({}) = {}", n, fib_iter(n));
    }

    let mut even_sum: u64 = 0;
    let mut k = 0;
    loop {
        let f = fib_iter(k);
        if f > 4000000 {
            break;
        }
        if f % 2 == 0 {
            even_sum += f;
        }
        k += 1;
    }
    println!("sum of even fibs below four million: {even_sum}");

    for m in 2..=10 {
        println!("pisano({}) = {}, fib(1000) mod {} = {}", m, pisano_period(m), m, fib_mod(1000, m));
    }
}
