//! `std::mem`.

/// Swaps two places' values.
pub fn swap<T>(a: &mut T, b: &mut T) {
    let t = replace(a, crate::intrinsics::zeroed());
    let u = replace(b, t);
    *a = u;
}

/// Puts `value` in the place and returns what was there.
pub fn replace<T>(dest: &mut T, value: T) -> T {
    let old = take_raw(dest);
    *dest = value;
    old
}

/// Moves the value out of a place, leaving the type's default.
pub fn take<T: Default>(dest: &mut T) -> T {
    replace(dest, T::default())
}

/// Ends a value's life (a no-op under a garbage collector).
pub fn drop<T>(_value: T) {}

/// The value of a place, as a move (the place is overwritten right after).
fn take_raw<T>(dest: &mut T) -> T {
    crate::intrinsics::shallow_copy(&*dest)
}
