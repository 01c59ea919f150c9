//! Printing: print!/println!/eprint!/eprintln! interleaved, escapes, positional and captured arguments.

fn banner(title: &str, width: i32) {
    let mut i = 0;
    while i < width {
        print!("=");
        i += 1;
    }
    println!();
    println!("{title}");
}

fn main() {
    banner("Printing tour", 20);
    println!("braces: {{}} and {{{}}}", 42);
    println!("{0} {1} {0} {1} {0}", "ping", "pong");
    println!("{1}-{0}", 1, 2);
    let name = "ferris";
    let age = 9;
    let pi = 3.14159;
    let happy = true;
    println!("{name} is {age} years old, likes {pi}, happy: {happy}");
    println!("mixed: {} and {name} and {}", age + 1, happy && false);
    print!("no newline, ");
    print!("then ");
    println!("a newline");
    eprint!("stderr without newline, ");
    eprintln!("then with one");
    eprintln!("error count: {}", 0);
    eprintln!("{{literal braces on stderr}}");
    println!("{}", "a plain &str argument");
    println!("");
    println!("empty line above");
    let negative = -17;
    let small: i8 = -128;
    let wide: u64 = 18446744073709551615;
    let minus: i64 = -9223372036854775808;
    println!("ints: {} {} {} {}", negative, small, wide, minus);
    println!("floats: {} {} {} {}", 1.5, -0.25, 100.0, 1e-3);
    for i in 1..=3 {
        print!("[{i}]");
        eprint!("<{}>", i);
    }
    println!();
    eprintln!();
    println!("done: {}{}{}", 1, 2, 3);
}
