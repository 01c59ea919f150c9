//! The linear memory layout. Memory holds I/O only: the output buffer that `print!` fills
//! and the host's `write` reads, scratch space for number formatting, and static text.

/// Start of the output buffer.
pub const OUT_BUF: u32 = 0;
/// Size of the output buffer; a `print!` longer than this is flushed in several writes.
pub const OUT_BUF_SIZE: u32 = 4096;
/// Scratch space where integers are formatted, digits written backwards.
pub const SCRATCH: u32 = OUT_BUF + OUT_BUF_SIZE;
/// One past the end of the scratch space (20 digits are enough for `u64::MAX`).
pub const SCRATCH_END: u32 = SCRATCH + 32;
/// Where static text (format string pieces, panic messages) starts.
pub const STATIC_BASE: u32 = SCRATCH_END;
/// Bytes in a wasm page.
pub const PAGE: u32 = 65536;
