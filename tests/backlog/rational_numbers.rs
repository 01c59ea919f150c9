// Exact rational arithmetic with gcd normalization, used for harmonic
// numbers, Egyptian fractions, continued fractions and Bernoulli numbers.
use std::cmp::Ordering;
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct Ratio {
    num: i128,
    den: i128,
}

fn gcd(a: i128, b: i128) -> i128 {
    let (mut a, mut b) = (a.abs(), b.abs());
    while b != 0 {
        let t = a % b;
        a = b;
        b = t;
    }
    a
}

impl Ratio {
    const ZERO: Ratio = Ratio { num: 0, den: 1 };
    const ONE: Ratio = Ratio { num: 1, den: 1 };

    fn new(num: i128, den: i128) -> Ratio {
        assert!(den != 0, "zero denominator");
        let g = gcd(num, den).max(1);
        let s = den.signum();
        Ratio { num: s * num / g, den: s * den / g }
    }
    fn int(n: i128) -> Ratio {
        Ratio { num: n, den: 1 }
    }
    fn add(self, o: Ratio) -> Ratio {
        Ratio::new(self.num * o.den + o.num * self.den, self.den * o.den)
    }
    fn sub(self, o: Ratio) -> Ratio {
        self.add(Ratio { num: -o.num, den: o.den })
    }
    fn mul(self, o: Ratio) -> Ratio {
        Ratio::new(self.num * o.num, self.den * o.den)
    }
    fn div(self, o: Ratio) -> Option<Ratio> {
        if o.num == 0 {
            None
        } else {
            Some(Ratio::new(self.num * o.den, self.den * o.num))
        }
    }
    fn to_f64(self) -> f64 {
        self.num as f64 / self.den as f64
    }
    fn floor(self) -> i128 {
        self.num.div_euclid(self.den)
    }
    fn recip(self) -> Option<Ratio> {
        Ratio::ONE.div(self)
    }
}

impl PartialOrd for Ratio {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Ratio {
    fn cmp(&self, other: &Self) -> Ordering {
        (self.num * other.den).cmp(&(other.num * self.den))
    }
}

impl fmt::Display for Ratio {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        if self.den == 1 {
            write!(f, "{}", self.num)
        } else {
            write!(f, "{}/{}", self.num, self.den)
        }
    }
}

fn parse_ratio(s: &str) -> Result<Ratio, String> {
    let (n, d) = match s.split_once('/') {
        Some((n, d)) => (n.trim(), d.trim()),
        None => (s.trim(), "1"),
    };
    let n: i128 = n.parse().map_err(|e| format!("numerator {:?}: {}", n, e))?;
    let d: i128 = d.parse().map_err(|e| format!("denominator {:?}: {}", d, e))?;
    if d == 0 {
        return Err("denominator is zero".to_string());
    }
    Ok(Ratio::new(n, d))
}

fn egyptian(mut r: Ratio) -> Vec<i128> {
    let mut out = Vec::new();
    while r.num != 0 {
        let d = (r.den + r.num - 1) / r.num; // ceil(den/num)
        out.push(d);
        r = r.sub(Ratio::new(1, d));
    }
    out
}

fn continued_fraction(mut r: Ratio, max_terms: usize) -> Vec<i128> {
    let mut out = Vec::new();
    for _ in 0..max_terms {
        let a = r.floor();
        out.push(a);
        let frac = r.sub(Ratio::int(a));
        match frac.recip() {
            Some(next) => r = next,
            None => break,
        }
    }
    out
}

fn binomial(n: i128, k: i128) -> i128 {
    (0..k).fold(1, |acc, i| acc * (n - i) / (i + 1))
}

fn bernoulli(n: usize) -> Vec<Ratio> {
    let mut b = vec![Ratio::ONE];
    for m in 1..=n {
        let mut sum = Ratio::ZERO;
        for k in 0..m {
            sum = sum.add(Ratio::int(binomial(m as i128 + 1, k as i128)).mul(b[k]));
        }
        b.push(Ratio::ZERO.sub(sum).div(Ratio::int(m as i128 + 1)).unwrap());
    }
    b
}

fn main() {
    let a = Ratio::new(6, -8);
    let b = Ratio::new(5, 12);
    println!("a = {}, b = {}, debug a = {:?}", a, b, a);
    println!("a+b = {}, a-b = {}, a*b = {}, a/b = {}", a.add(b), a.sub(b), a.mul(b), a.div(b).unwrap());
    println!("a/0 = {:?}", a.div(Ratio::ZERO));
    println!("a < b: {}, max = {}, a as f64 = {}", a < b, a.max(b), a.to_f64());

    let mut h = Ratio::ZERO;
    for n in 1..=20 {
        h = h.add(Ratio::new(1, n));
        if n <= 6 || n % 5 == 0 {
            println!("H({:>2}) = {:<28} ~ {:.10}", n, h.to_string(), h.to_f64());
        }
    }

    for s in ["4/13", "3/7", "7/15", "5/31", "1/1"] {
        let r = parse_ratio(s).unwrap();
        let parts: Vec<String> = egyptian(r).iter().map(|d| format!("1/{}", d)).collect();
        println!("{} = {}", r, parts.join(" + "));
    }

    let approx_pi = Ratio::new(3_141_592_653_589_793, 1_000_000_000_000_000);
    let cf = continued_fraction(approx_pi, 8);
    println!("pi continued fraction: {:?}", cf);
    // convergents
    let (mut p0, mut q0, mut p1, mut q1) = (1i128, 0i128, cf[0], 1i128);
    println!("  convergent {}", Ratio::new(p1, q1));
    for &a in &cf[1..5] {
        let (p2, q2) = (a * p1 + p0, a * q1 + q0);
        println!("  convergent {:<12} = {:.12}", Ratio::new(p2, q2).to_string(), p2 as f64 / q2 as f64);
        p0 = p1;
        q0 = q1;
        p1 = p2;
        q1 = q2;
    }
    println!("sqrt2-ish 99/70 cf: {:?}", continued_fraction(Ratio::new(99, 70), 10));

    let bs = bernoulli(12);
    for (i, bn) in bs.iter().enumerate() {
        if bn.num != 0 {
            println!("B_{:<2} = {}", i, bn);
        }
    }

    let mut list: Vec<Ratio> = ["1/2", "2/3", "-1/4", "7/10", "3/5", "0", "5/8"].iter().map(|s| parse_ratio(s).unwrap()).collect();
    list.sort();
    let shown: Vec<String> = list.iter().map(|r| r.to_string()).collect();
    println!("sorted: {}", shown.join(" < "));
    let total = list.iter().fold(Ratio::ZERO, |acc, &r| acc.add(r));
    println!("sum = {} = {:.6}", total, total.to_f64());
    for bad in ["1/0", "x/2", "3/y", " 10 / 4 "] {
        println!("parse {:?} -> {:?}", bad, parse_ratio(bad).map(|r| r.to_string()));
    }
}
