// A unit converter: parse quantities like "12.5 km", convert between
// compatible units of length, mass, time and data size, and report
// incompatible conversions as errors.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Dimension {
    Length,
    Mass,
    Time,
    Data,
}

#[derive(Debug, Clone, Copy)]
struct Unit {
    symbol: &'static str,
    dim: Dimension,
    factor: f64, // to the base unit (m, kg, s, byte)
}

const UNITS: [Unit; 19] = [
    Unit { symbol: "mm", dim: Dimension::Length, factor: 0.001 },
    Unit { symbol: "cm", dim: Dimension::Length, factor: 0.01 },
    Unit { symbol: "m", dim: Dimension::Length, factor: 1.0 },
    Unit { symbol: "km", dim: Dimension::Length, factor: 1000.0 },
    Unit { symbol: "in", dim: Dimension::Length, factor: 0.0254 },
    Unit { symbol: "ft", dim: Dimension::Length, factor: 0.3048 },
    Unit { symbol: "mi", dim: Dimension::Length, factor: 1609.344 },
    Unit { symbol: "g", dim: Dimension::Mass, factor: 0.001 },
    Unit { symbol: "kg", dim: Dimension::Mass, factor: 1.0 },
    Unit { symbol: "lb", dim: Dimension::Mass, factor: 0.45359237 },
    Unit { symbol: "oz", dim: Dimension::Mass, factor: 0.028349523125 },
    Unit { symbol: "s", dim: Dimension::Time, factor: 1.0 },
    Unit { symbol: "min", dim: Dimension::Time, factor: 60.0 },
    Unit { symbol: "h", dim: Dimension::Time, factor: 3600.0 },
    Unit { symbol: "day", dim: Dimension::Time, factor: 86400.0 },
    Unit { symbol: "B", dim: Dimension::Data, factor: 1.0 },
    Unit { symbol: "KiB", dim: Dimension::Data, factor: 1024.0 },
    Unit { symbol: "MiB", dim: Dimension::Data, factor: 1048576.0 },
    Unit { symbol: "GB", dim: Dimension::Data, factor: 1e9 },
];

#[derive(Debug)]
enum ConvError {
    Syntax(String),
    BadNumber(std::num::ParseFloatError),
    UnknownUnit(String),
    Incompatible(Dimension, Dimension),
}

impl From<std::num::ParseFloatError> for ConvError {
    fn from(e: std::num::ParseFloatError) -> Self {
        ConvError::BadNumber(e)
    }
}

fn find_unit(sym: &str) -> Result<Unit, ConvError> {
    UNITS.iter().copied().find(|u| u.symbol == sym).ok_or_else(|| ConvError::UnknownUnit(sym.to_string()))
}

fn parse_quantity(s: &str) -> Result<(f64, Unit), ConvError> {
    let s = s.trim();
    let split = s.find(|c: char| c.is_alphabetic()).ok_or_else(|| ConvError::Syntax(format!("no unit in {:?}", s)))?;
    let (num, unit) = s.split_at(split);
    let value: f64 = num.trim().parse()?;
    Ok((value, find_unit(unit.trim())?))
}

fn convert(query: &str) -> Result<String, ConvError> {
    let (from, to) = query.split_once(" to ").ok_or_else(|| ConvError::Syntax(format!("expected '<qty> to <unit>' in {:?}", query)))?;
    let (value, unit) = parse_quantity(from)?;
    let target = find_unit(to.trim())?;
    if unit.dim != target.dim {
        return Err(ConvError::Incompatible(unit.dim, target.dim));
    }
    let result = value * unit.factor / target.factor;
    Ok(format!("{} {} = {} {}", value, unit.symbol, format_sig(result, 6), target.symbol))
}

/// Format with at most `sig` significant digits, trimming trailing zeros.
fn format_sig(v: f64, sig: usize) -> String {
    if v == 0.0 {
        return "0".to_string();
    }
    let magnitude = v.abs().log10().floor() as i32;
    let decimals = (sig as i32 - 1 - magnitude).max(0) as usize;
    let s = format!("{:.*}", decimals, v);
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    }
}

fn human_bytes(n: u64) -> String {
    const SUFFIX: [&str; 5] = ["B", "KiB", "MiB", "GiB", "TiB"];
    let mut v = n as f64;
    let mut i = 0;
    while v >= 1024.0 && i < SUFFIX.len() - 1 {
        v /= 1024.0;
        i += 1;
    }
    if i == 0 {
        format!("{} {}", n, SUFFIX[0])
    } else {
        format!("{:.1} {}", v, SUFFIX[i])
    }
}

fn main() {
    let queries = [
        "1 mi to km",
        "5280 ft to mi",
        "100 km to mi",
        "12 in to cm",
        "1.75 m to ft",
        "1 lb to g",
        "16 oz to lb",
        "2.5 kg to lb",
        "90 min to h",
        "1 day to s",
        "3 h to day",
        "1 GB to MiB",
        "4096 KiB to MiB",
        "0 m to km",
        "-40 g to oz",
        "1e6 mm to km",
        "5 kg to m",
        "12 parsecs to km",
        "abc m to km",
        "10 m",
        "42 to m",
    ];
    for q in queries {
        match convert(q) {
            Ok(s) => println!("{:<18} => {}", q, s),
            Err(ConvError::BadNumber(e)) => println!("{:<18} => bad number: {}", q, e),
            Err(ConvError::Incompatible(a, b)) => println!("{:<18} => cannot convert {:?} to {:?}", q, a, b),
            Err(ConvError::Syntax(msg)) => println!("{:<18} => syntax error: {}", q, msg),
            Err(ConvError::UnknownUnit(u)) => println!("{:<18} => unknown unit {:?}", q, u),
        }
    }
    for n in [0u64, 1023, 1024, 1536, 1_048_576, 123_456_789, 5_000_000_000, u64::MAX] {
        println!("{:>20} bytes = {}", n, human_bytes(n));
    }
    for v in [123456.789, 0.000123456789, 1.0, 99.99999, 1e-9, 6.02214076e23] {
        println!("sig6({}) = {}", v, format_sig(v, 6));
    }
    let mut by_dim: Vec<(String, usize)> = Vec::new();
    for d in [Dimension::Length, Dimension::Mass, Dimension::Time, Dimension::Data] {
        let syms: Vec<&str> = UNITS.iter().filter(|u| u.dim == d).map(|u| u.symbol).collect();
        println!("{:?}: {}", d, syms.join(", "));
        by_dim.push((format!("{:?}", d), syms.len()));
    }
    println!("{:?}", by_dim);
}
