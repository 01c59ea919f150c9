//! Expression-oriented Rust: nested if/else values, block expressions, shadowing, early return and unit functions.

fn grade(score: i32) -> i32 {
    if score >= 90 {
        if score >= 97 { 5 } else { 4 }
    } else if score >= 70 {
        if score >= 80 { 3 } else { 2 }
    } else {
        1
    }
}

fn sign(x: i64) -> i64 {
    if x > 0 {
        return 1;
    }
    if x < 0 {
        return -1;
    }
    0
}

fn clamp(x: i32, lo: i32, hi: i32) -> i32 {
    if x < lo { lo } else if x > hi { hi } else { x }
}

fn report(label: &str, value: i32) {
    println!("{label} -> {value}");
}

fn nothing() {}

fn unit_value() -> () {
    nothing()
}

fn max3(a: i32, b: i32, c: i32) -> i32 {
    let ab = if a > b { a } else { b };
    if ab > c { ab } else { c }
}

fn main() {
    for score in 60..=100 {
        if score % 5 == 0 || score == 97 {
            println!("score {} grade {}", score, grade(score));
        }
    }
    println!("signs: {} {} {}", sign(-42), sign(0), sign(7));
    println!("clamp: {} {} {}", clamp(-5, 0, 10), clamp(5, 0, 10), clamp(50, 0, 10));
    println!("max3: {} {} {}", max3(1, 2, 3), max3(3, 2, 1), max3(2, 3, 1));

    let x = 5;
    let x = x * 2;
    {
        let x = x + 100;
        report("inner x", x);
    }
    report("outer x", x);
    let x = x > 5;
    println!("shadowed as bool: {}", x);
    let x = 2.5;
    println!("shadowed as f64: {}", x * 2.0);
    let x = "now a string";
    println!("shadowed as &str: {}", x);

    let computed = {
        let a = 3;
        let b = 4;
        a * a + b * b
    };
    println!("block value: {}", computed);

    let parity = if computed % 2 == 0 { "even" } else { "odd" };
    println!("{} is {}", computed, parity);

    let nested = {
        let base = if computed > 20 {
            let bonus = { computed - 20 };
            bonus * 10
        } else {
            0
        };
        base + 1
    };
    println!("nested blocks: {}", nested);

    let _unit: () = unit_value();
    let flag = !true || (false && true) || !(1 > 2);
    println!("unit returned, flag = {}", flag);
    let mut acc = 0;
    let mut i = 0;
    while { i += 1; i <= 10 } {
        acc += if i % 2 == 0 { i } else { -i };
    }
    println!("alternating sum: {}", acc);
    let b1 = 3 < 4;
    let b2 = b1 == (2 + 2 == 4);
    let b3 = b1 != b2;
    println!("bools: {} {} {} {}", b1, b2, b3, (b1 as i32) + (b3 as i32));
}
