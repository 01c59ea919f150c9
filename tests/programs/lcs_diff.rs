// Longest common subsequence on lines and characters, used to build a
// minimal line diff ("+", "-", " ") between two versions of a file.
#[derive(Debug, Clone, PartialEq)]
enum Edit {
    Keep(String),
    Add(String),
    Remove(String),
}

/// Map every distinct line to a small integer so the table compares ids.
fn intern(lines: &[&str], table: &mut Vec<String>) -> Vec<u32> {
    let mut ids = Vec::with_capacity(lines.len());
    for line in lines {
        let id = match table.iter().position(|l| l == line) {
            Some(i) => i,
            None => {
                table.push(line.to_string());
                table.len() - 1
            }
        };
        ids.push(id as u32);
    }
    ids
}

fn lcs_table(a: &[u32], b: &[u32]) -> Vec<Vec<u32>> {
    let mut t = vec![vec![0u32; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            t[i][j] = if a[i] == b[j] { t[i + 1][j + 1] + 1 } else { t[i + 1][j].max(t[i][j + 1]) };
        }
    }
    t
}

fn diff(a: &[&str], b: &[&str]) -> Vec<Edit> {
    let mut names = Vec::new();
    let ia = intern(a, &mut names);
    let ib = intern(b, &mut names);
    let t = lcs_table(&ia, &ib);
    let (mut i, mut j) = (0, 0);
    let mut out = Vec::new();
    while i < a.len() && j < b.len() {
        if ia[i] == ib[j] {
            out.push(Edit::Keep(a[i].to_string()));
            i += 1;
            j += 1;
        } else if t[i + 1][j] >= t[i][j + 1] {
            out.push(Edit::Remove(a[i].to_string()));
            i += 1;
        } else {
            out.push(Edit::Add(b[j].to_string()));
            j += 1;
        }
    }
    out.extend(a[i..].iter().map(|s| Edit::Remove(s.to_string())));
    out.extend(b[j..].iter().map(|s| Edit::Add(s.to_string())));
    out
}

fn lcs_string(a: &str, b: &str) -> String {
    let x: Vec<char> = a.chars().collect();
    let y: Vec<char> = b.chars().collect();
    let xs: Vec<u32> = x.iter().map(|&c| c as u32).collect();
    let ys: Vec<u32> = y.iter().map(|&c| c as u32).collect();
    let t = lcs_table(&xs, &ys);
    let (mut i, mut j) = (0, 0);
    let mut s = String::new();
    while i < x.len() && j < y.len() {
        if x[i] == y[j] {
            s.push(x[i]);
            i += 1;
            j += 1;
        } else if t[i + 1][j] >= t[i][j + 1] {
            i += 1;
        } else {
            j += 1;
        }
    }
    s
}

const OLD: &str = "fn main() {
    let x = 1;
    let y = 2;
    println!(\"{}\", x + y);
    // done
}";

const NEW: &str = "fn main() {
    let x = 1;
    let z = 3;
    let y = 2;
    println!(\"{}\", x + y + z);
}
// trailing comment";

fn main() {
    let a: Vec<&str> = OLD.lines().collect();
    let b: Vec<&str> = NEW.lines().collect();
    let edits = diff(&a, &b);
    let (mut adds, mut removes) = (0, 0);
    println!("--- old ({} lines)", a.len());
    println!("+++ new ({} lines)", b.len());
    for e in &edits {
        match e {
            Edit::Keep(l) => println!("  {}", l),
            Edit::Add(l) => {
                adds += 1;
                println!("+ {}", l)
            }
            Edit::Remove(l) => {
                removes += 1;
                println!("- {}", l)
            }
        }
    }
    println!("{} insertions(+), {} deletions(-), {} unchanged", adds, removes, edits.len() - adds - removes);

    // applying the diff to the old text reproduces the new text
    let rebuilt: Vec<&str> = edits
        .iter()
        .filter_map(|e| match e {
            Edit::Keep(l) | Edit::Add(l) => Some(l.as_str()),
            Edit::Remove(_) => None,
        })
        .collect();
    assert_eq!(rebuilt, b);
    println!("patch applies cleanly: {}", rebuilt.join("\n") == NEW);

    let pairs = [
        ("ABCBDAB", "BDCABA"),
        ("AGGTAB", "GXTXAYB"),
        ("kitten", "sitting"),
        ("", "abc"),
        ("same", "same"),
        ("héllo wörld", "hello world"),
        ("日本語のテキスト", "日本のテキスト語"),
    ];
    for (x, y) in pairs {
        let l = lcs_string(x, y);
        println!("lcs({:?}, {:?}) = {:?} (len {})", x, y, l, l.chars().count());
    }
    let nums_a = [1, 3, 4, 1, 2, 1, 3];
    let nums_b = [3, 4, 1, 2, 1, 3, 1];
    let t = lcs_table(&nums_a, &nums_b);
    println!("numeric lcs length {}", t[0][0]);
    for row in t.iter().take(4) {
        println!("  {:?}", row);
    }
    println!("{:?}", diff(&["a", "b"], &["b", "c"]));
}
