// Word games over an embedded word list: anagram groups via sorted
// letter keys, palindromes (ignoring case and punctuation), letter
// histograms with [u8; 26] arrays, pangram checks and word ladders.
const WORDS: &str = "listen silent enlist tinsel inlets google stone tones notes onset
seton evil vile live veil levi angel glean angle race care acre arc car
state taste teats rat tar art dusty study night thing below elbow
level radar refer rotor kayak civic stats noon deed";

fn key(word: &str) -> String {
    let mut chars: Vec<char> = word.to_lowercase().chars().collect();
    chars.sort_unstable();
    chars.into_iter().collect()
}

fn histogram(s: &str) -> [u8; 26] {
    let mut h = [0u8; 26];
    for b in s.bytes().filter(u8::is_ascii_alphabetic) {
        h[(b.to_ascii_lowercase() - b'a') as usize] += 1;
    }
    h
}

fn is_palindrome(s: &str) -> bool {
    let cleaned: Vec<char> = s.chars().filter(|c| c.is_alphanumeric()).flat_map(|c| c.to_lowercase()).collect();
    let n = cleaned.len();
    (0..n / 2).all(|i| cleaned[i] == cleaned[n - 1 - i])
}

fn one_letter_apart(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.bytes().zip(b.bytes()).filter(|(x, y)| x != y).count() == 1
}

fn ladder(start: &str, goal: &str, dict: &[&str]) -> Option<Vec<String>> {
    let mut prev: Vec<Option<usize>> = vec![None; dict.len()];
    let mut seen = vec![false; dict.len()];
    let s = dict.iter().position(|w| *w == start)?;
    let g = dict.iter().position(|w| *w == goal)?;
    let mut queue = vec![s];
    seen[s] = true;
    let mut i = 0;
    while i < queue.len() {
        let cur = queue[i];
        i += 1;
        if cur == g {
            let mut path = vec![dict[g].to_string()];
            let mut c = g;
            while let Some(p) = prev[c] {
                path.insert(0, dict[p].to_string());
                c = p;
            }
            return Some(path);
        }
        for (j, w) in dict.iter().enumerate() {
            if !seen[j] && one_letter_apart(dict[cur], w) {
                seen[j] = true;
                prev[j] = Some(cur);
                queue.push(j);
            }
        }
    }
    None
}

fn main() {
    let words: Vec<&str> = WORDS.split_whitespace().collect();
    println!("{} words", words.len());
    let mut keyed: Vec<(String, &str)> = words.iter().map(|w| (key(w), *w)).collect();
    keyed.sort();
    let mut groups: Vec<Vec<&str>> = Vec::new();
    let mut last_key = String::new();
    for (k, w) in &keyed {
        if *k != last_key {
            groups.push(Vec::new());
            last_key = k.clone();
        }
        groups.last_mut().unwrap().push(w);
    }
    groups.retain(|g| g.len() > 1);
    groups.sort_by(|a, b| b.len().cmp(&a.len()).then_with(|| a[0].cmp(b[0])));
    println!("{} anagram groups:", groups.len());
    for g in &groups {
        println!("  [{}] {}", key(g[0]), g.join(", "));
    }

    let phrases = ["A man, a plan, a canal: Panama!", "Was it a car or a cat I saw?", "No lemon, no melon", "Hello, World", "Ésope reste ici et se repose", "", "ab"];
    for p in phrases {
        println!("palindrome? {:<5} {:?}", is_palindrome(p), p);
    }
    let pals: Vec<&str> = words.iter().copied().filter(|w| is_palindrome(w)).collect();
    println!("palindromic words: {:?}", pals);

    let sentence = "The quick brown fox jumps over the lazy dog";
    let h = histogram(sentence);
    let missing: String = (0..26).filter(|&i| h[i] == 0).map(|i| (b'a' + i as u8) as char).collect();
    println!("pangram: {} (missing {:?})", missing.is_empty(), missing);
    let h2 = histogram("Pack my box with five dozen liquor jugs");
    let most = (0..26).max_by_key(|&i| (h2[i], 26 - i)).unwrap();
    println!("most common letter: {} x{}", (b'a' + most as u8) as char, h2[most]);
    let text: String = h2.iter().enumerate().filter(|(_, &n)| n > 1).map(|(i, n)| format!("{}{}", (b'a' + i as u8) as char, n)).collect::<Vec<_>>().join(" ");
    println!("repeated letters: {}", text);
    println!("can 'below' be built from 'elbow'? {}", histogram("below") == histogram("elbow"));

    let four: Vec<&str> = vec!["cold", "cord", "card", "ward", "warm", "word", "worm", "wore", "core", "bore", "bare", "barn", "warn"];
    for (a, b) in [("cold", "warm"), ("cold", "barn"), ("warm", "cold"), ("cold", "xyzw")] {
        match ladder(a, b, &four) {
            Some(path) => println!("ladder {} -> {}: {} ({} steps)", a, b, path.join(" > "), path.len() - 1),
            None => println!("ladder {} -> {}: impossible", a, b),
        }
    }
    let mut title = String::from("anagram report");
    title.insert_str(0, "== ");
    title.push_str(" ==");
    let upper_first: String = title.char_indices().map(|(i, c)| if i == 3 || title[..i].ends_with(' ') { c.to_ascii_uppercase() } else { c }).collect();
    println!("{}", upper_first);
}
