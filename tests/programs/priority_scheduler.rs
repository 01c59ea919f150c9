// CPU scheduling simulation: FCFS, shortest-job-first, priority and
// round-robin over the same job list, with per-policy statistics.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Job {
    id: u8,
    arrival: u32,
    burst: u32,
    priority: u8, // lower is more urgent
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Policy {
    Fcfs,
    Sjf,
    Priority,
    RoundRobin { quantum: u32 },
}

#[derive(Debug, Default, Clone, Copy)]
struct Outcome {
    finish: u32,
    waiting: u32,
    turnaround: u32,
}

fn pick(ready: &[usize], jobs: &[Job], policy: Policy) -> usize {
    // returns an index into `ready`
    let mut best = 0;
    for i in 1..ready.len() {
        let a = &jobs[ready[i]];
        let b = &jobs[ready[best]];
        let better = match policy {
            Policy::Fcfs | Policy::RoundRobin { .. } => false,
            Policy::Sjf => (a.burst, a.arrival) < (b.burst, b.arrival),
            Policy::Priority => (a.priority, a.arrival) < (b.priority, b.arrival),
        };
        if better {
            best = i;
        }
    }
    best
}

fn simulate(jobs: &[Job], policy: Policy) -> (Vec<Outcome>, String) {
    let mut remaining: Vec<u32> = jobs.iter().map(|j| j.burst).collect();
    let mut outcomes = vec![Outcome::default(); jobs.len()];
    let mut ready: Vec<usize> = Vec::new();
    let mut arrived = vec![false; jobs.len()];
    let mut timeline = String::new();
    let mut time = 0u32;
    let mut done = 0;

    let admit = |time: u32, ready: &mut Vec<usize>, arrived: &mut Vec<bool>| {
        for (i, j) in jobs.iter().enumerate() {
            if !arrived[i] && j.arrival <= time {
                arrived[i] = true;
                ready.push(i);
            }
        }
    };

    while done < jobs.len() {
        admit(time, &mut ready, &mut arrived);
        if ready.is_empty() {
            timeline.push('.');
            time += 1;
            continue;
        }
        let slot = pick(&ready, jobs, policy);
        let idx = ready.remove(slot);
        let run = match policy {
            Policy::RoundRobin { quantum } => remaining[idx].min(quantum),
            _ => remaining[idx],
        };
        for _ in 0..run {
            timeline.push((b'A' + jobs[idx].id) as char);
        }
        time += run;
        remaining[idx] -= run;
        admit(time, &mut ready, &mut arrived);
        if remaining[idx] == 0 {
            let j = &jobs[idx];
            let turnaround = time - j.arrival;
            outcomes[idx] = Outcome { finish: time, waiting: turnaround - j.burst, turnaround };
            done += 1;
        } else {
            ready.push(idx);
        }
    }
    (outcomes, timeline)
}

fn main() {
    let jobs = [
        Job { id: 0, arrival: 0, burst: 7, priority: 3 },
        Job { id: 1, arrival: 2, burst: 4, priority: 1 },
        Job { id: 2, arrival: 4, burst: 1, priority: 4 },
        Job { id: 3, arrival: 5, burst: 4, priority: 2 },
        Job { id: 4, arrival: 20, burst: 3, priority: 1 },
        Job { id: 5, arrival: 21, burst: 2, priority: 5 },
    ];
    println!("{:<4}{:>8}{:>6}{:>9}", "job", "arrival", "burst", "priority");
    for j in &jobs {
        println!("{:<4}{:>8}{:>6}{:>9}", (b'A' + j.id) as char, j.arrival, j.burst, j.priority);
    }
    let policies = [Policy::Fcfs, Policy::Sjf, Policy::Priority, Policy::RoundRobin { quantum: 2 }, Policy::RoundRobin { quantum: 5 }];
    let mut summary: Vec<(String, f64)> = Vec::new();
    for policy in policies {
        let (out, timeline) = simulate(&jobs, policy);
        println!();
        println!("policy {:?}", policy);
        println!("timeline |{}|", timeline);
        for (j, o) in jobs.iter().zip(out.iter()) {
            println!("  {} finish={:>3} wait={:>3} turnaround={:>3}", (b'A' + j.id) as char, o.finish, o.waiting, o.turnaround);
        }
        let n = out.len() as f64;
        let avg_wait = out.iter().map(|o| o.waiting as f64).sum::<f64>() / n;
        let avg_tat = out.iter().map(|o| o.turnaround).sum::<u32>() as f64 / n;
        let max_wait = out.iter().map(|o| o.waiting).max().unwrap_or(0);
        println!("  avg wait {:.3}, avg turnaround {:.3}, max wait {}", avg_wait, avg_tat, max_wait);
        summary.push((format!("{:?}", policy), avg_wait));
    }
    summary.sort_by(|a, b| a.1.partial_cmp(&b.1).unwrap().then_with(|| a.0.cmp(&b.0)));
    println!();
    println!("ranking by average wait:");
    for (i, (name, w)) in summary.iter().enumerate() {
        println!("{}. {:<32} {:>6.2}", i + 1, name, w);
    }
    let mut sorted_jobs = jobs.to_vec();
    sorted_jobs.sort_by_key(|j| (j.priority, std::cmp::Reverse(j.burst)));
    let ids: Vec<char> = sorted_jobs.iter().map(|j| (b'A' + j.id) as char).collect();
    println!("by priority then longest burst: {:?}", ids);
    println!("max job by derived Ord: {:?}", jobs.iter().max());
}
