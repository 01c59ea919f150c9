// Invoicing with fixed-point money (i64 cents): parsing amounts,
// percentage discounts and taxes with banker's rounding, splitting a
// bill fairly, and currency-style formatting with thousands separators.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
struct Money(i64); // cents

impl Money {
    fn parse(s: &str) -> Result<Money, String> {
        let t = s.trim().trim_start_matches('$').replace(',', "");
        let (neg, t) = match t.strip_prefix('-') {
            Some(rest) => (true, rest.to_string()),
            None => (false, t),
        };
        let (whole, frac) = t.split_once('.').unwrap_or((&t, ""));
        if frac.len() > 2 {
            return Err(format!("too many decimals in {:?}", s));
        }
        let w: i64 = whole.parse().map_err(|e| format!("{:?}: {}", s, e))?;
        let f: i64 = if frac.is_empty() { 0 } else { format!("{:0<2}", frac).parse().map_err(|e| format!("{:?}: {}", s, e))? };
        let cents = w.checked_mul(100).and_then(|x| x.checked_add(f)).ok_or("amount too large")?;
        Ok(Money(if neg { -cents } else { cents }))
    }

    /// Multiply by basis points (1/100 of a percent), rounding half to even.
    fn percent_bp(self, bp: i64) -> Money {
        let num = self.0 * bp;
        let q = num.div_euclid(10_000);
        let r = num.rem_euclid(10_000);
        let rounded = match r.cmp(&5_000) {
            std::cmp::Ordering::Less => q,
            std::cmp::Ordering::Greater => q + 1,
            std::cmp::Ordering::Equal => q + (q & 1),
        };
        Money(rounded)
    }

    fn split(self, parts: usize) -> Vec<Money> {
        let n = parts as i64;
        let base = self.0.div_euclid(n);
        let extra = self.0.rem_euclid(n) as usize;
        (0..parts).map(|i| Money(base + if i < extra { 1 } else { 0 })).collect()
    }

    fn fmt(self) -> String {
        let abs = self.0.unsigned_abs();
        let dollars = (abs / 100).to_string();
        let mut grouped = String::new();
        for (i, ch) in dollars.chars().enumerate() {
            if i > 0 && (dollars.len() - i) % 3 == 0 {
                grouped.push(',');
            }
            grouped.push(ch);
        }
        let sign = if self.0 < 0 { "-" } else { "" };
        format!("{}${}.{:02}", sign, grouped, abs % 100)
    }
}

#[derive(Debug)]
struct Line {
    description: &'static str,
    qty: u32,
    unit: Money,
    taxable: bool,
}

fn main() {
    for s in ["12.34", "$1,234.5", "-0.99", "7", "0.005", "abc", "12.", "$99,999,999.99", "92233720368547758.07"] {
        match Money::parse(s) {
            Ok(m) => println!("parse {:<24} -> {:>18} ({} cents)", format!("{:?}", s), m.fmt(), m.0),
            Err(e) => println!("parse {:<24} -> error: {}", format!("{:?}", s), e),
        }
    }

    let lines = vec![
        Line { description: "Consulting (hours)", qty: 12, unit: Money::parse("145.00").unwrap(), taxable: false },
        Line { description: "Laptop stand", qty: 3, unit: Money::parse("39.99").unwrap(), taxable: true },
        Line { description: "USB-C cable", qty: 7, unit: Money::parse("8.49").unwrap(), taxable: true },
        Line { description: "Support plan (annual)", qty: 1, unit: Money::parse("1,200").unwrap(), taxable: true },
    ];
    println!();
    println!("{:<24}{:>5}{:>12}{:>14}", "item", "qty", "unit", "amount");
    let mut subtotal = Money::default();
    let mut taxable = Money::default();
    for l in &lines {
        let amount = Money(l.unit.0 * l.qty as i64);
        subtotal.0 += amount.0;
        if l.taxable {
            taxable.0 += amount.0;
        }
        println!("{:<24}{:>5}{:>12}{:>14}{}", l.description, l.qty, l.unit.fmt(), amount.fmt(), if l.taxable { " T" } else { "" });
    }
    let discount = subtotal.percent_bp(-750); // 7.5% off
    let taxable_after = Money(taxable.0 + taxable.percent_bp(-750).0);
    let tax = taxable_after.percent_bp(825); // 8.25%
    let total = Money(subtotal.0 + discount.0 + tax.0);
    println!("{:<41}{:>14}", "subtotal", subtotal.fmt());
    println!("{:<41}{:>14}", "discount 7.5%", discount.fmt());
    println!("{:<41}{:>14}", format!("tax 8.25% on {}", taxable_after.fmt()), tax.fmt());
    println!("{:<41}{:>14}", "TOTAL", total.fmt());

    println!();
    let shares = total.split(3);
    println!("split 3 ways: {:?} sum ok: {}", shares.iter().map(|m| m.fmt()).collect::<Vec<_>>(), shares.iter().map(|m| m.0).sum::<i64>() == total.0);
    println!("split $1.00 7 ways: {:?}", Money(100).split(7).iter().map(|m| m.0).collect::<Vec<_>>());
    println!("split -$0.05 2 ways: {:?}", Money(-5).split(2));

    println!("banker's rounding of 0.5 cent cases:");
    for (cents, bp) in [(50, 100), (150, 100), (250, 100), (-50, 100), (-150, 100), (12345, 333), (1, 5000), (3, 5000)] {
        let exact = cents as f64 * bp as f64 / 10_000.0;
        println!("  {:>6} x {:>5}bp = {:>9.4} -> {:>3} cents", cents, bp, exact, Money(cents).percent_bp(bp).0);
    }
    // compound interest month by month vs float
    let mut balance = Money::parse("10000").unwrap();
    let mut float_balance = 10000.0f64;
    for month in 1..=12 {
        balance.0 += balance.percent_bp(42).0; // 0.42% monthly
        float_balance *= 1.0042;
        if month % 3 == 0 {
            println!("month {:>2}: {:>12} (float {:.6})", month, balance.fmt(), float_balance);
        }
    }
    let mut sorted = vec![Money(500), Money(-20), Money(0), Money(123_456_789)];
    sorted.sort();
    println!("{:?}", sorted.iter().map(|m| m.fmt()).collect::<Vec<_>>());
}
