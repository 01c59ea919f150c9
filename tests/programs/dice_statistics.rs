// Dice statistics: exact probability distributions by convolution,
// Monte Carlo simulation with an xorshift PRNG, chi-squared goodness of
// fit, and a text histogram, across u8/u16/u32/u64/f32/f64 arithmetic.
struct XorShift64 {
    s: u64,
}

impl XorShift64 {
    fn next(&mut self) -> u64 {
        let mut x = self.s;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.s = x;
        x
    }
    fn die(&mut self, sides: u8) -> u8 {
        // rejection sampling to avoid modulo bias
        let limit = u64::MAX - u64::MAX % sides as u64;
        loop {
            let v = self.next();
            if v < limit {
                return (v % sides as u64) as u8 + 1;
            }
        }
    }
}

fn exact_distribution(dice: u32, sides: u32) -> Vec<u64> {
    // ways[s] = number of ways to roll total s
    let mut ways = vec![1u64];
    for _ in 0..dice {
        let mut next = vec![0u64; ways.len() + sides as usize];
        for (total, &w) in ways.iter().enumerate() {
            for face in 1..=sides as usize {
                next[total + face] += w;
            }
        }
        ways = next;
    }
    ways
}

fn main() {
    let dist = exact_distribution(2, 6);
    let total: u64 = dist.iter().sum();
    println!("2d6 exact ({} outcomes):", total);
    for (s, &w) in dist.iter().enumerate().filter(|(_, &w)| w > 0) {
        let p = w as f64 / total as f64;
        println!("  {:>2}: {:>2}/36 = {:.4} {}", s, w, p, "#".repeat(w as usize * 2));
    }
    let d3 = exact_distribution(3, 6);
    let mode = d3.iter().enumerate().max_by_key(|&(s, &w)| (w, std::cmp::Reverse(s))).map(|(s, _)| s).unwrap();
    println!("3d6 most likely total {} with {} of {} ways", mode, d3[mode], 6u64.pow(3));
    let d10 = exact_distribution(10, 6);
    println!("10d6: {} outcomes, P(total = 35) = {:.6}, P(total = 10) = 1/{}", d10.iter().sum::<u64>(), d10[35] as f64 / 6f64.powi(10), 6u64.pow(10) / d10[10]);

    let mut rng = XorShift64 { s: 0x853c49e6748fea9b };
    const ROLLS: u32 = 60_000;
    let mut counts = [0u32; 13];
    let mut doubles = 0u32;
    let mut longest_streak = 0u16;
    let mut streak = 0u16;
    let mut sum_sq = 0u64;
    for _ in 0..ROLLS {
        let (a, b) = (rng.die(6), rng.die(6));
        let s = (a + b) as usize;
        counts[s] += 1;
        sum_sq += (s * s) as u64;
        if a == b {
            doubles += 1;
            streak += 1;
            longest_streak = longest_streak.max(streak);
        } else {
            streak = 0;
        }
    }
    println!("simulated {} rolls of 2d6:", ROLLS);
    let mut chi2 = 0.0f64;
    for s in 2..=12 {
        let expected = dist[s] as f64 / 36.0 * ROLLS as f64;
        let observed = counts[s] as f64;
        chi2 += (observed - expected).powi(2) / expected;
        println!("  {:>2}: {:>5} (expected {:>7.1}, {:+6.2}%)", s, counts[s], expected, (observed - expected) / expected * 100.0);
    }
    let mean = (2..=12).map(|s| s as u64 * counts[s] as u64).sum::<u64>() as f64 / ROLLS as f64;
    let var = sum_sq as f64 / ROLLS as f64 - mean * mean;
    println!("mean {:.4} (exact 7), variance {:.4} (exact {:.4})", mean, var, 35.0 / 6.0);
    println!("chi-squared with 10 dof = {:.3} ({})", chi2, if chi2 < 18.307 { "consistent with fair dice at 5%" } else { "suspicious" });
    println!("doubles: {} ({:.3}%), longest run of doubles {}", doubles, doubles as f32 / ROLLS as f32 * 100.0, longest_streak);

    // other dice: d4, d8, d20 with f32 averages
    for sides in [4u8, 8, 20, 100] {
        let n = 10_000u32;
        let sum: u32 = (0..n).map(|_| rng.die(sides) as u32).sum();
        let avg = sum as f32 / n as f32;
        let expected = (sides as f32 + 1.0) / 2.0;
        println!("d{:<3} average over {} rolls: {:.3} (expected {:.1}, error {:.4})", sides, n, avg, expected, (avg - expected).abs());
    }
    // advantage: roll 2d20 keep highest
    let mut adv_hits = 0u16;
    let mut plain_hits = 0u16;
    for _ in 0..5000 {
        let (a, b) = (rng.die(20), rng.die(20));
        if a.max(b) >= 15 {
            adv_hits += 1;
        }
        if a >= 15 {
            plain_hits += 1;
        }
    }
    println!("P(>=15): plain {:.3}, with advantage {:.3} (exact {:.3} / {:.3})", plain_hits as f64 / 5000.0, adv_hits as f64 / 5000.0, 6.0 / 20.0, 1.0 - (14.0f64 / 20.0).powi(2));
}
