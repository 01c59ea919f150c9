// Number formatting: a table of values in many bases and widths, with
// alignment, fill characters, signs, precision and exponent forms.
fn main() {
    let values: [i64; 8] = [0, 1, -1, 42, -255, 4096, 65535, -1_000_000];
    println!("{:>10} | {:>10} | {:>12} | {:>12} | {:>24}", "decimal", "hex", "HEX(#)", "octal", "binary (low 16)");
    println!("{:-<10}-+-{:-<10}-+-{:-<12}-+-{:-<12}-+-{:-<24}", "", "", "", "", "");
    for &v in &values {
        let low16 = (v as u64 & 0xFFFF) as u16;
        println!("{:>10} | {:>10x} | {:>#12X} | {:>12o} | {:>#24b}", v, v, v, v, low16);
    }
    println!();

    let n = 3.14159265358979_f64;
    println!("[{}] [{:.0}] [{:.2}] [{:10.3}] [{:<10.3}] [{:^10.3}] [{:+.4}] [{:010.2}]", n, n, n, n, n, n, n, n);
    println!("[{:e}] [{:E}] [{:.3e}] [{:12.2e}]", n * 1e6, n * 1e-6, 123456.789, -0.000321);
    let width = 12;
    let prec = 3;
    println!("[{:>width$.prec$}] [{:<width$}] [{:^width$}]", n, "left", "mid", width = width, prec = prec);
    println!("[{:>1$}] [{:<1$}]", 7, 5);
    println!("[{:.*}] [{:>w2$.p2$}]", 2, 1.23456, 9.87654, w2 = 8, p2 = 1);
    println!("[{0}-{1}-{0}] [{a}{b}{a}]", "x", "y", a = 1, b = 2);
    let name = "Ada";
    let score = 97.5;
    println!("inline: {name} scored {score:.1}% ({score:>8.3}) {name:?} {name:*^9}");
    println!();

    println!("{:=^48}", " fills and alignment ");
    for (fill, text) in [('*', "star"), ('-', "dash"), ('0', "zero"), ('é', "accent")] {
        let s = match fill {
            '*' => format!("{:*<12}|{:*^12}|{:*>12}", text, text, text),
            '-' => format!("{:-<12}|{:-^12}|{:->12}", text, text, text),
            '0' => format!("{:0<12}|{:0^12}|{:0>12}", text, text, text),
            _ => format!("{:é<12}|{:é^12}|{:é>12}", text, text, text),
        };
        println!("{}", s);
    }
    println!("[{:5}] [{:<5}] [{:^5}] [{:>5}]", true, 'c', "ab", 'é');
    println!("[{:+}] [{:+}] [{:+}] [{:+.1}] [{:05}] [{:+06}] [{:<05}]", 5, -5, 0, -0.0, -42, 42, 7);
    println!("[{:#x}] [{:#o}] [{:#b}] [{:#010x}] [{:08.3}] [{:x}]", 255u8, 8u16, 5i32, 0xBEEFu32, -1.5, -1i8);
    println!();

    println!("{:=^48}", " integer limits ");
    println!("{:>6} {:>22} {:>22}", "type", "min", "max");
    println!("{:>6} {:>22} {:>22}", "i8", i8::MIN, i8::MAX);
    println!("{:>6} {:>22} {:>22}", "u8", u8::MIN, u8::MAX);
    println!("{:>6} {:>22} {:>22}", "i16", i16::MIN, i16::MAX);
    println!("{:>6} {:>22} {:>22}", "u16", u16::MIN, u16::MAX);
    println!("{:>6} {:>22} {:>22}", "i32", i32::MIN, i32::MAX);
    println!("{:>6} {:>22} {:>22}", "u32", u32::MIN, u32::MAX);
    println!("{:>6} {:>22} {:>22}", "i64", i64::MIN, i64::MAX);
    println!("{:>6} {:>22} {:>22}", "u64", u64::MIN, u64::MAX);
    println!("{:>6} {:>41}", "i128", i128::MIN);
    println!("{:>6} {:>41}", "u128", u128::MAX);
    println!();

    println!("{:=^48}", " money table ");
    let items = [("coffee", 3.5, 2u32), ("bagel", 2.25, 3), ("juice (large)", 4.75, 1), ("tip", 0.99, 1)];
    let mut total = 0.0;
    for (name, price, qty) in items.iter() {
        let line = price * *qty as f64;
        total += line;
        println!("{:<16}{:>3} x {:>6.2} = {:>8.2}", name, qty, price, line);
    }
    println!("{:<16}{:>21.2}", "TOTAL", total);
    println!("{:<16}{:>20.1}%", "tax rate", 8.25);
    println!("{:<16}{:>21.2}", "with tax", total * 1.0825);
    println!();

    println!("{:=^48}", " percentages ");
    let parts = [17u32, 33, 8, 42];
    let sum: u32 = parts.iter().sum();
    for (i, p) in parts.iter().enumerate() {
        let pct = *p as f64 / sum as f64 * 100.0;
        println!("part {} {:>4} {:>7.2}% {}", i, p, pct, "|".repeat((pct / 2.0).round() as usize));
    }
    let debug_vals = (1u8, -2i16, 3.0f32, 'x', "s", [1.5f64, -0.0], Some(()), None::<i32>);
    println!("{:?}", debug_vals);
}
