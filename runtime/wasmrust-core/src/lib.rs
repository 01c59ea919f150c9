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
    ("boxed.rs", include_str!("../gc/boxed.rs")),
    ("char.rs", include_str!("../gc/char.rs")),
    ("clone.rs", include_str!("../gc/clone.rs")),
    ("cmp.rs", include_str!("../gc/cmp.rs")),
    ("collections.rs", include_str!("../gc/collections.rs")),
    ("convert.rs", include_str!("../gc/convert.rs")),
    ("default.rs", include_str!("../gc/default.rs")),
    ("fmt.rs", include_str!("../gc/fmt.rs")),
    ("hash.rs", include_str!("../gc/hash.rs")),
    ("intrinsics.rs", include_str!("../gc/intrinsics.rs")),
    ("io.rs", include_str!("../gc/io.rs")),
    ("iter.rs", include_str!("../gc/iter.rs")),
    ("marker.rs", include_str!("../gc/marker.rs")),
    ("mem.rs", include_str!("../gc/mem.rs")),
    ("num.rs", include_str!("../gc/num.rs")),
    ("ops.rs", include_str!("../gc/ops.rs")),
    ("option.rs", include_str!("../gc/option.rs")),
    ("panic.rs", include_str!("../gc/panic.rs")),
    ("panicking.rs", include_str!("../gc/panicking.rs")),
    ("prelude.rs", include_str!("../gc/prelude.rs")),
    ("process.rs", include_str!("../gc/process.rs")),
    ("result.rs", include_str!("../gc/result.rs")),
    ("slice.rs", include_str!("../gc/slice.rs")),
    ("str.rs", include_str!("../gc/str.rs")),
    ("string.rs", include_str!("../gc/string.rs")),
    ("vec.rs", include_str!("../gc/vec.rs")),
    // Float formatting is its own crate, tested natively against std, and compiled here.
    ("float.rs", include_str!("../../wasmrust-float/src/lib.rs")),
    ("float/ryu.rs", include_str!("../../wasmrust-float/src/ryu.rs")),
    ("float/exact.rs", include_str!("../../wasmrust-float/src/exact.rs")),
];
