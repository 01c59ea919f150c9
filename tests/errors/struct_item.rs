//! A `struct` item, which GC mode does not support yet.

struct Point { x: i32 }

fn main() {
    let p = Point { x: 1 };
    println!("{}", p.x);
}
