//! A `{:?}` format spec, which GC mode does not support yet.

fn main() {
    let n = 42;
    println!("n = {:?}", n);
}
