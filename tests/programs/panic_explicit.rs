//! Panics on purpose after producing output: a bank-account style validation that fails with a formatted message.

fn apply(balance: i64, amount: i64) -> i64 {
    let next = balance + amount;
    if next < 0 {
        panic!("overdraft: balance {} cannot cover {}", balance, -amount);
    }
    next
}

fn main() {
    let mut balance: i64 = 100;
    let mut step = 1;
    while step <= 6 {
        let amount = if step % 2 == 0 { -40 * step } else { 25 };
        println!("step {}: applying {}", step, amount);
        balance = apply(balance, amount);
        println!("balance is now {}", balance);
        step += 1;
    }
    println!("unreachable: {}", balance);
}
