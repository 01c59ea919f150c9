// Sieve of Eratosthenes with statistics: prime counting, twin primes,
// gaps, digit sums, Goldbach decompositions and factorizations.
fn sieve(limit: usize) -> Vec<bool> {
    let mut is_prime = vec![true; limit + 1];
    is_prime[0] = false;
    if limit >= 1 {
        is_prime[1] = false;
    }
    let mut i = 2;
    while i * i <= limit {
        if is_prime[i] {
            let mut j = i * i;
            while j <= limit {
                is_prime[j] = false;
                j += i;
            }
        }
        i += 1;
    }
    is_prime
}

fn factorize(mut n: u64, primes: &[u64]) -> Vec<(u64, u32)> {
    let mut out = Vec::new();
    for &p in primes {
        if p * p > n {
            break;
        }
        let mut e = 0;
        while n % p == 0 {
            n /= p;
            e += 1;
        }
        if e > 0 {
            out.push((p, e));
        }
    }
    if n > 1 {
        out.push((n, 1));
    }
    out
}

fn format_factors(f: &[(u64, u32)]) -> String {
    f.iter().map(|&(p, e)| if e == 1 { p.to_string() } else { format!("{}^{}", p, e) }).collect::<Vec<_>>().join(" * ")
}

fn main() {
    const LIMIT: usize = 100_000;
    let flags = sieve(LIMIT);
    let primes: Vec<u64> = flags.iter().enumerate().filter(|(_, &p)| p).map(|(i, _)| i as u64).collect();
    println!("{} primes below {}", primes.len(), LIMIT);
    println!("first 25: {:?}", &primes[..25]);
    println!("last 5: {:?}", &primes[primes.len() - 5..]);

    let mut checkpoint = 10;
    let mut count = 0;
    for (n, &is_p) in flags.iter().enumerate() {
        if is_p {
            count += 1;
        }
        if n == checkpoint {
            let approx = n as f64 / (n as f64).ln();
            println!("pi({:>6}) = {:>5}   n/ln n = {:>9.1}   ratio {:.4}", n, count, approx, count as f64 / approx);
            checkpoint *= 10;
        }
    }

    let twins: Vec<(u64, u64)> = primes.windows(2).filter(|w| w[1] - w[0] == 2).map(|w| (w[0], w[1])).collect();
    println!("twin prime pairs: {}, first 8: {:?}, last: {:?}", twins.len(), &twins[..8], twins.last().unwrap());

    let mut max_gap = (0, 0);
    let mut gap_hist = [0u32; 10];
    for w in primes.windows(2) {
        let g = w[1] - w[0];
        if g > max_gap.0 {
            max_gap = (g, w[0]);
        }
        let bucket = (g as usize / 2).min(9);
        gap_hist[bucket] += 1;
    }
    println!("largest gap {} after {}", max_gap.0, max_gap.1);
    for (i, n) in gap_hist.iter().enumerate() {
        let label = if i == 9 { ">=18".to_string() } else if i == 0 { "1".to_string() } else { (i * 2).to_string() };
        println!("  gap {:>4}: {:>5}", label, n);
    }

    let mut last_digit = [0u32; 10];
    for p in &primes {
        last_digit[(p % 10) as usize] += 1;
    }
    println!("last digits: {:?}", last_digit);
    let digit_sum_primes = primes.iter().filter(|&&p| {
        let s: u64 = p.to_string().bytes().map(|b| (b - b'0') as u64).sum();
        flags[s as usize]
    }).count();
    println!("primes whose digit sum is prime: {}", digit_sum_primes);

    for even in [4u64, 28, 100, 998, 9998] {
        let ways: Vec<(u64, u64)> = primes.iter().take_while(|&&p| p <= even / 2).filter(|&&p| flags[(even - p) as usize]).map(|&p| (p, even - p)).collect();
        println!("goldbach {:>5}: {} ways, e.g. {:?}", even, ways.len(), ways.first().unwrap());
    }

    for n in [1u64, 2, 360, 1001, 65536, 999_983, 600_851_475_143, 9_007_199_254_740_993] {
        let f = factorize(n, &primes);
        let kind = match f.as_slice() {
            [] => "unit",
            [(_, 1)] => "prime",
            [(_, _)] => "prime power",
            [_, _] => "two distinct primes",
            _ => "composite",
        };
        println!("{:>16} = {:<28} ({})", n, if f.is_empty() { "1".to_string() } else { format_factors(&f) }, kind);
    }
    let mut palindromic: Vec<u64> = Vec::new();
    for &p in primes.iter().filter(|&&p| p > 100) {
        let s = p.to_string();
        if s.chars().rev().collect::<String>() == s {
            palindromic.push(p);
            if palindromic.len() == 10 {
                break;
            }
        }
    }
    println!("palindromic primes > 100: {:?}", palindromic);
}
