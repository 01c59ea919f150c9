//! A macro that is not defined anywhere.

fn main() {
    let n = 3;
    println!("{}", triple!(n));
}
