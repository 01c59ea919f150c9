//! A closure expression, which GC mode does not support yet.

fn main() {
    let add = |a: i32, b: i32| a + b;
    println!("{}", add(1, 2));
}
