// Levenshtein distance with the full DP table, an alignment trace, and
// a spelling suggester over a small dictionary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Op {
    Match(char),
    Sub(char, char),
    Ins(char),
    Del(char),
}

fn distance_table(a: &[char], b: &[char]) -> Vec<Vec<usize>> {
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for j in 0..=b.len() {
        d[0][j] = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = if a[i - 1] == b[j - 1] { 0 } else { 1 };
            d[i][j] = (d[i - 1][j] + 1).min(d[i][j - 1] + 1).min(d[i - 1][j - 1] + cost);
        }
    }
    d
}

fn levenshtein(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    // two-row version
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for i in 1..=a.len() {
        cur[0] = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            cur[j] = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

fn alignment(a: &str, b: &str) -> Vec<Op> {
    let x: Vec<char> = a.chars().collect();
    let y: Vec<char> = b.chars().collect();
    let d = distance_table(&x, &y);
    let (mut i, mut j) = (x.len(), y.len());
    let mut ops = Vec::new();
    while i > 0 || j > 0 {
        if i > 0 && j > 0 && x[i - 1] == y[j - 1] && d[i][j] == d[i - 1][j - 1] {
            ops.push(Op::Match(x[i - 1]));
            i -= 1;
            j -= 1;
        } else if i > 0 && j > 0 && d[i][j] == d[i - 1][j - 1] + 1 {
            ops.push(Op::Sub(x[i - 1], y[j - 1]));
            i -= 1;
            j -= 1;
        } else if i > 0 && d[i][j] == d[i - 1][j] + 1 {
            ops.push(Op::Del(x[i - 1]));
            i -= 1;
        } else {
            ops.push(Op::Ins(y[j - 1]));
            j -= 1;
        }
    }
    ops.reverse();
    ops
}

fn suggest(word: &str, dict: &[&str], max: usize) -> Vec<(usize, String)> {
    let mut scored: Vec<(usize, String)> = dict.iter().map(|w| (levenshtein(word, w), w.to_string())).filter(|(d, _)| *d <= max).collect();
    scored.sort();
    scored.truncate(3);
    scored
}

fn main() {
    let pairs = [("kitten", "sitting"), ("flaw", "lawn"), ("intention", "execution"), ("", "abc"), ("abc", ""), ("same", "same"), ("café", "cafe"), ("日本語", "日本")];
    for (a, b) in pairs {
        let d = levenshtein(a, b);
        let ops = alignment(a, b);
        let cost = ops.iter().filter(|o| !matches!(o, Op::Match(_))).count();
        assert_eq!(d, cost);
        let top: String = ops.iter().map(|o| match o { Op::Match(c) | Op::Sub(c, _) | Op::Del(c) => *c, Op::Ins(_) => '-' }).collect();
        let mid: String = ops.iter().map(|o| match o { Op::Match(_) => '|', Op::Sub(..) => '*', Op::Ins(_) | Op::Del(_) => ' ' }).collect();
        let bot: String = ops.iter().map(|o| match o { Op::Match(c) | Op::Sub(_, c) | Op::Ins(c) => *c, Op::Del(_) => '-' }).collect();
        println!("{:?} -> {:?}: distance {}", a, b, d);
        println!("    {}", top);
        println!("    {}", mid);
        println!("    {}", bot);
    }

    let a: Vec<char> = "sunday".chars().collect();
    let b: Vec<char> = "saturday".chars().collect();
    let table = distance_table(&a, &b);
    print!("      ");
    for c in &b {
        print!("{:>3}", c);
    }
    println!();
    for (i, row) in table.iter().enumerate() {
        let label = if i == 0 { ' ' } else { a[i - 1] };
        let cells: Vec<String> = row.iter().map(|v| format!("{:>3}", v)).collect();
        println!("  {} {}", label, cells.concat());
    }

    let dict = ["apple", "apply", "ample", "maple", "angle", "ankle", "happy", "applet", "paper", "people", "purple"];
    for typo in ["appel", "aple", "peeple", "xyzzy", "apple", "purpel"] {
        let s = suggest(typo, &dict, 2);
        if s.is_empty() {
            println!("{:<8} no suggestions", typo);
        } else if s[0].0 == 0 {
            println!("{:<8} is spelled correctly", typo);
        } else {
            let list: Vec<String> = s.iter().map(|(d, w)| format!("{} ({})", w, d)).collect();
            println!("{:<8} did you mean: {}", typo, list.join(", "));
        }
    }
}
