//! A `bool` where an `i32` is expected.

fn main() {
    let count: i32 = true;
    println!("{}", count);
}
