// Temperature conversion tables with float formatting, parsing of
// readings with units, and summary statistics over f32 and f64.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Scale {
    Celsius,
    Fahrenheit,
    Kelvin,
}

#[derive(Debug, Clone, Copy)]
struct Reading {
    value: f64,
    scale: Scale,
}

impl Reading {
    fn to_celsius(self) -> f64 {
        match self.scale {
            Scale::Celsius => self.value,
            Scale::Fahrenheit => (self.value - 32.0) * 5.0 / 9.0,
            Scale::Kelvin => self.value - 273.15,
        }
    }

    fn convert(self, to: Scale) -> Reading {
        let c = self.to_celsius();
        let value = match to {
            Scale::Celsius => c,
            Scale::Fahrenheit => c * 9.0 / 5.0 + 32.0,
            Scale::Kelvin => c + 273.15,
        };
        Reading { value, scale: to }
    }
}

fn parse_reading(s: &str) -> Result<Reading, String> {
    let s = s.trim();
    let last = s.chars().last().ok_or("empty reading")?;
    let scale = match last.to_ascii_uppercase() {
        'C' => Scale::Celsius,
        'F' => Scale::Fahrenheit,
        'K' => Scale::Kelvin,
        other => return Err(format!("unknown unit {:?}", other)),
    };
    let number = s[..s.len() - last.len_utf8()].trim_end().trim_end_matches('°');
    let value: f64 = number.parse().map_err(|e| format!("{:?}: {}", number, e))?;
    let r = Reading { value, scale };
    if r.to_celsius() < -273.15 {
        return Err(format!("{} is below absolute zero", s));
    }
    Ok(r)
}

fn main() {
    println!("{:>8} {:>8} {:>8}", "°C", "°F", "K");
    for c in (-40..=100).step_by(20) {
        let r = Reading { value: c as f64, scale: Scale::Celsius };
        println!("{:>8.1} {:>8.1} {:>8.2}", c, r.convert(Scale::Fahrenheit).value, r.convert(Scale::Kelvin).value);
    }
    println!();
    println!("{:>6} | {:>10} | {:>12}", "°F", "°C exact", "°C (f32)");
    for f in [-459.67, 0.0, 32.0, 50.0, 98.6, 212.0, 451.0] {
        let c = Reading { value: f, scale: Scale::Fahrenheit }.to_celsius();
        let c32 = (f as f32 - 32.0) * 5.0 / 9.0;
        println!("{:>6} | {:>10.4} | {:>12}", f, c, c32);
    }
    println!();

    let inputs = ["21.5C", "70 F", "300K", "-300C", "98.6°F", "abcF", "12X", "", "0K", "-40F", "1e2C", "  37.0 c  "];
    let mut celsius: Vec<f64> = Vec::new();
    for s in inputs {
        match parse_reading(s) {
            Ok(r) => {
                let c = r.to_celsius();
                celsius.push(c);
                println!("{:<12} -> {:?} = {:.3}°C", format!("{:?}", s), r, c);
            }
            Err(e) => println!("{:<12} -> error: {}", format!("{:?}", s), e),
        }
    }
    let n = celsius.len() as f64;
    let mean = celsius.iter().sum::<f64>() / n;
    let var = celsius.iter().map(|c| (c - mean).powi(2)).sum::<f64>() / n;
    let mut sorted = celsius.clone();
    sorted.sort_by(|a, b| a.partial_cmp(b).unwrap());
    let median = if sorted.len() % 2 == 0 { (sorted[sorted.len() / 2 - 1] + sorted[sorted.len() / 2]) / 2.0 } else { sorted[sorted.len() / 2] };
    println!("n={} mean={:.4} stddev={:.4} median={:.4}", celsius.len(), mean, var.sqrt(), median);
    println!("min={:?} max={:?}", sorted.first(), sorted.last());

    println!();
    println!("float corner cases:");
    let nan = f64::NAN;
    println!("nan: {} {:?} is_nan={} nan==nan {}", nan, nan, nan.is_nan(), nan == nan);
    println!("inf: {} {} {:?}", f64::INFINITY, f64::NEG_INFINITY, 1.0f64 / 0.0);
    println!("-0.0: {} {:?} == 0.0: {} sign negative: {}", -0.0f64, -0.0f64, -0.0 == 0.0f64, (-0.0f64).is_sign_negative());
    println!("f32 max {} min positive {:e} epsilon {:e}", f32::MAX, f32::MIN_POSITIVE, f32::EPSILON);
    println!("f64 epsilon {:e}", f64::EPSILON);
    println!("0.1+0.2 = {} (f32: {})", 0.1 + 0.2, 0.1f32 + 0.2f32);
    println!("rounding: {} {} {} {} {}", 2.5f64.round(), (-2.5f64).round(), 2.5f64.floor(), (-2.5f64).ceil(), 2.7f64.trunc());
    println!("as casts: {} {} {} {} {}", 300.7f64 as u8, -5.9f64 as u8, f64::NAN as i32, 1e20f64 as i32, -1e20 as i64);
    println!("clamp: {} {} min/max with nan: {} {}", 150.0f64.clamp(0.0, 100.0), (-3.0f64).clamp(0.0, 100.0), f64::NAN.max(1.0), 2.0f64.min(f64::NAN));
    println!("sqrt(-1) = {}, sqrt(2) = {}, hypot = {}, powi = {}", (-1.0f64).sqrt(), 2.0f64.sqrt(), 3.0f64.hypot(4.0), 1.5f64.powi(3));
}
