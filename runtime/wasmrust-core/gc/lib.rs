//! The GC-mode core library (crate root).
