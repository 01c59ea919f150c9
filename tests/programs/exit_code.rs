//! `std::process::exit` with a non-zero code after writing to both stdout and stderr.

use std::process;

fn validate(value: i32) -> bool {
    value % 7 != 0
}

fn main() {
    let mut checked = 0;
    for value in 1..=20 {
        if !validate(value) {
            println!("value {} failed validation after {} checks", value, checked);
            eprintln!("error: invalid value {}", value);
            if value > 10 {
                process::exit(3);
            }
            eprintln!("warning: continuing past {}", value);
        }
        checked += 1;
    }
    println!("all values valid");
    std::process::exit(0);
}
