// Polynomial arithmetic with integer coefficients in a nested module:
// add, subtract, multiply, divide with remainder, evaluate, derive,
// compose, and pretty-print.
mod algebra {
    pub mod poly {
        #[derive(Debug, Clone, PartialEq, Eq, Default)]
        pub struct Poly {
            // coefficients, lowest degree first; no trailing zeros
            pub coeffs: Vec<i64>,
        }

        impl Poly {
            pub fn new(mut coeffs: Vec<i64>) -> Poly {
                while coeffs.last() == Some(&0) {
                    coeffs.pop();
                }
                Poly { coeffs }
            }

            pub fn degree(&self) -> Option<usize> {
                if self.coeffs.is_empty() {
                    None
                } else {
                    Some(self.coeffs.len() - 1)
                }
            }

            pub fn add(&self, other: &Poly) -> Poly {
                let n = self.coeffs.len().max(other.coeffs.len());
                let mut out = vec![0; n];
                for (i, c) in self.coeffs.iter().enumerate() {
                    out[i] += c;
                }
                for (i, c) in other.coeffs.iter().enumerate() {
                    out[i] += c;
                }
                Poly::new(out)
            }

            pub fn neg(&self) -> Poly {
                Poly::new(self.coeffs.iter().map(|c| -c).collect())
            }

            pub fn sub(&self, other: &Poly) -> Poly {
                self.add(&other.neg())
            }

            pub fn mul(&self, other: &Poly) -> Poly {
                if self.coeffs.is_empty() || other.coeffs.is_empty() {
                    return Poly::default();
                }
                let mut out = vec![0i64; self.coeffs.len() + other.coeffs.len() - 1];
                for (i, a) in self.coeffs.iter().enumerate() {
                    for (j, b) in other.coeffs.iter().enumerate() {
                        out[i + j] += a * b;
                    }
                }
                Poly::new(out)
            }

            /// Division for a monic-compatible divisor: returns None when
            /// the quotient would need fractions.
            pub fn div_rem(&self, d: &Poly) -> Option<(Poly, Poly)> {
                let dd = d.degree()?;
                let lead = *d.coeffs.last().unwrap();
                let mut rem = self.coeffs.clone();
                let mut quot = vec![0i64; self.coeffs.len().saturating_sub(dd).max(1)];
                while rem.len() > dd && !rem.is_empty() {
                    let top = *rem.last().unwrap();
                    if top % lead != 0 {
                        return None;
                    }
                    let factor = top / lead;
                    let shift = rem.len() - 1 - dd;
                    quot[shift] = factor;
                    for (i, c) in d.coeffs.iter().enumerate() {
                        rem[shift + i] -= factor * c;
                    }
                    while rem.last() == Some(&0) {
                        rem.pop();
                    }
                }
                Some((Poly::new(quot), Poly::new(rem)))
            }

            pub fn eval(&self, x: i64) -> i64 {
                self.coeffs.iter().rev().fold(0, |acc, &c| acc * x + c)
            }

            pub fn derivative(&self) -> Poly {
                Poly::new(self.coeffs.iter().enumerate().skip(1).map(|(i, &c)| c * i as i64).collect())
            }

            pub fn compose(&self, inner: &Poly) -> Poly {
                let mut result = Poly::default();
                for &c in self.coeffs.iter().rev() {
                    result = result.mul(inner).add(&Poly::new(vec![c]));
                }
                result
            }

            pub fn render(&self) -> String {
                if self.coeffs.is_empty() {
                    return "0".to_string();
                }
                let mut s = String::new();
                for (i, &c) in self.coeffs.iter().enumerate().rev() {
                    if c == 0 {
                        continue;
                    }
                    let sign = if c < 0 { "-" } else { "+" };
                    if s.is_empty() {
                        if c < 0 {
                            s.push('-');
                        }
                    } else {
                        s.push_str(&format!(" {} ", sign));
                    }
                    let a = c.abs();
                    match (a, i) {
                        (_, 0) => s.push_str(&a.to_string()),
                        (1, 1) => s.push('x'),
                        (_, 1) => s.push_str(&format!("{}x", a)),
                        (1, _) => s.push_str(&format!("x^{}", i)),
                        _ => s.push_str(&format!("{}x^{}", a, i)),
                    }
                }
                s
            }
        }
    }

    pub fn integer_roots(p: &poly::Poly) -> Vec<i64> {
        // rational root theorem restricted to integers: roots divide the constant term
        let c0 = match p.coeffs.iter().position(|&c| c != 0) {
            Some(i) => p.coeffs[i],
            None => return vec![],
        };
        let mut roots = Vec::new();
        if p.coeffs.first() == Some(&0) {
            roots.push(0);
        }
        for d in 1..=c0.abs() {
            if c0 % d == 0 {
                for cand in [d, -d] {
                    if p.eval(cand) == 0 {
                        roots.push(cand);
                    }
                }
            }
        }
        roots.sort();
        roots
    }
}

use algebra::integer_roots;
use algebra::poly::Poly;

fn main() {
    let p = Poly::new(vec![-6, 11, -6, 1]); // (x-1)(x-2)(x-3)
    let q = Poly::new(vec![1, 1]); // x + 1
    let r = Poly::new(vec![0, 0, 3, 0, 0]);
    println!("p = {}  (degree {:?})", p.render(), p.degree());
    println!("q = {}", q.render());
    println!("r = {}  coeffs {:?}", r.render(), r.coeffs);
    println!("p + q = {}", p.add(&q).render());
    println!("p - p = {} degree {:?}", p.sub(&p).render(), p.sub(&p).degree());
    println!("p * q = {}", p.mul(&q).render());
    println!("q^5 = {}", (0..4).fold(q.clone(), |acc, _| acc.mul(&q)).render());
    println!("p' = {}, p'' = {}", p.derivative().render(), p.derivative().derivative().render());
    println!("p(q(x)) = {}", p.compose(&q).render());
    for x in -2..=4 {
        println!("  p({:>2}) = {:>4}   p'({:>2}) = {:>4}", x, p.eval(x), x, p.derivative().eval(x));
    }
    println!("integer roots of p: {:?}", integer_roots(&p));
    println!("integer roots of x^3 - x: {:?}", integer_roots(&Poly::new(vec![0, -1, 0, 1])));
    println!("integer roots of x^2 + 1: {:?}", integer_roots(&Poly::new(vec![1, 0, 1])));

    let divisors = [Poly::new(vec![-1, 1]), Poly::new(vec![1, 1]), Poly::new(vec![2, 0, 1]), Poly::new(vec![1, 2]), Poly::new(vec![])];
    for d in divisors.iter() {
        match p.div_rem(d) {
            Some((quot, rem)) => {
                println!("({}) / ({}) = {} rem {}", p.render(), d.render(), quot.render(), rem.render());
                assert_eq!(quot.mul(d).add(&rem), p);
            }
            None => println!("({}) / ({}) not exact over integers", p.render(), d.render()),
        }
    }
    println!("{:?}", Poly::new(vec![5, 0, -1]));
    println!("{:?}", Poly::default());
    let big = Poly::new(vec![1, -1]).compose(&Poly::new(vec![0, 2]));
    println!("1 - 2x == {} ? {}", big.render(), big == Poly::new(vec![1, -2]));
}
