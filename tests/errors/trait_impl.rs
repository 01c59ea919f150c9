//! A trait and its impl, which GC mode does not support yet.

trait Double {
    fn double(self) -> Self;
}

impl Double for i32 {
    fn double(self) -> i32 { self * 2 }
}

fn main() {
    println!("{}", 21.double());
}
