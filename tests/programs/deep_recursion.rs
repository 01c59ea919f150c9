//! Recursion tens of thousands of frames deep, within what every host's stack holds.

fn sum_to(n: u64) -> u64 {
    if n == 0 { 0 } else { n + sum_to(n - 1) }
}

fn is_even(n: u32) -> bool {
    if n == 0 { true } else { is_odd(n - 1) }
}

fn is_odd(n: u32) -> bool {
    if n == 0 { false } else { is_even(n - 1) }
}

fn count_paths(x: u32, y: u32) -> u64 {
    if x == 0 || y == 0 { 1 } else { count_paths(x - 1, y) + count_paths(x, y - 1) }
}

fn main() {
    println!("sum_to(1000) = {}", sum_to(1000));
    println!("sum_to(5000) = {}", sum_to(5000));
    println!("sum_to(10000) = {}", sum_to(10000));
    println!("sum_to(40000) = {}", sum_to(40000));
    println!("is_even(9999) = {}", is_even(9999));
    println!("is_odd(7777) = {}", is_odd(7777));
    println!("count_paths(10, 10) = {}", count_paths(10, 10));
}
