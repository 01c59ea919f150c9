//! A method call on an integer, which GC mode does not support yet.

fn main() {
    let x: i32 = -5;
    println!("{}", x.abs());
}
