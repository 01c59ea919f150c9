use text_stats::{convert_case, report, stats, Case};

#[test]
fn case_conversions() {
    assert_eq!(convert_case("hello wORLD", Case::Upper), "HELLO WORLD");
    assert_eq!(convert_case("Hello World", Case::Lower), "hello world");
    assert_eq!(convert_case("the rUST book", Case::Title), "The Rust Book");
}

#[test]
fn a_report() {
    let text = "the cat and the hat\nthe end\n";
    let expected = "2 lines, 7 words, 28 characters, 1 sentences\n\
                    longest word: the (3 letters)\n\
                    the       3 ###\n\
                    and       1 #\n";
    assert_eq!(report(text, 2), expected);
}

#[test]
fn stats_of_nothing() {
    let s = stats("");
    assert_eq!((s.lines, s.words, s.chars, s.sentences), (0, 0, 0, 0));
    assert_eq!(s.longest_word, None);
}
