//! Type inference and checking: the HIR to the typed IR.
//!
//! Inference is unification over [`Ty::Infer`] variables, with integer and float literal
//! variables defaulting to `i32` and `f64` as in rustc. [`check`] guarantees that the
//! returned module has no inference variables left, that every operator is applied to
//! types it is defined on, that integer literals fit their types, and that only displayable
//! values are formatted. Errors are rustc's, worded the same where rustc has one.

use std::collections::HashMap;

use wasmrust_diag::{Diagnostic, Span, codes};
use wasmrust_hir as hir;
use wasmrust_ir::{self as ir, BinOp, FuncId, IntTy, LocalId, LoopId, Ty, UnOp};

/// Type-checks a lowered crate into the typed IR.
pub fn check(krate: &hir::Crate, source_name: &str) -> Result<ir::Module, Vec<Diagnostic>> {
    let mut diagnostics = Vec::new();
    let main = krate.functions.iter().position(|f| f.name == "main");
    let mut functions = Vec::new();
    for function in &krate.functions {
        match FnChecker::new(krate, function).check() {
            Ok(f) => functions.push(f),
            Err(mut errors) => diagnostics.append(&mut errors),
        }
    }
    let main = match main {
        Some(i) => {
            let f = &krate.functions[i];
            let returns_unit = f.ret.is_none_or(|r| r.ty == Ty::Unit);
            if !f.params.is_empty() || !returns_unit {
                diagnostics.push(
                    Diagnostic::unsupported(f.span, "a `main` with parameters or a return value is")
                        .with_help("declare it as `fn main()`"),
                );
            }
            FuncId(i as u32)
        }
        None => {
            diagnostics.push(
                Diagnostic::new(codes::NO_MAIN, Span::default(), "`main` function not found in crate")
                    .with_help("add `fn main() {}` to the file"),
            );
            FuncId(0)
        }
    };
    if diagnostics.is_empty() {
        Ok(ir::Module { source_name: source_name.to_string(), functions, main })
    } else {
        diagnostics.sort_by_key(|d| d.span.start);
        Err(diagnostics)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum VarKind {
    Any,
    Int,
    Float,
}

/// A check that can only be made once every type is known.
enum Obligation {
    Binary { op: BinOp, lhs: Ty, rhs: Ty, span: Span },
    Unary { op: UnOp, ty: Ty, span: Span },
    Cast { from: Ty, to: Ty, span: Span },
    Display { ty: Ty, span: Span },
    IntRange { ty: Ty, span: Span },
    Literal { ty: Ty, value: u128, negated: bool, span: Span },
}

struct LoopInfo {
    ty: Ty,
    broken: bool,
    takes_value: bool,
}

struct FnChecker<'a> {
    krate: &'a hir::Crate,
    function: &'a hir::Function,
    vars: Vec<(VarKind, Option<Ty>)>,
    local_tys: Vec<Ty>,
    loops: HashMap<LoopId, LoopInfo>,
    ret: Ty,
    obligations: Vec<Obligation>,
    diagnostics: Vec<Diagnostic>,
}

impl<'a> FnChecker<'a> {
    fn new(krate: &'a hir::Crate, function: &'a hir::Function) -> Self {
        let mut this = FnChecker {
            krate,
            function,
            vars: Vec::new(),
            local_tys: Vec::new(),
            loops: HashMap::new(),
            ret: function.ret.map_or(Ty::Unit, |r| r.ty),
            obligations: Vec::new(),
            diagnostics: Vec::new(),
        };
        this.local_tys = function
            .locals
            .iter()
            .map(|l| match l.annotation {
                Some(t) => t.ty,
                None => Ty::Infer(0),
            })
            .collect();
        for i in 0..this.local_tys.len() {
            if this.local_tys[i] == Ty::Infer(0) {
                this.local_tys[i] = this.fresh(VarKind::Any);
            }
        }
        this
    }

    fn check(mut self) -> Result<ir::Function, Vec<Diagnostic>> {
        let body = self.block(&self.function.body);
        self.coerce(body.ty, self.ret, body.tail_span());
        let mut body = body;
        let ret = self.ret;
        self.finish(&mut body);
        if !self.diagnostics.is_empty() {
            return Err(self.diagnostics);
        }
        let locals = self
            .function
            .locals
            .iter()
            .zip(&self.local_tys)
            .map(|(l, ty)| ir::Local { name: l.name.clone(), ty: *ty })
            .collect();
        Ok(ir::Function { name: self.function.name.clone(), params: self.function.params.clone(), ret, locals, body })
    }

    // ---- inference variables ----

    fn fresh(&mut self, kind: VarKind) -> Ty {
        self.vars.push((kind, None));
        Ty::Infer(self.vars.len() as u32 - 1)
    }

    fn resolve(&self, mut ty: Ty) -> Ty {
        while let Ty::Infer(v) = ty {
            match self.vars[v as usize].1 {
                Some(bound) => ty = bound,
                None => return ty,
            }
        }
        ty
    }

    fn describe(&self, ty: Ty) -> String {
        match self.resolve(ty) {
            Ty::Infer(v) => match self.vars[v as usize].0 {
                VarKind::Int => "{integer}".into(),
                VarKind::Float => "{float}".into(),
                VarKind::Any => "_".into(),
            },
            t => t.to_string(),
        }
    }

    fn unify(&mut self, a: Ty, b: Ty) -> bool {
        let (a, b) = (self.resolve(a), self.resolve(b));
        if a == b {
            return true;
        }
        match (a, b) {
            (Ty::Infer(x), Ty::Infer(y)) => {
                let kind = match (self.vars[x as usize].0, self.vars[y as usize].0) {
                    (VarKind::Any, k) | (k, VarKind::Any) => k,
                    (k1, k2) if k1 == k2 => k1,
                    _ => return false,
                };
                self.vars[y as usize].0 = kind;
                self.vars[x as usize].1 = Some(b);
                true
            }
            (Ty::Infer(x), t) | (t, Ty::Infer(x)) => {
                let fits = match self.vars[x as usize].0 {
                    VarKind::Any => true,
                    VarKind::Int => matches!(t, Ty::Int(_)),
                    VarKind::Float => t == Ty::F64,
                };
                if fits {
                    self.vars[x as usize].1 = Some(t);
                }
                fits
            }
            _ => false,
        }
    }

    /// `actual` flows where `expected` is wanted; `!` flows anywhere.
    fn coerce(&mut self, actual: Ty, expected: Ty, span: Span) {
        if self.resolve(actual) == Ty::Never {
            return;
        }
        if !self.unify(actual, expected) {
            let label = format!("expected `{}`, found `{}`", self.describe(expected), self.describe(actual));
            self.diagnostics.push(Diagnostic::new(codes::MISMATCHED_TYPES, span, "mismatched types").with_label(label));
        }
    }

    // ---- expressions ----

    fn expr(&mut self, expr: &hir::Expr) -> ir::Expr {
        let span = expr.span;
        let (kind, ty) = match &expr.kind {
            hir::ExprKind::Lit(lit) => self.literal(lit, false, span),
            hir::ExprKind::Local(local) => (ir::ExprKind::Local(*local), self.local_tys[local.0 as usize]),
            hir::ExprKind::Call { func, args } => {
                let callee = self.krate.function(*func);
                if callee.params.len() != args.len() {
                    self.diagnostics.push(Diagnostic::new(
                        codes::ARGUMENT_COUNT,
                        span,
                        format!(
                            "this function takes {} argument{} but {} argument{} supplied",
                            callee.params.len(),
                            if callee.params.len() == 1 { "" } else { "s" },
                            args.len(),
                            if args.len() == 1 { " was" } else { "s were" }
                        ),
                    ));
                }
                let args = args
                    .iter()
                    .zip(&callee.params)
                    .map(|(arg, param)| {
                        let arg = self.expr(arg);
                        let param_ty = callee.locals[param.0 as usize].annotation.map_or(Ty::Unit, |t| t.ty);
                        self.coerce(arg.ty, param_ty, arg.span);
                        arg
                    })
                    .collect();
                (ir::ExprKind::Call { func: *func, args }, callee.ret.map_or(Ty::Unit, |r| r.ty))
            }
            hir::ExprKind::Exit(code) => {
                let code = self.expr(code);
                self.coerce(code.ty, Ty::Int(IntTy::I32), code.span);
                (ir::ExprKind::Exit(Box::new(code)), Ty::Never)
            }
            hir::ExprKind::Unary { op, operand } => {
                if let (UnOp::Neg, hir::ExprKind::Lit(lit @ hir::Lit::Int { .. })) = (op, &operand.kind) {
                    let (kind, ty) = self.literal(lit, true, span);
                    let operand = ir::Expr { kind, ty, span: operand.span };
                    return ir::Expr {
                        kind: ir::ExprKind::Unary { op: UnOp::Neg, operand: Box::new(operand) },
                        ty,
                        span,
                    };
                }
                let operand = self.expr(operand);
                let ty = operand.ty;
                self.obligations.push(Obligation::Unary { op: *op, ty, span });
                (ir::ExprKind::Unary { op: *op, operand: Box::new(operand) }, ty)
            }
            hir::ExprKind::Binary { op, lhs, rhs } => {
                let (kind, ty) = self.binary(*op, lhs, rhs, span);
                (kind, ty)
            }
            hir::ExprKind::Assign { local, value } => {
                self.check_mutable(*local, span);
                let value = self.expr(value);
                self.coerce(value.ty, self.local_tys[local.0 as usize], value.span);
                (ir::ExprKind::Assign { local: *local, value: Box::new(value) }, Ty::Unit)
            }
            hir::ExprKind::CompoundAssign { op, local, value } => {
                self.check_mutable(*local, span);
                let current = hir::Expr { kind: hir::ExprKind::Local(*local), span };
                let (kind, ty) = self.binary(*op, &current, value, span);
                let local_ty = self.local_tys[local.0 as usize];
                self.coerce(ty, local_ty, span);
                let value = ir::Expr { kind, ty, span };
                (ir::ExprKind::Assign { local: *local, value: Box::new(value) }, Ty::Unit)
            }
            hir::ExprKind::Cast { expr: inner, ty } => {
                let inner = self.expr(inner);
                // As in rustc, an unsuffixed integer literal cast to an integer type takes that
                // type (so `1000 as u8` is an out-of-range literal, not a truncation).
                let literal = match &inner.kind {
                    ir::ExprKind::Int(_) => true,
                    ir::ExprKind::Unary { op: UnOp::Neg, operand } => matches!(operand.kind, ir::ExprKind::Int(_)),
                    _ => false,
                };
                if literal && matches!(ty.ty, Ty::Int(_)) && matches!(self.resolve(inner.ty), Ty::Infer(_)) {
                    self.unify(inner.ty, ty.ty);
                }
                self.obligations.push(Obligation::Cast { from: inner.ty, to: ty.ty, span });
                (ir::ExprKind::Cast(Box::new(inner)), ty.ty)
            }
            hir::ExprKind::Block(block) => return self.block(block),
            hir::ExprKind::If { cond, then, else_ } => {
                let cond = self.expr(cond);
                self.coerce(cond.ty, Ty::Bool, cond.span);
                let then = self.block(then);
                match else_ {
                    Some(else_) => {
                        let else_ = self.expr(else_);
                        let ty = match (self.resolve(then.ty), self.resolve(else_.ty)) {
                            (Ty::Never, t) | (t, Ty::Never) => t,
                            _ => {
                                self.coerce(else_.ty, then.ty, else_.tail_span());
                                then.ty
                            }
                        };
                        (
                            ir::ExprKind::If {
                                cond: Box::new(cond),
                                then: Box::new(then),
                                else_: Some(Box::new(else_)),
                            },
                            ty,
                        )
                    }
                    None => {
                        self.coerce(then.ty, Ty::Unit, then.tail_span());
                        (ir::ExprKind::If { cond: Box::new(cond), then: Box::new(then), else_: None }, Ty::Unit)
                    }
                }
            }
            hir::ExprKind::Loop { id, body } => {
                let ty = self.fresh(VarKind::Any);
                self.loops.insert(*id, LoopInfo { ty, broken: false, takes_value: true });
                let body = self.block(body);
                self.coerce(body.ty, Ty::Unit, body.tail_span());
                let info = &self.loops[id];
                let ty = if info.broken { info.ty } else { Ty::Never };
                (ir::ExprKind::Loop { id: *id, body: Box::new(body) }, ty)
            }
            hir::ExprKind::While { id, cond, body } => {
                let cond = self.expr(cond);
                self.coerce(cond.ty, Ty::Bool, cond.span);
                self.loops.insert(*id, LoopInfo { ty: Ty::Unit, broken: false, takes_value: false });
                let body = self.block(body);
                self.coerce(body.ty, Ty::Unit, body.tail_span());
                (ir::ExprKind::While { id: *id, cond: Box::new(cond), body: Box::new(body) }, Ty::Unit)
            }
            hir::ExprKind::ForRange { id, var, start, end, inclusive, body } => {
                let start = self.expr(start);
                let end = self.expr(end);
                self.coerce(end.ty, start.ty, end.span);
                self.obligations.push(Obligation::IntRange { ty: start.ty, span: start.span.to(end.span) });
                if let Some(var) = var {
                    let var_ty = self.local_tys[var.0 as usize];
                    self.unify(var_ty, start.ty);
                }
                self.loops.insert(*id, LoopInfo { ty: Ty::Unit, broken: false, takes_value: false });
                let body = self.block(body);
                self.coerce(body.ty, Ty::Unit, body.tail_span());
                let kind = ir::ExprKind::ForRange {
                    id: *id,
                    var: *var,
                    start: Box::new(start),
                    end: Box::new(end),
                    inclusive: *inclusive,
                    body: Box::new(body),
                };
                (kind, Ty::Unit)
            }
            hir::ExprKind::Break { id, value } => {
                let value = value.as_ref().map(|v| self.expr(v));
                let info = self.loops.get_mut(id).expect("name resolution checked the loop exists");
                info.broken = true;
                let (loop_ty, takes_value) = (info.ty, info.takes_value);
                match &value {
                    Some(v) if !takes_value => self.diagnostics.push(
                        Diagnostic::new(codes::BAD_BREAK, v.span, "`break` with value from a `while` or `for` loop")
                            .with_help("only `loop` can break with a value"),
                    ),
                    Some(v) => self.coerce(v.ty, loop_ty, v.span),
                    None => self.coerce(Ty::Unit, loop_ty, span),
                }
                (ir::ExprKind::Break { id: *id, value: value.map(Box::new) }, Ty::Never)
            }
            hir::ExprKind::Continue(id) => (ir::ExprKind::Continue(*id), Ty::Never),
            hir::ExprKind::Return(value) => {
                let value = value.as_ref().map(|v| self.expr(v));
                match &value {
                    Some(v) => self.coerce(v.ty, self.ret, v.span),
                    None => self.coerce(Ty::Unit, self.ret, span),
                }
                (ir::ExprKind::Return(value.map(Box::new)), Ty::Never)
            }
            hir::ExprKind::Print { stream, format } => {
                (ir::ExprKind::Print { stream: *stream, format: self.format(format) }, Ty::Unit)
            }
            hir::ExprKind::Panic(format) => (ir::ExprKind::Panic(self.format(format)), Ty::Never),
        };
        ir::Expr { kind, ty, span }
    }

    fn literal(&mut self, lit: &hir::Lit, negated: bool, span: Span) -> (ir::ExprKind, Ty) {
        match lit {
            hir::Lit::Int { value, suffix } => {
                let ty = match suffix {
                    Some(t) => Ty::Int(*t),
                    None => self.fresh(VarKind::Int),
                };
                self.obligations.push(Obligation::Literal { ty, value: *value, negated, span });
                (ir::ExprKind::Int(*value as u64), ty)
            }
            hir::Lit::Float(v) => (ir::ExprKind::Float(*v), self.fresh(VarKind::Float)),
            hir::Lit::Bool(b) => (ir::ExprKind::Bool(*b), Ty::Bool),
            hir::Lit::Str(s) => (ir::ExprKind::Str(s.clone()), Ty::Str),
        }
    }

    fn binary(&mut self, op: BinOp, lhs: &hir::Expr, rhs: &hir::Expr, span: Span) -> (ir::ExprKind, Ty) {
        let lhs = self.expr(lhs);
        let rhs = self.expr(rhs);
        let ty = match op {
            BinOp::And | BinOp::Or => {
                self.coerce(lhs.ty, Ty::Bool, lhs.span);
                self.coerce(rhs.ty, Ty::Bool, rhs.span);
                Ty::Bool
            }
            BinOp::Shl | BinOp::Shr => lhs.ty,
            _ => {
                self.coerce(rhs.ty, lhs.ty, rhs.span);
                if op.is_comparison() { Ty::Bool } else { lhs.ty }
            }
        };
        self.obligations.push(Obligation::Binary { op, lhs: lhs.ty, rhs: rhs.ty, span });
        (ir::ExprKind::Binary { op, lhs: Box::new(lhs), rhs: Box::new(rhs) }, ty)
    }

    fn check_mutable(&mut self, local: LocalId, span: Span) {
        let decl = &self.function.locals[local.0 as usize];
        if !decl.mutable && !decl.deferred_init {
            self.diagnostics.push(
                Diagnostic::new(
                    codes::IMMUTABLE,
                    span,
                    format!("cannot assign twice to immutable variable `{}`", decl.name),
                )
                .with_label("cannot assign twice to immutable variable")
                .with_help(format!("consider making this binding mutable: `mut {}`", decl.name)),
            );
        }
    }

    fn format(&mut self, format: &hir::Format) -> ir::Format {
        let args = format
            .args
            .iter()
            .map(|a| {
                let a = self.expr(a);
                self.obligations.push(Obligation::Display { ty: a.ty, span: a.span });
                a
            })
            .collect();
        ir::Format { args, pieces: format.pieces.clone() }
    }

    fn block(&mut self, block: &hir::Block) -> ir::Expr {
        let mut stmts = Vec::new();
        let mut diverges = false;
        for stmt in &block.stmts {
            match stmt {
                hir::Stmt::Let { local, init, span } => {
                    let Some(init) = init else { continue };
                    let init = self.expr(init);
                    diverges |= self.resolve(init.ty) == Ty::Never;
                    match local {
                        Some(local) => {
                            let local_ty = self.local_tys[local.0 as usize];
                            self.coerce(init.ty, local_ty, init.span);
                            stmts.push(ir::Expr {
                                kind: ir::ExprKind::Assign { local: *local, value: Box::new(init) },
                                ty: Ty::Unit,
                                span: *span,
                            });
                        }
                        None => stmts.push(init),
                    }
                }
                hir::Stmt::Expr(e) => {
                    let e = self.expr(e);
                    diverges |= self.resolve(e.ty) == Ty::Never;
                    stmts.push(e);
                }
            }
        }
        let tail = block.tail.as_ref().map(|t| Box::new(self.expr(t)));
        let ty = match &tail {
            Some(t) => t.ty,
            None if diverges => Ty::Never,
            None => Ty::Unit,
        };
        ir::Expr { kind: ir::ExprKind::Block { stmts, tail }, ty, span: block.span }
    }

    // ---- finishing ----

    /// Defaults the remaining variables, writes final types into the IR, then checks the
    /// obligations, which need final types.
    fn finish(&mut self, body: &mut ir::Expr) {
        for v in 0..self.vars.len() {
            if self.vars[v].1.is_none() {
                self.vars[v].1 = Some(match self.vars[v].0 {
                    VarKind::Int => Ty::Int(IntTy::I32),
                    VarKind::Float => Ty::F64,
                    // Only a variable nothing ever constrains stays unknown (`let x;` never
                    // assigned, a `loop` whose breaks carry no information); `()` is what rustc's
                    // fallback picks for the diverging cases.
                    VarKind::Any => Ty::Unit,
                });
            }
        }
        self.zonk(body);
        for i in 0..self.local_tys.len() {
            self.local_tys[i] = self.resolve(self.local_tys[i]);
        }
        let obligations = std::mem::take(&mut self.obligations);
        for obligation in obligations {
            self.discharge(obligation);
        }
    }

    fn zonk(&self, expr: &mut ir::Expr) {
        expr.ty = self.resolve(expr.ty);
        expr.for_each_child_mut(|child| self.zonk(child));
    }

    fn discharge(&mut self, obligation: Obligation) {
        let error = match obligation {
            Obligation::Binary { op, lhs, rhs, span } => {
                let (lhs, rhs) = (self.resolve(lhs), self.resolve(rhs));
                let ok = match op {
                    BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::Div => matches!(lhs, Ty::Int(_) | Ty::F64),
                    BinOp::Rem => match lhs {
                        Ty::Int(_) => true,
                        Ty::F64 => {
                            self.diagnostics
                                .push(Diagnostic::unsupported(span, "the remainder of floats (`%` on `f64`) is"));
                            return;
                        }
                        _ => false,
                    },
                    BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor => matches!(lhs, Ty::Int(_) | Ty::Bool),
                    BinOp::Shl | BinOp::Shr => matches!((lhs, rhs), (Ty::Int(_), Ty::Int(_))),
                    BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge => match lhs {
                        Ty::Int(_) | Ty::F64 | Ty::Bool | Ty::Unit => true,
                        Ty::Str => {
                            self.diagnostics.push(Diagnostic::unsupported(span, "comparing strings is"));
                            return;
                        }
                        _ => false,
                    },
                    BinOp::And | BinOp::Or => true,
                };
                (!ok).then(|| {
                    Diagnostic::new(
                        codes::MISMATCHED_TYPES,
                        span,
                        format!("cannot apply binary operator `{}` to type `{lhs}`", op.symbol()),
                    )
                })
            }
            Obligation::Unary { op, ty, span } => {
                let ty = self.resolve(ty);
                let ok = match op {
                    UnOp::Neg => matches!(ty, Ty::F64) || matches!(ty, Ty::Int(t) if t.signed()),
                    UnOp::Not => matches!(ty, Ty::Int(_) | Ty::Bool),
                };
                let symbol = if op == UnOp::Neg { "-" } else { "!" };
                (!ok).then(|| {
                    Diagnostic::new(
                        codes::MISMATCHED_TYPES,
                        span,
                        format!("cannot apply unary operator `{symbol}` to type `{ty}`"),
                    )
                })
            }
            Obligation::Cast { from, to, span } => {
                let from = self.resolve(from);
                let ok = match (from, to) {
                    (Ty::Int(_) | Ty::F64, Ty::Int(_) | Ty::F64) => true,
                    (Ty::Bool, Ty::Int(_)) => true,
                    (a, b) => a == b,
                };
                (!ok).then(|| {
                    Diagnostic::new(codes::MISMATCHED_TYPES, span, format!("non-primitive cast: `{from}` as `{to}`"))
                        .with_label("an `as` expression can only be used to convert between primitive types")
                })
            }
            Obligation::Display { ty, span } => {
                let ty = self.resolve(ty);
                (!matches!(ty, Ty::Int(_) | Ty::F64 | Ty::Bool | Ty::Str | Ty::Never)).then(|| {
                    Diagnostic::new(
                        codes::MISMATCHED_TYPES,
                        span,
                        format!("`{ty}` doesn't implement `std::fmt::Display`"),
                    )
                })
            }
            Obligation::IntRange { ty, span } => {
                let ty = self.resolve(ty);
                (!matches!(ty, Ty::Int(_)))
                    .then(|| Diagnostic::unsupported(span, format!("`for` loops over ranges of `{ty}` are")))
            }
            Obligation::Literal { ty, value, negated, span } => match self.resolve(ty) {
                Ty::Int(int) => {
                    let limit = if negated { int.min().unsigned_abs() } else { int.max() as u128 };
                    let fits = value <= limit && !(negated && !int.signed() && value != 0);
                    (!fits).then(|| {
                        let shown = if negated { format!("-{value}") } else { value.to_string() };
                        Diagnostic::new(
                            codes::LITERAL_OUT_OF_RANGE,
                            span,
                            format!("literal out of range for `{}`", int.name()),
                        )
                        .with_label(format!(
                            "the literal `{shown}` does not fit into the type `{}` whose range is `{}..={}`",
                            int.name(),
                            int.min(),
                            int.max()
                        ))
                    })
                }
                // An integer literal unified with a non-integer type was reported as a mismatch.
                _ => None,
            },
        };
        if let Some(e) = error {
            self.diagnostics.push(e);
        }
    }
}

trait TailSpan {
    fn tail_span(&self) -> Span;
}

impl TailSpan for ir::Expr {
    /// Where a block's value comes from: its tail if it has one, for pointed mismatch errors.
    fn tail_span(&self) -> Span {
        match &self.kind {
            ir::ExprKind::Block { tail: Some(t), .. } => t.tail_span(),
            _ => self.span,
        }
    }
}
