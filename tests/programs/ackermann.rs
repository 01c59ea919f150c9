//! Deeply recursive classics: Ackermann, McCarthy 91, Takeuchi and Hofstadter's Q-less female/male pair.

fn ackermann(m: u64, n: u64) -> u64 {
    if m == 0 {
        n + 1
    } else if n == 0 {
        ackermann(m - 1, 1)
    } else {
        ackermann(m - 1, ackermann(m, n - 1))
    }
}

fn mccarthy91(n: i32) -> i32 {
    if n > 100 { n - 10 } else { mccarthy91(mccarthy91(n + 11)) }
}

fn tak(x: i32, y: i32, z: i32) -> i32 {
    if y < x {
        tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))
    } else {
        z
    }
}

fn female(n: u32) -> u32 {
    if n == 0 { 1 } else { n - male(female(n - 1)) }
}

fn male(n: u32) -> u32 {
    if n == 0 { 0 } else { n - female(male(n - 1)) }
}

fn calls_to_depth(depth: u32) -> u64 {
    if depth == 0 {
        return 1;
    }
    1 + calls_to_depth(depth - 1) + calls_to_depth(depth - 1)
}

fn main() {
    for m in 0..=3 {
        for n in 0..=4 {
            print!("A({},{})={} ", m, n, ackermann(m, n));
        }
        println!();
    }
    println!("A(3,6) = {}", ackermann(3, 6));
    let mut all91 = true;
    for n in -20..=101 {
        if mccarthy91(n) != 91 {
            all91 = false;
        }
    }
    println!("McCarthy 91 is 91 on -20..=101: {}", all91);
    println!("M(150) = {}", mccarthy91(150));
    println!("tak(18, 12, 6) = {}", tak(18, 12, 6));
    print!("F:");
    for n in 0..20 {
        print!(" {}", female(n));
    }
    println!();
    print!("M:");
    for n in 0..20 {
        print!(" {}", male(n));
    }
    println!();
    println!("calls in a full binary recursion of depth 16: {}", calls_to_depth(16));
}
