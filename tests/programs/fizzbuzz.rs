//! FizzBuzz three ways: print! pieces, an if-expression choosing a &str, and a counting variant.

fn fizzbuzz_line(n: u32) {
    let fizz = n % 3 == 0;
    let buzz = n % 5 == 0;
    if fizz {
        print!("Fizz");
    }
    if buzz {
        print!("Buzz");
    }
    if !fizz && !buzz {
        print!("{}", n);
    }
    println!();
}

fn shout(word: &str, n: u32) {
    println!("{n}: {word}");
}

fn main() {
    for n in 1..=30 {
        fizzbuzz_line(n);
    }
    for n in 31..=45 {
        let word = if n % 15 == 0 {
            "FizzBuzz"
        } else if n % 3 == 0 {
            "Fizz"
        } else if n % 5 == 0 {
            "Buzz"
        } else {
            ""
        };
        if n % 3 == 0 || n % 5 == 0 {
            shout(word, n);
        } else {
            println!("{}: -", n);
        }
    }
    let mut fizz = 0;
    let mut buzz = 0;
    let mut fizzbuzz = 0;
    let mut plain = 0;
    let mut n = 1;
    while n <= 1000 {
        if n % 15 == 0 {
            fizzbuzz += 1;
        } else if n % 3 == 0 {
            fizz += 1;
        } else if n % 5 == 0 {
            buzz += 1;
        } else {
            plain += 1;
        }
        n += 1;
    }
    println!("in 1..=1000: {} fizz, {} buzz, {} fizzbuzz, {} plain", fizz, buzz, fizzbuzz, plain);
    println!("check: {}", fizz + buzz + fizzbuzz + plain == 1000);
}
