// A glob matcher (*, ?, [abc], [a-z], [!x]) and a tiny regex engine
// supporting literals, '.', '*', '+', '?', '^' and '$', both recursive.
fn glob_match(pattern: &[char], text: &[char]) -> bool {
    match pattern.first() {
        None => text.is_empty(),
        Some('*') => {
            // try to consume zero or more characters
            (0..=text.len()).any(|skip| glob_match(&pattern[1..], &text[skip..]))
        }
        Some('?') => !text.is_empty() && glob_match(&pattern[1..], &text[1..]),
        Some('[') => {
            let close = match pattern.iter().position(|&c| c == ']') {
                Some(i) => i,
                None => return false,
            };
            let Some(&c) = text.first() else { return false };
            let mut class = &pattern[1..close];
            let negate = matches!(class.first(), Some('!') | Some('^'));
            if negate {
                class = &class[1..];
            }
            let mut found = false;
            let mut i = 0;
            while i < class.len() {
                if i + 2 < class.len() && class[i + 1] == '-' {
                    if class[i] <= c && c <= class[i + 2] {
                        found = true;
                    }
                    i += 3;
                } else {
                    if class[i] == c {
                        found = true;
                    }
                    i += 1;
                }
            }
            found != negate && glob_match(&pattern[close + 1..], &text[1..])
        }
        Some(&p) => text.first() == Some(&p) && glob_match(&pattern[1..], &text[1..]),
    }
}

fn glob(pattern: &str, text: &str) -> bool {
    let p: Vec<char> = pattern.chars().collect();
    let t: Vec<char> = text.chars().collect();
    glob_match(&p, &t)
}

// Regex in the style of Kernighan & Pike, extended with '+' and '?'.
fn re_match(re: &str, text: &str) -> bool {
    let r: Vec<char> = re.chars().collect();
    let t: Vec<char> = text.chars().collect();
    if r.first() == Some(&'^') {
        return match_here(&r[1..], &t);
    }
    (0..=t.len()).any(|i| match_here(&r, &t[i..]))
}

fn char_eq(p: char, c: char) -> bool {
    p == '.' || p == c
}

fn match_here(r: &[char], t: &[char]) -> bool {
    match r {
        [] => true,
        ['$'] => t.is_empty(),
        [c, '*', rest @ ..] => match_star(*c, rest, t),
        [c, '+', rest @ ..] => !t.is_empty() && char_eq(*c, t[0]) && match_star(*c, rest, &t[1..]),
        [c, '?', rest @ ..] => (!t.is_empty() && char_eq(*c, t[0]) && match_here(rest, &t[1..])) || match_here(rest, t),
        [c, rest @ ..] => !t.is_empty() && char_eq(*c, t[0]) && match_here(rest, &t[1..]),
    }
}

fn match_star(c: char, r: &[char], t: &[char]) -> bool {
    let mut i = 0;
    loop {
        if match_here(r, &t[i..]) {
            return true;
        }
        if i < t.len() && char_eq(c, t[i]) {
            i += 1;
        } else {
            return false;
        }
    }
}

fn main() {
    let files = [
        "main.rs", "lib.rs", "Cargo.toml", "README.md", "build.rs", "notes.txt", "a.b.c", "x1.rs", "x22.rs", "日本.txt", ".hidden", "",
    ];
    let patterns = ["*.rs", "?.rs", "x??.rs", "[A-Z]*", "[!.]*", "*.*.*", "*", "", "[lm]*.rs", "*.t?t", "??.txt", "[abc"];
    for p in patterns {
        let hits: Vec<&str> = files.iter().copied().filter(|f| glob(p, f)).collect();
        println!("glob {:<10} matches {:>2}: {:?}", format!("{:?}", p), hits.len(), hits);
    }

    let cases = [
        ("abc", "xxabcxx"),
        ("^abc", "xxabc"),
        ("^abc", "abcdef"),
        ("abc$", "xxabc"),
        ("a.c", "abc"),
        ("a.c", "ac"),
        ("ab*c", "ac"),
        ("ab*c", "abbbbc"),
        ("ab+c", "ac"),
        ("ab+c", "abbc"),
        ("colou?r", "color"),
        ("colou?r", "colour"),
        ("colou?r", "colouur"),
        ("^[0-9]", "123"),
        ("^.*$", ""),
        ("^a*$", "aaaa"),
        ("^a*$", "aaba"),
        ("x.*y.*z", "xaaayaaaz"),
        ("é+", "caféé"),
        ("^h.llo w.rld$", "héllo wörld"),
    ];
    let mut matched = 0;
    for (re, text) in cases.iter() {
        let m = re_match(re, text);
        if m {
            matched += 1;
        }
        println!("re {:<16} ~ {:<14} {}", format!("/{}/", re), format!("{:?}", text), if m { "MATCH" } else { "-" });
    }
    println!("{} of {} regex cases matched", matched, cases.len());

    // find lines of a log that match
    let log = "INFO start\nWARN disk 91%\nERROR failed to open x.cfg\nINFO retry\nERROR timeout after 30s\nDEBUG tick";
    for re in ["^ERROR", "[0-9]+", "^INFO.*y$", "%$"] {
        let lines: Vec<(usize, &str)> = log.lines().enumerate().filter(|(_, l)| re_match(re, l)).collect();
        println!("{:<10} -> {:?}", re, lines);
    }
}
