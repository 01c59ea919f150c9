//! Release-mode integer overflow wraps at every width: adds, subtracts, multiplies, negation and hashing.

fn add_u8(a: u8, b: u8) -> u8 {
    a + b
}

fn sub_u8(a: u8, b: u8) -> u8 {
    a - b
}

fn mul_i8(a: i8, b: i8) -> i8 {
    a * b
}

fn add_i16(a: i16, b: i16) -> i16 {
    a + b
}

fn mul_u16(a: u16, b: u16) -> u16 {
    a * b
}

fn add_i32(a: i32, b: i32) -> i32 {
    a + b
}

fn neg_i32(a: i32) -> i32 {
    -a
}

fn sub_u32(a: u32, b: u32) -> u32 {
    a - b
}

fn mul_i64(a: i64, b: i64) -> i64 {
    a * b
}

fn add_u64(a: u64, b: u64) -> u64 {
    a + b
}

fn fnv1a(seed: u64, rounds: u32) -> u64 {
    let mut hash: u64 = 14695981039346656037;
    let mut byte = seed;
    for _ in 0..rounds {
        hash ^= byte & 255;
        hash *= 1099511628211;
        byte = byte * 31 + 7;
    }
    hash
}

fn djb2(len: u32) -> u32 {
    let mut h: u32 = 5381;
    let mut c: u32 = 97;
    for _ in 0..len {
        h = (h << 5) + h + c;
        c = if c == 122 { 97 } else { c + 1 };
    }
    h
}

fn main() {
    println!("u8: 250 + 10 = {}, 3 - 5 = {}, 255 + 255 = {}", add_u8(250, 10), sub_u8(3, 5), add_u8(255, 255));
    println!("i8: 16 * 8 = {}, -128 * -1 = {}, 100 * 3 = {}", mul_i8(16, 8), mul_i8(-128, -1), mul_i8(100, 3));
    println!("i16: 32767 + 1 = {}, -32768 + -1 = {}", add_i16(32767, 1), add_i16(-32768, -1));
    println!("u16: 300 * 300 = {}, 65535 * 65535 = {}", mul_u16(300, 300), mul_u16(65535, 65535));
    println!("i32: 2147483647 + 1 = {}, -(-2147483648) = {}", add_i32(2147483647, 1), neg_i32(-2147483648));
    println!("u32: 0 - 1 = {}, 5 - 10 = {}", sub_u32(0, 1), sub_u32(5, 10));
    println!("i64: 3037000500 * 3037000500 = {}", mul_i64(3037000500, 3037000500));
    println!("i64: -9223372036854775808 * -1 = {}", mul_i64(-9223372036854775808, -1));
    println!("u64: max + 2 = {}", add_u64(18446744073709551615, 2));

    let mut factorial: i32 = 1;
    for n in 1..=20 {
        factorial *= n;
        if n >= 12 {
            println!("{}! in i32 = {}", n, factorial);
        }
    }
    let mut f64bit: u64 = 1;
    for n in 1..=25 {
        f64bit *= n;
    }
    println!("25! in u64 = {}", f64bit);

    let mut counter: u8 = 0;
    let mut wraps = 0;
    for _ in 0..1000 {
        let before = counter;
        counter += 7;
        if counter < before {
            wraps += 1;
        }
    }
    println!("u8 counter after 1000 steps of 7: {}, wrapped {} times", counter, wraps);

    let mut down: i16 = 0;
    for _ in 0..40000 {
        down -= 1;
    }
    println!("i16 after 40000 decrements: {}", down);

    for seed in 0..4 {
        println!("fnv1a({}) = {}", seed, fnv1a(seed, 64));
    }
    println!("djb2(10) = {}, djb2(1000) = {}", djb2(10), djb2(1000));
}
