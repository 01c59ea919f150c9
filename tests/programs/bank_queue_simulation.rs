// A discrete-event simulation of a bank with several tellers, driven by
// an in-program linear congruential generator, comparing staffing
// levels by waiting-time statistics.
struct Lcg {
    state: u64,
}

impl Lcg {
    fn new(seed: u64) -> Lcg {
        Lcg { state: seed }
    }
    fn next_u32(&mut self) -> u32 {
        self.state = self.state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (self.state >> 33) as u32
    }
    /// uniform integer in lo..=hi
    fn range(&mut self, lo: u32, hi: u32) -> u32 {
        lo + self.next_u32() % (hi - lo + 1)
    }
    fn chance(&mut self, percent: u32) -> bool {
        self.next_u32() % 100 < percent
    }
}

#[derive(Debug, Clone, Copy)]
struct Customer {
    id: u32,
    arrival: u32,
    service: u32,
    vip: bool,
}

#[derive(Debug, Default, Clone)]
struct Stats {
    served: u32,
    total_wait: u64,
    max_wait: u32,
    max_queue: usize,
    busy_minutes: Vec<u32>,
    waits: Vec<u32>,
}

fn generate(seed: u64, minutes: u32) -> Vec<Customer> {
    let mut rng = Lcg::new(seed);
    let mut out = Vec::new();
    let mut id = 0;
    for t in 0..minutes {
        // busier around lunch time
        let p = if (180..300).contains(&t) { 55 } else { 30 };
        if rng.chance(p) {
            id += 1;
            out.push(Customer { id, arrival: t, service: rng.range(2, 9), vip: rng.chance(10) });
        }
    }
    out
}

fn simulate(customers: &[Customer], tellers: usize, minutes: u32) -> Stats {
    let mut queue: Vec<Customer> = Vec::new();
    let mut busy_until = vec![0u32; tellers];
    let mut stats = Stats { busy_minutes: vec![0; tellers], ..Default::default() };
    let mut next = 0;
    let mut t = 0;
    while t < minutes || !queue.is_empty() {
        while next < customers.len() && customers[next].arrival == t {
            let c = customers[next];
            if c.vip {
                // VIPs go ahead of everyone who is not a VIP
                let pos = queue.iter().position(|q| !q.vip).unwrap_or(queue.len());
                queue.insert(pos, c);
            } else {
                queue.push(c);
            }
            next += 1;
        }
        stats.max_queue = stats.max_queue.max(queue.len());
        for (i, until) in busy_until.iter_mut().enumerate() {
            if *until <= t && !queue.is_empty() {
                let c = queue.remove(0);
                let wait = t - c.arrival;
                stats.served += 1;
                stats.total_wait += wait as u64;
                stats.max_wait = stats.max_wait.max(wait);
                stats.waits.push(wait);
                *until = t + c.service;
                stats.busy_minutes[i] += c.service;
            }
        }
        t += 1;
    }
    stats
}

fn percentile(sorted: &[u32], p: usize) -> u32 {
    if sorted.is_empty() {
        return 0;
    }
    let idx = (p * (sorted.len() - 1) + 50) / 100;
    sorted[idx]
}

fn main() {
    const DAY: u32 = 480;
    let customers = generate(2024, DAY);
    let vips = customers.iter().filter(|c| c.vip).count();
    let work: u32 = customers.iter().map(|c| c.service).sum();
    println!("{} customers ({} VIP), {} minutes of service demand", customers.len(), vips, work);
    println!("first five: {:?}", &customers[..5].iter().map(|c| (c.id, c.arrival, c.service)).collect::<Vec<_>>());
    let mut hourly = [0u32; 8];
    for c in &customers {
        hourly[(c.arrival / 60) as usize] += 1;
    }
    for (h, n) in hourly.iter().enumerate() {
        println!("  {:02}:00 {:>3} {}", 9 + h, n, "*".repeat(*n as usize / 2));
    }
    println!("{:>7} {:>6} {:>9} {:>8} {:>5} {:>5} {:>9} {}", "tellers", "served", "avg wait", "max wait", "p50", "p90", "max queue", "utilization");
    for tellers in 1..=5 {
        let s = simulate(&customers, tellers, DAY);
        let mut w = s.waits.clone();
        w.sort_unstable();
        let util: Vec<String> = s.busy_minutes.iter().map(|&b| format!("{:.0}%", b as f64 * 100.0 / DAY as f64)).collect();
        println!(
            "{:>7} {:>6} {:>9.2} {:>8} {:>5} {:>5} {:>9} {}",
            tellers,
            s.served,
            s.total_wait as f64 / s.served as f64,
            s.max_wait,
            percentile(&w, 50),
            percentile(&w, 90),
            s.max_queue,
            util.join(" ")
        );
        assert_eq!(s.served as usize, customers.len());
    }
    let mut rng = Lcg::new(1);
    let rolls: Vec<u32> = (0..10).map(|_| rng.range(1, 6)).collect();
    println!("lcg dice check: {:?}", rolls);
}
