use failing_tests::average;

#[test]
fn negative_values_round_down() {
    // Fails: integer division truncates towards zero, to -4.
    assert_eq!(average(&[-3, -6]), -5);
}

#[test]
fn large_values() {
    let values = vec![1000; 10];
    assert_eq!(average(&values), 1000);
}
