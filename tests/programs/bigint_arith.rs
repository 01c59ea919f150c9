// Arbitrary-precision unsigned integers stored as Vec<u32> limbs in
// base 10^9: addition, multiplication, small division, factorials,
// Fibonacci numbers, powers and digit statistics.
const BASE: u64 = 1_000_000_000;

#[derive(Debug, Clone, PartialEq, Eq)]
struct BigUint {
    limbs: Vec<u32>, // little-endian, base 10^9
}

impl BigUint {
    fn from_u64(mut n: u64) -> BigUint {
        let mut limbs = Vec::new();
        while n > 0 {
            limbs.push((n % BASE) as u32);
            n /= BASE;
        }
        BigUint { limbs }
    }

    fn parse(s: &str) -> Result<BigUint, String> {
        if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
            return Err(format!("not a number: {:?}", s));
        }
        let digits = s.trim_start_matches('0');
        let mut limbs = Vec::new();
        let mut end = digits.len();
        while end > 0 {
            let start = end.saturating_sub(9);
            limbs.push(digits[start..end].parse::<u32>().unwrap());
            end = start;
        }
        Ok(BigUint { limbs })
    }

    fn is_zero(&self) -> bool {
        self.limbs.is_empty()
    }

    fn add(&self, o: &BigUint) -> BigUint {
        let mut out = Vec::with_capacity(self.limbs.len().max(o.limbs.len()) + 1);
        let mut carry = 0u64;
        for i in 0..self.limbs.len().max(o.limbs.len()) {
            let s = *self.limbs.get(i).unwrap_or(&0) as u64 + *o.limbs.get(i).unwrap_or(&0) as u64 + carry;
            out.push((s % BASE) as u32);
            carry = s / BASE;
        }
        if carry > 0 {
            out.push(carry as u32);
        }
        BigUint { limbs: out }
    }

    fn mul(&self, o: &BigUint) -> BigUint {
        if self.is_zero() || o.is_zero() {
            return BigUint { limbs: vec![] };
        }
        let mut acc = vec![0u64; self.limbs.len() + o.limbs.len() + 1];
        for (i, &a) in self.limbs.iter().enumerate() {
            let mut carry = 0u64;
            for (j, &b) in o.limbs.iter().enumerate() {
                let cur = acc[i + j] + a as u64 * b as u64 + carry;
                acc[i + j] = cur % BASE;
                carry = cur / BASE;
            }
            let mut k = i + o.limbs.len();
            while carry > 0 {
                let cur = acc[k] + carry;
                acc[k] = cur % BASE;
                carry = cur / BASE;
                k += 1;
            }
        }
        while acc.last() == Some(&0) {
            acc.pop();
        }
        BigUint { limbs: acc.into_iter().map(|x| x as u32).collect() }
    }

    fn mul_small(&self, m: u32) -> BigUint {
        self.mul(&BigUint::from_u64(m as u64))
    }

    fn divmod_small(&self, d: u32) -> (BigUint, u32) {
        assert!(d != 0, "division by zero");
        let mut out = vec![0u32; self.limbs.len()];
        let mut rem = 0u64;
        for i in (0..self.limbs.len()).rev() {
            let cur = rem * BASE + self.limbs[i] as u64;
            out[i] = (cur / d as u64) as u32;
            rem = cur % d as u64;
        }
        while out.last() == Some(&0) {
            out.pop();
        }
        (BigUint { limbs: out }, rem as u32)
    }

    fn pow(&self, mut e: u32) -> BigUint {
        let mut base = self.clone();
        let mut result = BigUint::from_u64(1);
        while e > 0 {
            if e & 1 == 1 {
                result = result.mul(&base);
            }
            base = base.mul(&base);
            e >>= 1;
        }
        result
    }

    fn to_string(&self) -> String {
        match self.limbs.split_last() {
            None => "0".to_string(),
            Some((top, rest)) => {
                let mut s = top.to_string();
                for limb in rest.iter().rev() {
                    s.push_str(&format!("{:09}", limb));
                }
                s
            }
        }
    }

    fn digit_sum(&self) -> u64 {
        self.to_string().bytes().map(|b| (b - b'0') as u64).sum()
    }
}

fn abbreviate(s: &str) -> String {
    if s.len() <= 40 {
        s.to_string()
    } else {
        format!("{}...{} ({} digits)", &s[..15], &s[s.len() - 15..], s.len())
    }
}

fn main() {
    let mut f = BigUint::from_u64(1);
    for n in 1..=100u32 {
        f = f.mul_small(n);
        if [10, 20, 25, 30, 50, 100].contains(&n) {
            let s = f.to_string();
            let trailing = s.len() - s.trim_end_matches('0').len();
            println!("{:>3}! = {} digit sum {} trailing zeros {}", n, abbreviate(&s), f.digit_sum(), trailing);
        }
    }
    let (q, r) = f.divmod_small(97);
    println!("100! mod 97 = {}, quotient has {} digits", r, q.to_string().len());
    let (q, r) = f.divmod_small(101);
    println!("100! mod 101 = {} (Wilson: 100! = -1 mod 101 -> {})", r, r == 100);
    let _ = q;

    let (mut a, mut b) = (BigUint::from_u64(0), BigUint::from_u64(1));
    for i in 1..=300 {
        let next = a.add(&b);
        a = b;
        b = next;
        if i % 50 == 0 {
            println!("fib({}) = {}", i, abbreviate(&a.to_string()));
        }
    }
    let two = BigUint::from_u64(2);
    for e in [10u32, 64, 100, 127, 256] {
        let p = two.pow(e);
        println!("2^{} = {}", e, abbreviate(&p.to_string()));
    }
    let m = BigUint::from_u64(u64::MAX);
    println!("u64::MAX^2 = {}", m.mul(&m).to_string());
    println!("u64::MAX + 1 = {}", m.add(&BigUint::from_u64(1)).to_string());
    println!("(10^18 - 1) + 1 = {}", BigUint::from_u64(999_999_999_999_999_999).add(&BigUint::from_u64(1)).to_string());
    for s in ["000123", "123456789012345678901234567890", "", "12a", "0"] {
        match BigUint::parse(s) {
            Ok(v) => println!("parse {:?} -> {} limbs {:?}", s, v.to_string(), v.limbs),
            Err(e) => println!("parse error: {}", e),
        }
    }
    let x = BigUint::parse("123456789012345678901234567890").unwrap();
    let y = BigUint::parse("987654321098765432109876543210").unwrap();
    println!("x*y = {}", x.mul(&y).to_string());
    println!("x+y = {}", x.add(&y).to_string());
    let mut digits_seen = [0u32; 10];
    for c in two.pow(1000).to_string().chars() {
        digits_seen[c.to_digit(10).unwrap() as usize] += 1;
    }
    println!("digit counts of 2^1000: {:?} sum {}", digits_seen, two.pow(1000).digit_sum());
}
