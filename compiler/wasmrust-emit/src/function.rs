//! Function bodies: the typed IR's expressions to wasm instructions.

use wasm_encoder::{BlockType, Instruction as I, ValType};
use wasmrust_ir::{self as ir, BinOp, ExprKind, IntTy, LoopId, Stream, Ty, UnOp};

use crate::module::{BYTES_TYPE, Cx, GLOBAL_OUT_FD, STRING_SEGMENT, bytes_ref};
use crate::runtime::{self, Helper, PANIC_NOTE, PANIC_PREFIX};

/// The wasm type of a value of `ty`, or `None` for types without a runtime value.
pub(crate) fn val_type(ty: Ty) -> Option<ValType> {
    match ty {
        Ty::Int(t) if t.bits() == 64 => Some(ValType::I64),
        Ty::Int(_) | Ty::Bool => Some(ValType::I32),
        Ty::F64 => Some(ValType::F64),
        Ty::Str => Some(bytes_ref()),
        Ty::Unit | Ty::Never => None,
        Ty::Infer(_) => unreachable!("type checking leaves no inference variables"),
    }
}

fn block_type(ty: Ty) -> BlockType {
    val_type(ty).map_or(BlockType::Empty, BlockType::Result)
}

/// What a label on the wasm control stack is for.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Label {
    Other,
    Break(LoopId),
    Continue(LoopId),
}

pub(crate) struct FnEmitter<'c, 'm> {
    cx: &'c mut Cx<'m>,
    /// The wasm local of each IR local (`None` for `()` locals).
    local_index: Vec<Option<u32>>,
    /// Declared non-parameter locals, then temporaries.
    extra_locals: Vec<ValType>,
    param_count: u32,
    labels: Vec<Label>,
    code: Vec<I<'static>>,
}

impl<'c, 'm> FnEmitter<'c, 'm> {
    /// The wasm signature of a function.
    pub(crate) fn signature(function: &ir::Function) -> (Vec<ValType>, Vec<ValType>) {
        let params = function.params.iter().filter_map(|p| val_type(function.locals[p.0 as usize].ty)).collect();
        let results = val_type(function.ret).into_iter().collect();
        (params, results)
    }

    /// Emits a function: its non-parameter locals and its body, ending in `end`.
    pub(crate) fn emit(cx: &'c mut Cx<'m>, function: &ir::Function) -> (Vec<ValType>, Vec<I<'static>>) {
        let mut local_index = vec![None; function.locals.len()];
        let mut next = 0;
        for p in &function.params {
            if val_type(function.locals[p.0 as usize].ty).is_some() {
                local_index[p.0 as usize] = Some(next);
                next += 1;
            }
        }
        let param_count = next;
        let mut extra_locals = Vec::new();
        for (i, local) in function.locals.iter().enumerate() {
            if function.params.iter().any(|p| p.0 as usize == i) {
                continue;
            }
            if let Some(vt) = val_type(local.ty) {
                local_index[i] = Some(param_count + extra_locals.len() as u32);
                extra_locals.push(vt);
            }
        }
        let mut this = FnEmitter { cx, local_index, extra_locals, param_count, labels: Vec::new(), code: Vec::new() };
        this.expr(&function.body);
        this.code.push(I::End);
        (this.extra_locals, this.code)
    }

    fn temp(&mut self, vt: ValType) -> u32 {
        self.extra_locals.push(vt);
        self.param_count + self.extra_locals.len() as u32 - 1
    }

    fn push(&mut self, i: I<'static>) {
        self.code.push(i);
    }

    fn depth(&self, label: Label) -> u32 {
        let position = self.labels.iter().rposition(|l| *l == label).expect("name resolution checked every loop label");
        (self.labels.len() - 1 - position) as u32
    }

    fn open(&mut self, instruction: I<'static>, label: Label) {
        self.push(instruction);
        self.labels.push(label);
    }

    fn close(&mut self) {
        self.push(I::End);
        self.labels.pop();
    }

    /// Emits `expr`, leaving its value (if its type has one) on the stack.
    fn expr(&mut self, expr: &ir::Expr) {
        match &expr.kind {
            ExprKind::Int(bits) => self.int_const(expr.ty, *bits),
            ExprKind::Float(v) => self.push(I::F64Const((*v).into())),
            ExprKind::Bool(b) => self.push(I::I32Const(*b as i32)),
            ExprKind::Str(s) => {
                let (offset, len) = self.cx.strings.intern(s.as_bytes());
                self.push(I::I32Const(offset as i32));
                self.push(I::I32Const(len as i32));
                self.push(I::ArrayNewData { array_type_index: BYTES_TYPE, array_data_index: STRING_SEGMENT });
            }
            ExprKind::Unit => {}
            ExprKind::Local(l) => {
                if let Some(index) = self.local_index[l.0 as usize] {
                    self.push(I::LocalGet(index));
                }
            }
            ExprKind::Assign { local, value } => {
                self.expr(value);
                if let Some(index) = self.local_index[local.0 as usize] {
                    self.push(I::LocalSet(index));
                }
            }
            ExprKind::Call { func, args } => {
                for arg in args {
                    self.expr(arg);
                }
                let index = self.cx.function(*func);
                self.push(I::Call(index));
            }
            ExprKind::Exit(code) => {
                self.expr(code);
                let exit = self.cx.imports.exit;
                self.push(I::Call(exit));
            }
            ExprKind::Unary { op, operand } => self.unary(*op, operand, expr.ty),
            ExprKind::Binary { op, lhs, rhs } => self.binary(*op, lhs, rhs, expr),
            ExprKind::Cast(inner) => {
                self.expr(inner);
                self.cast(inner.ty, expr.ty);
            }
            ExprKind::Block { stmts, tail } => {
                for stmt in stmts {
                    self.expr(stmt);
                    if val_type(stmt.ty).is_some() {
                        self.push(I::Drop);
                    }
                }
                if let Some(tail) = tail {
                    self.expr(tail);
                }
            }
            ExprKind::If { cond, then, else_ } => {
                self.expr(cond);
                self.open(I::If(block_type(expr.ty)), Label::Other);
                self.expr(then);
                if let Some(else_) = else_ {
                    self.push(I::Else);
                    self.expr(else_);
                }
                self.close();
            }
            ExprKind::Loop { id, body } => {
                self.open(I::Block(block_type(expr.ty)), Label::Break(*id));
                self.open(I::Loop(BlockType::Empty), Label::Continue(*id));
                self.expr(body);
                self.push(I::Br(0));
                self.close();
                // The loop only exits by `br`; this tells the validator so.
                self.push(I::Unreachable);
                self.close();
            }
            ExprKind::While { id, cond, body } => {
                self.open(I::Block(BlockType::Empty), Label::Break(*id));
                self.open(I::Loop(BlockType::Empty), Label::Continue(*id));
                self.expr(cond);
                self.push(I::I32Eqz);
                self.push(I::BrIf(1));
                self.expr(body);
                self.push(I::Br(0));
                self.close();
                self.close();
            }
            ExprKind::ForRange { id, var, start, end, inclusive, body } => {
                self.for_range(*id, *var, start, end, *inclusive, body);
            }
            ExprKind::Break { id, value } => {
                if let Some(value) = value {
                    self.expr(value);
                }
                let depth = self.depth(Label::Break(*id));
                self.push(I::Br(depth));
            }
            ExprKind::Continue(id) => {
                let depth = self.depth(Label::Continue(*id));
                self.push(I::Br(depth));
            }
            ExprKind::Return(value) => {
                if let Some(value) = value {
                    self.expr(value);
                }
                self.push(I::Return);
            }
            ExprKind::Print { stream, format } => {
                let fd = match stream {
                    Stream::Stdout => wasmrust_abi::STDOUT,
                    Stream::Stderr => wasmrust_abi::STDERR,
                };
                match runtime::static_text(format) {
                    Some(text) => {
                        let (offset, len) = self.cx.statics.intern(text.as_bytes());
                        self.push(I::I32Const(fd));
                        self.push(I::I32Const(offset as i32));
                        self.push(I::I32Const(len as i32));
                        let write = self.cx.imports.write;
                        self.push(I::Call(write));
                    }
                    None => self.formatted(fd, &[], format, &[]),
                }
            }
            ExprKind::Panic(format) => {
                let location = self.location(expr);
                match runtime::static_text(format) {
                    Some(message) => self.panic_static(&format!("{location}:\n{message}")),
                    None => {
                        let head = format!("{PANIC_PREFIX}{location}:\n");
                        self.formatted(wasmrust_abi::STDERR, head.as_bytes(), format, PANIC_NOTE.as_bytes());
                        self.push(I::I32Const(runtime::PANIC_EXIT_STATUS));
                        let exit = self.cx.imports.exit;
                        self.push(I::Call(exit));
                    }
                }
            }
        }
        // Calls that never return (`exit`, a `-> !` function) leave the validator expecting
        // their missing value; `unreachable` makes the stack polymorphic, as the code is.
        if expr.ty == Ty::Never
            && !matches!(expr.kind, ExprKind::Return(_) | ExprKind::Break { .. } | ExprKind::Continue(_))
        {
            self.push(I::Unreachable);
        }
    }

    fn int_const(&mut self, ty: Ty, bits: u64) {
        match ty {
            Ty::Int(t) if t.bits() == 64 => self.push(I::I64Const(bits as i64)),
            Ty::Int(t) => self.push(I::I32Const(canonical32(t, bits))),
            _ => unreachable!("integer constants have integer types"),
        }
    }

    /// `file:line:col` of an expression, as rustc's panic messages print it.
    fn location(&self, expr: &ir::Expr) -> String {
        format!("{}:{}:{}", self.cx.module.source_name, expr.span.start.line, expr.span.start.col)
    }

    /// A panic whose whole text after the prefix is static: `location:\nmessage`.
    fn panic_static(&mut self, text: &str) {
        let (offset, len) = self.cx.statics.intern(text.as_bytes());
        self.push(I::I32Const(offset as i32));
        self.push(I::I32Const(len as i32));
        let panic = self.cx.helper(Helper::PanicStatic);
        self.push(I::Call(panic));
    }

    /// Formats into the output buffer and flushes it to `fd`: arguments first, all of them
    /// (Rust evaluates every argument before formatting), then `head`, the pieces, `tail`.
    fn formatted(&mut self, fd: i32, head: &[u8], format: &ir::Format, tail: &[u8]) {
        let mut temps = Vec::new();
        for arg in &format.args {
            self.expr(arg);
            temps.push(val_type(arg.ty).map(|vt| {
                let t = self.temp(vt);
                self.push(I::LocalSet(t));
                t
            }));
        }
        self.push(I::I32Const(fd));
        self.push(I::GlobalSet(GLOBAL_OUT_FD));
        self.put_static(head);
        for piece in &format.pieces {
            match piece {
                ir::FmtPiece::Lit(text) => self.put_static(text.as_bytes()),
                ir::FmtPiece::Arg(i) => {
                    let arg = &format.args[*i];
                    let (Some(temp), Some(helper)) = (temps[*i], Helper::put_for(arg.ty)) else { continue };
                    self.push(I::LocalGet(temp));
                    match arg.ty {
                        Ty::Int(t) if t.bits() < 64 => {
                            self.push(if t.signed() { I::I64ExtendI32S } else { I::I64ExtendI32U });
                        }
                        _ => {}
                    }
                    let index = self.cx.helper(helper);
                    self.push(I::Call(index));
                }
            }
        }
        self.put_static(tail);
        let flush = self.cx.helper(Helper::Flush);
        self.push(I::Call(flush));
    }

    fn put_static(&mut self, text: &[u8]) {
        if text.is_empty() {
            return;
        }
        let (offset, len) = self.cx.statics.intern(text);
        self.push(I::I32Const(offset as i32));
        self.push(I::I32Const(len as i32));
        let put = self.cx.helper(Helper::PutStatic);
        self.push(I::Call(put));
    }

    fn unary(&mut self, op: UnOp, operand: &ir::Expr, ty: Ty) {
        match (op, ty) {
            (UnOp::Neg, Ty::F64) => {
                self.expr(operand);
                self.push(I::F64Neg);
            }
            (UnOp::Neg, Ty::Int(t)) => {
                if let ExprKind::Int(bits) = operand.kind {
                    return self.int_const(ty, 0u64.wrapping_sub(bits));
                }
                if t.bits() == 64 {
                    self.push(I::I64Const(0));
                    self.expr(operand);
                    self.push(I::I64Sub);
                } else {
                    self.push(I::I32Const(0));
                    self.expr(operand);
                    self.push(I::I32Sub);
                    self.wrap(t);
                }
            }
            (UnOp::Not, Ty::Bool) => {
                self.expr(operand);
                self.push(I::I32Eqz);
            }
            (UnOp::Not, Ty::Int(t)) => {
                self.expr(operand);
                if t.bits() == 64 {
                    self.push(I::I64Const(-1));
                    self.push(I::I64Xor);
                } else {
                    self.push(I::I32Const(-1));
                    self.push(I::I32Xor);
                    self.wrap(t);
                }
            }
            _ => unreachable!("type checking rejects `{op:?}` on `{ty}`"),
        }
    }

    /// Restores the canonical form of a narrow integer held in an `i32`.
    fn wrap(&mut self, t: IntTy) {
        match t {
            IntTy::I8 => self.push(I::I32Extend8S),
            IntTy::I16 => self.push(I::I32Extend16S),
            IntTy::U8 => {
                self.push(I::I32Const(0xFF));
                self.push(I::I32And);
            }
            IntTy::U16 => {
                self.push(I::I32Const(0xFFFF));
                self.push(I::I32And);
            }
            _ => {}
        }
    }

    fn binary(&mut self, op: BinOp, lhs: &ir::Expr, rhs: &ir::Expr, expr: &ir::Expr) {
        match op {
            BinOp::And => {
                self.expr(lhs);
                self.open(I::If(BlockType::Result(ValType::I32)), Label::Other);
                self.expr(rhs);
                self.push(I::Else);
                self.push(I::I32Const(0));
                self.close();
                return;
            }
            BinOp::Or => {
                self.expr(lhs);
                self.open(I::If(BlockType::Result(ValType::I32)), Label::Other);
                self.push(I::I32Const(1));
                self.push(I::Else);
                self.expr(rhs);
                self.close();
                return;
            }
            _ => {}
        }
        match lhs.ty {
            Ty::F64 => {
                self.expr(lhs);
                self.expr(rhs);
                self.push(match op {
                    BinOp::Add => I::F64Add,
                    BinOp::Sub => I::F64Sub,
                    BinOp::Mul => I::F64Mul,
                    BinOp::Div => I::F64Div,
                    BinOp::Eq => I::F64Eq,
                    BinOp::Ne => I::F64Ne,
                    BinOp::Lt => I::F64Lt,
                    BinOp::Le => I::F64Le,
                    BinOp::Gt => I::F64Gt,
                    BinOp::Ge => I::F64Ge,
                    _ => unreachable!("type checking rejects `{}` on `f64`", op.symbol()),
                });
            }
            Ty::Bool => {
                self.expr(lhs);
                self.expr(rhs);
                self.push(match op {
                    BinOp::BitAnd => I::I32And,
                    BinOp::BitOr => I::I32Or,
                    BinOp::BitXor | BinOp::Ne => I::I32Xor,
                    BinOp::Eq => I::I32Eq,
                    BinOp::Lt => I::I32LtU,
                    BinOp::Le => I::I32LeU,
                    BinOp::Gt => I::I32GtU,
                    BinOp::Ge => I::I32GeU,
                    _ => unreachable!("type checking rejects `{}` on `bool`", op.symbol()),
                });
            }
            Ty::Unit => {
                self.expr(lhs);
                self.expr(rhs);
                self.push(I::I32Const(matches!(op, BinOp::Eq | BinOp::Le | BinOp::Ge) as i32));
            }
            Ty::Int(t) if matches!(op, BinOp::Div | BinOp::Rem) => self.checked_division(op, t, lhs, rhs, expr),
            Ty::Int(t) => {
                self.expr(lhs);
                self.expr(rhs);
                if matches!(op, BinOp::Shl | BinOp::Shr) {
                    self.shift_amount(t, rhs.ty);
                }
                self.push(int_op(op, t));
                if matches!(op, BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::Shl) {
                    self.wrap(t);
                }
            }
            ty => unreachable!("type checking rejects `{}` on `{ty}`", op.symbol()),
        }
    }

    /// Converts a shift amount of type `amount` to the width of `t`, masked as rustc's
    /// release profile does (`x << n` shifts by `n % bits`).
    fn shift_amount(&mut self, t: IntTy, amount: Ty) {
        let Ty::Int(a) = amount else { unreachable!("shift amounts are integers") };
        match (t.bits() == 64, a.bits() == 64) {
            (true, false) => self.push(I::I64ExtendI32U),
            (false, true) => self.push(I::I32WrapI64),
            _ => {}
        }
        if t.bits() < 32 {
            self.push(I::I32Const(t.bits() as i32 - 1));
            self.push(I::I32And);
        }
    }

    /// `/` and `%` on integers: rustc panics on a zero divisor and on `MIN / -1`.
    fn checked_division(&mut self, op: BinOp, t: IntTy, lhs: &ir::Expr, rhs: &ir::Expr, expr: &ir::Expr) {
        let wide = t.bits() == 64;
        let vt = if wide { ValType::I64 } else { ValType::I32 };
        let (a, b) = (self.temp(vt), self.temp(vt));
        self.expr(lhs);
        self.push(I::LocalSet(a));
        self.expr(rhs);
        self.push(I::LocalSet(b));
        let location = self.location(expr);
        let (zero_message, overflow_message) = match op {
            BinOp::Div => ("attempt to divide by zero", "attempt to divide with overflow"),
            _ => (
                "attempt to calculate the remainder with a divisor of zero",
                "attempt to calculate the remainder with overflow",
            ),
        };
        self.push(I::LocalGet(b));
        self.push(if wide { I::I64Eqz } else { I::I32Eqz });
        self.open(I::If(BlockType::Empty), Label::Other);
        self.panic_static(&format!("{location}:\n{zero_message}"));
        self.push(I::Unreachable);
        self.close();
        if t.signed() {
            self.push(I::LocalGet(b));
            self.push(if wide { I::I64Const(-1) } else { I::I32Const(-1) });
            self.push(if wide { I::I64Eq } else { I::I32Eq });
            self.push(I::LocalGet(a));
            self.int_const(Ty::Int(t), t.min() as u64);
            self.push(if wide { I::I64Eq } else { I::I32Eq });
            self.push(I::I32And);
            self.open(I::If(BlockType::Empty), Label::Other);
            self.panic_static(&format!("{location}:\n{overflow_message}"));
            self.push(I::Unreachable);
            self.close();
        }
        self.push(I::LocalGet(a));
        self.push(I::LocalGet(b));
        self.push(int_op(op, t));
    }

    fn cast(&mut self, from: Ty, to: Ty) {
        match (from, to) {
            (Ty::Int(f), Ty::Int(t)) => {
                match (f.bits() == 64, t.bits() == 64) {
                    (true, false) => self.push(I::I32WrapI64),
                    (false, true) => self.push(if f.signed() { I::I64ExtendI32S } else { I::I64ExtendI32U }),
                    _ => {}
                }
                self.wrap(t);
            }
            (Ty::Bool, Ty::Int(t)) => {
                if t.bits() == 64 {
                    self.push(I::I64ExtendI32U);
                }
            }
            (Ty::Int(f), Ty::F64) => self.push(match (f.bits() == 64, f.signed()) {
                (true, true) => I::F64ConvertI64S,
                (true, false) => I::F64ConvertI64U,
                (false, true) => I::F64ConvertI32S,
                (false, false) => I::F64ConvertI32U,
            }),
            (Ty::F64, Ty::Int(t)) => {
                // `as` saturates and maps NaN to 0, exactly the `trunc_sat` instructions; types
                // narrower than 32 bits saturate to their own range after that.
                self.push(match (t.bits() == 64, t.signed()) {
                    (true, true) => I::I64TruncSatF64S,
                    (true, false) => I::I64TruncSatF64U,
                    (false, true) => I::I32TruncSatF64S,
                    (false, false) => I::I32TruncSatF64U,
                });
                if t.bits() < 32 {
                    self.clamp(t);
                }
            }
            (a, b) if a == b => {}
            (a, b) => unreachable!("type checking rejects the cast `{a}` as `{b}`"),
        }
    }

    /// Clamps an `i32` holding a saturated 32-bit conversion into a narrow type's range.
    fn clamp(&mut self, t: IntTy) {
        let v = self.temp(ValType::I32);
        let (min, max) = (t.min() as i32, t.max() as i32);
        let (lt, gt) = if t.signed() { (I::I32LtS, I::I32GtS) } else { (I::I32LtU, I::I32GtU) };
        self.push(I::LocalSet(v));
        // max if v > max, else min if v < min, else v.
        self.push(I::I32Const(max));
        self.push(I::I32Const(min));
        self.push(I::LocalGet(v));
        self.push(I::LocalGet(v));
        self.push(I::I32Const(min));
        self.push(lt);
        self.push(I::Select);
        self.push(I::LocalGet(v));
        self.push(I::I32Const(max));
        self.push(gt);
        self.push(I::Select);
    }

    fn for_range(
        &mut self,
        id: LoopId,
        var: Option<ir::LocalId>,
        start: &ir::Expr,
        end: &ir::Expr,
        inclusive: bool,
        body: &ir::Expr,
    ) {
        let Ty::Int(t) = start.ty else { unreachable!("type checking admits integer ranges only") };
        let wide = t.bits() == 64;
        let vt = if wide { ValType::I64 } else { ValType::I32 };
        let (counter, limit) = (self.temp(vt), self.temp(vt));
        self.expr(start);
        self.push(I::LocalSet(counter));
        self.expr(end);
        self.push(I::LocalSet(limit));
        let compare = |op: BinOp| int_op(op, t);
        self.open(I::Block(BlockType::Empty), Label::Break(id));
        if inclusive {
            // Empty when start > end; otherwise the last iteration is detected by equality,
            // so that `..=MAX` never overflows the counter.
            self.push(I::LocalGet(counter));
            self.push(I::LocalGet(limit));
            self.push(compare(BinOp::Gt));
            self.push(I::BrIf(0));
        }
        self.open(I::Loop(BlockType::Empty), Label::Other);
        if !inclusive {
            self.push(I::LocalGet(counter));
            self.push(I::LocalGet(limit));
            self.push(compare(BinOp::Ge));
            self.push(I::BrIf(1));
        }
        self.open(I::Block(BlockType::Empty), Label::Continue(id));
        if let Some(index) = var.and_then(|v| self.local_index[v.0 as usize]) {
            self.push(I::LocalGet(counter));
            self.push(I::LocalSet(index));
        }
        self.expr(body);
        self.close();
        if inclusive {
            self.push(I::LocalGet(counter));
            self.push(I::LocalGet(limit));
            self.push(compare(BinOp::Eq));
            self.push(I::BrIf(1));
        }
        self.push(I::LocalGet(counter));
        self.int_const(Ty::Int(t), 1);
        self.push(if wide { I::I64Add } else { I::I32Add });
        self.push(I::LocalSet(counter));
        self.push(I::Br(0));
        self.close();
        self.close();
    }
}

/// The wasm instruction for an integer operator on canonical operands of type `t`.
fn int_op(op: BinOp, t: IntTy) -> I<'static> {
    let (wide, signed) = (t.bits() == 64, t.signed());
    match (op, wide, signed) {
        (BinOp::Add, false, _) => I::I32Add,
        (BinOp::Add, true, _) => I::I64Add,
        (BinOp::Sub, false, _) => I::I32Sub,
        (BinOp::Sub, true, _) => I::I64Sub,
        (BinOp::Mul, false, _) => I::I32Mul,
        (BinOp::Mul, true, _) => I::I64Mul,
        (BinOp::Div, false, true) => I::I32DivS,
        (BinOp::Div, false, false) => I::I32DivU,
        (BinOp::Div, true, true) => I::I64DivS,
        (BinOp::Div, true, false) => I::I64DivU,
        (BinOp::Rem, false, true) => I::I32RemS,
        (BinOp::Rem, false, false) => I::I32RemU,
        (BinOp::Rem, true, true) => I::I64RemS,
        (BinOp::Rem, true, false) => I::I64RemU,
        (BinOp::BitAnd, false, _) => I::I32And,
        (BinOp::BitAnd, true, _) => I::I64And,
        (BinOp::BitOr, false, _) => I::I32Or,
        (BinOp::BitOr, true, _) => I::I64Or,
        (BinOp::BitXor, false, _) => I::I32Xor,
        (BinOp::BitXor, true, _) => I::I64Xor,
        (BinOp::Shl, false, _) => I::I32Shl,
        (BinOp::Shl, true, _) => I::I64Shl,
        (BinOp::Shr, false, true) => I::I32ShrS,
        (BinOp::Shr, false, false) => I::I32ShrU,
        (BinOp::Shr, true, true) => I::I64ShrS,
        (BinOp::Shr, true, false) => I::I64ShrU,
        (BinOp::Eq, false, _) => I::I32Eq,
        (BinOp::Eq, true, _) => I::I64Eq,
        (BinOp::Ne, false, _) => I::I32Ne,
        (BinOp::Ne, true, _) => I::I64Ne,
        (BinOp::Lt, false, true) => I::I32LtS,
        (BinOp::Lt, false, false) => I::I32LtU,
        (BinOp::Lt, true, true) => I::I64LtS,
        (BinOp::Lt, true, false) => I::I64LtU,
        (BinOp::Le, false, true) => I::I32LeS,
        (BinOp::Le, false, false) => I::I32LeU,
        (BinOp::Le, true, true) => I::I64LeS,
        (BinOp::Le, true, false) => I::I64LeU,
        (BinOp::Gt, false, true) => I::I32GtS,
        (BinOp::Gt, false, false) => I::I32GtU,
        (BinOp::Gt, true, true) => I::I64GtS,
        (BinOp::Gt, true, false) => I::I64GtU,
        (BinOp::Ge, false, true) => I::I32GeS,
        (BinOp::Ge, false, false) => I::I32GeU,
        (BinOp::Ge, true, true) => I::I64GeS,
        (BinOp::Ge, true, false) => I::I64GeU,
        (BinOp::And | BinOp::Or, _, _) => unreachable!("short-circuit operators are lowered to `if`"),
    }
}

/// The canonical `i32` for an integer constant of a type at most 32 bits wide.
fn canonical32(t: IntTy, bits: u64) -> i32 {
    match t {
        IntTy::I8 => bits as i8 as i32,
        IntTy::I16 => bits as i16 as i32,
        IntTy::U8 => (bits as u8) as i32,
        IntTy::U16 => (bits as u16) as i32,
        _ => bits as u32 as i32,
    }
}
