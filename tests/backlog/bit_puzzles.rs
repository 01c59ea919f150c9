// Bit manipulation puzzles: popcount, parity, power-of-two tests,
// bit reversal, Gray codes, subsets via masks, and rotations across
// several integer widths.
fn is_power_of_two(x: u64) -> bool {
    x != 0 && x & (x - 1) == 0
}

fn next_power_of_two(mut x: u32) -> u32 {
    if x <= 1 {
        return 1;
    }
    x -= 1;
    x |= x >> 1;
    x |= x >> 2;
    x |= x >> 4;
    x |= x >> 8;
    x |= x >> 16;
    x.wrapping_add(1)
}

fn reverse_bits_u8(mut b: u8) -> u8 {
    let mut r = 0u8;
    for _ in 0..8 {
        r = (r << 1) | (b & 1);
        b >>= 1;
    }
    r
}

fn parity(x: u32) -> u32 {
    let mut p = x;
    p ^= p >> 16;
    p ^= p >> 8;
    p ^= p >> 4;
    p ^= p >> 2;
    p ^= p >> 1;
    p & 1
}

fn gray(n: u16) -> u16 {
    n ^ (n >> 1)
}

fn gray_inverse(mut g: u16) -> u16 {
    let mut n = g;
    while g > 0 {
        g >>= 1;
        n ^= g;
    }
    n
}

fn single_number(xs: &[i32]) -> i32 {
    xs.iter().fold(0, |acc, &x| acc ^ x)
}

fn main() {
    println!("{:>6} {:>34} {:>4} {:>4} {:>4} {:>6}", "n", "binary", "ones", "lz", "tz", "parity");
    for n in [0u32, 1, 2, 3, 7, 8, 255, 256, 1023, 0xDEADBEEF, u32::MAX] {
        println!("{:>10} {:#034b} {:>4} {:>4} {:>4} {:>6}", n, n, n.count_ones(), n.leading_zeros(), n.trailing_zeros(), parity(n));
        assert_eq!(parity(n), n.count_ones() % 2);
    }

    for x in [0u64, 1, 6, 64, 96, 1 << 40, (1 << 40) + 1] {
        println!("{:>14} power of two? {:<5} std says {}", x, is_power_of_two(x), x.is_power_of_two());
    }
    for x in [0u32, 1, 5, 16, 17, 1000, 1 << 31] {
        println!("next_pow2({}) = {} (std {})", x, next_power_of_two(x), x.checked_next_power_of_two().unwrap_or(0));
    }
    for b in [0b0000_0001u8, 0b1011_0000, 0xFF, 0x0F, 0x5A] {
        let r = reverse_bits_u8(b);
        println!("reverse {:08b} -> {:08b} (std {:08b})", b, r, b.reverse_bits());
        assert_eq!(r, b.reverse_bits());
    }

    println!("gray codes:");
    let mut line = String::new();
    for n in 0..16u16 {
        let g = gray(n);
        assert_eq!(gray_inverse(g), n);
        if n > 0 {
            assert_eq!((g ^ gray(n - 1)).count_ones(), 1);
        }
        line.push_str(&format!("{:04b} ", g));
    }
    println!("{}", line.trim_end());

    // rotations and byte swaps on various widths
    let v16: u16 = 0xABCD;
    let v32: u32 = 0x1234_5678;
    let v64: u64 = 0x0123_4567_89AB_CDEF;
    println!("u16 {:#06x} rotl4 {:#06x} rotr4 {:#06x} swap {:#06x}", v16, v16.rotate_left(4), v16.rotate_right(4), v16.swap_bytes());
    println!("u32 {:#010x} rotl8 {:#010x} swap {:#010x} be bytes {:?}", v32, v32.rotate_left(8), v32.swap_bytes(), v32.to_be_bytes());
    println!("u64 {:#018x} le bytes {:02x?}", v64, v64.to_le_bytes());
    println!("from_be_bytes: {:#x}", u32::from_be_bytes([0xCA, 0xFE, 0xBA, 0xBE]));
    let i: i8 = -100;
    println!("i8 {} as u8 {} bits {:08b} >>2 = {} (arith) / {} (logical)", i, i as u8, i, i >> 2, (i as u8) >> 2);
    let i: i64 = -1;
    println!("i64 -1 count_ones {} leading_zeros {} as u16 {}", i.count_ones(), i.leading_zeros(), i as u16);

    // enumerate subsets of a small set using masks
    let items = ["apple", "bread", "cheese", "dates"];
    let prices = [3u32, 2, 7, 5];
    let budget = 10;
    let mut best: (u32, u32) = (0, 0);
    for mask in 0u32..(1 << items.len()) {
        let cost: u32 = (0..items.len()).filter(|&i| mask & (1 << i) != 0).map(|i| prices[i]).sum();
        if cost <= budget && (mask.count_ones(), cost) > (best.0.count_ones(), best.1) {
            best = (mask, cost);
        }
    }
    let chosen: Vec<&str> = (0..items.len()).filter(|&i| best.0 >> i & 1 == 1).map(|i| items[i]).collect();
    println!("best basket mask {:04b} cost {} items {:?}", best.0, best.1, chosen);

    println!("single number: {}", single_number(&[4, 1, 2, 1, 2, 9, 4]));
    // swap without temp
    let (mut a, mut b) = (0x5555u16, 0xAAAAu16);
    a ^= b;
    b ^= a;
    a ^= b;
    println!("xor swap: a={:#x} b={:#x}", a, b);
    // lowest set bit, clear lowest set bit, isolate
    let x: i32 = 0b1011_0100;
    println!("x={:b} lowest={:b} cleared={:b} neg={:b}", x, x & -x, x & (x - 1), -x);
    // bit fields packed into a u32: 5 bits day, 4 bits month, 12 bits year
    let pack = |d: u32, m: u32, y: u32| (y << 9) | (m << 5) | d;
    let packed = pack(29, 2, 2024);
    println!("packed date {:#x} = {:021b} -> day {} month {} year {}", packed, packed, packed & 0x1F, (packed >> 5) & 0xF, packed >> 9);
}
