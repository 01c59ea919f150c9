//! Divisor sums: perfect, abundant and deficient numbers, amicable pairs and the aliquot sequence of 12.

fn divisor_sum(n: u32) -> u32 {
    if n < 2 {
        return 0;
    }
    let mut sum = 1;
    let mut d = 2;
    while d * d <= n {
        if n % d == 0 {
            sum += d;
            let other = n / d;
            if other != d {
                sum += other;
            }
        }
        d += 1;
    }
    sum
}

fn classify(n: u32) -> i32 {
    let s = divisor_sum(n);
    if s == n {
        0
    } else if s > n {
        1
    } else {
        -1
    }
}

fn main() {
    let mut perfect = 0;
    let mut abundant = 0;
    let mut deficient = 0;
    for n in 1..=10000 {
        let c = classify(n);
        if c == 0 {
            perfect += 1;
            println!("{} is perfect", n);
        } else if c > 0 {
            abundant += 1;
        } else {
            deficient += 1;
        }
    }
    println!("up to 10000: {perfect} perfect, {abundant} abundant, {deficient} deficient");

    for a in 2..10000 {
        let b = divisor_sum(a);
        if b > a && b < 20000 && divisor_sum(b) == a {
            println!("amicable pair: {} and {}", a, b);
        }
    }

    print!("aliquot sequence of 12:");
    let mut x = 12;
    let mut steps = 0;
    while x != 0 && steps < 20 {
        print!(" {}", x);
        x = divisor_sum(x);
        steps += 1;
    }
    println!(" {}", x);

    let mut first_odd_abundant = 0;
    let mut n = 1;
    while first_odd_abundant == 0 {
        if classify(n) > 0 {
            first_odd_abundant = n;
        }
        n += 2;
    }
    println!("first odd abundant number: {}", first_odd_abundant);
}
