//! Output to the host.

/// `print!` and friends: writes the formatted text to stdout (1) or stderr (2).
pub fn _print(fd: i32, f: &crate::fmt::Formatter) {
    crate::intrinsics::write(fd, f.as_str());
}

/// A print of fixed text.
pub fn _print_str(fd: i32, text: &str) {
    crate::intrinsics::write(fd, text);
}
