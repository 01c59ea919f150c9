//! The leaves of the library: operations the emitter implements directly.
//!
//! Each function here is `#[intrinsic = "name"]`: calls to it become the operation, and its
//! body is never compiled.

/// A fixed-length GC array of `T`: the backing store of `Vec`, `String` and slices.
#[lang = "raw_array"]
pub struct RawArray<T> {
    _element: T,
}

/// A new array of `len` slots, each zero or null (never read before it is set).
#[intrinsic = "raw_new"]
pub fn raw_new<T>(len: usize) -> RawArray<T> {
    loop {}
}

#[intrinsic = "raw_len"]
pub fn raw_len<T>(array: &RawArray<T>) -> usize {
    loop {}
}

#[intrinsic = "raw_get"]
pub fn raw_get<T>(array: &RawArray<T>, index: usize) -> T {
    loop {}
}

#[intrinsic = "raw_set"]
pub fn raw_set<T>(array: &RawArray<T>, index: usize, value: T) {
    loop {}
}

/// Copies `len` elements; the ranges may overlap.
#[intrinsic = "raw_copy"]
pub fn raw_copy<T>(dst: &RawArray<T>, dst_at: usize, src: &RawArray<T>, src_at: usize, len: usize) {
    loop {}
}

/// The array a string view looks into.
#[intrinsic = "str_array"]
pub fn str_array(s: &str) -> RawArray<u8> {
    loop {}
}

#[intrinsic = "str_start"]
pub fn str_start(s: &str) -> usize {
    loop {}
}

#[intrinsic = "str_len"]
pub fn str_len(s: &str) -> usize {
    loop {}
}

/// A view of `len` bytes from `start`; the caller guarantees UTF-8 and bounds.
#[intrinsic = "str_from_raw"]
pub fn str_from_raw(array: &RawArray<u8>, start: usize, len: usize) -> &'static str {
    loop {}
}

#[intrinsic = "slice_array"]
pub fn slice_array<T>(s: &[T]) -> RawArray<T> {
    loop {}
}

#[intrinsic = "slice_start"]
pub fn slice_start<T>(s: &[T]) -> usize {
    loop {}
}

#[intrinsic = "slice_len"]
pub fn slice_len<T>(s: &[T]) -> usize {
    loop {}
}

#[intrinsic = "slice_from_raw"]
pub fn slice_from_raw<T>(array: &RawArray<T>, start: usize, len: usize) -> &'static [T] {
    loop {}
}

#[intrinsic = "slice_from_raw"]
pub fn slice_from_raw_mut<T>(array: &RawArray<T>, start: usize, len: usize) -> &'static mut [T] {
    loop {}
}

/// Writes text to the host's stdout (1) or stderr (2).
#[intrinsic = "write"]
pub fn write(fd: i32, text: &str) {
    loop {}
}

#[intrinsic = "exit"]
pub fn exit(code: i32) -> ! {
    loop {}
}

#[intrinsic = "transmute"]
pub fn f64_to_bits(x: f64) -> u64 {
    loop {}
}

#[intrinsic = "transmute"]
pub fn f64_from_bits(x: u64) -> f64 {
    loop {}
}

#[intrinsic = "transmute"]
pub fn f32_to_bits(x: f32) -> u32 {
    loop {}
}

#[intrinsic = "transmute"]
pub fn f32_from_bits(x: u32) -> f32 {
    loop {}
}

#[intrinsic = "sqrt"]
pub fn sqrt<F>(x: F) -> F {
    loop {}
}

#[intrinsic = "floor"]
pub fn floor<F>(x: F) -> F {
    loop {}
}

#[intrinsic = "ceil"]
pub fn ceil<F>(x: F) -> F {
    loop {}
}

#[intrinsic = "trunc"]
pub fn trunc<F>(x: F) -> F {
    loop {}
}

#[intrinsic = "nearest"]
pub fn nearest<F>(x: F) -> F {
    loop {}
}

#[intrinsic = "fabs"]
pub fn fabs<F>(x: F) -> F {
    loop {}
}

#[intrinsic = "copysign"]
pub fn copysign<F>(x: F, sign: F) -> F {
    loop {}
}

#[intrinsic = "clz"]
pub fn clz<T>(x: T) -> u32 {
    loop {}
}

#[intrinsic = "ctz"]
pub fn ctz<T>(x: T) -> u32 {
    loop {}
}

#[intrinsic = "popcnt"]
pub fn popcnt<T>(x: T) -> u32 {
    loop {}
}

#[intrinsic = "rotl"]
pub fn rotl<T>(x: T, n: u32) -> T {
    loop {}
}

#[intrinsic = "rotr"]
pub fn rotr<T>(x: T, n: u32) -> T {
    loop {}
}

/// A value never read: zero or null.
#[intrinsic = "zeroed"]
pub fn zeroed<T>() -> T {
    loop {}
}

/// Between types with one representation (`T` and `Box<T>`).
#[intrinsic = "identity"]
pub fn identity<T, U>(x: T) -> U {
    loop {}
}

/// A new object with the same fields (for structs, tuples, arrays; other values are
/// returned as they are), so that overwriting the original does not change it.
#[intrinsic = "shallow_copy"]
pub fn shallow_copy<T>(x: &T) -> T {
    loop {}
}

/// An array as a slice of all its elements.
#[intrinsic = "array_as_slice"]
pub fn array_as_slice<T, const N: usize>(array: &[T; N]) -> &[T] {
    loop {}
}

#[intrinsic = "array_as_slice"]
pub fn array_as_mut_slice<T, const N: usize>(array: &mut [T; N]) -> &mut [T] {
    loop {}
}

/// The name panic reports give the running thread: `main`, or the running test's name.
#[intrinsic = "thread_name"]
pub fn thread_name() -> &'static str {
    loop {}
}
