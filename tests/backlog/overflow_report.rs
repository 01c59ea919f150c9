// Checked, wrapping, saturating and overflowing arithmetic across all
// integer widths, reported as a table; plus a "safe" calculator that
// refuses to overflow.
#[derive(Debug, Clone, Copy, PartialEq)]
enum CalcError {
    Overflow { op: char, a: i32, b: i32 },
    DivByZero,
    NegativeExponent(i32),
}

fn safe_apply(a: i32, op: char, b: i32) -> Result<i32, CalcError> {
    let r = match op {
        '+' => a.checked_add(b),
        '-' => a.checked_sub(b),
        '*' => a.checked_mul(b),
        '/' => {
            if b == 0 {
                return Err(CalcError::DivByZero);
            }
            a.checked_div(b)
        }
        '%' => {
            if b == 0 {
                return Err(CalcError::DivByZero);
            }
            a.checked_rem(b)
        }
        '^' => {
            if b < 0 {
                return Err(CalcError::NegativeExponent(b));
            }
            a.checked_pow(b as u32)
        }
        _ => unreachable!("operator {}", op),
    };
    r.ok_or(CalcError::Overflow { op, a, b })
}

fn sum_checked(values: &[u8]) -> Option<u8> {
    let mut total: u8 = 0;
    for &v in values {
        total = total.checked_add(v)?;
    }
    Some(total)
}

fn main() {
    println!("--- u8 ---");
    let pairs: [(u8, u8); 4] = [(200, 100), (255, 1), (10, 20), (128, 2)];
    for (a, b) in pairs {
        println!(
            "{:>3} + {:>3}: checked {:<10} wrapping {:>3} saturating {:>3} overflowing {:?}",
            a,
            b,
            format!("{:?}", a.checked_add(b)),
            a.wrapping_add(b),
            a.saturating_add(b),
            a.overflowing_add(b)
        );
        println!(
            "{:>3} - {:>3}: checked {:<10} wrapping {:>3} saturating {:>3} overflowing {:?}",
            b,
            a,
            format!("{:?}", b.checked_sub(a)),
            b.wrapping_sub(a),
            b.saturating_sub(a),
            b.overflowing_sub(a)
        );
        println!(
            "{:>3} * {:>3}: checked {:<10} wrapping {:>3} saturating {:>3} overflowing {:?}",
            a,
            b,
            format!("{:?}", a.checked_mul(b)),
            a.wrapping_mul(b),
            a.saturating_mul(b),
            a.overflowing_mul(b)
        );
    }

    println!("--- signed edge cases ---");
    println!("i8::MIN.checked_neg() = {:?}, wrapping_neg = {}, checked_abs = {:?}, wrapping_abs = {}", i8::MIN.checked_neg(), i8::MIN.wrapping_neg(), i8::MIN.checked_abs(), i8::MIN.wrapping_abs());
    println!("i16::MIN / -1: checked {:?}, wrapping {}, overflowing {:?}", i16::MIN.checked_div(-1), i16::MIN.wrapping_div(-1), i16::MIN.overflowing_div(-1));
    println!("i32::MAX + 1 saturating {} wrapping {}", i32::MAX.saturating_add(1), i32::MAX.wrapping_add(1));
    println!("i64::MIN - 1 saturating {} wrapping {}", i64::MIN.saturating_sub(1), i64::MIN.wrapping_sub(1));
    println!("i128 max squared checked: {:?}", i128::MAX.checked_mul(2));
    println!("u128 big: {}", u128::MAX.wrapping_add(2));
    println!("isize: {} usize: {}", (-7isize).rem_euclid(3), 17usize.saturating_sub(20));
    println!("shl: 1u32.checked_shl(31) = {:?}, checked_shl(32) = {:?}, wrapping_shl(33) = {}", 1u32.checked_shl(31), 1u32.checked_shl(32), 1u32.wrapping_shl(33));
    println!("pow: 3u64.pow(40) = {}, 3u64.checked_pow(41) = {:?}, 2i32.saturating_pow(40) = {}", 3u64.pow(40), 3u64.checked_pow(41), 2i32.saturating_pow(40));
    println!("(-2i32).pow(31) = {}, (-2i32).checked_pow(32) = {:?}", (-2i32).pow(31), (-2i32).checked_pow(32));

    println!("--- euclid vs truncating ---");
    for (a, b) in [(7, 3), (-7, 3), (7, -3), (-7, -3)] {
        println!("{:>3} / {:>2} = {:>2}  {:>3} % {:>2} = {:>2}  div_euclid {:>2}  rem_euclid {}", a, b, a / b, a, b, a % b, i32::div_euclid(a, b), i32::rem_euclid(a, b));
    }

    println!("--- safe calculator ---");
    let exprs = [(2_000_000_000, '+', 2_000_000_000), (-5, '-', i32::MAX), (46341, '*', 46341), (46340, '*', 46340), (i32::MIN, '/', -1), (10, '/', 0), (10, '%', 3), (2, '^', 31), (2, '^', 30), (-2, '^', 31), (3, '^', -1), (i32::MIN, '%', -1)];
    let mut ok = 0;
    for (a, op, b) in exprs {
        match safe_apply(a, op, b) {
            Ok(v) => {
                ok += 1;
                println!("{:>12} {} {:<11} = {}", a, op, b, v)
            }
            Err(CalcError::Overflow { .. }) => println!("{:>12} {} {:<11} = overflow (wrapping would give {})", a, op, b, match op {
                '+' => a.wrapping_add(b),
                '-' => a.wrapping_sub(b),
                '*' => a.wrapping_mul(b),
                '/' => a.wrapping_div(b),
                '%' => a.wrapping_rem(b),
                '^' => a.wrapping_pow(b as u32),
                _ => 0,
            }),
            Err(e) => println!("{:>12} {} {:<11} = error {:?}", a, op, b, e),
        }
    }
    println!("{} of {} succeeded", ok, exprs.len());

    println!("--- accumulating ---");
    println!("{:?}", sum_checked(&[100, 100, 50]));
    println!("{:?}", sum_checked(&[100, 100, 56]));
    let mut hash: u32 = 2166136261;
    for b in "overflow is fine here".bytes() {
        hash ^= b as u32;
        hash = hash.wrapping_mul(16777619);
    }
    println!("fnv1a = {:#010x}", hash);
    let mut fact: u64 = 1;
    let mut n = 1u64;
    while let Some(next) = fact.checked_mul(n) {
        fact = next;
        n += 1;
    }
    println!("largest u64 factorial: {}! = {}", n - 1, fact);
    let widths = [("u8", u8::MAX as u128), ("u16", u16::MAX as u128), ("u32", u32::MAX as u128), ("u64", u64::MAX as u128)];
    for (name, max) in widths {
        let mut f: u128 = 1;
        let mut k = 1u128;
        while f * (k + 1) <= max {
            k += 1;
            f *= k;
        }
        println!("{:>4}: largest factorial {}! = {}", name, k, f);
    }
}
