//! Unbounded recursion: Rust reports the overflowed stack and aborts (status 134) on every host.

fn descend(n: u64) -> u64 {
    // Not a tail call: the multiplication after the call keeps every frame alive.
    if n == 0 { 0 } else { descend(n - 1) * 3 + n % 7 }
}

fn main() {
    println!("starting a descent that cannot end");
    println!("{}", descend(100_000_000_000));
}
