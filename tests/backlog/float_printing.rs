// Printing floats: shortest round-trip Display/Debug of many f64 and
// f32 values, exponent forms, precision rounding, and parsing back.
fn show64(label: &str, v: f64) {
    println!("{:<22} {:<26} {:<26} {:<24} {:.3}", label, format!("{}", v), format!("{:?}", v), format!("{:e}", v), v);
}

fn show32(label: &str, v: f32) {
    println!("{:<22} {:<16} {:<16} {:<16} {:.3}", label, format!("{}", v), format!("{:?}", v), format!("{:E}", v), v);
}

fn main() {
    println!("--- f64 ---");
    let values: [(&str, f64); 26] = [
        ("zero", 0.0),
        ("negative zero", -0.0),
        ("one", 1.0),
        ("hundred", 100.0),
        ("0.1", 0.1),
        ("0.1 + 0.2", 0.1 + 0.2),
        ("1/3", 1.0 / 3.0),
        ("2/3", 2.0 / 3.0),
        ("1e15", 1e15),
        ("1e16", 1e16),
        ("1e21", 1e21),
        ("1e22", 1e22),
        ("1.5e300", 1.5e300),
        ("1e-7", 1e-7),
        ("1e-5", 0.00001),
        ("123456789.125", 123456789.125),
        ("max", f64::MAX),
        ("min positive", f64::MIN_POSITIVE),
        ("smallest subnormal", 5e-324),
        ("epsilon", f64::EPSILON),
        ("pi", std::f64::consts::PI),
        ("-e", -std::f64::consts::E),
        ("nan", f64::NAN),
        ("inf", f64::INFINITY),
        ("-inf", f64::NEG_INFINITY),
        ("2^53 + 1 (rounds)", 9007199254740993.0),
    ];
    for (label, v) in values.iter() {
        show64(label, *v);
    }

    println!("--- f32 ---");
    let values32: [(&str, f32); 12] = [
        ("0.1f32", 0.1),
        ("0.1+0.2 f32", 0.1 + 0.2),
        ("1/3 f32", 1.0 / 3.0),
        ("16777217 (rounds)", 16777217.0),
        ("max", f32::MAX),
        ("min positive", f32::MIN_POSITIVE),
        ("1e-45", 1e-45),
        ("3.4e38", 3.4e38),
        ("-0.0", -0.0),
        ("pi", std::f32::consts::PI),
        ("1e10", 1e10),
        ("nan", f32::NAN),
    ];
    for (label, v) in values32.iter() {
        show32(label, *v);
    }
    println!("0.1f32 as f64 = {}", 0.1f32 as f64);
    println!("f64 1/3 as f32 = {}", (1.0f64 / 3.0) as f32);

    println!("--- precision rounding (round-half-even on exact binary values) ---");
    for v in [0.5, 1.5, 2.5, 0.125, 0.375, 2.675, 1.005, -0.5, 0.05, 0.25, 9.995, 999.9999] {
        println!("{:>9} -> .0 {:>5} .1 {:>7} .2 {:>8} .5 {:>11}", v, format!("{:.0}", v), format!("{:.1}", v), format!("{:.2}", v), format!("{:.5}", v));
    }
    println!("{:.20}", 0.1);
    println!("{:.30}", 1e-10);
    println!("{:.0}", 1e21);
    println!("{:.3e} {:.0e} {:e} {:e}", 123456.0, 5.5, 0.0, 1.0);
    println!("{:10.3e}|{:<12e}|{:+e}", 0.00012345, 6.02214076e23, 1.6e-19);

    println!("--- arithmetic results ---");
    let mut acc = 0.0f64;
    for i in 1..=10 {
        acc += 0.1;
        if i % 3 == 0 || i == 10 {
            println!("sum of {} x 0.1 = {} (== {}? {})", i, acc, i as f64 / 10.0, acc == i as f64 / 10.0);
        }
    }
    let mut acc32 = 0.0f32;
    for _ in 0..10 {
        acc32 += 0.1;
    }
    println!("f32 sum of 10 x 0.1 = {}", acc32);
    println!("1e16 + 1 = {}, 1e16 + 2 = {}", 1e16 + 1.0, 1e16 + 2.0);
    println!("sqrt(2)^2 = {}, 3 * 1.1 = {}, 0.3 - 0.1 = {}", 2.0f64.sqrt() * 2.0f64.sqrt(), 3.0 * 1.1, 0.3 - 0.1);
    println!("100.0 / 3.0 = {}, 100f32 / 3 = {}", 100.0 / 3.0, 100f32 / 3.0);
    println!("-0.0 + 0.0 = {}, -0.0 * 1 = {}, 0 * -1 = {}", -0.0 + 0.0, -0.0 * 1.0, 0.0 * -1.0);
    println!("inf - inf = {}, 0/0 = {}, 1/-0 = {}", f64::INFINITY - f64::INFINITY, 0.0 / 0.0f64, 1.0 / -0.0f64);

    println!("--- parsing ---");
    for s in ["3.14", "-0", "1e3", "1E-3", ".5", "5.", "inf", "-infinity", "NaN", "1_000", "0x10", "", " 1", "+7.25", "1e400", "2.5e-400"] {
        match s.parse::<f64>() {
            Ok(v) => println!("{:>12} -> {:?}", format!("{:?}", s), v),
            Err(e) => println!("{:>12} -> error: {}", format!("{:?}", s), e),
        }
    }
    let parsed: Vec<f32> = "1.25 2.5 abc 1e-2".split(' ').filter_map(|t| t.parse().ok()).collect();
    println!("f32 parsed: {:?}", parsed);
    println!("round trip: {}", [0.1, 1.0 / 3.0, 1e-300, 123.456].iter().all(|v: &f64| v.to_string().parse::<f64>().unwrap() == *v));
    println!("bits: {:#018x} {:#010x} from_bits {}", 1.0f64.to_bits(), 1.0f32.to_bits(), f64::from_bits(0x4009_21FB_5444_2D18));
}
