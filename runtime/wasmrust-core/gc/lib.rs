//! The GC-mode core library: what `std`, `core` and `alloc` paths name in GC mode.
//!
//! Written in the GC profile of Rust and compiled with each program (only what the
//! program reaches is emitted). The leaves are in `intrinsics`; items the compiler knows by
//! role carry `#[lang = "..."]`.

pub mod intrinsics;
pub mod marker;
pub mod clone;
pub mod cmp;
pub mod ops;
pub mod default;
pub mod convert;
pub mod option;
pub mod result;
pub mod boxed;
pub mod slice;
pub mod str;
pub mod string;
pub mod vec;
pub mod fmt;
pub mod io;
pub mod panicking;
pub mod panic;
pub mod process;
pub mod iter;
pub mod mem;
pub mod num;
pub mod char;
pub mod hash;
pub mod float;
pub mod collections;
pub mod prelude;
