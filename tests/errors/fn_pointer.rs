//! A function pointer type, which GC mode does not support yet.

fn double(x: i32) -> i32 {
    x * 2
}

fn main() {
    let f: fn(i32) -> i32 = double;
    println!("{}", f(21));
}
