//! Panics: rustc's report on stderr, then exit status 101.

use crate::panic::Location;

/// Panics with a message at a location.
pub fn panic_str(message: &str, file: &str, line: u32, col: u32) -> ! {
    let mut report = crate::string::String::new();
    report.push_str("\nthread '");
    report.push_str(crate::intrinsics::thread_name());
    report.push_str("' panicked at ");
    report.push_str(file);
    report.push_str(":");
    crate::fmt::push_u64(&mut report, line as u64);
    report.push_str(":");
    crate::fmt::push_u64(&mut report, col as u64);
    report.push_str(":\n");
    report.push_str(message);
    report.push_str("\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n");
    crate::intrinsics::write(2, report.as_str());
    crate::intrinsics::exit(101)
}

/// Panics at a `#[track_caller]` function's caller.
pub fn panic_str_at(message: &str, location: &Location) -> ! {
    panic_str(message, location.file(), location.line(), location.column())
}

/// `assert_eq!`/`assert_ne!` failing.
pub fn assert_failed<T: crate::fmt::Debug, U: crate::fmt::Debug>(
    head: &crate::string::String,
    left: &T,
    right: &U,
    file: &str,
    line: u32,
    col: u32,
) -> ! {
    let message = format!("{}\n  left: {:?}\n right: {:?}", head, left, right);
    panic_str(message.as_str(), file, line, col)
}

/// Indexing out of bounds, as the emitter's bounds checks report it.
#[lang = "panic_bounds_check"]
pub fn panic_bounds_check(index: usize, len: usize, file: &str, line: u32, col: u32) -> ! {
    let message = format!("index out of bounds: the len is {} but the index is {}", len, index);
    panic_str(message.as_str(), file, line, col)
}
