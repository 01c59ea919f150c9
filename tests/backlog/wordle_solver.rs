// Wordle: scoring guesses against a secret (handling repeated letters),
// filtering a candidate list by feedback, and a simple solver that picks
// guesses by letter frequency.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    Green,
    Yellow,
    Gray,
}

const WORDS: [&str; 40] = [
    "crane", "slate", "trace", "crate", "react", "caret", "cater", "adore", "irate", "arise", "raise", "stare", "tears", "rates", "aster",
    "heart", "earth", "hater", "other", "throe", "there", "three", "sheer", "shore", "horse", "house", "mouse", "louse", "rouse", "spore",
    "prose", "poser", "ropes", "pores", "proxy", "query", "quiet", "quite", "quote", "eerie",
];

fn score(guess: &str, secret: &str) -> [Mark; 5] {
    let g: Vec<u8> = guess.bytes().collect();
    let s: Vec<u8> = secret.bytes().collect();
    let mut marks = [Mark::Gray; 5];
    let mut remaining = [0u8; 26];
    for i in 0..5 {
        if g[i] == s[i] {
            marks[i] = Mark::Green;
        } else {
            remaining[(s[i] - b'a') as usize] += 1;
        }
    }
    for i in 0..5 {
        if marks[i] != Mark::Green {
            let slot = &mut remaining[(g[i] - b'a') as usize];
            if *slot > 0 {
                *slot -= 1;
                marks[i] = Mark::Yellow;
            }
        }
    }
    marks
}

fn render(marks: &[Mark; 5]) -> String {
    marks.iter().map(|m| match m {
        Mark::Green => 'G',
        Mark::Yellow => 'y',
        Mark::Gray => '.',
    }).collect()
}

fn parse_marks(s: &str) -> Option<[Mark; 5]> {
    let v: Vec<Mark> = s.chars().map(|c| match c {
        'G' | 'g' => Some(Mark::Green),
        'Y' | 'y' => Some(Mark::Yellow),
        '.' | '-' => Some(Mark::Gray),
        _ => None,
    }).collect::<Option<Vec<Mark>>>()?;
    v.try_into().ok()
}

fn best_guess(candidates: &[&str]) -> String {
    let mut freq = [0u32; 26];
    for w in candidates {
        let mut seen = [false; 26];
        for b in w.bytes() {
            let i = (b - b'a') as usize;
            if !seen[i] {
                freq[i] += 1;
                seen[i] = true;
            }
        }
    }
    let value = |w: &str| -> u32 {
        let mut seen = [false; 26];
        let mut v = 0;
        for b in w.bytes() {
            let i = (b - b'a') as usize;
            if !seen[i] {
                v += freq[i];
                seen[i] = true;
            }
        }
        v
    };
    let mut best = candidates[0];
    for w in candidates {
        if value(w) > value(best) {
            best = w;
        }
    }
    best.to_string()
}

fn solve(secret: &str, verbose: bool) -> Option<usize> {
    let mut candidates: Vec<&str> = WORDS.to_vec();
    for turn in 1..=6 {
        let guess = best_guess(&candidates);
        let marks = score(&guess, secret);
        if verbose {
            println!("    turn {}: {} {} ({} candidates)", turn, guess, render(&marks), candidates.len());
        }
        if marks.iter().all(|&m| m == Mark::Green) {
            return Some(turn);
        }
        candidates.retain(|w| score(&guess, w) == marks);
    }
    None
}

fn main() {
    let cases = [("crane", "caret"), ("speed", "abide"), ("eerie", "there"), ("hello", "level"), ("aaaaa", "aabbb"), ("robot", "boots"), ("quiet", "quite")];
    for (guess, secret) in cases {
        println!("guess {} vs secret {}: {}", guess, secret, render(&score(guess, secret)));
    }
    for s in ["GGy..", "gy-.Y", "GGGG", "GGGGX"] {
        println!("parse_marks({:?}) = {:?}", s, parse_marks(s).map(|m| render(&m)));
    }
    let feedback = parse_marks(".y..G").unwrap();
    let fits: Vec<&str> = WORDS.iter().copied().filter(|w| score("crane", w) == feedback).collect();
    println!("words consistent with crane -> {}: {:?}", render(&feedback), fits);

    println!("solver runs:");
    for secret in ["house", "quote", "earth", "poser"] {
        println!("  secret {}", secret);
        match solve(secret, true) {
            Some(n) => println!("    solved in {}", n),
            None => println!("    failed"),
        }
    }
    let mut hist = [0u32; 7];
    for w in WORDS.iter() {
        let turns = solve(w, false).unwrap_or(0);
        hist[turns] += 1;
    }
    println!("turn histogram over all {} words (0 = failed): {:?}", WORDS.len(), hist);
    let total: u32 = hist.iter().enumerate().map(|(i, &n)| i as u32 * n).sum();
    println!("average turns (solved only): {:.3}", total as f64 / (WORDS.len() as u32 - hist[0]) as f64);
}
