//! Integer division by a divisor that reaches zero at run time panics with rustc's message after some output.

fn average(total: i32, count: i32) -> i32 {
    total / count
}

fn main() {
    let mut total = 0;
    let mut remaining = 4;
    while remaining >= 0 {
        total += remaining * 10;
        println!("remaining {}, total {}, checked remainder {}", remaining, total, total % (remaining + 1));
        println!("average so far: {}", average(total, remaining));
        remaining -= 1;
    }
    println!("never printed");
}
