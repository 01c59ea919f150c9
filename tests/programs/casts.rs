//! `as` casts between integer widths, signedness, bool and f64, including truncation and saturation.

fn trunc_to_u8(x: i32) -> u8 {
    x as u8
}

fn to_i8(x: u8) -> i8 {
    x as i8
}

fn widen_signed(x: i8) -> u64 {
    x as u64
}

fn float_to_i32(x: f64) -> i32 {
    x as i32
}

fn float_to_u8(x: f64) -> u8 {
    x as u8
}

fn float_to_u64(x: f64) -> u64 {
    x as u64
}

fn main() {
    println!("300 as u8 = {}, -1 as u8 = {}, 256 as u8 = {}", trunc_to_u8(300), trunc_to_u8(-1), trunc_to_u8(256));
    println!("200 as i8 = {}, 127 as i8 = {}, 128 as i8 = {}", to_i8(200), to_i8(127), to_i8(128));
    println!("-1i8 as u64 = {}, -128i8 as u64 = {}", widen_signed(-1), widen_signed(-128));

    let big: i64 = 4294967296 + 42;
    println!("(2^32 + 42) as i32 = {}", big as i32);
    let neg_big: i64 = -4294967297;
    println!("(-2^32 - 1) as i32 = {}, as u32 = {}", neg_big as i32, neg_big as u32);
    let u: u32 = 4000000000;
    println!("4000000000u32 as i32 = {}, as i64 = {}, as u64 = {}", u as i32, u as i64, u as u64);
    let s: i32 = -5;
    println!("-5i32 as u32 = {}, as i64 = {}, as u64 = {}, as u16 = {}", s as u32, s as i64, s as u64, s as u16);
    let h: i16 = -300;
    println!("-300i16 as u8 = {}, as i8 = {}, as u16 = {}, as i32 = {}", h as u8, h as i8, h as u16, h as i32);
    let us: usize = 12345;
    let is: isize = -12345;
    println!("usize {} as u8 = {}, isize {} as i16 = {}, as i64 = {}", us, us as u8, is, is as i16, is as i64);

    let t = true;
    let f = false;
    println!("true as i32 = {}, false as u8 = {}, true as u64 = {}", t as i32, f as u8, t as u64);
    let mut count = 0;
    for k in 0..10 {
        count += (k % 3 == 0) as i32;
    }
    println!("multiples of 3 below 10: {}", count);

    println!("3.99 as i32 = {}, -3.99 as i32 = {}", float_to_i32(3.99), float_to_i32(-3.99));
    println!("1e10 as i32 = {}, -1e10 as i32 = {}", float_to_i32(1e10), float_to_i32(-1e10));
    println!("NaN as i32 = {}", float_to_i32(0.0 / 0.0));
    println!("300.5 as u8 = {}, -5.0 as u8 = {}", float_to_u8(300.5), float_to_u8(-5.0));
    println!("1e20 as u64 = {}, -1.0 as u64 = {}", float_to_u64(1e20), float_to_u64(-1.0));
    println!("1e19 as u64 = {}", float_to_u64(1e19));

    let x: u64 = 18446744073709551615;
    println!("u64::MAX as f64 = {}", x as f64);
    let y: i64 = 9007199254740993;
    println!("2^53 + 1 as f64 = {}", y as f64);
    let z: i32 = -7;
    println!("-7 as f64 / 2 = {}", z as f64 / 2.0);
    let w: u8 = 255;
    println!("255u8 as f64 = {}, as i64 = {}, as i8 = {}", w as f64, w as i64, w as i8);
    let thousand: i32 = 1000;
    let chain = ((thousand as u8) as i8) as i32;
    println!("chained 1000 -> u8 -> i8 -> i32 = {}", chain);
}
