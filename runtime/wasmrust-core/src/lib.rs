//! The GC-mode core library, as source text.
//!
//! GC mode has no precompiled standard library: the compiler parses these files as crate 0
//! of every program (the crate that `std`, `core` and `alloc` paths name), and compiles what
//! the program reaches. The library is written in the GC profile of Rust itself; only the
//! leaves are intrinsics (`intrinsics.rs`), implemented by the emitter. Items the compiler
//! knows by role carry `#[lang = "..."]`.

/// Every file of the library: the root first, then module files by path relative to `gc/`.
pub const SOURCES: &[(&str, &str)] = &[
    ("lib.rs", include_str!("../gc/lib.rs")),
];
