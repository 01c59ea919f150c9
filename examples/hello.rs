//! The smallest complete program; its module size is budgeted by the `size` suite.
fn main() { println!("Hello, world!"); }
