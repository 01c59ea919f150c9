//! An `async fn`, which GC mode does not support yet.

async fn fetch() -> i32 {
    42
}

fn main() {
    let _ = fetch();
    println!("done");
}
