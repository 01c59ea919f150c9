//! Tests that fail on purpose, in every way libtest reports: a failed assertion, a
//! `#[should_panic]` test that does not panic, one that panics with the wrong message. The
//! suite checks that `cargo wasm test` reports them exactly as `cargo test` does.

pub fn average(values: &[i32]) -> i32 {
    let mut sum = 0;
    for v in values {
        sum += v;
    }
    // The bug the tests find: an empty slice divides by zero.
    sum / values.len() as i32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn average_of_three() {
        assert_eq!(average(&[1, 2, 3]), 2);
    }

    #[test]
    fn average_rounds_to_nearest() {
        println!("averaging 1 and 2");
        eprintln!("(on stderr too)");
        assert_eq!(average(&[1, 2]), 2, "1.5 should round up");
    }

    #[test]
    #[should_panic(expected = "attempt to divide by zero")]
    fn empty_slice_panics() {
        average(&[]);
    }

    #[test]
    #[should_panic]
    fn single_value_panics() {
        println!("average of [5] is {}", average(&[5]));
    }

    #[test]
    #[should_panic(expected = "empty input")]
    fn empty_input_message() {
        average(&[]);
    }

    #[test]
    #[ignore]
    fn ignored_and_failing() {
        assert!(false, "never runs unless asked");
    }
}
