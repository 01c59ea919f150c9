//! The runtime: helper functions emitted into a module when its code needs them.
//!
//! Output is buffered per `print!` statement in linear memory and handed to the host's
//! `write` at the end of the statement (or when the buffer fills), so the host sees one call
//! per line in the common case. Helpers are emitted only when [`Needs`] says some reachable
//! code uses them.

use std::collections::BTreeSet;

use wasm_encoder::{BlockType, Instruction as I, MemArg, MemArgTarget, ValType};
use wasmrust_ir::{self as ir, ExprKind, Ty};

use crate::layout::{OUT_BUF, OUT_BUF_SIZE, SCRATCH_END};
use crate::module::{BYTES_TYPE, Cx, GLOBAL_OUT_FD, GLOBAL_OUT_LEN};

/// A runtime helper function.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum Helper {
    /// `flush()`: write the buffer to the current fd and empty it.
    Flush,
    /// `reserve(n) -> ptr`: make room for `n` bytes in the buffer and claim them.
    Reserve,
    /// `put_static(ptr, len)`: append static text.
    PutStatic,
    /// `put_str(s)`: append a string's bytes.
    PutStr,
    /// `put_u64(v)`: append an unsigned integer in decimal.
    PutU64,
    /// `put_i64(v)`: append a signed integer in decimal.
    PutI64,
    /// `put_f64(v)`: append a float as Rust's `Display` does (through the host).
    PutF64,
    /// `put_bool(b)`: append `true` or `false`.
    PutBool,
    /// `panic_static(ptr, len)`: print a panic whose location and message are static text, exit 101.
    PanicStatic,
}

impl Helper {
    /// The helpers this one calls.
    fn deps(self) -> &'static [Helper] {
        match self {
            Helper::Flush | Helper::PanicStatic => &[],
            Helper::Reserve => &[Helper::Flush],
            Helper::PutStatic => &[Helper::Reserve, Helper::Flush],
            Helper::PutStr | Helper::PutF64 => &[Helper::Reserve],
            Helper::PutU64 | Helper::PutBool => &[Helper::PutStatic],
            Helper::PutI64 => &[Helper::PutStatic, Helper::PutU64],
        }
    }

    pub(crate) fn name(self) -> &'static str {
        match self {
            Helper::Flush => "wasmrust::flush",
            Helper::Reserve => "wasmrust::reserve",
            Helper::PutStatic => "wasmrust::put_static",
            Helper::PutStr => "wasmrust::put_str",
            Helper::PutU64 => "wasmrust::put_u64",
            Helper::PutI64 => "wasmrust::put_i64",
            Helper::PutF64 => "wasmrust::put_f64",
            Helper::PutBool => "wasmrust::put_bool",
            Helper::PanicStatic => "wasmrust::panic_static",
        }
    }

    pub(crate) fn signature(self, bytes_ref: ValType) -> (Vec<ValType>, Vec<ValType>) {
        use ValType::{F64, I32, I64};
        match self {
            Helper::Flush => (vec![], vec![]),
            Helper::Reserve => (vec![I32], vec![I32]),
            Helper::PutStatic | Helper::PanicStatic => (vec![I32, I32], vec![]),
            Helper::PutStr => (vec![bytes_ref], vec![]),
            Helper::PutU64 | Helper::PutI64 => (vec![I64], vec![]),
            Helper::PutF64 => (vec![F64], vec![]),
            Helper::PutBool => (vec![I32], vec![]),
        }
    }

    /// The helper that appends a value of this type to the output buffer.
    pub(crate) fn put_for(ty: Ty) -> Option<Helper> {
        match ty {
            Ty::Int(t) if t.signed() => Some(Helper::PutI64),
            Ty::Int(_) => Some(Helper::PutU64),
            Ty::F64 => Some(Helper::PutF64),
            Ty::Bool => Some(Helper::PutBool),
            Ty::Str => Some(Helper::PutStr),
            _ => None,
        }
    }
}

/// What the reachable code needs from the runtime and the host.
#[derive(Debug, Default)]
pub(crate) struct Needs {
    /// Helpers, closed under their dependencies.
    pub helpers: BTreeSet<Helper>,
}

impl Needs {
    /// Walks the reachable functions' bodies.
    pub(crate) fn of(module: &ir::Module, reachable: &[ir::FuncId]) -> Needs {
        let mut needs = Needs::default();
        for f in reachable {
            needs.visit(&module.functions[f.0 as usize].body);
        }
        let mut closed = BTreeSet::new();
        let mut work: Vec<Helper> = needs.helpers.iter().copied().collect();
        while let Some(h) = work.pop() {
            if closed.insert(h) {
                work.extend(h.deps());
            }
        }
        needs.helpers = closed;
        needs
    }

    fn visit(&mut self, expr: &ir::Expr) {
        match &expr.kind {
            ExprKind::Print { format, .. } if static_text(format).is_none() => self.format(format),
            ExprKind::Panic(format) => match static_text(format) {
                Some(_) => {
                    self.helpers.insert(Helper::PanicStatic);
                }
                None => self.format(format),
            },
            ExprKind::Binary { op: ir::BinOp::Div | ir::BinOp::Rem, .. } if matches!(expr.ty, Ty::Int(_)) => {
                self.helpers.insert(Helper::PanicStatic);
            }
            _ => {}
        }
        expr.for_each_child(|child| self.visit(child));
    }

    fn format(&mut self, format: &ir::Format) {
        self.helpers.insert(Helper::PutStatic);
        self.helpers.insert(Helper::Flush);
        for arg in &format.args {
            if let Some(h) = Helper::put_for(arg.ty) {
                self.helpers.insert(h);
            }
        }
    }

    /// Whether the output buffer (and its globals) exist in this module.
    pub(crate) fn buffered_output(&self) -> bool {
        self.helpers.contains(&Helper::Flush)
    }
}

/// The whole text of a format with no arguments, which is written without buffering.
pub(crate) fn static_text(format: &ir::Format) -> Option<String> {
    if !format.args.is_empty() {
        return None;
    }
    let mut text = String::new();
    for piece in &format.pieces {
        match piece {
            ir::FmtPiece::Lit(s) => text.push_str(s),
            ir::FmtPiece::Arg(_) => return None,
        }
    }
    Some(text)
}

/// What rustc's panic handler prints before the location. Since Rust 1.9x the report opens
/// with a line break, so that it starts on a line of its own; the thread id it prints
/// natively (`'main' (1234)`) has no meaning in a module and is left out.
pub(crate) const PANIC_PREFIX: &str = "\nthread 'main' panicked at ";
/// What rustc's panic handler prints after the message when backtraces are off.
pub(crate) const PANIC_NOTE: &str = "\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n";
/// Exit status of a panicking Rust program.
pub(crate) const PANIC_EXIT_STATUS: i32 = 101;

const MEM8: MemArg = MemArg { offset: 0, align: 0, target: MemArgTarget::Memory(0), ordering: None };

/// The body of a helper: its extra locals and instructions.
pub(crate) fn body(helper: Helper, cx: &mut Cx<'_>) -> (Vec<ValType>, Vec<I<'static>>) {
    let len = GLOBAL_OUT_LEN;
    let fd = GLOBAL_OUT_FD;
    let write = cx.imports.write;
    match helper {
        Helper::Flush => (
            vec![],
            vec![
                I::GlobalGet(len),
                I::If(BlockType::Empty),
                I::GlobalGet(fd),
                I::I32Const(OUT_BUF as i32),
                I::GlobalGet(len),
                I::Call(write),
                I::I32Const(0),
                I::GlobalSet(len),
                I::End,
                I::End,
            ],
        ),
        Helper::Reserve => {
            let flush = cx.helper(Helper::Flush);
            (
                vec![],
                vec![
                    I::GlobalGet(len),
                    I::LocalGet(0),
                    I::I32Add,
                    I::I32Const(OUT_BUF_SIZE as i32),
                    I::I32GtU,
                    I::If(BlockType::Empty),
                    I::Call(flush),
                    I::End,
                    I::GlobalGet(len),
                    I::GlobalGet(len),
                    I::LocalGet(0),
                    I::I32Add,
                    I::GlobalSet(len),
                    I::End,
                ],
            )
        }
        Helper::PutStatic => {
            let (flush, reserve) = (cx.helper(Helper::Flush), cx.helper(Helper::Reserve));
            (
                vec![],
                vec![
                    // Text larger than the buffer goes straight to the host.
                    I::LocalGet(1),
                    I::I32Const(OUT_BUF_SIZE as i32),
                    I::I32GtU,
                    I::If(BlockType::Empty),
                    I::Call(flush),
                    I::GlobalGet(fd),
                    I::LocalGet(0),
                    I::LocalGet(1),
                    I::Call(write),
                    I::Else,
                    I::LocalGet(1),
                    I::Call(reserve),
                    I::LocalGet(0),
                    I::LocalGet(1),
                    I::MemoryCopy { src_mem: 0, dst_mem: 0 },
                    I::End,
                    I::End,
                ],
            )
        }
        Helper::PutStr => {
            let reserve = cx.helper(Helper::Reserve);
            // Locals: 0 = s, 1 = i, 2 = n.
            (
                vec![ValType::I32, ValType::I32],
                vec![
                    I::LocalGet(0),
                    I::ArrayLen,
                    I::LocalSet(2),
                    I::Block(BlockType::Empty),
                    I::Loop(BlockType::Empty),
                    I::LocalGet(1),
                    I::LocalGet(2),
                    I::I32GeU,
                    I::BrIf(1),
                    I::I32Const(1),
                    I::Call(reserve),
                    I::LocalGet(0),
                    I::LocalGet(1),
                    I::ArrayGetU(BYTES_TYPE),
                    I::I32Store8(MEM8),
                    I::LocalGet(1),
                    I::I32Const(1),
                    I::I32Add,
                    I::LocalSet(1),
                    I::Br(0),
                    I::End,
                    I::End,
                    I::End,
                ],
            )
        }
        Helper::PutU64 => {
            let put_static = cx.helper(Helper::PutStatic);
            // Locals: 0 = v, 1 = p.
            (
                vec![ValType::I32],
                vec![
                    I::I32Const(SCRATCH_END as i32),
                    I::LocalSet(1),
                    I::Loop(BlockType::Empty),
                    I::LocalGet(1),
                    I::I32Const(1),
                    I::I32Sub,
                    I::LocalTee(1),
                    I::LocalGet(0),
                    I::I64Const(10),
                    I::I64RemU,
                    I::I32WrapI64,
                    I::I32Const(b'0' as i32),
                    I::I32Add,
                    I::I32Store8(MEM8),
                    I::LocalGet(0),
                    I::I64Const(10),
                    I::I64DivU,
                    I::LocalTee(0),
                    I::I64Const(0),
                    I::I64Ne,
                    I::BrIf(0),
                    I::End,
                    I::LocalGet(1),
                    I::I32Const(SCRATCH_END as i32),
                    I::LocalGet(1),
                    I::I32Sub,
                    I::Call(put_static),
                    I::End,
                ],
            )
        }
        Helper::PutI64 => {
            let (put_static, put_u64) = (cx.helper(Helper::PutStatic), cx.helper(Helper::PutU64));
            let (minus, minus_len) = cx.statics.intern(b"-");
            (
                vec![],
                vec![
                    I::LocalGet(0),
                    I::I64Const(0),
                    I::I64LtS,
                    I::If(BlockType::Empty),
                    I::I32Const(minus as i32),
                    I::I32Const(minus_len as i32),
                    I::Call(put_static),
                    // Wrapping negation: i64::MIN becomes its own magnitude read as unsigned.
                    I::I64Const(0),
                    I::LocalGet(0),
                    I::I64Sub,
                    I::LocalSet(0),
                    I::End,
                    I::LocalGet(0),
                    I::Call(put_u64),
                    I::End,
                ],
            )
        }
        Helper::PutF64 => {
            let reserve = cx.helper(Helper::Reserve);
            let format_f64 = cx.imports.format_f64.expect("imported whenever PutF64 is needed");
            // Locals: 0 = v, 1 = p.
            (
                vec![ValType::I32],
                vec![
                    I::I32Const(wasmrust_abi::FORMAT_F64_MAX_LEN as i32),
                    I::Call(reserve),
                    I::LocalSet(1),
                    I::LocalGet(0),
                    I::LocalGet(1),
                    I::Call(format_f64),
                    I::LocalGet(1),
                    I::I32Add,
                    I::GlobalSet(len),
                    I::End,
                ],
            )
        }
        Helper::PutBool => {
            let put_static = cx.helper(Helper::PutStatic);
            let (t, t_len) = cx.statics.intern(b"true");
            let (f, f_len) = cx.statics.intern(b"false");
            (
                vec![],
                vec![
                    I::LocalGet(0),
                    I::If(BlockType::Empty),
                    I::I32Const(t as i32),
                    I::I32Const(t_len as i32),
                    I::Call(put_static),
                    I::Else,
                    I::I32Const(f as i32),
                    I::I32Const(f_len as i32),
                    I::Call(put_static),
                    I::End,
                    I::End,
                ],
            )
        }
        Helper::PanicStatic => {
            let exit = cx.imports.exit;
            let (prefix, prefix_len) = cx.statics.intern(PANIC_PREFIX.as_bytes());
            let (note, note_len) = cx.statics.intern(PANIC_NOTE.as_bytes());
            let stderr = wasmrust_abi::STDERR;
            (
                vec![],
                vec![
                    I::I32Const(stderr),
                    I::I32Const(prefix as i32),
                    I::I32Const(prefix_len as i32),
                    I::Call(write),
                    I::I32Const(stderr),
                    I::LocalGet(0),
                    I::LocalGet(1),
                    I::Call(write),
                    I::I32Const(stderr),
                    I::I32Const(note as i32),
                    I::I32Const(note_len as i32),
                    I::Call(write),
                    I::I32Const(PANIC_EXIT_STATUS),
                    I::Call(exit),
                    I::Unreachable,
                    I::End,
                ],
            )
        }
    }
}
