//! Bit tricks on unsigned and signed integers: popcount, leading zeros, reversal, xor swap, shifts.

fn popcount(mut x: u32) -> u32 {
    let mut c = 0;
    while x != 0 {
        x &= x - 1;
        c += 1;
    }
    c
}

fn popcount64(x: u64) -> u32 {
    let mut c = 0;
    for i in 0..64 {
        if (x >> i) & 1 == 1 {
            c += 1;
        }
    }
    c
}

fn leading_zeros(x: u32) -> u32 {
    let mut n = 0;
    let mut bit: u32 = 1 << 31;
    while bit != 0 && x & bit == 0 {
        n += 1;
        bit >>= 1;
    }
    n
}

fn reverse_bits(mut x: u32) -> u32 {
    let mut r: u32 = 0;
    for _ in 0..32 {
        r = (r << 1) | (x & 1);
        x >>= 1;
    }
    r
}

fn is_power_of_two(x: u64) -> bool {
    x != 0 && x & (x - 1) == 0
}

fn gray(n: u32) -> u32 {
    n ^ (n >> 1)
}

fn shift_u8(x: u8, by: u32) -> u8 {
    x << by
}

fn main() {
    for x in 0..=16 {
        print!("{} ", popcount(x));
    }
    println!();
    println!("popcount(4294967295) = {}", popcount(4294967295));
    println!("popcount64(0xDEADBEEFCAFEBABE) = {}", popcount64(0xDEADBEEFCAFEBABE));
    println!("leading zeros: {} {} {} {}", leading_zeros(0), leading_zeros(1), leading_zeros(255), leading_zeros(2147483648));
    println!("reverse_bits(1) = {}", reverse_bits(1));
    println!("reverse_bits(0xF0) = {}", reverse_bits(0xF0));
    let mut a = 12345;
    let mut b = 67890;
    a ^= b;
    b ^= a;
    a ^= b;
    println!("after xor swap: a = {a}, b = {b}");
    print!("powers of two up to 100:");
    for x in 0..=100 {
        if is_power_of_two(x) {
            print!(" {}", x);
        }
    }
    println!();
    print!("gray codes:");
    for n in 0..16 {
        print!(" {}", gray(n));
    }
    println!();

    let neg: i32 = -16;
    println!("-16 >> 2 = {}, -16 << 3 = {}", neg >> 2, neg << 3);
    let as_unsigned = neg as u32;
    println!("-16 as u32 >> 2 = {}", as_unsigned >> 2);
    let small: i8 = -128;
    println!("-128i8 >> 7 = {}", small >> 7);
    let m: u64 = 1;
    println!("1u64 << 63 = {}", m << 63);
    let lowest = 1_000_000 & !(1_000_000 - 1);
    println!("lowest set bit of 1_000_000 = {}", lowest);
    println!("!0u8 = {}, !5i32 = {}", !(0 as u8), !5);
    println!("0xFF & 0x0F = {}, 0xF0 | 0x0F = {}, 0xFF ^ 0x0F = {}", 0xFF & 0x0F, 0xF0 | 0x0F, 0xFF ^ 0x0F);
    // Release builds wrap the shift amount modulo the bit width.
    for by in 6..=10 {
        print!("{} ", shift_u8(3, by));
    }
    println!();
    let mut flags: u16 = 0;
    flags |= 1 << 3;
    flags |= 1 << 15;
    flags ^= 1 << 3;
    flags <<= 1;
    println!("flags = {}", flags);
}
