//! A xorshift64 pseudo-random generator driving a Monte Carlo estimate of pi and a dice histogram.

fn xorshift(state: u64) -> u64 {
    let mut x = state;
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    x
}

fn to_unit(x: u64) -> f64 {
    (x >> 11) as f64 / 9007199254740992.0
}

fn lcg(state: u32) -> u32 {
    state * 1664525 + 1013904223
}

fn main() {
    let mut state: u64 = 88172645463325252;
    for _ in 0..5 {
        state = xorshift(state);
        println!("{}", state);
    }

    let mut inside = 0;
    let samples = 200000;
    for _ in 0..samples {
        state = xorshift(state);
        let x = to_unit(state);
        state = xorshift(state);
        let y = to_unit(state);
        if x * x + y * y <= 1.0 {
            inside += 1;
        }
    }
    let estimate = 4.0 * inside as f64 / samples as f64;
    println!("inside: {} of {}, pi is roughly {}", inside, samples, estimate);

    let mut ones = 0;
    let mut twos = 0;
    let mut threes = 0;
    let mut fours = 0;
    let mut fives = 0;
    let mut sixes = 0;
    let mut seed: u32 = 12345;
    for _ in 0..6000 {
        seed = lcg(seed);
        let roll = (seed >> 16) % 6 + 1;
        if roll == 1 {
            ones += 1;
        } else if roll == 2 {
            twos += 1;
        } else if roll == 3 {
            threes += 1;
        } else if roll == 4 {
            fours += 1;
        } else if roll == 5 {
            fives += 1;
        } else {
            sixes += 1;
        }
    }
    println!("dice: {} {} {} {} {} {}", ones, twos, threes, fours, fives, sixes);
    println!("total: {}", ones + twos + threes + fours + fives + sixes);

    let mut walk: i64 = 0;
    let mut max_distance: i64 = 0;
    for _ in 0..10000 {
        state = xorshift(state);
        walk += if state & 1 == 0 { 1 } else { -1 };
        let d = if walk < 0 { -walk } else { walk };
        if d > max_distance {
            max_distance = d;
        }
    }
    println!("random walk ends at {}, farthest {}", walk, max_distance);
}
