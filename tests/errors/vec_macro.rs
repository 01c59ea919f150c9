//! The `vec!` macro, which GC mode does not support yet.

fn main() {
    let v = vec![1, 2, 3];
    println!("{}", v[0]);
}
