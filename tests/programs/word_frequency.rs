// Text statistics: word frequencies kept in a sorted Vec, line and
// character counts, longest words, and a histogram of word lengths.
const TEXT: &str = "It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair.

We had everything before us, we had nothing before us;
we were all going direct to Heaven, we were all going direct the other way.";

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct WordCount {
    word: String,
    count: u32,
}

fn normalize(raw: &str) -> String {
    raw.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase()
}

fn insert_word(table: &mut Vec<WordCount>, word: &str) {
    match table.binary_search_by(|wc| wc.word.as_str().cmp(word)) {
        Ok(i) => table[i].count += 1,
        Err(i) => table.insert(i, WordCount { word: word.to_string(), count: 1 }),
    }
}

fn main() {
    let mut table: Vec<WordCount> = Vec::new();
    let mut total_words = 0usize;
    let mut blank_lines = 0;
    for (lineno, line) in TEXT.lines().enumerate() {
        if line.trim().is_empty() {
            blank_lines += 1;
            continue;
        }
        let words: Vec<&str> = line.split_whitespace().collect();
        println!("line {:>2}: {:>2} words, {:>3} bytes, starts with {:?}", lineno + 1, words.len(), line.len(), words[0]);
        for w in words {
            let n = normalize(w);
            if !n.is_empty() {
                insert_word(&mut table, &n);
                total_words += 1;
            }
        }
    }
    println!("total words: {}, distinct: {}, blank lines: {}", total_words, table.len(), blank_lines);

    // table is sorted alphabetically; verify that
    assert!(table.windows(2).all(|w| w[0].word < w[1].word));

    let mut by_count = table.clone();
    by_count.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.word.cmp(&b.word)));
    println!("top 12:");
    for (rank, wc) in by_count.iter().take(12).enumerate() {
        let bar = "#".repeat(wc.count as usize);
        println!("{:>3}. {:<12} {:>3} {}", rank + 1, wc.word, wc.count, bar);
    }

    let singles: Vec<&str> = table.iter().filter(|wc| wc.count == 1).map(|wc| wc.word.as_str()).collect();
    println!("hapax legomena ({}): {}", singles.len(), singles.join(", "));

    let mut lengths = [0u32; 16];
    for wc in &table {
        let l = wc.word.chars().count().min(15);
        lengths[l] += wc.count;
    }
    println!("word length histogram:");
    for (len, &n) in lengths.iter().enumerate() {
        if n > 0 {
            println!("  {:>2} | {:<30}| {}", len, "*".repeat(n as usize), n);
        }
    }

    let longest = table.iter().map(|wc| wc.word.len()).max().unwrap_or(0);
    let longest_words: Vec<&String> = table.iter().filter(|wc| wc.word.len() == longest).map(|wc| &wc.word).collect();
    println!("longest ({} letters): {:?}", longest, longest_words);

    let letters = TEXT.chars().filter(|c| c.is_alphabetic()).count();
    let upper = TEXT.chars().filter(|c| c.is_uppercase()).count();
    let punct = TEXT.chars().filter(|c| c.is_ascii_punctuation()).count();
    let vowels = TEXT.chars().filter(|c| "aeiouAEIOU".contains(*c)).count();
    println!("letters={} upper={} punct={} vowels={} ratio={:.3}", letters, upper, punct, vowels, vowels as f64 / letters as f64);

    let sentences: Vec<&str> = TEXT.split(|c| c == '.' || c == ';').map(|s| s.trim()).filter(|s| !s.is_empty()).collect();
    for s in &sentences {
        let first: String = s.chars().take(30).collect();
        println!("sentence of {} chars: {}...", s.len(), first);
    }
    match table.binary_search_by(|wc| wc.word.as_str().cmp("wisdom")) {
        Ok(i) => println!("found {:?} at {}", table[i], i),
        Err(i) => println!("not found, would insert at {}", i),
    }
    if let Err(i) = table.binary_search_by(|wc| wc.word.as_str().cmp("zebra")) {
        println!("zebra would go at {} of {}", i, table.len());
    }
}
