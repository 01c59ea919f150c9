//! Loop control: labeled break/continue, `loop` with break values, while, and inclusive/exclusive ranges.

fn first_triple_with_perimeter(p: i32) -> i32 {
    let mut found = 0;
    'outer: for a in 1..p {
        for b in a..p {
            let c = p - a - b;
            if c < b {
                continue 'outer;
            }
            if a * a + b * b == c * c {
                found = a * b * c;
                break 'outer;
            }
        }
    }
    found
}

fn count_primes_labeled(limit: u32) -> u32 {
    let mut count = 0;
    'candidates: for n in 2..limit {
        let mut d = 2;
        while d * d <= n {
            if n % d == 0 {
                continue 'candidates;
            }
            d += 1;
        }
        count += 1;
    }
    count
}

fn main() {
    println!("abc for perimeter 12: {}", first_triple_with_perimeter(12));
    println!("abc for perimeter 1000: {}", first_triple_with_perimeter(1000));
    println!("primes below 500: {}", count_primes_labeled(500));

    let mut n = 0;
    let first_square_over_1000 = loop {
        n += 1;
        if n * n > 1000 {
            break n * n;
        }
    };
    println!("first square over 1000: {}", first_square_over_1000);

    let mut row = 0;
    let position = 'search: loop {
        let mut col = 0;
        while col < 10 {
            if row * 10 + col == 37 {
                break 'search row * 100 + col;
            }
            col += 1;
        }
        row += 1;
    };
    println!("found at {}", position);

    'rows: for i in 1..=5 {
        for j in 1..=5 {
            if j > i {
                println!();
                continue 'rows;
            }
            print!("{} ", i * j);
        }
        println!("(full row)");
    }

    let mut total = 0;
    'outer: loop {
        let mut inner = 0;
        loop {
            inner += 1;
            total += inner;
            if total > 100 {
                break 'outer;
            }
            if inner == 4 {
                break;
            }
        }
        println!("total so far: {}", total);
    }
    println!("final total: {}", total);

    let mut countdown = 5;
    while countdown > 0 {
        print!("{}...", countdown);
        countdown -= 1;
    }
    println!("liftoff");

    let mut evens = 0;
    for k in 0..=10 {
        if k % 2 == 1 {
            continue;
        }
        evens += k;
    }
    let mut empty = 0;
    for _ in 5..5 {
        empty += 1;
    }
    for _ in 5..=4 {
        empty += 1;
    }
    println!("sum of evens to 10: {}, empty ranges ran {} times", evens, empty);
}
