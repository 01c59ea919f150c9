//! Scalar arithmetic with rustc's release-profile semantics: wrapping narrow integers,
//! checked division, saturating float-to-int casts.

use wasm_encoder::{BlockType, Instruction as I, ValType};
use wasmrust_ir::{BinOp, Expr, ExprKind, FloatTy, IntTy, Ty, UnOp};

use crate::function::{FnEmitter, Label};

impl FnEmitter<'_, '_> {
    pub(crate) fn unary(&mut self, op: UnOp, operand: &Expr, ty: &Ty) {
        match (op, ty) {
            (UnOp::Neg, Ty::Float(f)) => {
                self.expr(operand);
                self.push(if *f == FloatTy::F32 { I::F32Neg } else { I::F64Neg });
            }
            (UnOp::Neg, Ty::Int(t)) => {
                if let ExprKind::Int(bits) = operand.kind {
                    let v = 0u64.wrapping_sub(bits);
                    return self.push(if t.bits() == 64 {
                        I::I64Const(v as i64)
                    } else {
                        I::I32Const(canonical32(*t, v))
                    });
                }
                if t.bits() == 64 {
                    self.push(I::I64Const(0));
                    self.expr(operand);
                    self.push(I::I64Sub);
                } else {
                    self.push(I::I32Const(0));
                    self.expr(operand);
                    self.push(I::I32Sub);
                    self.wrap(*t);
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
                    self.wrap(*t);
                }
            }
            _ => unreachable!("type checking rejects `{op:?}` on `{ty:?}`"),
        }
    }

    /// Restores the canonical form of a narrow integer held in an `i32`.
    pub(crate) fn wrap(&mut self, t: IntTy) {
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

    pub(crate) fn binary(&mut self, op: BinOp, lhs: &Expr, rhs: &Expr, expr: &Expr) {
        match op {
            BinOp::And => {
                self.expr(lhs);
                self.open_if(BlockType::Result(ValType::I32));
                self.expr(rhs);
                self.push(I::Else);
                self.push(I::I32Const(0));
                self.close_if();
                return;
            }
            BinOp::Or => {
                self.expr(lhs);
                self.open_if(BlockType::Result(ValType::I32));
                self.push(I::I32Const(1));
                self.push(I::Else);
                self.expr(rhs);
                self.close_if();
                return;
            }
            _ => {}
        }
        match &lhs.ty {
            Ty::Float(f) => {
                self.expr(lhs);
                self.expr(rhs);
                let f32 = *f == FloatTy::F32;
                if op == BinOp::Rem {
                    // x % y = x - trunc(x / y) * y, as fmod for finite results.
                    return self.float_rem(f32);
                }
                self.push(match (op, f32) {
                    (BinOp::Add, false) => I::F64Add,
                    (BinOp::Sub, false) => I::F64Sub,
                    (BinOp::Mul, false) => I::F64Mul,
                    (BinOp::Div, false) => I::F64Div,
                    (BinOp::Eq, false) => I::F64Eq,
                    (BinOp::Ne, false) => I::F64Ne,
                    (BinOp::Lt, false) => I::F64Lt,
                    (BinOp::Le, false) => I::F64Le,
                    (BinOp::Gt, false) => I::F64Gt,
                    (BinOp::Ge, false) => I::F64Ge,
                    (BinOp::Add, true) => I::F32Add,
                    (BinOp::Sub, true) => I::F32Sub,
                    (BinOp::Mul, true) => I::F32Mul,
                    (BinOp::Div, true) => I::F32Div,
                    (BinOp::Eq, true) => I::F32Eq,
                    (BinOp::Ne, true) => I::F32Ne,
                    (BinOp::Lt, true) => I::F32Lt,
                    (BinOp::Le, true) => I::F32Le,
                    (BinOp::Gt, true) => I::F32Gt,
                    (BinOp::Ge, true) => I::F32Ge,
                    _ => unreachable!("type checking rejects `{}` on floats", op.symbol()),
                });
            }
            Ty::Bool | Ty::Char => {
                self.expr(lhs);
                self.expr(rhs);
                self.push(match op {
                    BinOp::BitAnd => I::I32And,
                    BinOp::BitOr => I::I32Or,
                    BinOp::BitXor => I::I32Xor,
                    BinOp::Ne => I::I32Ne,
                    BinOp::Eq => I::I32Eq,
                    BinOp::Lt => I::I32LtU,
                    BinOp::Le => I::I32LeU,
                    BinOp::Gt => I::I32GtU,
                    BinOp::Ge => I::I32GeU,
                    _ => unreachable!("type checking rejects `{}` on `bool`/`char`", op.symbol()),
                });
            }
            Ty::Unit => {
                self.expr(lhs);
                self.expr(rhs);
                self.push(I::I32Const(matches!(op, BinOp::Eq | BinOp::Le | BinOp::Ge) as i32));
            }
            Ty::Int(t) if matches!(op, BinOp::Div | BinOp::Rem) => self.checked_division(op, *t, lhs, rhs, expr),
            Ty::Int(t) => {
                self.expr(lhs);
                self.expr(rhs);
                if matches!(op, BinOp::Shl | BinOp::Shr) {
                    self.shift_amount(*t, &rhs.ty);
                }
                self.push(int_op(op, *t));
                if matches!(op, BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::Shl) {
                    self.wrap(*t);
                }
            }
            ty => unreachable!("type checking rejects `{}` on `{ty:?}`", op.symbol()),
        }
    }

    fn float_rem(&mut self, f32: bool) {
        let vt = if f32 { ValType::F32 } else { ValType::F64 };
        let (a, b) = (self.temp(vt), self.temp(vt));
        self.push(I::LocalSet(b));
        self.push(I::LocalSet(a));
        self.push(I::LocalGet(a));
        self.push(I::LocalGet(a));
        self.push(I::LocalGet(b));
        self.push(if f32 { I::F32Div } else { I::F64Div });
        self.push(if f32 { I::F32Trunc } else { I::F64Trunc });
        self.push(I::LocalGet(b));
        self.push(if f32 { I::F32Mul } else { I::F64Mul });
        self.push(if f32 { I::F32Sub } else { I::F64Sub });
    }

    fn shift_amount(&mut self, t: IntTy, amount: &Ty) {
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
    fn checked_division(&mut self, op: BinOp, t: IntTy, lhs: &Expr, rhs: &Expr, expr: &Expr) {
        let wide = t.bits() == 64;
        let vt = if wide { ValType::I64 } else { ValType::I32 };
        let (a, b) = (self.temp(vt), self.temp(vt));
        self.expr(lhs);
        self.push(I::LocalSet(a));
        self.expr(rhs);
        self.push(I::LocalSet(b));
        let (zero_message, overflow_message) = match op {
            BinOp::Div => ("attempt to divide by zero", "attempt to divide with overflow"),
            _ => (
                "attempt to calculate the remainder with a divisor of zero",
                "attempt to calculate the remainder with overflow",
            ),
        };
        self.push(I::LocalGet(b));
        self.push(if wide { I::I64Eqz } else { I::I32Eqz });
        self.open_if(BlockType::Empty);
        let panic = ExprKind::PanicStatic(zero_message.into());
        self.expr(&Expr { kind: panic, ty: Ty::Never, span: expr.span });
        self.close_if();
        if t.signed() {
            self.push(I::LocalGet(b));
            self.push(if wide { I::I64Const(-1) } else { I::I32Const(-1) });
            self.push(if wide { I::I64Eq } else { I::I32Eq });
            self.push(I::LocalGet(a));
            let min = t.min() as u64;
            self.push(if wide { I::I64Const(min as i64) } else { I::I32Const(canonical32(t, min)) });
            self.push(if wide { I::I64Eq } else { I::I32Eq });
            self.push(I::I32And);
            self.open_if(BlockType::Empty);
            let panic = ExprKind::PanicStatic(overflow_message.into());
            self.expr(&Expr { kind: panic, ty: Ty::Never, span: expr.span });
            self.close_if();
        }
        self.push(I::LocalGet(a));
        self.push(I::LocalGet(b));
        self.push(int_op(op, t));
    }

    pub(crate) fn cast(&mut self, from: &Ty, to: &Ty) {
        let from = self.cx.types.unbox(from).clone();
        match (&from, to) {
            (Ty::Int(f), Ty::Int(t)) => {
                match (f.bits() == 64, t.bits() == 64) {
                    (true, false) => self.push(I::I32WrapI64),
                    (false, true) => self.push(if f.signed() { I::I64ExtendI32S } else { I::I64ExtendI32U }),
                    _ => {}
                }
                self.wrap(*t);
            }
            (Ty::Bool | Ty::Char, Ty::Int(t)) => {
                if t.bits() == 64 {
                    self.push(I::I64ExtendI32U);
                } else {
                    self.wrap(*t);
                }
            }
            (Ty::Int(_), Ty::Char) => {}
            (Ty::Adt(..), Ty::Int(t)) => {
                // A fieldless enum's discriminant.
                if t.bits() == 64 {
                    self.push(I::I64ExtendI32U);
                } else {
                    self.wrap(*t);
                }
            }
            (Ty::Int(f), Ty::Float(to_f)) => {
                let f32 = *to_f == FloatTy::F32;
                self.push(match (f.bits() == 64, f.signed(), f32) {
                    (true, true, false) => I::F64ConvertI64S,
                    (true, false, false) => I::F64ConvertI64U,
                    (false, true, false) => I::F64ConvertI32S,
                    (false, false, false) => I::F64ConvertI32U,
                    (true, true, true) => I::F32ConvertI64S,
                    (true, false, true) => I::F32ConvertI64U,
                    (false, true, true) => I::F32ConvertI32S,
                    (false, false, true) => I::F32ConvertI32U,
                });
            }
            (Ty::Float(from_f), Ty::Int(t)) => {
                // `as` saturates and maps NaN to 0, exactly the `trunc_sat` instructions; types
                // narrower than 32 bits saturate to their own range after that.
                let f32 = *from_f == FloatTy::F32;
                self.push(match (t.bits() == 64, t.signed(), f32) {
                    (true, true, false) => I::I64TruncSatF64S,
                    (true, false, false) => I::I64TruncSatF64U,
                    (false, true, false) => I::I32TruncSatF64S,
                    (false, false, false) => I::I32TruncSatF64U,
                    (true, true, true) => I::I64TruncSatF32S,
                    (true, false, true) => I::I64TruncSatF32U,
                    (false, true, true) => I::I32TruncSatF32S,
                    (false, false, true) => I::I32TruncSatF32U,
                });
                if t.bits() < 32 {
                    self.clamp(*t);
                }
            }
            (Ty::Float(FloatTy::F64), Ty::Float(FloatTy::F32)) => self.push(I::F32DemoteF64),
            (Ty::Float(FloatTy::F32), Ty::Float(FloatTy::F64)) => self.push(I::F64PromoteF32),
            (a, b) if a == b => {}
            (a, b) => unreachable!("type checking rejects the cast `{a:?}` as `{b:?}`"),
        }
    }

    /// Clamps an `i32` holding a saturated 32-bit conversion into a narrow type's range.
    fn clamp(&mut self, t: IntTy) {
        let v = self.temp(ValType::I32);
        let (min, max) = (t.min() as i32, t.max() as i32);
        let (lt, gt) = if t.signed() { (I::I32LtS, I::I32GtS) } else { (I::I32LtU, I::I32GtU) };
        self.push(I::LocalSet(v));
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

    fn open_if(&mut self, bt: BlockType) {
        self.open_label(I::If(bt), Label::Other);
    }

    fn close_if(&mut self) {
        self.close_label();
    }
}

/// The wasm instruction for an integer operator on canonical operands of type `t`.
pub(crate) fn int_op(op: BinOp, t: IntTy) -> I<'static> {
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
pub(crate) fn canonical32(t: IntTy, bits: u64) -> i32 {
    match t {
        IntTy::I8 => bits as i8 as i32,
        IntTy::I16 => bits as i16 as i32,
        IntTy::U8 => (bits as u8) as i32,
        IntTy::U16 => (bits as u16) as i32,
        _ => bits as u32 as i32,
    }
}
