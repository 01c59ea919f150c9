use text_stats::{letter_counts, word_frequencies};

#[test]
fn most_frequent_first_then_alphabetical() {
    let freq = word_frequencies("b a c a b a");
    assert_eq!(freq, vec![(String::from("a"), 3), (String::from("b"), 2), (String::from("c"), 1)]);
}

#[test]
fn empty_text_has_no_words() {
    assert!(word_frequencies("").is_empty());
    assert_eq!(letter_counts(""), [0; 26]);
}
