//! Statistics about a text: words, lines, sentences, letter frequencies, and a report.

#[derive(Debug, Clone, PartialEq)]
pub struct Stats {
    pub lines: usize,
    pub words: usize,
    pub chars: usize,
    pub sentences: usize,
    pub longest_word: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Case {
    Upper,
    Lower,
    Title,
}

/// The words of `text`: runs of letters, digits and apostrophes, lowercased.
pub fn words(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut current = String::new();
    for c in text.chars() {
        if c.is_alphanumeric() || c == '\'' {
            current.push(c.to_ascii_lowercase());
        } else if !current.is_empty() {
            words.push(current.clone());
            current.clear();
        }
    }
    if !current.is_empty() {
        words.push(current);
    }
    words
}

pub fn stats(text: &str) -> Stats {
    let words = words(text);
    let mut longest_word: Option<String> = None;
    for word in &words {
        let longer = match &longest_word {
            Some(longest) => word.chars().count() > longest.chars().count(),
            None => true,
        };
        if longer {
            longest_word = Some(word.clone());
        }
    }
    // A sentence is text that is not only whitespace, ended by '.', '!' or '?' or by the end.
    let mut sentences = 0;
    let mut in_sentence = false;
    for c in text.chars() {
        if c == '.' || c == '!' || c == '?' {
            if in_sentence {
                sentences += 1;
            }
            in_sentence = false;
        } else if !c.is_whitespace() {
            in_sentence = true;
        }
    }
    if in_sentence {
        sentences += 1;
    }
    Stats { lines: text.lines().count(), words: words.len(), chars: text.chars().count(), sentences, longest_word }
}

/// Each word with how often it occurs, most frequent first, ties in alphabetical order.
pub fn word_frequencies(text: &str) -> Vec<(String, usize)> {
    let mut sorted = words(text);
    sorted.sort();
    let mut counts: Vec<(String, usize)> = Vec::new();
    for word in sorted {
        let same = match counts.last() {
            Some((last, _)) => *last == word,
            None => false,
        };
        if same {
            let last = counts.len() - 1;
            counts[last].1 += 1;
        } else {
            counts.push((word, 1));
        }
    }
    counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    counts
}

/// How often each ASCII letter occurs, case-insensitively, indexed from 'a'.
pub fn letter_counts(text: &str) -> [usize; 26] {
    let mut counts = [0; 26];
    for byte in text.bytes() {
        if byte.is_ascii_alphabetic() {
            counts[(byte.to_ascii_lowercase() - b'a') as usize] += 1;
        }
    }
    counts
}

pub fn convert_case(text: &str, case: Case) -> String {
    match case {
        Case::Upper => text.to_uppercase(),
        Case::Lower => text.to_lowercase(),
        Case::Title => {
            let mut out = String::with_capacity(text.len());
            let mut start_of_word = true;
            for c in text.chars() {
                if c.is_alphabetic() {
                    if start_of_word {
                        out.push_str(&c.to_uppercase().to_string());
                    } else {
                        out.push_str(&c.to_lowercase().to_string());
                    }
                    start_of_word = false;
                } else {
                    out.push(c);
                    start_of_word = c.is_whitespace();
                }
            }
            out
        }
    }
}

/// Whether `text` reads the same backwards, ignoring case and everything but letters.
pub fn is_palindrome(text: &str) -> bool {
    let letters: Vec<char> = text.chars().filter(|c| c.is_alphabetic()).map(|c| c.to_ascii_lowercase()).collect();
    let n = letters.len();
    for i in 0..n / 2 {
        if letters[i] != letters[n - 1 - i] {
            return false;
        }
    }
    true
}

/// A short report: the counts, then the `top` most frequent words with a bar each.
pub fn report(text: &str, top: usize) -> String {
    let s = stats(text);
    let mut out = format!("{} lines, {} words, {} characters, {} sentences\n", s.lines, s.words, s.chars, s.sentences);
    if let Some(word) = &s.longest_word {
        out.push_str(&format!("longest word: {} ({} letters)\n", word, word.len()));
    }
    for (word, count) in word_frequencies(text).iter().take(top) {
        out.push_str(&format!("{:<8}{:>3} {}\n", word, count, "#".repeat(*count)));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_lowercased_and_split_on_punctuation() {
        assert_eq!(words("Hello, world! It's 2024."), vec!["hello", "world", "it's", "2024"]);
        assert!(words("  ...  ").is_empty());
    }

    #[test]
    fn counts() {
        let s = stats("One fish. Two fish!\nRed fish? Blue fish.\n");
        assert_eq!(s.lines, 2);
        assert_eq!(s.words, 8);
        assert_eq!(s.sentences, 4);
        assert_eq!(s.longest_word, Some(String::from("fish")));
    }

    #[test]
    fn letters() {
        let counts = letter_counts("Abba zZ!");
        assert_eq!(counts[0], 2);
        assert_eq!(counts[1], 2);
        assert_eq!(counts[25], 2);
        assert_eq!(counts.iter().sum::<usize>(), 6);
    }

    #[test]
    fn palindromes() {
        assert!(is_palindrome("A man, a plan, a canal: Panama"));
        assert!(!is_palindrome("palindrome"));
        assert!(is_palindrome(""));
    }

    #[test]
    #[should_panic(expected = "byte index 10 is out of bounds")]
    fn slicing_past_the_end_panics() {
        let text = String::from("short");
        let _ = &text[..10];
    }

    #[test]
    #[ignore = "slow: a long text"]
    fn a_long_text() {
        let text = "the quick brown fox jumps over the lazy dog. ".repeat(20_000);
        let s = stats(&text);
        assert_eq!(s.words, 180_000);
        assert_eq!(word_frequencies(&text)[0], (String::from("the"), 40_000));
    }
}
