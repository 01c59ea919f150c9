// A grade book: students with weighted assignments, letter grades,
// class statistics, ranking with ties, and a formatted report card.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum Letter {
    A,
    B,
    C,
    D,
    F,
}

#[derive(Debug, Clone, Copy)]
enum Kind {
    Homework,
    Quiz,
    Exam,
}

impl Kind {
    fn weight(self) -> f64 {
        match self {
            Kind::Homework => 0.25,
            Kind::Quiz => 0.25,
            Kind::Exam => 0.5,
        }
    }
}

struct Assignment {
    name: &'static str,
    kind: Kind,
    max: u32,
}

#[derive(Debug, Clone)]
struct Student {
    name: String,
    scores: Vec<Option<u32>>, // None = missing
}

fn letter(pct: f64) -> Letter {
    match pct {
        p if p >= 90.0 => Letter::A,
        p if p >= 80.0 => Letter::B,
        p if p >= 70.0 => Letter::C,
        p if p >= 60.0 => Letter::D,
        _ => Letter::F,
    }
}

fn weighted(student: &Student, assignments: &[Assignment]) -> f64 {
    let mut total = 0.0;
    for kind in [Kind::Homework, Kind::Quiz, Kind::Exam] {
        let (mut got, mut max) = (0u32, 0u32);
        for (a, s) in assignments.iter().zip(&student.scores) {
            if std::mem::discriminant(&a.kind) == std::mem::discriminant(&kind) {
                got += s.unwrap_or(0);
                max += a.max;
            }
        }
        if max > 0 {
            total += kind.weight() * got as f64 / max as f64 * 100.0;
        }
    }
    total
}

fn median(sorted: &[f64]) -> f64 {
    let n = sorted.len();
    if n % 2 == 1 {
        sorted[n / 2]
    } else {
        (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0
    }
}

fn main() {
    let assignments = [
        Assignment { name: "HW1", kind: Kind::Homework, max: 10 },
        Assignment { name: "HW2", kind: Kind::Homework, max: 10 },
        Assignment { name: "Quiz1", kind: Kind::Quiz, max: 20 },
        Assignment { name: "HW3", kind: Kind::Homework, max: 10 },
        Assignment { name: "Midterm", kind: Kind::Exam, max: 100 },
        Assignment { name: "Quiz2", kind: Kind::Quiz, max: 20 },
        Assignment { name: "Final", kind: Kind::Exam, max: 150 },
    ];
    let raw = "Alice: 10 9 18 10 92 19 140
Bob: 7 - 12 8 71 15 110
Chandra: 10 10 20 10 99 20 149
Dmitri: 5 6 9 - 55 10 80
Eun-ji: 9 8 17 9 88 18 131
Femi: 8 8 14 7 71 14 112
Gus: 10 10 - 10 85 17 128";

    let mut students: Vec<Student> = Vec::new();
    for line in raw.lines() {
        let Some((name, rest)) = line.split_once(':') else {
            println!("bad line {:?}", line);
            continue;
        };
        let scores: Vec<Option<u32>> = rest.split_whitespace().map(|t| t.parse().ok()).collect();
        assert_eq!(scores.len(), assignments.len(), "wrong score count for {}", name);
        students.push(Student { name: name.trim().to_string(), scores });
    }

    print!("{:<8}", "name");
    for a in &assignments {
        print!("{:>8}", a.name);
    }
    println!("{:>8}{:>4}", "total", "gr");
    let mut results: Vec<(String, f64, Letter)> = Vec::new();
    for s in &students {
        print!("{:<8}", s.name);
        for sc in &s.scores {
            match sc {
                Some(v) => print!("{:>8}", v),
                None => print!("{:>8}", "--"),
            }
        }
        let w = weighted(s, &assignments);
        let l = letter(w);
        println!("{:>8.2}{:>4}", w, format!("{:?}", l));
        results.push((s.name.clone(), w, l));
    }

    println!();
    println!("per-assignment statistics:");
    for (i, a) in assignments.iter().enumerate() {
        let vals: Vec<u32> = students.iter().filter_map(|s| s.scores[i]).collect();
        let mean = vals.iter().sum::<u32>() as f64 / vals.len() as f64;
        let missing = students.len() - vals.len();
        let best = vals.iter().max().copied().unwrap_or(0);
        println!("  {:<8} {:?} mean {:>6.2}/{:<3} best {:>3} missing {}", a.name, a.kind, mean, a.max, best, missing);
    }

    let mut totals: Vec<f64> = results.iter().map(|r| r.1).collect();
    totals.sort_by(|a, b| a.partial_cmp(b).unwrap());
    let mean = totals.iter().sum::<f64>() / totals.len() as f64;
    let sd = (totals.iter().map(|t| (t - mean).powi(2)).sum::<f64>() / (totals.len() - 1) as f64).sqrt();
    println!("class mean {:.2}, median {:.2}, sample sd {:.2}, range {:.2}..{:.2}", mean, median(&totals), sd, totals[0], totals[totals.len() - 1]);

    let mut dist = [0usize; 5];
    for r in &results {
        dist[r.2 as usize] += 1;
    }
    for (i, l) in [Letter::A, Letter::B, Letter::C, Letter::D, Letter::F].iter().enumerate() {
        println!("  {:?}: {} {}", l, "█".repeat(dist[i]), dist[i]);
    }

    // ranking, rounding to one decimal to create ties
    let mut ranked: Vec<(String, f64)> = results.iter().map(|(n, w, _)| (n.clone(), (w * 10.0).round() / 10.0)).collect();
    ranked.sort_by(|a, b| b.1.partial_cmp(&a.1).unwrap().then_with(|| a.0.cmp(&b.0)));
    let mut rank = 0;
    let mut prev: Option<f64> = None;
    for (i, (name, score)) in ranked.iter().enumerate() {
        if prev != Some(*score) {
            rank = i + 1;
        }
        prev = Some(*score);
        let z = (score - mean) / sd;
        println!("{:>2}. {:<8} {:>5.1}  z={:+.2}", rank, name, score, z);
    }
    let honor: Vec<&str> = results.iter().filter(|r| r.2 == Letter::A).map(|r| r.0.as_str()).collect();
    let at_risk: Vec<&str> = results.iter().filter(|r| r.2 >= Letter::D).map(|r| r.0.as_str()).collect();
    println!("honor roll: {:?}; at risk: {:?}", honor, at_risk);
}
