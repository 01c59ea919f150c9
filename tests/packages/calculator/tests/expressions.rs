use calculator::{evaluate, evaluate_lines};

#[test]
fn nested_parentheses() {
    assert_eq!(evaluate("((1 + 2) * (3 + 4)) - (5)"), Ok(16));
}

#[test]
fn whitespace_does_not_matter() {
    assert_eq!(evaluate("  7*6 "), evaluate("7 * 6"));
}

#[test]
fn a_script_of_lines() {
    let script = "# a comment\n1 + 1\n\n6 / (3 - 3)\n2 * (3 + 4)\n";
    assert_eq!(
        evaluate_lines(script),
        vec![
            String::from("1 + 1 = 2"),
            String::from("6 / (3 - 3): error: division by zero"),
            String::from("2 * (3 + 4) = 14"),
        ]
    );
}
