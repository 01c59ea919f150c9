// Dynamic programming classics: 0/1 knapsack with item reconstruction,
// unbounded coin change (ways and minimum coins), and rod cutting.
#[derive(Debug, Clone)]
struct Item {
    name: &'static str,
    weight: usize,
    value: u32,
}

fn knapsack(items: &[Item], capacity: usize) -> (u32, Vec<usize>) {
    let n = items.len();
    let mut dp = vec![vec![0u32; capacity + 1]; n + 1];
    for i in 1..=n {
        let it = &items[i - 1];
        for w in 0..=capacity {
            dp[i][w] = dp[i - 1][w];
            if it.weight <= w {
                let with = dp[i - 1][w - it.weight] + it.value;
                if with > dp[i][w] {
                    dp[i][w] = with;
                }
            }
        }
    }
    let mut chosen = Vec::new();
    let mut w = capacity;
    for i in (1..=n).rev() {
        if dp[i][w] != dp[i - 1][w] {
            chosen.push(i - 1);
            w -= items[i - 1].weight;
        }
    }
    chosen.reverse();
    (dp[n][capacity], chosen)
}

fn coin_ways(coins: &[usize], amount: usize) -> u64 {
    let mut ways = vec![0u64; amount + 1];
    ways[0] = 1;
    for &c in coins {
        for a in c..=amount {
            ways[a] += ways[a - c];
        }
    }
    ways[amount]
}

fn min_coins(coins: &[usize], amount: usize) -> Option<Vec<usize>> {
    let mut best: Vec<Option<u32>> = vec![None; amount + 1];
    let mut last = vec![0usize; amount + 1];
    best[0] = Some(0);
    for a in 1..=amount {
        for &c in coins {
            if c <= a {
                if let Some(prev) = best[a - c] {
                    if best[a].map_or(true, |b| prev + 1 < b) {
                        best[a] = Some(prev + 1);
                        last[a] = c;
                    }
                }
            }
        }
    }
    best[amount]?;
    let mut out = Vec::new();
    let mut a = amount;
    while a > 0 {
        out.push(last[a]);
        a -= last[a];
    }
    out.sort_unstable_by(|x, y| y.cmp(x));
    Some(out)
}

fn rod_cutting(prices: &[u32], length: usize) -> (u32, Vec<usize>) {
    let mut best = vec![0u32; length + 1];
    let mut cut = vec![0usize; length + 1];
    for l in 1..=length {
        for piece in 1..=l.min(prices.len()) {
            let v = prices[piece - 1] + best[l - piece];
            if v > best[l] {
                best[l] = v;
                cut[l] = piece;
            }
        }
    }
    let mut pieces = Vec::new();
    let mut l = length;
    while l > 0 {
        pieces.push(cut[l]);
        l -= cut[l];
    }
    (best[length], pieces)
}

fn main() {
    let items = vec![
        Item { name: "tent", weight: 11, value: 30 },
        Item { name: "stove", weight: 4, value: 10 },
        Item { name: "water", weight: 8, value: 40 },
        Item { name: "food", weight: 6, value: 36 },
        Item { name: "camera", weight: 2, value: 15 },
        Item { name: "book", weight: 1, value: 2 },
        Item { name: "jacket", weight: 3, value: 18 },
        Item { name: "rope", weight: 5, value: 12 },
    ];
    let total_weight: usize = items.iter().map(|i| i.weight).sum();
    println!("{} items, total weight {}", items.len(), total_weight);
    for cap in [0, 5, 10, 15, 20, 25, 40] {
        let (value, chosen) = knapsack(&items, cap);
        let names: Vec<&str> = chosen.iter().map(|&i| items[i].name).collect();
        let weight: usize = chosen.iter().map(|&i| items[i].weight).sum();
        println!("capacity {:>2}: value {:>3} weight {:>2} {:?}", cap, value, weight, names);
    }
    let mut by_ratio = items.clone();
    by_ratio.sort_by(|a, b| (b.value as f64 / b.weight as f64).partial_cmp(&(a.value as f64 / a.weight as f64)).unwrap());
    for it in &by_ratio {
        println!("  {:<7} {:>5.2} value/kg", it.name, it.value as f64 / it.weight as f64);
    }

    let coins = [1, 2, 5, 10, 20, 50, 100, 200];
    for amount in [0, 1, 5, 10, 100, 200] {
        println!("ways to make {:>3} pence: {}", amount, coin_ways(&coins, amount));
    }
    let odd_coins = [1, 7, 10];
    for amount in [14, 15, 21, 23] {
        println!("min coins for {} from {:?}: {:?}", amount, odd_coins, min_coins(&odd_coins, amount));
    }
    println!("min coins for 7 from [2, 4]: {:?}", min_coins(&[2, 4], 7));
    println!("min coins for 0: {:?}", min_coins(&[3], 0));

    let prices = [1, 5, 8, 9, 10, 17, 17, 20];
    for len in 1..=10 {
        let (v, pieces) = rod_cutting(&prices, len);
        println!("rod {:>2}: best {:>2} pieces {:?}", len, v, pieces);
    }
}
