//! Expressions and statements.

use std::rc::Rc;

use wasmrust_diag::{Diagnostic, Span, codes};
use wasmrust_ir::{self as ir, BinOp, Expr, ExprKind, FloatTy, IntTy, LoopId, Mutability, Ty, UnOp};
use wasmrust_resolve::{DefId, DefKind, Res};

use crate::body::{Callee, FnCx, LoopScope, Obligation};
use crate::infer::VarKind;
use crate::lookup::SelfKind;
use crate::tys::Env;

/// What a path in expression position names.
enum ValuePath {
    Local(ir::LocalId),
    /// A function with its generic arguments (parent's then own, variables where omitted).
    Fn(DefId, Vec<Ty>),
    /// A trait's function, dispatched on `Self` (args[0]).
    TraitFn(DefId, Vec<Ty>),
    /// A constructor of a tuple struct or tuple variant, or a unit struct or variant.
    Ctor {
        adt: DefId,
        variant: u32,
        args: Vec<Ty>,
        unit: bool,
    },
    /// A constant or static: its type and value expression, checked where used.
    Const(DefId, Env),
}

impl FnCx<'_, '_> {
    /// Checks an expression; `expected` is a hint for inference (closures, literals),
    /// not a requirement (callers coerce).
    pub fn expr(&mut self, e: &syn::Expr, expected: Option<&Ty>) -> Expr {
        if is_place_syntax(e) {
            let place = self.place(e);
            return self.read(place);
        }
        let span = self.span(e);
        match e {
            syn::Expr::Lit(l) => self.literal(&l.lit, false, expected, span),
            syn::Expr::Call(c) => self.call(c, expected, span),
            syn::Expr::MethodCall(m) => self.method_call(m, expected, span),
            syn::Expr::Binary(b) => self.binary(b, span),
            syn::Expr::Unary(u) => self.unary(u, expected, span),
            syn::Expr::Reference(r) => {
                let m = if r.mutability.is_some() { Mutability::Mut } else { Mutability::Not };
                let inner_expected = match expected.map(|t| self.table.shallow(t)) {
                    Some(Ty::Ref(_, t)) => Some((*t).clone()),
                    _ => None,
                };
                let inner = if is_place_syntax(&r.expr) {
                    let p = self.place(&r.expr);
                    if m == Mutability::Mut {
                        let p = self.make_mut_place(p);
                        self.note_mutation(&p, true);
                        p
                    } else {
                        p
                    }
                } else {
                    self.expr(&r.expr, inner_expected.as_ref())
                };
                let ty = Ty::Ref(m, Rc::new(inner.ty.clone()));
                Expr { kind: ExprKind::AddrOf(Box::new(inner)), ty, span }
            }
            syn::Expr::Assign(a) => {
                let place = self.place(&a.left);
                let place = self.make_mut_place(place);
                self.check_mutable_place(&place, span);
                self.note_mutation(&place, false);
                let value = self.expr(&a.right, Some(&place.ty.clone()));
                let value = self.coerce(value, &place.ty.clone());
                Expr { kind: ExprKind::Assign { place: Box::new(place), value: Box::new(value) }, ty: Ty::Unit, span }
            }
            syn::Expr::Block(b) => {
                if let Some(label) = &b.label {
                    return self.labeled_block(&label.name.ident.to_string(), &b.block, expected, span);
                }
                self.block(&b.block, expected)
            }
            syn::Expr::If(i) => self.if_expr(i, expected, span),
            syn::Expr::While(w) => self.while_loop(w, span),
            syn::Expr::Loop(l) => {
                let label = l.label.as_ref().map(|l| l.name.ident.to_string());
                let break_ty = self.table.fresh(VarKind::Any);
                let id = self.enter_loop(label, Some(break_ty.clone()), true);
                let body = self.block(&l.body, Some(&Ty::Unit));
                let body = self.coerce(body, &Ty::Unit);
                let scope = self.frame().loops.pop().expect("loop scope");
                let breaks = scope.break_ty.expect("loop");
                // A loop without `break` never produces a value.
                let ty = if self.loop_has_break(id) { breaks } else { Ty::Never };
                Expr { kind: ExprKind::Loop { id, body: Box::new(body) }, ty, span }
            }
            syn::Expr::ForLoop(f) => self.for_loop(f, span),
            syn::Expr::Match(m) => self.match_expr(m, expected, span),
            syn::Expr::Break(b) => self.break_expr(b, span),
            syn::Expr::Continue(c) => {
                let label = c.label.as_ref().map(|l| l.ident.to_string());
                match self.find_loop(label.as_deref(), true, span) {
                    Some(id) => Expr { kind: ExprKind::Continue(id), ty: Ty::Never, span },
                    None => Expr { kind: ExprKind::Unit, ty: Ty::Never, span },
                }
            }
            syn::Expr::Return(r) => {
                let ret = self.frame().ret.clone().expect("a return type");
                let value = r.expr.as_ref().map(|v| {
                    let v = self.expr(v, Some(&ret));
                    Box::new(self.coerce(v, &ret))
                });
                if value.is_none() {
                    self.expect_ty(&Ty::Unit, &ret, span);
                }
                Expr { kind: ExprKind::Return(value), ty: Ty::Never, span }
            }
            syn::Expr::Closure(c) => {
                let sig = expected.and_then(|t| self.expected_closure_sig(t));
                self.closure(c, sig)
            }
            syn::Expr::Tuple(t) => {
                if t.elems.is_empty() {
                    return Expr::unit(span);
                }
                let hints: Vec<Option<Ty>> = match expected.map(|t| self.table.shallow(t)) {
                    Some(Ty::Tuple(ts)) if ts.len() == t.elems.len() => ts.iter().cloned().map(Some).collect(),
                    _ => vec![None; t.elems.len()],
                };
                let fields: Vec<Expr> = t.elems.iter().zip(&hints).map(|(e, h)| self.expr(e, h.as_ref())).collect();
                let ty = Ty::Tuple(fields.iter().map(|f| f.ty.clone()).collect());
                Expr { kind: ExprKind::Construct { variant: 0, fields }, ty, span }
            }
            syn::Expr::Array(a) => {
                let elem_hint = match expected.map(|t| self.table.shallow(t)) {
                    Some(Ty::Array(t, _)) => (*t).clone(),
                    _ => self.table.fresh(VarKind::Any),
                };
                let mut elems = Vec::new();
                for e in &a.elems {
                    let x = self.expr(e, Some(&elem_hint));
                    elems.push(self.coerce(x, &elem_hint));
                }
                let ty = Ty::Array(Rc::new(elem_hint), elems.len() as u64);
                Expr { kind: ExprKind::Array(elems), ty, span }
            }
            syn::Expr::Repeat(r) => {
                let elem_hint = match expected.map(|t| self.table.shallow(t)) {
                    Some(Ty::Array(t, _)) => Some((*t).clone()),
                    _ => None,
                };
                let value = self.expr(&r.expr, elem_hint.as_ref());
                let env = Env { module: Some(self.module), ..self.env.clone() };
                let Some(count) = self.cx.const_usize(&r.len, &env) else {
                    return self.error_expr(Diagnostic::unsupported(
                        self.span(&r.len),
                        "array lengths other than constants are",
                    ));
                };
                let ty = Ty::Array(Rc::new(value.ty.clone()), count);
                Expr { kind: ExprKind::ArrayRepeat { value: Box::new(value), count }, ty, span }
            }
            syn::Expr::Struct(s) => self.struct_literal(s, expected, span),
            syn::Expr::Range(r) => self.range(r, expected, span),
            syn::Expr::Paren(p) => self.expr(&p.expr, expected),
            syn::Expr::Group(g) => self.expr(&g.expr, expected),
            syn::Expr::Cast(c) => self.cast(c, span),
            syn::Expr::Macro(m) => match self.expand_macro(&m.mac, span) {
                Ok(expanded) => self.expr(&expanded, expected),
                Err(d) => self.error_expr(d),
            },
            syn::Expr::Try(t) => self.try_expr(t, span),
            syn::Expr::Let(l) => {
                let value = self.expr(&l.expr, None);
                let pat = self.pattern(&l.pat, &value.ty.clone(), true);
                Expr { kind: ExprKind::Matches { scrutinee: Box::new(value), pat }, ty: Ty::Bool, span }
            }
            syn::Expr::Path(_) => unreachable!("paths are places or handled in `place`"),
            other => self.error_expr(Diagnostic::unsupported(span, expr_construct(other))),
        }
    }

    /// Reads a place as a value: a copy for `Copy` aggregates (decided once types are known).
    fn read(&mut self, place: Expr) -> Expr {
        match &place.kind {
            // Constants, functions and constructors are already values.
            ExprKind::Local(_) | ExprKind::Field { .. } | ExprKind::Index { .. } | ExprKind::Deref(_) => {
                let ty = place.ty.clone();
                let span = place.span;
                Expr { kind: ExprKind::Copy(Box::new(place)), ty, span }
            }
            _ => place,
        }
    }

    /// Checks an expression as a place (locals, fields, index, deref); other expressions
    /// are values, which are places of their own.
    pub fn place(&mut self, e: &syn::Expr) -> Expr {
        let span = self.span(e);
        match e {
            syn::Expr::Path(p) => self.path_expr(p, span),
            syn::Expr::Field(f) => {
                let base = self.place(&f.base);
                self.field(base, &f.member, span)
            }
            syn::Expr::Index(i) => {
                let base = self.place(&i.expr);
                self.index(base, &i.index, span)
            }
            syn::Expr::Unary(syn::ExprUnary { op: syn::UnOp::Deref(_), expr, .. }) => {
                let inner = self.expr(expr, None);
                let inner_ty = self.table.shallow(&inner.ty);
                if let Ty::Infer(_) = inner_ty {
                    return self.error_expr(Diagnostic::new(codes::UNRESOLVED, span, "type annotations needed"));
                }
                match self.deref_place(inner) {
                    Some(p) => p,
                    None => self.error_expr(Diagnostic::new(
                        codes::MISMATCHED_TYPES,
                        span,
                        format!("type `{}` cannot be dereferenced", self.describe(&inner_ty)),
                    )),
                }
            }
            syn::Expr::Paren(p) => self.place(&p.expr),
            other => self.expr(other, None),
        }
    }

    /// Turns the `Index`/`Deref` trait calls along a place into their `IndexMut`/`DerefMut`
    /// versions, for a place that is assigned or borrowed mutably.
    pub fn make_mut_place(&mut self, place: Expr) -> Expr {
        let Expr { kind, ty, span } = place;
        let kind = match kind {
            ExprKind::Field { base, index } => ExprKind::Field { base: Box::new(self.make_mut_place(*base)), index },
            ExprKind::Index { base, index } => ExprKind::Index { base: Box::new(self.make_mut_place(*base)), index },
            ExprKind::Deref(inner) => {
                let inner = *inner;
                match inner.kind {
                    ExprKind::Call { func, mut args } if self.is_shared_trait_call(func) => {
                        let (trait_role, method) = self.mut_counterpart(func);
                        let first = args.remove(0);
                        let base_place = match first.kind {
                            ExprKind::AddrOf(p) => self.make_mut_place(*p),
                            other => Expr { kind: other, ty: first.ty.clone(), span: first.span },
                        };
                        self.note_mutation(&base_place, true);
                        let recv_ty = Ty::mut_ref(base_place.ty.clone());
                        let recv = Expr { kind: ExprKind::AddrOf(Box::new(base_place)), ty: recv_ty, span };
                        let mut all = vec![recv];
                        all.extend(args);
                        let Callee::Trait { args: targs, .. } = self.callees[func.0 as usize].clone() else {
                            unreachable!()
                        };
                        let tr = self.cx.program.lang(trait_role);
                        let DefKind::Trait(_, items) = &self.cx.program.def(tr).kind else { unreachable!() };
                        let item = items[method];
                        let ret = Ty::mut_ref(ty.clone());
                        let call = self.call_expr(Callee::Trait { item, args: targs, span }, all, ret, span);
                        ExprKind::Deref(Box::new(call))
                    }
                    other => ExprKind::Deref(Box::new(Expr { kind: other, ty: inner.ty, span: inner.span })),
                }
            }
            other => other,
        };
        Expr { kind, ty, span }
    }

    fn is_shared_trait_call(&self, func: ir::FuncId) -> bool {
        match self.callees.get(func.0 as usize) {
            Some(Callee::Trait { item, .. }) => {
                let name = &self.cx.program.def(*item).name;
                (name == "index" || name == "deref")
                    && self
                        .cx
                        .program
                        .def(*item)
                        .parent
                        .is_some_and(|t| self.cx.is_lang(t, "index") || self.cx.is_lang(t, "deref"))
            }
            _ => false,
        }
    }

    fn mut_counterpart(&self, func: ir::FuncId) -> (&'static str, &'static str) {
        let Callee::Trait { item, .. } = &self.callees[func.0 as usize] else { unreachable!() };
        if self.cx.program.def(*item).name == "index" { ("index_mut", "index_mut") } else { ("deref_mut", "deref_mut") }
    }

    /// A block, its statements in a scope of their own.
    pub fn block(&mut self, block: &syn::Block, expected: Option<&Ty>) -> Expr {
        let span = self.span(block);
        self.push_scope();
        let mut stmts = Vec::new();
        let mut tail = None;
        let mut diverges = false;
        let n = block.stmts.len();
        for (i, stmt) in block.stmts.iter().enumerate() {
            let last = i + 1 == n;
            match stmt {
                syn::Stmt::Local(l) => stmts.push(self.let_stmt(l)),
                syn::Stmt::Expr(e, semi) => {
                    if last && semi.is_none() {
                        tail = Some(Box::new(self.expr(e, expected)));
                    } else {
                        let x = self.expr(e, if semi.is_none() { Some(&Ty::Unit) } else { None });
                        if semi.is_none() && !matches!(self.table.shallow(&x.ty), Ty::Never) {
                            // Block-like expressions as statements must be `()`.
                            self.expect_ty(&x.ty, &Ty::Unit, x.span);
                        }
                        stmts.push(x);
                    }
                }
                syn::Stmt::Macro(m) => {
                    let mspan = self.span(&m.mac);
                    match self.expand_macro(&m.mac, mspan) {
                        Ok(expanded) => {
                            if last && m.semi_token.is_none() {
                                tail = Some(Box::new(self.expr(&expanded, expected)));
                            } else {
                                stmts.push(self.expr(&expanded, None));
                            }
                        }
                        Err(d) => self.report(d),
                    }
                }
                // Items in bodies were collected into the function's scope module.
                syn::Stmt::Item(_) => {}
            }
            if let Some(s) = stmts.last()
                && matches!(self.table.shallow(&s.ty), Ty::Never)
            {
                diverges = true;
            }
        }
        self.pop_scope();
        let ty = match &tail {
            Some(t) => t.ty.clone(),
            None if diverges => Ty::Never,
            None => Ty::Unit,
        };
        Expr { kind: ExprKind::Block { stmts, tail }, ty, span }
    }

    fn let_stmt(&mut self, l: &syn::Local) -> Expr {
        let span = self.span(l);
        let (pat, annotation) = match &l.pat {
            syn::Pat::Type(pt) => (&*pt.pat, Some(self.ty(&pt.ty))),
            other => (other, None),
        };
        let Some(init) = &l.init else {
            // `let x;` or `let x: T;`: initialised by a later assignment.
            let ty = annotation.unwrap_or_else(|| self.table.fresh(VarKind::Any));
            if let syn::Pat::Ident(pi) = pat {
                let id = self.declare(&pi.ident.to_string(), ty, pi.mutability.is_some());
                self.local(id).deferred = true;
                return Expr::unit(span);
            }
            return self.error_expr(Diagnostic::unsupported(span, "`let` with a pattern and no initializer is"));
        };
        let value = self.expr(&init.expr, annotation.as_ref());
        let value = match &annotation {
            Some(t) => self.coerce(value, t),
            None => value,
        };
        let else_ = init.diverge.as_ref().map(|(_, e)| {
            let x = self.expr(e, None);
            Box::new(x)
        });
        let ty = value.ty.clone();
        let pat = self.pattern(pat, &ty, else_.is_some());
        Expr { kind: ExprKind::Let { pat, init: Box::new(value), else_ }, ty: Ty::Unit, span }
    }

    fn labeled_block(&mut self, label: &str, block: &syn::Block, expected: Option<&Ty>, span: Span) -> Expr {
        let ty = expected.cloned().unwrap_or_else(|| self.table.fresh(VarKind::Any));
        let id = self.enter_loop(Some(label.to_string()), Some(ty.clone()), false);
        let body = self.block(block, Some(&ty));
        let body = self.coerce(body, &ty);
        self.frame().loops.pop();
        Expr { kind: ExprKind::LabeledBlock { id, body: Box::new(body) }, ty, span }
    }

    fn enter_loop(&mut self, label: Option<String>, break_ty: Option<Ty>, is_loop: bool) -> LoopId {
        let frame = self.frame();
        let id = LoopId(frame.next_loop);
        frame.next_loop += 1;
        frame.loops.push(LoopScope { label, id, break_ty, is_loop });
        self.frame().breaks_seen.push((id, false));
        id
    }

    fn loop_has_break(&mut self, id: LoopId) -> bool {
        self.frame().breaks_seen.iter().any(|&(l, b)| l == id && b)
    }

    fn find_loop(&mut self, label: Option<&str>, is_continue: bool, span: Span) -> Option<LoopId> {
        let loops = &self.frame().loops;
        let found = match label {
            Some(l) => loops.iter().rev().find(|s| s.label.as_deref() == Some(l)),
            None => loops.iter().rev().find(|s| s.is_loop),
        };
        match found {
            Some(s) if is_continue && !s.is_loop => {
                self.report(Diagnostic::new(codes::BAD_BREAK, span, "`continue` pointing to a labeled block"));
                None
            }
            Some(s) => Some(s.id),
            None => {
                let d = match label {
                    Some(l) => Diagnostic::new(codes::BAD_BREAK, span, format!("use of undeclared label `{l}`")),
                    None => {
                        let what = if is_continue { "continue" } else { "break" };
                        Diagnostic::new(codes::BAD_BREAK, span, format!("`{what}` outside of a loop"))
                            .with_label(format!("cannot `{what}` outside of a loop"))
                    }
                };
                self.report(d);
                None
            }
        }
    }

    fn break_expr(&mut self, b: &syn::ExprBreak, span: Span) -> Expr {
        let label = b.label.as_ref().map(|l| l.ident.to_string());
        let Some(id) = self.find_loop(label.as_deref(), false, span) else {
            return Expr { kind: ExprKind::Unit, ty: Ty::Never, span };
        };
        if let Some(entry) = self.frame().breaks_seen.iter_mut().find(|(l, _)| *l == id) {
            entry.1 = true;
        }
        let scope = self.frame().loops.iter().find(|s| s.id == id).cloned().expect("loop in scope");
        let value = match (&b.expr, &scope.break_ty) {
            (Some(v), Some(t)) => {
                let x = self.expr(v, Some(t));
                Some(Box::new(self.coerce(x, t)))
            }
            (Some(v), None) => {
                let vspan = self.span(v);
                self.report(Diagnostic::new(codes::BAD_BREAK, vspan, "`break` with value from a `while` loop"));
                None
            }
            (None, Some(t)) => {
                self.expect_ty(&Ty::Unit, t, span);
                None
            }
            (None, None) => None,
        };
        Expr { kind: ExprKind::Break { id, value }, ty: Ty::Never, span }
    }

    /// A condition: a `bool` expression, or `let` patterns joined by `&&`, which bind into
    /// the current scope.
    fn condition(&mut self, e: &syn::Expr) -> Expr {
        match e {
            syn::Expr::Let(_) => self.expr(e, Some(&Ty::Bool)),
            syn::Expr::Binary(b) if matches!(b.op, syn::BinOp::And(_)) && contains_let(e) => {
                let span = self.span(e);
                let lhs = self.condition(&b.left);
                let rhs = self.condition(&b.right);
                Expr {
                    kind: ExprKind::Binary { op: BinOp::And, lhs: Box::new(lhs), rhs: Box::new(rhs) },
                    ty: Ty::Bool,
                    span,
                }
            }
            _ => {
                let c = self.expr(e, Some(&Ty::Bool));
                self.coerce(c, &Ty::Bool)
            }
        }
    }

    fn if_expr(&mut self, i: &syn::ExprIf, expected: Option<&Ty>, span: Span) -> Expr {
        self.push_scope();
        let cond = self.condition(&i.cond);
        let then = self.block(&i.then_branch, expected);
        self.pop_scope();
        let Some((_, else_syntax)) = &i.else_branch else {
            let then = self.coerce(then, &Ty::Unit);
            return Expr {
                kind: ExprKind::If { cond: Box::new(cond), then: Box::new(then), else_: None },
                ty: Ty::Unit,
                span,
            };
        };
        let else_ = self.expr(else_syntax, expected.or(Some(&then.ty.clone())));
        let (then, else_, ty) = self.join(then, else_, expected);
        Expr {
            kind: ExprKind::If { cond: Box::new(cond), then: Box::new(then), else_: Some(Box::new(else_)) },
            ty,
            span,
        }
    }

    /// The common type of two branches.
    fn join(&mut self, a: Expr, b: Expr, expected: Option<&Ty>) -> (Expr, Expr, Ty) {
        let a_never = matches!(self.table.shallow(&a.ty), Ty::Never);
        let b_never = matches!(self.table.shallow(&b.ty), Ty::Never);
        if a_never && b_never {
            return (a, b, Ty::Never);
        }
        let target = if a_never { b.ty.clone() } else { a.ty.clone() };
        let target = match expected {
            Some(t) if !matches!(self.table.shallow(t), Ty::Infer(_)) && !self.table.can_unify(&target, t) => t.clone(),
            _ => target,
        };
        let a = self.coerce(a, &target);
        let b = self.coerce(b, &target);
        (a, b, target)
    }

    fn while_loop(&mut self, w: &syn::ExprWhile, span: Span) -> Expr {
        let label = w.label.as_ref().map(|l| l.name.ident.to_string());
        let id = self.enter_loop(label, None, true);
        self.push_scope();
        let cond = self.condition(&w.cond);
        let body = self.block(&w.body, Some(&Ty::Unit));
        let body = self.coerce(body, &Ty::Unit);
        self.pop_scope();
        self.frame().loops.pop();
        // loop { if cond { body } else { break } }
        let brk = Expr { kind: ExprKind::Break { id, value: None }, ty: Ty::Never, span };
        let inner = Expr {
            kind: ExprKind::If { cond: Box::new(cond), then: Box::new(body), else_: Some(Box::new(brk)) },
            ty: Ty::Unit,
            span,
        };
        Expr { kind: ExprKind::Loop { id, body: Box::new(inner) }, ty: Ty::Unit, span }
    }

    fn for_loop(&mut self, f: &syn::ExprForLoop, span: Span) -> Expr {
        let label = f.label.as_ref().map(|l| l.name.ident.to_string());
        // Integer ranges are counted loops, not iterator calls.
        if let syn::Expr::Range(r) = strip_parens(&f.expr)
            && let (Some(start), Some(end)) = (&r.start, &r.end)
        {
            let start = self.expr(start, None);
            let end = self.expr(end, Some(&start.ty.clone()));
            let end = self.coerce(end, &start.ty.clone());
            let ty = self.table.shallow(&start.ty);
            let is_int = matches!(ty, Ty::Int(_)) || matches!(ty, Ty::Infer(v) if self.table.kind(v) == VarKind::Int);
            if is_int {
                return self.counted_loop(f, label, start, end, matches!(r.limits, syn::RangeLimits::Closed(_)), span);
            }
        }
        let iterable = self.expr(&f.expr, None);
        let into_iter = self.cx.program.lang("into_iterator");
        let iter_trait = self.cx.program.lang("iterator");
        let ii_item = self.trait_item(into_iter, "into_iter");
        let next_item = self.trait_item(iter_trait, "next");
        let it_ty = self.cx.project(iterable.ty.clone(), Some(into_iter), "IntoIter", &mut self.table, span);
        let call = self.call_expr(
            Callee::Trait { item: ii_item, args: vec![iterable.ty.clone()], span },
            vec![iterable],
            it_ty.clone(),
            span,
        );
        self.settle_projections(false);
        let item_ty = self.cx.project(it_ty.clone(), Some(iter_trait), "Item", &mut self.table, span);
        self.settle_projections(false);
        let iter_local = self.new_local("{iter}", it_ty.clone(), true);
        self.local(iter_local).mut_borrowed = true;
        let id = self.enter_loop(label, None, true);
        self.push_scope();
        let pat = self.pattern(&f.pat, &item_ty, false);
        let body = self.block(&f.body, Some(&Ty::Unit));
        let body = self.coerce(body, &Ty::Unit);
        self.pop_scope();
        self.frame().loops.pop();
        let option = self.option_ty(item_ty.clone());
        let iter_place = Expr { kind: ExprKind::Local(iter_local), ty: it_ty.clone(), span };
        let recv = Expr { kind: ExprKind::AddrOf(Box::new(iter_place)), ty: Ty::mut_ref(it_ty.clone()), span };
        let next = self.call_expr(
            Callee::Trait { item: next_item, args: vec![it_ty.clone()], span },
            vec![recv],
            option.clone(),
            span,
        );
        let some =
            ir::Pat { kind: ir::PatKind::Variant { variant: 1, fields: vec![(0, pat)] }, ty: option.clone(), span };
        let none = ir::Pat { kind: ir::PatKind::Wild, ty: option, span };
        let brk = Expr { kind: ExprKind::Break { id, value: None }, ty: Ty::Never, span };
        let m = Expr {
            kind: ExprKind::Match {
                scrutinee: Box::new(next),
                arms: vec![ir::Arm { pat: some, guard: None, body }, ir::Arm { pat: none, guard: None, body: brk }],
            },
            ty: Ty::Unit,
            span,
        };
        let lp = Expr { kind: ExprKind::Loop { id, body: Box::new(m) }, ty: Ty::Unit, span };
        let init_pat =
            ir::Pat { kind: ir::PatKind::Bind { local: iter_local, by_ref: None, sub: None }, ty: it_ty, span };
        let init =
            Expr { kind: ExprKind::Let { pat: init_pat, init: Box::new(call), else_: None }, ty: Ty::Unit, span };
        Expr { kind: ExprKind::Block { stmts: vec![init, lp], tail: None }, ty: Ty::Unit, span }
    }

    /// `for pat in start..end` (or `..=`) over integers, as a counted loop that never
    /// overflows, and where `continue` still advances.
    fn counted_loop(
        &mut self,
        f: &syn::ExprForLoop,
        label: Option<String>,
        start: Expr,
        end: Expr,
        inclusive: bool,
        span: Span,
    ) -> Expr {
        let ty = start.ty.clone();
        let i = self.new_local("{i}", ty.clone(), true);
        let e = self.new_local("{end}", ty.clone(), false);
        let go = self.new_local("{go}", Ty::Bool, true);
        let local = |l, ty: &Ty| Expr { kind: ExprKind::Local(l), ty: ty.clone(), span };
        let bind = |l, ty: &Ty| ir::Pat {
            kind: ir::PatKind::Bind { local: l, by_ref: None, sub: None },
            ty: ty.clone(),
            span,
        };
        let let_ = |pat: ir::Pat, init: Expr| Expr {
            kind: ExprKind::Let { pat, init: Box::new(init), else_: None },
            ty: Ty::Unit,
            span,
        };
        let bin = |op, a: Expr, b: Expr, ty: Ty| Expr {
            kind: ExprKind::Binary { op, lhs: Box::new(a), rhs: Box::new(b) },
            ty,
            span,
        };
        let id = self.enter_loop(label, None, true);
        self.push_scope();
        let pat = self.pattern(&f.pat, &ty, false);
        let body = self.block(&f.body, Some(&Ty::Unit));
        let body = self.coerce(body, &Ty::Unit);
        self.pop_scope();
        self.frame().loops.pop();
        let one = Expr { kind: ExprKind::Int(1), ty: ty.clone(), span };
        let cmp = if inclusive { BinOp::Le } else { BinOp::Lt };
        // let go = i < end; loop { if !go break; let pat = i; if i + 1 reaches the end
        // (or i == end for ..=) { go = false } else { i += 1 }; body }
        let stmts_before = vec![
            let_(bind(i, &ty), start),
            let_(bind(e, &ty), end),
            let_(bind(go, &Ty::Bool), bin(cmp, local(i, &ty), local(e, &ty), Ty::Bool)),
        ];
        let brk = Expr { kind: ExprKind::Break { id, value: None }, ty: Ty::Never, span };
        let not_go = Expr {
            kind: ExprKind::Unary { op: UnOp::Not, operand: Box::new(local(go, &Ty::Bool)) },
            ty: Ty::Bool,
            span,
        };
        let check = Expr {
            kind: ExprKind::If { cond: Box::new(not_go), then: Box::new(brk), else_: None },
            ty: Ty::Unit,
            span,
        };
        let bind_pat = let_(pat, local(i, &ty));
        let next = bin(BinOp::Add, local(i, &ty), one.clone(), ty.clone());
        let at_end = if inclusive {
            bin(BinOp::Eq, local(i, &ty), local(e, &ty), Ty::Bool)
        } else {
            bin(BinOp::Ge, next.clone(), local(e, &ty), Ty::Bool)
        };
        let stop = Expr {
            kind: ExprKind::Assign {
                place: Box::new(local(go, &Ty::Bool)),
                value: Box::new(Expr { kind: ExprKind::Bool(false), ty: Ty::Bool, span }),
            },
            ty: Ty::Unit,
            span,
        };
        let advance = Expr {
            kind: ExprKind::Assign { place: Box::new(local(i, &ty)), value: Box::new(next) },
            ty: Ty::Unit,
            span,
        };
        // For `..`, `i + 1` cannot overflow when `i < end`; advance anyway so `i` is the
        // next value, and stop when it reaches the end.
        let step = if inclusive {
            Expr {
                kind: ExprKind::If { cond: Box::new(at_end), then: Box::new(stop), else_: Some(Box::new(advance)) },
                ty: Ty::Unit,
                span,
            }
        } else {
            Expr {
                kind: ExprKind::Block {
                    stmts: vec![
                        Expr {
                            kind: ExprKind::If { cond: Box::new(at_end), then: Box::new(stop), else_: None },
                            ty: Ty::Unit,
                            span,
                        },
                        advance,
                    ],
                    tail: None,
                },
                ty: Ty::Unit,
                span,
            }
        };
        let loop_body =
            Expr { kind: ExprKind::Block { stmts: vec![check, bind_pat, step, body], tail: None }, ty: Ty::Unit, span };
        let lp = Expr { kind: ExprKind::Loop { id, body: Box::new(loop_body) }, ty: Ty::Unit, span };
        let mut stmts = stmts_before;
        stmts.push(lp);
        Expr { kind: ExprKind::Block { stmts, tail: None }, ty: Ty::Unit, span }
    }

    fn match_expr(&mut self, m: &syn::ExprMatch, expected: Option<&Ty>, span: Span) -> Expr {
        let scrutinee = if is_place_syntax(&m.expr) { self.place(&m.expr) } else { self.expr(&m.expr, None) };
        let sty = scrutinee.ty.clone();
        let result = expected
            .cloned()
            .filter(|t| !matches!(self.table.shallow(t), Ty::Infer(_)))
            .unwrap_or_else(|| self.table.fresh(VarKind::Any));
        let mut arms = Vec::new();
        let mut all_never = true;
        for arm in &m.arms {
            self.push_scope();
            let pat = self.pattern(&arm.pat, &sty, true);
            let guard = arm.guard.as_ref().map(|(_, g)| self.condition(g));
            let body = self.expr(&arm.body, Some(&result));
            self.pop_scope();
            if !matches!(self.table.shallow(&body.ty), Ty::Never) {
                all_never = false;
            }
            let body = self.coerce(body, &result);
            arms.push(ir::Arm { pat, guard, body });
        }
        let ty = if all_never { Ty::Never } else { result };
        Expr { kind: ExprKind::Match { scrutinee: Box::new(scrutinee), arms }, ty, span }
    }

    fn try_expr(&mut self, t: &syn::ExprTry, span: Span) -> Expr {
        let value = self.expr(&t.expr, None);
        let vty = self.table.shallow(&value.ty);
        let ret = self.frame().ret.clone().expect("return type");
        let Ty::Adt(id, args) = vty.clone() else {
            return self.error_expr(Diagnostic::unsupported(
                span,
                format!("the `?` operator on `{}` is", self.describe(&vty)),
            ));
        };
        let def = DefId(id.0);
        let ok_ty = args[0].clone();
        let v = self.new_local("{v}", ok_ty.clone(), false);
        let bind = |l, ty: &Ty| ir::Pat {
            kind: ir::PatKind::Bind { local: l, by_ref: None, sub: None },
            ty: ty.clone(),
            span,
        };
        let local = |l, ty: &Ty| Expr { kind: ExprKind::Local(l), ty: ty.clone(), span };
        if self.cx.is_lang(def, "Option") {
            let none = Expr { kind: ExprKind::Construct { variant: 0, fields: vec![] }, ty: ret.clone(), span };
            // The function must return an Option too.
            let ret_s = self.table.shallow(&ret);
            if !matches!(&ret_s, Ty::Adt(r, _) if r.0 == id.0) {
                return self.error_expr(Diagnostic::new(
                    codes::MISMATCHED_TYPES,
                    span,
                    "the `?` operator can only be used on `Option`s in a function that returns `Option`",
                ));
            }
            let arms = vec![
                ir::Arm {
                    pat: ir::Pat {
                        kind: ir::PatKind::Variant { variant: 1, fields: vec![(0, bind(v, &ok_ty))] },
                        ty: vty.clone(),
                        span,
                    },
                    guard: None,
                    body: local(v, &ok_ty),
                },
                ir::Arm {
                    pat: ir::Pat { kind: ir::PatKind::Wild, ty: vty, span },
                    guard: None,
                    body: Expr { kind: ExprKind::Return(Some(Box::new(none))), ty: Ty::Never, span },
                },
            ];
            return Expr { kind: ExprKind::Match { scrutinee: Box::new(value), arms }, ty: ok_ty, span };
        }
        if self.cx.is_lang(def, "Result") {
            let err_ty = args[1].clone();
            let ret_s = self.table.shallow(&ret);
            let Ty::Adt(rid, rargs) = ret_s else {
                return self.error_expr(Diagnostic::new(
                    codes::MISMATCHED_TYPES,
                    span,
                    "the `?` operator can only be used on `Result`s in a function that returns `Result`",
                ));
            };
            if rid.0 != id.0 {
                return self.error_expr(Diagnostic::new(
                    codes::MISMATCHED_TYPES,
                    span,
                    "the `?` operator can only be used on `Result`s in a function that returns `Result`",
                ));
            }
            let target_err = rargs[1].clone();
            let e = self.new_local("{e}", err_ty.clone(), false);
            let converted = if self.table.can_unify(&err_ty, &target_err) {
                self.table.unify(&err_ty, &target_err);
                local(e, &err_ty)
            } else {
                let from = self.cx.program.lang("from");
                let item = self.trait_item(from, "from");
                self.call_expr(
                    Callee::Trait { item, args: vec![target_err.clone(), err_ty.clone()], span },
                    vec![local(e, &err_ty)],
                    target_err.clone(),
                    span,
                )
            };
            let err = Expr { kind: ExprKind::Construct { variant: 1, fields: vec![converted] }, ty: ret.clone(), span };
            let arms = vec![
                ir::Arm {
                    pat: ir::Pat {
                        kind: ir::PatKind::Variant { variant: 0, fields: vec![(0, bind(v, &ok_ty))] },
                        ty: vty.clone(),
                        span,
                    },
                    guard: None,
                    body: local(v, &ok_ty),
                },
                ir::Arm {
                    pat: ir::Pat {
                        kind: ir::PatKind::Variant { variant: 1, fields: vec![(0, bind(e, &err_ty))] },
                        ty: vty,
                        span,
                    },
                    guard: None,
                    body: Expr { kind: ExprKind::Return(Some(Box::new(err))), ty: Ty::Never, span },
                },
            ];
            return Expr { kind: ExprKind::Match { scrutinee: Box::new(value), arms }, ty: ok_ty, span };
        }
        self.error_expr(Diagnostic::unsupported(span, format!("the `?` operator on `{}` is", self.describe(&vty))))
    }

    /// `Option<T>`.
    pub fn option_ty(&self, t: Ty) -> Ty {
        self.cx.adt_ty(self.cx.program.lang("Option"), vec![t])
    }

    /// A trait's item by name.
    pub fn trait_item(&self, tr: DefId, name: &str) -> DefId {
        let DefKind::Trait(_, items) = &self.cx.program.def(tr).kind else { panic!("not a trait") };
        *items.get(name).unwrap_or_else(|| panic!("trait {} has no {name}", self.cx.program.def(tr).name))
    }

    fn range(&mut self, r: &syn::ExprRange, expected: Option<&Ty>, span: Span) -> Expr {
        let (role, fields): (&str, Vec<&syn::Expr>) = match (&r.start, &r.end, &r.limits) {
            (Some(s), Some(e), syn::RangeLimits::HalfOpen(_)) => ("Range", vec![s, e]),
            (Some(s), Some(e), syn::RangeLimits::Closed(_)) => ("RangeInclusive", vec![s, e]),
            (Some(s), None, _) => ("RangeFrom", vec![s]),
            (None, Some(e), syn::RangeLimits::HalfOpen(_)) => ("RangeTo", vec![e]),
            (None, Some(e), syn::RangeLimits::Closed(_)) => ("RangeToInclusive", vec![e]),
            (None, None, _) => ("RangeFull", vec![]),
        };
        let def = self.cx.program.lang(role);
        let hint = match expected.map(|t| self.table.shallow(t)) {
            Some(Ty::Adt(id, args)) if id.0 == def.0 && !args.is_empty() => args[0].clone(),
            _ => self.table.fresh(VarKind::Any),
        };
        let mut values = Vec::new();
        for f in fields {
            let v = self.expr(f, Some(&hint));
            values.push(self.coerce(v, &hint));
        }
        let args = if role == "RangeFull" { vec![] } else { vec![hint] };
        let ty = self.cx.adt_ty(def, args);
        Expr { kind: ExprKind::Construct { variant: 0, fields: values }, ty, span }
    }

    fn cast(&mut self, c: &syn::ExprCast, span: Span) -> Expr {
        let to = self.ty(&c.ty);
        let operand = match strip_parens(&c.expr) {
            syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Int(i), .. })
                if i.suffix().is_empty() && matches!(to, Ty::Int(_)) =>
            {
                self.literal(&syn::Lit::Int(i.clone()), false, Some(&to), span)
            }
            _ => self.expr(&c.expr, None),
        };
        if let syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Int(i), .. }) = strip_parens(&c.expr)
            && i.suffix().is_empty()
            && matches!(to, Ty::Int(_))
        {
            self.table.unify(&operand.ty, &to);
        }
        self.obligations.push(Obligation::Cast { from: operand.ty.clone(), to: to.clone(), span });
        Expr { kind: ExprKind::Cast(Box::new(operand)), ty: to, span }
    }

    /// A literal; `negated` for `-literal`, whose range is checked as a whole.
    pub fn literal(&mut self, lit: &syn::Lit, negated: bool, expected: Option<&Ty>, span: Span) -> Expr {
        let (kind, ty) = match lit {
            syn::Lit::Int(i) => {
                let value: u128 = match i.base10_parse() {
                    Ok(v) => v,
                    Err(_) => {
                        return self.error_expr(Diagnostic::new(
                            codes::LITERAL_OUT_OF_RANGE,
                            span,
                            "integer literal is too large",
                        ));
                    }
                };
                let ty = match i.suffix() {
                    "" => match expected.map(|t| self.table.shallow(t)) {
                        Some(t @ Ty::Int(_)) => t,
                        _ => self.table.fresh(VarKind::Int),
                    },
                    "f32" => {
                        return Expr { kind: ExprKind::Float(value as f32 as f64), ty: Ty::Float(FloatTy::F32), span };
                    }
                    "f64" => return Expr { kind: ExprKind::Float(value as f64), ty: Ty::Float(FloatTy::F64), span },
                    s => match IntTy::from_name(s) {
                        Some(t) => Ty::Int(t),
                        None => {
                            return self.error_expr(Diagnostic::new(
                                codes::SYNTAX,
                                span,
                                format!("invalid suffix `{s}` for number literal"),
                            ));
                        }
                    },
                };
                self.obligations.push(Obligation::Literal { ty: ty.clone(), value, negated, span });
                (ExprKind::Int(value as u64), ty)
            }
            syn::Lit::Float(f) => {
                let text = f.base10_digits();
                let value: f64 = text.parse().unwrap_or(0.0);
                let ty = match f.suffix() {
                    "f32" => Ty::Float(FloatTy::F32),
                    "f64" => Ty::Float(FloatTy::F64),
                    _ => match expected.map(|t| self.table.shallow(t)) {
                        Some(t @ Ty::Float(_)) => t,
                        _ => self.table.fresh(VarKind::Float),
                    },
                };
                // f32 literals are rounded from the decimal text directly.
                let value = if ty == Ty::Float(FloatTy::F32) {
                    text.parse::<f32>().map(f64::from).unwrap_or(value)
                } else {
                    value
                };
                (ExprKind::Float(value), ty)
            }
            syn::Lit::Bool(b) => (ExprKind::Bool(b.value), Ty::Bool),
            syn::Lit::Str(s) => (ExprKind::Str(s.value()), Ty::str_ref()),
            syn::Lit::Char(c) => (ExprKind::Char(c.value()), Ty::Char),
            syn::Lit::Byte(b) => (ExprKind::Int(u64::from(b.value())), Ty::Int(IntTy::U8)),
            syn::Lit::ByteStr(b) => {
                let bytes: Vec<Expr> = b
                    .value()
                    .iter()
                    .map(|&x| Expr { kind: ExprKind::Int(u64::from(x)), ty: Ty::Int(IntTy::U8), span })
                    .collect();
                let arr_ty = Ty::Array(Rc::new(Ty::Int(IntTy::U8)), bytes.len() as u64);
                let arr = Expr { kind: ExprKind::Array(bytes), ty: arr_ty.clone(), span };
                (ExprKind::AddrOf(Box::new(arr)), Ty::shared_ref(arr_ty))
            }
            other => {
                return self.error_expr(Diagnostic::unsupported(
                    span,
                    format!("this literal (`{}`) is", quote::ToTokens::to_token_stream(other)),
                ));
            }
        };
        Expr { kind, ty, span }
    }

    fn unary(&mut self, u: &syn::ExprUnary, expected: Option<&Ty>, span: Span) -> Expr {
        match u.op {
            syn::UnOp::Deref(_) => unreachable!("derefs are places"),
            syn::UnOp::Neg(_) => {
                if let syn::Expr::Lit(l) = strip_parens(&u.expr) {
                    match &l.lit {
                        syn::Lit::Int(_) => {
                            let x = self.literal(&l.lit, true, expected, span);
                            let ty = x.ty.clone();
                            return Expr { kind: ExprKind::Unary { op: UnOp::Neg, operand: Box::new(x) }, ty, span };
                        }
                        syn::Lit::Float(_) => {
                            let x = self.literal(&l.lit, true, expected, span);
                            let ty = x.ty.clone();
                            return Expr { kind: ExprKind::Unary { op: UnOp::Neg, operand: Box::new(x) }, ty, span };
                        }
                        _ => {}
                    }
                }
                let x = self.expr(&u.expr, expected);
                self.unary_op(UnOp::Neg, x, span)
            }
            syn::UnOp::Not(_) => {
                let x = self.expr(&u.expr, expected);
                self.unary_op(UnOp::Not, x, span)
            }
            _ => self.error_expr(Diagnostic::unsupported(span, "this unary operator is")),
        }
    }

    fn unary_op(&mut self, op: UnOp, x: Expr, span: Span) -> Expr {
        let x = self.auto_deref_scalar(x);
        let ty = self.table.shallow(&x.ty);
        if is_scalar_or_var(&ty) {
            self.obligations.push(Obligation::Unary { op, ty: x.ty.clone(), span });
            let ty = x.ty.clone();
            return Expr { kind: ExprKind::Unary { op, operand: Box::new(x) }, ty, span };
        }
        let (role, method) = if op == UnOp::Neg { ("neg", "neg") } else { ("not", "not") };
        let tr = self.cx.program.lang(role);
        let item = self.trait_item(tr, method);
        let out = self.cx.project(ty.clone(), Some(tr), "Output", &mut self.table, span);
        self.call_expr(Callee::Trait { item, args: vec![ty], span }, vec![x], out, span)
    }

    /// Peels references off a value of scalar type (`*x` for `x: &i32`).
    pub fn auto_deref_scalar(&mut self, mut x: Expr) -> Expr {
        loop {
            match self.table.shallow(&x.ty) {
                Ty::Ref(_, t)
                    if is_scalar_or_var(&self.table.shallow(&t)) || matches!(self.table.shallow(&t), Ty::Ref(..)) =>
                {
                    x = self.deref(x);
                }
                _ => return x,
            }
        }
    }

    fn binary(&mut self, b: &syn::ExprBinary, span: Span) -> Expr {
        use syn::BinOp as S;
        let (op, assign) = match b.op {
            S::Add(_) => (BinOp::Add, false),
            S::Sub(_) => (BinOp::Sub, false),
            S::Mul(_) => (BinOp::Mul, false),
            S::Div(_) => (BinOp::Div, false),
            S::Rem(_) => (BinOp::Rem, false),
            S::And(_) => (BinOp::And, false),
            S::Or(_) => (BinOp::Or, false),
            S::BitXor(_) => (BinOp::BitXor, false),
            S::BitAnd(_) => (BinOp::BitAnd, false),
            S::BitOr(_) => (BinOp::BitOr, false),
            S::Shl(_) => (BinOp::Shl, false),
            S::Shr(_) => (BinOp::Shr, false),
            S::Eq(_) => (BinOp::Eq, false),
            S::Lt(_) => (BinOp::Lt, false),
            S::Le(_) => (BinOp::Le, false),
            S::Ne(_) => (BinOp::Ne, false),
            S::Ge(_) => (BinOp::Ge, false),
            S::Gt(_) => (BinOp::Gt, false),
            S::AddAssign(_) => (BinOp::Add, true),
            S::SubAssign(_) => (BinOp::Sub, true),
            S::MulAssign(_) => (BinOp::Mul, true),
            S::DivAssign(_) => (BinOp::Div, true),
            S::RemAssign(_) => (BinOp::Rem, true),
            S::BitXorAssign(_) => (BinOp::BitXor, true),
            S::BitAndAssign(_) => (BinOp::BitAnd, true),
            S::BitOrAssign(_) => (BinOp::BitOr, true),
            S::ShlAssign(_) => (BinOp::Shl, true),
            S::ShrAssign(_) => (BinOp::Shr, true),
            _ => return self.error_expr(Diagnostic::unsupported(span, "this operator is")),
        };
        if assign {
            return self.compound_assign(op, b, span);
        }
        if matches!(op, BinOp::And | BinOp::Or) {
            let lhs = self.condition_operand(&b.left);
            let rhs = self.condition_operand(&b.right);
            return Expr { kind: ExprKind::Binary { op, lhs: Box::new(lhs), rhs: Box::new(rhs) }, ty: Ty::Bool, span };
        }
        let lhs = self.expr(&b.left, None);
        let lhs_hint = self.table.shallow(&lhs.ty);
        let rhs_hint = if matches!(op, BinOp::Shl | BinOp::Shr) { None } else { Some(lhs_hint.clone()) };
        let rhs = self.expr(&b.right, rhs_hint.as_ref());
        self.binary_op(op, lhs, rhs, span)
    }

    fn condition_operand(&mut self, e: &syn::Expr) -> Expr {
        let x = self.expr(e, Some(&Ty::Bool));
        self.coerce(x, &Ty::Bool)
    }

    /// A binary operator on checked operands: built in on scalars, a trait call otherwise.
    pub fn binary_op(&mut self, op: BinOp, lhs: Expr, rhs: Expr, span: Span) -> Expr {
        let (l0, r0) = (self.table.shallow(&lhs.ty), self.table.shallow(&rhs.ty));
        let scalar_after_deref = |fcx: &mut Self, t: &Ty| {
            let mut t = fcx.table.shallow(t);
            while let Ty::Ref(_, inner) = t {
                t = fcx.table.shallow(&inner);
            }
            is_scalar_or_var(&t)
        };
        if scalar_after_deref(self, &l0) && (scalar_after_deref(self, &r0) || matches!(r0, Ty::Infer(_))) {
            let lhs = self.auto_deref_scalar(lhs);
            let rhs = self.auto_deref_scalar(rhs);
            let ty = match op {
                BinOp::Shl | BinOp::Shr => lhs.ty.clone(),
                _ => {
                    let rspan = rhs.span;
                    self.expect_ty(&rhs.ty, &lhs.ty, rspan);
                    if op.is_comparison() { Ty::Bool } else { lhs.ty.clone() }
                }
            };
            if matches!(op, BinOp::Shl | BinOp::Shr) {
                self.obligations.push(Obligation::Binary { op, lhs: rhs.ty.clone(), span });
            }
            self.obligations.push(Obligation::Binary { op, lhs: lhs.ty.clone(), span });
            return Expr { kind: ExprKind::Binary { op, lhs: Box::new(lhs), rhs: Box::new(rhs) }, ty, span };
        }
        if op.is_comparison() {
            return self.comparison_call(op, lhs, rhs, span);
        }
        let role = match op {
            BinOp::Add => "add",
            BinOp::Sub => "sub",
            BinOp::Mul => "mul",
            BinOp::Div => "div",
            BinOp::Rem => "rem",
            BinOp::BitAnd => "bitand",
            BinOp::BitOr => "bitor",
            BinOp::BitXor => "bitxor",
            BinOp::Shl => "shl",
            BinOp::Shr => "shr",
            _ => unreachable!(),
        };
        let tr = self.cx.program.lang(role);
        let item = self.trait_item(tr, role);
        let out = self.table.fresh(VarKind::Any);
        let (lt, rt) = (lhs.ty.clone(), rhs.ty.clone());
        self.impl_obligations.push((lt.clone(), tr, vec![rt.clone()]));
        let call_out = out.clone();
        let call =
            self.call_expr(Callee::Trait { item, args: vec![lt.clone(), rt], span }, vec![lhs, rhs], call_out, span);
        // The output type comes from the impl, known once the operand types are.
        let projected = self.cx.project(lt, Some(tr), "Output", &mut self.table, span);
        self.table.unify(&out, &projected);
        call
    }

    fn comparison_call(&mut self, op: BinOp, mut lhs: Expr, mut rhs: Expr, span: Span) -> Expr {
        // Compare the referents of references of equal depth, as `impl PartialEq for &A` does.
        while let (Ty::Ref(..), Ty::Ref(..)) = (self.table.shallow(&lhs.ty), self.table.shallow(&rhs.ty)) {
            lhs = self.deref(lhs);
            rhs = self.deref(rhs);
        }
        let (role, method) = match op {
            BinOp::Eq => ("eq", "eq"),
            BinOp::Ne => ("eq", "ne"),
            BinOp::Lt => ("partial_ord", "lt"),
            BinOp::Le => ("partial_ord", "le"),
            BinOp::Gt => ("partial_ord", "gt"),
            BinOp::Ge => ("partial_ord", "ge"),
            _ => unreachable!(),
        };
        let tr = self.cx.program.lang(role);
        let item = self.trait_item(tr, method);
        let (lt, rt) = (lhs.ty.clone(), rhs.ty.clone());
        // The impl infers what the operands leave open (`x == Ok(3)`'s error type).
        self.impl_obligations.push((lt.clone(), tr, vec![rt.clone()]));
        let l = Expr { kind: ExprKind::AddrOf(Box::new(lhs)), ty: Ty::shared_ref(lt.clone()), span };
        let r = Expr { kind: ExprKind::AddrOf(Box::new(rhs)), ty: Ty::shared_ref(rt.clone()), span };
        self.call_expr(Callee::Trait { item, args: vec![lt, rt], span }, vec![l, r], Ty::Bool, span)
    }

    fn compound_assign(&mut self, op: BinOp, b: &syn::ExprBinary, span: Span) -> Expr {
        let place = self.place(&b.left);
        let place = self.make_mut_place(place);
        let pty = self.table.shallow(&place.ty);
        if is_scalar_or_var(&pty) {
            self.check_mutable_place(&place, span);
            self.note_mutation(&place, false);
            let hint = if matches!(op, BinOp::Shl | BinOp::Shr) { None } else { Some(pty.clone()) };
            let rhs = self.expr(&b.right, hint.as_ref());
            let read = Expr { kind: ExprKind::Copy(Box::new(place.clone())), ty: place.ty.clone(), span: place.span };
            let value = self.binary_op(op, read, rhs, span);
            return Expr {
                kind: ExprKind::Assign { place: Box::new(place), value: Box::new(value) },
                ty: Ty::Unit,
                span,
            };
        }
        // `a += b` on other types: `AddAssign::add_assign(&mut a, b)`.
        let role = match op {
            BinOp::Add => "add_assign",
            BinOp::Sub => "sub_assign",
            BinOp::Mul => "mul_assign",
            BinOp::Div => "div_assign",
            BinOp::Rem => "rem_assign",
            _ => {
                return self.error_expr(Diagnostic::unsupported(
                    span,
                    format!("`{}=` on `{}` is", op.symbol(), self.describe(&pty)),
                ));
            }
        };
        let rhs = self.expr(&b.right, None);
        self.note_mutation(&place, true);
        let tr = self.cx.program.lang(role);
        let item = self.trait_item(tr, role);
        let (lt, rt) = (place.ty.clone(), rhs.ty.clone());
        let recv = Expr { kind: ExprKind::AddrOf(Box::new(place)), ty: Ty::mut_ref(lt.clone()), span };
        self.call_expr(Callee::Trait { item, args: vec![lt, rt], span }, vec![recv, rhs], Ty::Unit, span)
    }

    /// A field of a place, auto-dereferencing.
    fn field(&mut self, base: Expr, member: &syn::Member, span: Span) -> Expr {
        let mut place = base;
        for _ in 0..8 {
            let ty = self.table.shallow(&place.ty);
            match (&ty, member) {
                (Ty::Tuple(ts), syn::Member::Unnamed(i)) if (i.index as usize) < ts.len() => {
                    let fty = ts[i.index as usize].clone();
                    return Expr { kind: ExprKind::Field { base: Box::new(place), index: i.index }, ty: fty, span };
                }
                (Ty::Adt(id, args), _) if matches!(self.cx.program.def(DefId(id.0)).kind, DefKind::Struct(_)) => {
                    let def = DefId(id.0);
                    let names = self.cx.field_names(def, 0);
                    let want = match member {
                        syn::Member::Named(n) => n.to_string(),
                        syn::Member::Unnamed(i) => i.index.to_string(),
                    };
                    if let Some(index) = names.iter().position(|n| *n == want) {
                        let ftys = self.field_tys(def, args, 0);
                        return Expr {
                            kind: ExprKind::Field { base: Box::new(place), index: index as u32 },
                            ty: ftys[index].clone(),
                            span,
                        };
                    }
                }
                (Ty::Infer(_), _) => {
                    return self.error_expr(Diagnostic::new(codes::UNRESOLVED, span, "type annotations needed"));
                }
                _ => {}
            }
            match self.deref_place(place.clone()) {
                Some(p) => place = p,
                None => break,
            }
        }
        let name = match member {
            syn::Member::Named(n) => n.to_string(),
            syn::Member::Unnamed(i) => i.index.to_string(),
        };
        let shown = self.describe(&place.ty);
        self.error_expr(Diagnostic::new(codes::UNRESOLVED, span, format!("no field `{name}` on type `{shown}`")))
    }

    /// The field types of a struct or variant with these (possibly unknown) arguments.
    pub fn field_tys(&mut self, def: DefId, args: &[Ty], variant: u32) -> Vec<Ty> {
        let env = self.cx.env_of(def, args);
        let fields: Vec<syn::Type> = match &self.cx.program.def(def).kind {
            DefKind::Struct(s) => s.fields.iter().map(|f| f.ty.clone()).collect(),
            DefKind::Enum(e, _) => e.variants[variant as usize].fields.iter().map(|f| f.ty.clone()).collect(),
            _ => Vec::new(),
        };
        fields.iter().map(|t| self.ty_or_error(t, &env)).collect()
    }

    fn index(&mut self, base: Expr, index: &syn::Expr, span: Span) -> Expr {
        let idx = self.expr(index, None);
        // Ranges index by `usize` (every `Index<Range..>` impl std has is over `usize`).
        if let Ty::Adt(id, args) = self.table.shallow(&idx.ty)
            && self.cx.program.def(DefId(id.0)).name.starts_with("Range")
            && let Some(a) = args.first()
            && matches!(self.table.shallow(a), Ty::Infer(v) if self.table.kind(v) == VarKind::Int)
        {
            self.table.unify(a, &Ty::USIZE);
        }
        self.settle_projections(false);
        let idx_ty = self.table.shallow(&idx.ty);
        // An index whose type is still open is a `usize` for arrays, slices and vectors
        // (their only `Index` impls besides ranges, which are known by now).
        let is_usize = matches!(idx_ty, Ty::Int(IntTy::Usize) | Ty::Infer(_));
        let mut place = base;
        for _ in 0..8 {
            let ty = self.table.shallow(&place.ty);
            match &ty {
                Ty::Array(elem, _) | Ty::Slice(elem) if is_usize => {
                    self.table.unify(&idx.ty, &Ty::USIZE);
                    self.cx.lang_fn("panic_bounds_check");
                    let elem = (**elem).clone();
                    let base = if matches!(ty, Ty::Slice(_)) {
                        // A slice place is `*view`: index the view itself.
                        match place.kind {
                            ExprKind::Deref(view) => *view,
                            other => Expr { kind: other, ty: place.ty.clone(), span: place.span },
                        }
                    } else {
                        place
                    };
                    return Expr {
                        kind: ExprKind::Index { base: Box::new(base), index: Box::new(idx) },
                        ty: elem,
                        span,
                    };
                }
                Ty::Adt(id, args) if is_usize && self.cx.is_lang(DefId(id.0), "Vec") => {
                    self.table.unify(&idx.ty, &Ty::USIZE);
                    self.cx.lang_fn("panic_bounds_check");
                    let elem = args[0].clone();
                    return Expr {
                        kind: ExprKind::Index { base: Box::new(place), index: Box::new(idx) },
                        ty: elem,
                        span,
                    };
                }
                Ty::Infer(_) => {
                    return self.error_expr(Diagnostic::new(codes::UNRESOLVED, span, "type annotations needed"));
                }
                Ty::Ref(..) => {}
                Ty::Array(elem, _) => {
                    // `array[range]` is the slice's.
                    let slice = Ty::Slice(elem.clone());
                    let pspan = place.span;
                    let view = Expr {
                        kind: ExprKind::Intrinsic { op: ir::Intrinsic::ArrayAsSlice, args: vec![place] },
                        ty: Ty::shared_ref(slice.clone()),
                        span: pspan,
                    };
                    place = Expr { kind: ExprKind::Deref(Box::new(view)), ty: slice, span: pspan };
                    continue;
                }
                _ => {
                    // The `Index` trait: `*Index::index(&place, idx)`.
                    let tr = self.cx.program.lang("index");
                    let mut probe = self.table.clone();
                    let has_impl = self.cx.find_impl(tr, &ty, &mut probe).is_some();
                    if has_impl {
                        let item = self.trait_item(tr, "index");
                        let out = self.cx.project(ty.clone(), Some(tr), "Output", &mut self.table, span);
                        let recv =
                            Expr { kind: ExprKind::AddrOf(Box::new(place)), ty: Ty::shared_ref(ty.clone()), span };
                        let call = self.call_expr(
                            Callee::Trait { item, args: vec![ty.clone(), idx.ty.clone()], span },
                            vec![recv, idx],
                            Ty::shared_ref(out.clone()),
                            span,
                        );
                        return Expr { kind: ExprKind::Deref(Box::new(call)), ty: out, span };
                    }
                }
            }
            match self.deref_place(place.clone()) {
                Some(p) => place = p,
                None => break,
            }
        }
        let shown = self.describe(&place.ty);
        self.error_expr(Diagnostic::new(
            codes::MISMATCHED_TYPES,
            span,
            format!("cannot index into a value of type `{shown}`"),
        ))
    }

    /// A path in expression position.
    fn path_expr(&mut self, p: &syn::ExprPath, span: Span) -> Expr {
        match self.value_path(&p.qself, &p.path, span) {
            Err(d) => self.error_expr(d),
            Ok(ValuePath::Local(id)) => {
                let ty = self.frame().locals[id.0 as usize].ty.clone();
                Expr { kind: ExprKind::Local(id), ty, span }
            }
            Ok(ValuePath::Ctor { adt, variant, args, unit }) => {
                let ty = self.cx.adt_ty(adt, args.clone());
                if unit {
                    return Expr { kind: ExprKind::Construct { variant, fields: vec![] }, ty, span };
                }
                self.error_expr(Diagnostic::unsupported(span, "tuple constructors used as functions are"))
            }
            Ok(ValuePath::Const(def, env)) => self.inline_const(def, &env, span),
            Ok(ValuePath::Fn(..) | ValuePath::TraitFn(..)) => match self.fn_item_as_closure(p) {
                // A function item used as a value is the closure that calls it.
                Some(cl) => self.closure(&cl, None),
                None => {
                    self.error_expr(Diagnostic::unsupported(span, "functions used as values (function pointers) are"))
                }
            },
        }
    }

    /// A `const` or `static`: its value expression, checked here (constants are inlined).
    fn inline_const(&mut self, def: DefId, env: &Env, span: Span) -> Expr {
        let (ty, value) = match &self.cx.program.def(def).kind {
            DefKind::Const(t, Some(v)) => ((**t).clone(), (**v).clone()),
            DefKind::Static(s) => {
                if !matches!(s.mutability, syn::StaticMutability::None) {
                    return self.error_expr(Diagnostic::unsupported(span, "`static mut` is"));
                }
                ((*s.ty).clone(), (*s.expr).clone())
            }
            _ => return self.error_expr(Diagnostic::unsupported(span, "this constant is")),
        };
        let def_module = self.cx.program.def(def).module;
        let mut cenv = env.clone();
        cenv.module = Some(def_module);
        let ty = self.ty_or_error(&ty, &cenv);
        // Check the value in the constant's own scope.
        let saved = (self.module, self.file, std::mem::replace(&mut self.env, cenv));
        self.module = def_module;
        self.file = self.cx.program.def(def).file;
        let frame_scopes = std::mem::take(&mut self.frame().scopes);
        self.push_scope();
        let value_expr = self.expr(&value, Some(&ty));
        let mut value_expr = self.coerce(value_expr, &ty);
        self.frame().scopes = frame_scopes;
        self.module = saved.0;
        self.file = saved.1;
        self.env = saved.2;
        // Panics in a constant report where it is used.
        value_expr.span = span;
        value_expr
    }

    /// Resolves a value path: locals, items, associated items of types and traits.
    fn value_path(
        &mut self,
        qself: &Option<syn::QSelf>,
        path: &syn::Path,
        span: Span,
    ) -> Result<ValuePath, Diagnostic> {
        let segs: Vec<String> = path.segments.iter().map(|s| s.ident.to_string()).collect();
        if qself.is_none()
            && segs.len() == 1
            && path.leading_colon.is_none()
            && let Some(id) = self.lookup_local(&segs[0])
        {
            return Ok(ValuePath::Local(id));
        }
        let env = Env { module: Some(self.module), ..self.env.clone() };
        // `<T as Trait>::item` and `<T>::item`.
        if let Some(q) = qself {
            let self_ty = self.ty(&q.ty);
            let name = segs.last().expect("a name").clone();
            if q.position > 0 {
                let trait_segs = &segs[..q.position];
                let r = self
                    .cx
                    .program
                    .resolve_path(self.module, trait_segs, true)
                    .map_err(|m| Diagnostic::new(codes::UNRESOLVED, span, m))?;
                if let Res::Def(tr) = r.res
                    && let DefKind::Trait(_, items) = &self.cx.program.def(tr).kind
                    && let Some(&item) = items.get(&name)
                {
                    return Ok(self.trait_fn_path(tr, item, Some(self_ty), path.segments.last(), span));
                }
                return Err(Diagnostic::new(codes::UNRESOLVED, span, format!("cannot find `{name}` in the trait")));
            }
            return self.assoc_value(self_ty, &name, path.segments.last(), span);
        }
        // `T::item` for a parameter bounded by a trait with that item: the trait's item, with
        // the bound's arguments (`S: Sum<Self::Item>` makes `S::sum` `Sum<Item>`'s).
        if segs.len() == 2
            && let Some(found) = self.bound_trait_item(&segs[0], &segs[1])
        {
            return Ok(found);
        }
        // `Self::item`, `T::item`.
        if segs.len() >= 2 && (segs[0] == "Self" || self.env.params.contains_key(&segs[0])) {
            let base = if segs[0] == "Self" {
                if segs.len() == 2
                    && let Some(Ty::Adt(id, args)) = self.env.self_ty.clone()
                    && let DefKind::Enum(_, variants) = &self.cx.program.def(DefId(id.0)).kind
                    && let Some(vi) = variants.iter().position(|&v| self.cx.program.def(v).name == segs[1])
                {
                    let unit = matches!(self.variant_fields(DefId(id.0), vi as u32), syn::Fields::Unit);
                    return Ok(ValuePath::Ctor { adt: DefId(id.0), variant: vi as u32, args: args.to_vec(), unit });
                }
                self.env
                    .self_ty
                    .clone()
                    .ok_or_else(|| Diagnostic::new(codes::UNRESOLVED, span, "`Self` is not available here"))?
            } else {
                self.env.params[&segs[0]].clone()
            };
            if segs.len() == 2 {
                return self.assoc_value(base, &segs[1], path.segments.last(), span);
            }
        }
        if segs.len() == 1
            && segs[0] == "Self"
            && let Some(Ty::Adt(id, args)) = self.env.self_ty.clone()
        {
            return Ok(ValuePath::Ctor {
                adt: DefId(id.0),
                variant: 0,
                args: args.to_vec(),
                unit: matches!(self.variant_fields(DefId(id.0), 0), syn::Fields::Unit),
            });
        }
        let r = match self.cx.program.resolve_path(self.module, &segs, false) {
            Ok(r) => r,
            Err(m) => {
                // A single name that is not a value anywhere: rustc's wording.
                if segs.len() == 1 {
                    return Err(Diagnostic::unresolved(span, "value", &segs[0]));
                }
                return Err(Diagnostic::new(codes::UNRESOLVED, span, format!("failed to resolve: {m}")));
            }
        };
        let seg_at = |i: usize| &path.segments[i];
        if r.len == segs.len() {
            let last = seg_at(r.len - 1);
            let Res::Def(def) = r.res else {
                return Err(Diagnostic::new(
                    codes::UNRESOLVED,
                    span,
                    format!("expected value, found builtin type `{}`", segs[0]),
                ));
            };
            return match &self.cx.program.def(def).kind {
                DefKind::Fn(_) => {
                    let written = self.cx.segment_args(last, &env, &mut self.table)?;
                    let n = self.cx.generics_of(def).len();
                    let args = match written {
                        Some(w) if w.len() == n => w,
                        _ => (0..n).map(|_| self.table.fresh(VarKind::Any)).collect(),
                    };
                    Ok(ValuePath::Fn(def, args))
                }
                DefKind::Struct(s) => {
                    let written = if r.len >= 1 { self.cx.segment_args(last, &env, &mut self.table)? } else { None };
                    let args = self.cx.fill_args(def, written, &mut self.table, span)?;
                    Ok(ValuePath::Ctor { adt: def, variant: 0, args, unit: matches!(s.fields, syn::Fields::Unit) })
                }
                DefKind::Variant(v) => {
                    let adt = self.cx.program.def(def).parent.expect("variant has an enum");
                    // `Option::<T>::None` puts arguments on the enum; `None::<T>` on the variant.
                    let written = if r.len >= 2 {
                        match self.cx.segment_args(seg_at(r.len - 2), &env, &mut self.table)? {
                            Some(w) => Some(w),
                            None => self.cx.segment_args(last, &env, &mut self.table)?,
                        }
                    } else {
                        self.cx.segment_args(last, &env, &mut self.table)?
                    };
                    let args = self.cx.fill_args(adt, written, &mut self.table, span)?;
                    let unit = matches!(self.variant_fields(adt, *v), syn::Fields::Unit);
                    Ok(ValuePath::Ctor { adt, variant: *v, args, unit })
                }
                DefKind::Const(..) | DefKind::Static(_) => Ok(ValuePath::Const(def, env)),
                _ => Err(Diagnostic::new(
                    codes::UNRESOLVED,
                    span,
                    format!("expected value, found `{}`", segs.join("::")),
                )),
            };
        }
        // A type or trait followed by an associated item.
        if r.len + 1 != segs.len() {
            return Err(Diagnostic::new(codes::UNRESOLVED, span, format!("failed to resolve: `{}`", segs.join("::"))));
        }
        let name = &segs[r.len];
        let type_seg = seg_at(r.len - 1);
        match r.res {
            Res::Prim(p) => {
                let ty = crate::tys::prim_ty(&p).expect("primitive");
                self.assoc_value(ty, name, path.segments.last(), span)
            }
            Res::Def(def) => match &self.cx.program.def(def).kind {
                DefKind::Struct(_) | DefKind::Enum(..) => {
                    let written = self.cx.segment_args(type_seg, &env, &mut self.table)?;
                    let args = self.cx.fill_args(def, written, &mut self.table, span)?;
                    let ty = self.cx.adt_ty(def, args);
                    self.assoc_value(ty, name, path.segments.last(), span)
                }
                DefKind::TypeAlias(..) => {
                    let ty_path = syn::TypePath {
                        qself: None,
                        path: syn::Path {
                            leading_colon: path.leading_colon,
                            segments: path.segments.iter().take(r.len).cloned().collect(),
                        },
                    };
                    let ty = self.ty(&syn::Type::Path(ty_path));
                    self.assoc_value(ty, name, path.segments.last(), span)
                }
                DefKind::Trait(_, items) => {
                    let Some(&item) = items.get(name) else {
                        return Err(Diagnostic::new(
                            codes::UNRESOLVED,
                            span,
                            format!("cannot find `{name}` in trait `{}`", self.cx.program.def(def).name),
                        ));
                    };
                    Ok(self.trait_fn_path(def, item, None, path.segments.last(), span))
                }
                _ => Err(Diagnostic::new(codes::UNRESOLVED, span, format!("failed to resolve: `{}`", segs.join("::")))),
            },
        }
    }

    fn variant_fields(&self, adt: DefId, variant: u32) -> syn::Fields {
        match &self.cx.program.def(adt).kind {
            DefKind::Enum(e, _) => e.variants[variant as usize].fields.clone(),
            DefKind::Struct(s) => s.fields.clone(),
            _ => syn::Fields::Unit,
        }
    }

    /// `T::item` through the bounds on generic parameter `T` of the current item.
    fn bound_trait_item(&mut self, param: &str, item_name: &str) -> Option<ValuePath> {
        let pty = self.env.params.get(param)?.clone();
        let generics = self.cx.generics_of(self.def);
        let p = generics.iter().find(|p| p.name == param)?;
        for b in &p.bounds {
            let syn::TypeParamBound::Trait(tb) = b else { continue };
            let segs: Vec<String> = tb.path.segments.iter().map(|s| s.ident.to_string()).collect();
            let module = self.cx.program.def(p.owner).module;
            let Ok(r) = self.cx.program.resolve_path(module, &segs, true) else { continue };
            let Res::Def(tr) = r.res else { continue };
            let DefKind::Trait(_, items) = &self.cx.program.def(tr).kind else { continue };
            let Some(&item) = items.get(item_name) else { continue };
            if !matches!(self.cx.program.def(item).kind, DefKind::Fn(_)) {
                continue;
            }
            let mut env = self.env.clone();
            env.module = Some(module);
            let written = self
                .cx
                .segment_args(tb.path.segments.last()?, &env, &mut self.table)
                .ok()
                .flatten()
                .unwrap_or_default();
            let n_trait = self.cx.generics_of(tr).len();
            let mut args = vec![pty.clone()];
            args.extend(written);
            while args.len() < n_trait {
                args.push(self.table.fresh(VarKind::Any));
            }
            let own = self.cx.generics_of(item).len() - n_trait;
            args.extend((0..own).map(|_| self.table.fresh(VarKind::Any)));
            return Some(ValuePath::TraitFn(item, args));
        }
        None
    }

    /// `Trait::item` with `Self` given or to be inferred.
    fn trait_fn_path(
        &mut self,
        tr: DefId,
        item: DefId,
        self_ty: Option<Ty>,
        last: Option<&syn::PathSegment>,
        _span: Span,
    ) -> ValuePath {
        let params = self.cx.generics_of(item);
        let args: Vec<Ty> = params.iter().map(|_| self.table.fresh(VarKind::Any)).collect();
        if let Some(s) = self_ty {
            self.table.unify(&args[0], &s);
        }
        let n_trait = self.cx.generics_of(tr).len();
        if let Some(seg) = last {
            let env = Env { module: Some(self.module), ..self.env.clone() };
            if let Ok(Some(w)) = self.cx.segment_args(seg, &env, &mut self.table) {
                for (a, w) in args[n_trait..].iter().zip(w) {
                    self.table.unify(a, &w);
                }
            }
        }
        if matches!(self.cx.program.def(item).kind, DefKind::Const(..)) {
            let env = self.cx.env_of(item, &args);
            return ValuePath::Const(item, env);
        }
        ValuePath::TraitFn(item, args)
    }

    /// `Type::item`: an inherent or trait impl's function or constant, or a variant.
    fn assoc_value(
        &mut self,
        ty: Ty,
        name: &str,
        last: Option<&syn::PathSegment>,
        span: Span,
    ) -> Result<ValuePath, Diagnostic> {
        let shallow = self.table.shallow(&ty);
        if let Ty::Adt(id, args) = &shallow
            && let DefKind::Enum(_, variants) = &self.cx.program.def(DefId(id.0)).kind
            && let Some(vi) = variants.iter().position(|&v| self.cx.program.def(v).name == name)
        {
            let unit = matches!(self.variant_fields(DefId(id.0), vi as u32), syn::Fields::Unit);
            return Ok(ValuePath::Ctor { adt: DefId(id.0), variant: vi as u32, args: args.to_vec(), unit });
        }
        let Some(pick) = self.cx.find_assoc(&ty, name, false, &mut self.table) else {
            return Err(Diagnostic::new(
                codes::UNRESOLVED,
                span,
                format!(
                    "no function or associated item named `{name}` found for `{}` in the current scope",
                    self.describe(&ty)
                ),
            ));
        };
        let (item, mut args) = if matches!(self.cx.program.def(pick.item).kind, DefKind::Fn(_)) {
            self.dispatch(&pick)
        } else {
            (pick.item, pick.parent_args.clone())
        };
        let is_trait = self.is_trait_item(item);
        let own = self.cx.generics_of(item).len() - args.len();
        let env = Env { module: Some(self.module), ..self.env.clone() };
        let written = match last {
            Some(seg) => self.cx.segment_args(seg, &env, &mut self.table)?,
            None => None,
        };
        match written {
            Some(w) if w.len() == own => args.extend(w),
            _ => args.extend((0..own).map(|_| self.table.fresh(VarKind::Any))),
        }
        if matches!(self.cx.program.def(pick.item).kind, DefKind::Const(..)) {
            let mut env = self.cx.env_of(pick.item, &args);
            env.self_ty = Some(ty);
            return Ok(ValuePath::Const(pick.item, env));
        }
        if is_trait {
            return Ok(ValuePath::TraitFn(item, args));
        }
        Ok(ValuePath::Fn(item, args))
    }

    fn call(&mut self, c: &syn::ExprCall, expected: Option<&Ty>, span: Span) -> Expr {
        if let syn::Expr::Path(p) = strip_parens(&c.func) {
            let fspan = self.span(&c.func);
            match self.value_path(&p.qself, &p.path, fspan) {
                Err(d) => {
                    for a in &c.args {
                        let _ = self.expr(a, None);
                    }
                    return self.error_expr(d);
                }
                Ok(ValuePath::Fn(def, args)) => return self.call_fn(def, args, false, &c.args, span),
                Ok(ValuePath::TraitFn(item, args)) => return self.call_fn(item, args, true, &c.args, span),
                Ok(ValuePath::Ctor { adt, variant, args, unit }) => {
                    if unit {
                        return self.error_expr(Diagnostic::new(
                            codes::MISMATCHED_TYPES,
                            span,
                            "expected function, found a unit value",
                        ));
                    }
                    let ty = self.cx.adt_ty(adt, args.clone());
                    if let Some(e) = expected
                        && self.table.can_unify(&ty, e)
                    {
                        self.table.unify(&ty, e);
                    }
                    let ftys = self.field_tys(adt, &args, variant);
                    if ftys.len() != c.args.len() {
                        return self.error_expr(self.arg_count(ftys.len(), c.args.len(), span));
                    }
                    let mut fields = Vec::new();
                    for (a, t) in c.args.iter().zip(&ftys) {
                        let x = self.expr(a, Some(t));
                        fields.push(self.coerce(x, t));
                    }
                    return Expr { kind: ExprKind::Construct { variant, fields }, ty, span };
                }
                Ok(ValuePath::Local(_) | ValuePath::Const(..)) => {}
            }
        }
        // Calling a closure value.
        let callee = self.place(&c.func);
        let mut callee = callee;
        loop {
            match self.table.shallow(&callee.ty) {
                Ty::Closure(index) => {
                    let (params, ret) = self.closure_sig(index);
                    if params.len() != c.args.len() {
                        return self.error_expr(self.arg_count(params.len(), c.args.len(), span));
                    }
                    let mut args = vec![callee];
                    for (a, t) in c.args.iter().zip(&params) {
                        let x = self.expr(a, Some(t));
                        args.push(self.coerce(x, t));
                    }
                    return self.call_expr(Callee::Closure(index), args, ret, span);
                }
                Ty::Ref(..) => callee = self.deref(callee),
                Ty::Adt(..) => match self.deref_place(callee.clone()) {
                    Some(p) => callee = p,
                    None => break,
                },
                _ => break,
            }
        }
        if let Ty::Infer(_) = self.table.shallow(&callee.ty) {
            // An earlier error left the callee's type open; say nothing more about it.
            if !self.cx.diagnostics.borrow().is_empty() {
                let ty = self.table.fresh(VarKind::Any);
                return Expr { kind: ExprKind::Unit, ty, span };
            }
            return self.error_expr(Diagnostic::new(codes::UNRESOLVED, span, "type annotations needed"));
        }
        let shown = self.describe(&callee.ty);
        self.error_expr(Diagnostic::new(codes::MISMATCHED_TYPES, span, format!("expected function, found `{shown}`")))
    }

    fn arg_count(&self, want: usize, got: usize, span: Span) -> Diagnostic {
        Diagnostic::new(
            codes::ARGUMENT_COUNT,
            span,
            format!(
                "this function takes {want} argument{} but {got} argument{} supplied",
                if want == 1 { "" } else { "s" },
                if got == 1 { " was" } else { "s were" }
            ),
        )
    }

    /// A call of a function item with its generic arguments: checks the arguments against
    /// the signature, using `Fn` bounds to type closure arguments.
    fn call_fn(
        &mut self,
        def: DefId,
        args: Vec<Ty>,
        is_trait: bool,
        arg_exprs: &syn::punctuated::Punctuated<syn::Expr, syn::Token![,]>,
        span: Span,
    ) -> Expr {
        let env = self.cx.env_of(def, &args);
        let (params, ret) = self.signature_in(def, &env);
        if params.len() != arg_exprs.len() {
            for a in arg_exprs {
                let _ = self.expr(a, None);
            }
            return self.error_expr(self.arg_count(params.len(), arg_exprs.len(), span));
        }
        let mut checked = Vec::new();
        self.check_args(def, &env, arg_exprs.iter(), &params, &mut checked);
        self.settle_projections(false);
        self.finish_call(def, args, is_trait, checked, ret, span)
    }

    /// Checks a call's arguments against the callee's parameter types: closures (and
    /// function items passed as values) get their signatures from the callee's `Fn` bounds,
    /// and the bounds' associated types constrain what the arguments leave open.
    fn check_args<'s>(
        &mut self,
        callee: DefId,
        env: &Env,
        arg_exprs: impl Iterator<Item = &'s syn::Expr>,
        params: &[Ty],
        checked: &mut Vec<Expr>,
    ) {
        let closure_sigs = self.fn_bound_sigs(callee, env);
        self.apply_assoc_bounds(callee, env);
        for (a, t) in arg_exprs.zip(params) {
            let hint = self.table.shallow(t);
            let as_closure = match strip_parens(a) {
                syn::Expr::Closure(cl) => Some(cl.clone()),
                syn::Expr::Path(p) => self.fn_item_as_closure(p),
                _ => None,
            };
            let x = if let Some(cl) = as_closure {
                let sig = closure_sigs.iter().find(|(v, _)| self.table.shallow(v) == hint).map(|(_, s)| s.clone());
                self.closure(&cl, sig)
            } else {
                self.expr(a, Some(t))
            };
            checked.push(self.coerce(x, t));
        }
    }

    fn finish_call(
        &mut self,
        def: DefId,
        args: Vec<Ty>,
        is_trait: bool,
        checked: Vec<Expr>,
        ret: Ty,
        span: Span,
    ) -> Expr {
        if let Some(op) = self.intrinsic_of(def) {
            return Expr { kind: ExprKind::Intrinsic { op, args: checked }, ty: ret, span };
        }
        let callee = if is_trait { Callee::Trait { item: def, args, span } } else { Callee::Fn { def, args } };
        self.call_expr(callee, checked, ret, span)
    }

    /// The signatures `Fn(A) -> R` bounds give the function's generic parameters, keyed by
    /// the parameter's type in `env`.
    pub fn fn_bound_sigs(&mut self, def: DefId, env: &Env) -> Vec<(Ty, (Vec<Ty>, Ty))> {
        let mut out = Vec::new();
        for p in self.cx.generics_of(def).iter() {
            let Some(pty) = env.params.get(&p.name).cloned() else { continue };
            for b in &p.bounds {
                let syn::TypeParamBound::Trait(tb) = b else { continue };
                let Some(last) = tb.path.segments.last() else { continue };
                if !matches!(last.ident.to_string().as_str(), "Fn" | "FnMut" | "FnOnce") {
                    continue;
                }
                let syn::PathArguments::Parenthesized(pa) = &last.arguments else { continue };
                let mut benv = env.clone();
                benv.module = Some(self.cx.program.def(p.owner).module);
                let params: Vec<Ty> = pa.inputs.iter().map(|t| self.ty_or_error(t, &benv)).collect();
                let ret = match &pa.output {
                    syn::ReturnType::Default => Ty::Unit,
                    syn::ReturnType::Type(_, t) => self.ty_or_error(t, &benv),
                };
                out.push((pty.clone(), (params, ret)));
            }
        }
        out
    }

    /// Unifies associated-type constraints of the function's bounds (`I: Iterator<Item = A>`)
    /// with the projections they constrain, so that `A` is inferred from `I`; and records
    /// the bounds on the function's own parameters, which select impls once the types are
    /// partly known (`collect::<Vec<_>>()` with `B: FromIterator<Item>`).
    pub fn apply_assoc_bounds(&mut self, def: DefId, env: &Env) {
        let own_from = self.cx.generics_of(self.cx.program.def(def).parent.unwrap_or(def)).len();
        let is_method_of_parent = self
            .cx
            .program
            .def(def)
            .parent
            .is_some_and(|p| matches!(self.cx.program.def(p).kind, DefKind::Impl(..) | DefKind::Trait(..)));
        for (pi, p) in self.cx.generics_of(def).iter().enumerate() {
            let Some(pty) = env.params.get(&p.name).cloned() else { continue };
            for b in &p.bounds {
                let syn::TypeParamBound::Trait(tb) = b else { continue };
                let Some(last) = tb.path.segments.last() else { continue };
                let segs: Vec<String> = tb.path.segments.iter().map(|s| s.ident.to_string()).collect();
                let module = self.cx.program.def(p.owner).module;
                let Ok(r) = self.cx.program.resolve_path(module, &segs, true) else { continue };
                let Res::Def(tr) = r.res else { continue };
                if (!is_method_of_parent || pi >= own_from)
                    && matches!(self.cx.program.def(tr).kind, DefKind::Trait(..))
                {
                    let mut benv = env.clone();
                    benv.module = Some(module);
                    if let Ok(targs) = self.cx.segment_args(last, &benv, &mut self.table) {
                        self.impl_obligations.push((pty.clone(), tr, targs.unwrap_or_default()));
                    }
                }
                let syn::PathArguments::AngleBracketed(ab) = &last.arguments else { continue };
                for arg in &ab.args {
                    let syn::GenericArgument::AssocType(at) = arg else { continue };
                    let mut benv = env.clone();
                    benv.module = Some(module);
                    let want = self.ty_or_error(&at.ty, &benv);
                    let span = self.span(&at.ty);
                    let got = self.cx.project(pty.clone(), Some(tr), &at.ident.to_string(), &mut self.table, span);
                    self.table.unify(&want, &got);
                }
            }
        }
    }

    /// A path naming a function (`Shape::area`, `char::is_alphabetic`, `Some`), as the closure
    /// `|a, b| path(a, b)` that calls it: function items passed where closures go.
    fn fn_item_as_closure(&mut self, p: &syn::ExprPath) -> Option<syn::ExprClosure> {
        if p.qself.is_none()
            && p.path.segments.len() == 1
            && self.lookup_local(&p.path.segments[0].ident.to_string()).is_some()
        {
            return None;
        }
        let span = self.span(p);
        let saved = self.cx.diagnostics.borrow().len();
        let found = self.value_path(&p.qself, &p.path, span);
        // Probing must not leave diagnostics behind.
        self.cx.diagnostics.borrow_mut().truncate(saved);
        let arity = match found.ok()? {
            ValuePath::Fn(def, _) | ValuePath::TraitFn(def, _) => match &self.cx.program.def(def).kind {
                DefKind::Fn(f) => f.sig.inputs.len(),
                _ => return None,
            },
            ValuePath::Ctor { adt, variant, unit: false, .. } => self.variant_fields(adt, variant).len(),
            _ => return None,
        };
        let at = syn::spanned::Spanned::span(p);
        let names: Vec<syn::Ident> = (0..arity).map(|i| quote::format_ident!("__arg{}", i, span = at)).collect();
        syn::parse2(quote::quote_spanned!(at=> |#(#names),*| #p(#(#names),*))).ok()
    }

    /// What closure signature an expected type asks for (a closure type already known).
    fn expected_closure_sig(&mut self, t: &Ty) -> Option<(Vec<Ty>, Ty)> {
        match self.table.shallow(t) {
            Ty::Closure(i) => Some(self.closure_sig(i)),
            _ => None,
        }
    }

    /// The intrinsic a core-library function stands for (`#[intrinsic = "name"]`).
    fn intrinsic_of(&self, def: DefId) -> Option<ir::Intrinsic> {
        let attrs = &self.cx.program.def(def).attrs;
        let name = attrs.iter().find_map(|a| match &a.meta {
            syn::Meta::NameValue(nv) if nv.path.is_ident("intrinsic") => match &nv.value {
                syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(s), .. }) => Some(s.value()),
                _ => None,
            },
            _ => None,
        })?;
        use ir::Intrinsic as I;
        Some(match name.as_str() {
            "raw_new" => I::RawNew,
            "raw_len" => I::RawLen,
            "raw_get" => I::RawGet,
            "raw_set" => I::RawSet,
            "raw_copy" => I::RawCopy,
            "str_array" => I::StrArray,
            "str_start" => I::StrStart,
            "str_len" => I::StrLen,
            "str_from_raw" => I::StrFromRaw,
            "slice_array" => I::SliceArray,
            "slice_start" => I::SliceStart,
            "slice_len" => I::SliceLen,
            "slice_from_raw" => I::SliceFromRaw,
            "array_as_slice" => I::ArrayAsSlice,
            "write" => I::Write,
            "exit" => I::Exit,
            "transmute" => I::Transmute,
            "sqrt" => I::Sqrt,
            "floor" => I::Floor,
            "ceil" => I::Ceil,
            "trunc" => I::Trunc,
            "nearest" => I::Nearest,
            "fabs" => I::FAbs,
            "copysign" => I::CopySign,
            "clz" => I::Clz,
            "ctz" => I::Ctz,
            "popcnt" => I::Popcnt,
            "rotl" => I::Rotl,
            "rotr" => I::Rotr,
            "ptr_eq" => I::PtrEq,
            "zeroed" => I::Zeroed,
            "identity" => I::Identity,
            "shallow_copy" => I::ShallowCopy,
            "thread_name" => I::ThreadName,
            other => panic!("unknown intrinsic `{other}` in the core library"),
        })
    }

    fn method_call(&mut self, m: &syn::ExprMethodCall, _expected: Option<&Ty>, span: Span) -> Expr {
        let name = m.method.to_string();
        let recv = if is_place_syntax(&m.receiver) { self.place(&m.receiver) } else { self.expr(&m.receiver, None) };
        let recv_ty = self.table.resolve(&recv.ty);
        if let Ty::Infer(_) = self.table.shallow(&recv_ty) {
            for a in &m.args {
                let _ = self.expr(a, None);
            }
            return self.error_expr(
                Diagnostic::new(codes::UNRESOLVED, span, "type annotations needed")
                    .with_help("give the receiver a type, e.g. with a `let` annotation"),
            );
        }
        // Auto-deref steps; at each, rustc's order: the receiver as it is, then `&`, then
        // `&mut`; arrays unsize to slices last.
        let mut place = recv;
        let mut found: Option<(crate::lookup::AssocPick, SelfKind, Option<Mutability>)> = None;
        for _ in 0..10 {
            let ty = self.table.shallow(&place.ty);
            if let Some(hit) = self.probe_step(&ty, &name) {
                found = Some(hit);
                break;
            }
            if let Ty::Array(elem, _) = &ty {
                let slice = Ty::Slice(elem.clone());
                if let Some(hit) = self.probe_step(&slice, &name) {
                    let pspan = place.span;
                    let view = Expr {
                        kind: ExprKind::Intrinsic { op: ir::Intrinsic::ArrayAsSlice, args: vec![place] },
                        ty: Ty::shared_ref(slice.clone()),
                        span: pspan,
                    };
                    place = Expr { kind: ExprKind::Deref(Box::new(view)), ty: slice, span: pspan };
                    found = Some(hit);
                    break;
                }
            }
            match self.deref_place(place.clone()) {
                Some(p) => place = p,
                None => break,
            }
        }
        let Some((pick, kind, autoref)) = found else {
            for a in &m.args {
                let _ = self.expr(a, None);
            }
            let shown = self.describe(&recv_ty);
            return self.error_expr(Diagnostic::new(
                codes::UNRESOLVED,
                self.span(&m.method),
                format!("no method named `{name}` found for `{shown}` in the current scope"),
            ));
        };
        let (item, mut args) = self.dispatch(&pick);
        if item == pick.item
            && let Some(imp) = self.cx.program.def(item).parent
            && matches!(self.cx.program.def(imp).kind, DefKind::Impl(..))
        {
            let mut table = std::mem::take(&mut self.table);
            self.apply_fn_bounds(imp, &pick.parent_args, &mut table);
            self.table = table;
        }
        let own = self.cx.generics_of(item).len() - args.len();
        let env = Env { module: Some(self.module), ..self.env.clone() };
        let written = match &m.turbofish {
            Some(tf) => {
                let seg = syn::PathSegment {
                    ident: m.method.clone(),
                    arguments: syn::PathArguments::AngleBracketed(tf.clone()),
                };
                self.cx.segment_args(&seg, &env, &mut self.table).unwrap_or(None)
            }
            None => None,
        };
        match written {
            Some(w) if w.len() == own => args.extend(w),
            _ => args.extend((0..own).map(|_| self.table.fresh(VarKind::Any))),
        }
        let pty = place.ty.clone();
        let pspan = place.span;
        let receiver = match (kind, autoref) {
            (_, Some(Mutability::Mut)) => {
                let place = self.make_mut_place(place);
                self.note_mutation(&place, true);
                Expr { kind: ExprKind::AddrOf(Box::new(place)), ty: Ty::mut_ref(pty), span: pspan }
            }
            (_, Some(Mutability::Not)) => {
                Expr { kind: ExprKind::AddrOf(Box::new(place)), ty: Ty::shared_ref(pty), span: pspan }
            }
            (_, None) => self.read(place),
        };
        let fenv = self.cx.env_of(item, &args);
        let (params, ret) = self.signature_in(item, &fenv);
        let receiver = self.coerce(receiver, &params[0].clone());
        if params.len() - 1 != m.args.len() {
            for a in &m.args {
                let _ = self.expr(a, None);
            }
            return self.error_expr(self.arg_count(params.len() - 1, m.args.len(), span));
        }
        let mut checked = vec![receiver];
        self.check_args(item, &fenv, m.args.iter(), &params[1..], &mut checked);
        self.settle_projections(false);
        let is_trait = self.is_trait_item(item);
        self.finish_call(item, args, is_trait, checked, ret, span)
    }

    /// The methods named `name` applicable at one auto-deref step `ty`: taking the receiver
    /// by value (a `&self` method when `ty` is a reference), then by `&`, then by `&mut`.
    fn probe_step(&mut self, ty: &Ty, name: &str) -> Option<(crate::lookup::AssocPick, SelfKind, Option<Mutability>)> {
        if let Ty::Ref(m, inner) = ty {
            if let Some(p) = self.cx.find_method(inner, name, SelfKind::Ref, &mut self.table) {
                return Some((p, SelfKind::Ref, None));
            }
            if *m == Mutability::Mut
                && let Some(p) = self.cx.find_method(inner, name, SelfKind::RefMut, &mut self.table)
            {
                return Some((p, SelfKind::RefMut, None));
            }
        }
        if let Some(p) = self.cx.find_method(ty, name, SelfKind::Value, &mut self.table) {
            return Some((p, SelfKind::Value, None));
        }
        if let Some(p) = self.cx.find_method(ty, name, SelfKind::Ref, &mut self.table) {
            return Some((p, SelfKind::Ref, Some(Mutability::Not)));
        }
        if let Some(p) = self.cx.find_method(ty, name, SelfKind::RefMut, &mut self.table) {
            return Some((p, SelfKind::RefMut, Some(Mutability::Mut)));
        }
        // Methods taking `self` of impls for references (`impl IntoIterator for &Vec<T>`).
        for m in [Mutability::Not, Mutability::Mut] {
            let r = Ty::Ref(m, std::rc::Rc::new(ty.clone()));
            if let Some(p) = self.cx.find_method(&r, name, SelfKind::Value, &mut self.table) {
                return Some((p, SelfKind::Value, Some(m)));
            }
        }
        None
    }

    /// Whether an item is a trait's own (called through dispatch, not as an instance).
    fn is_trait_item(&self, item: DefId) -> bool {
        self.cx.program.def(item).parent.is_some_and(|p| matches!(self.cx.program.def(p).kind, DefKind::Trait(..)))
    }

    /// The item and parent arguments to call for a pick: an inherent method as it is; a
    /// trait impl's method as the trait's method, dispatched once the types are final (the
    /// trait's arguments, like `From<T>`'s `T`, are then inferred from the call).
    fn dispatch(&mut self, pick: &crate::lookup::AssocPick) -> (DefId, Vec<Ty>) {
        let Some(parent) = self.cx.program.def(pick.item).parent else { return (pick.item, pick.parent_args.clone()) };
        let trait_def = match &self.cx.program.def(parent).kind {
            DefKind::Impl(..) => self.cx.impl_trait(parent),
            DefKind::Trait(..) => Some(parent),
            _ => None,
        };
        let Some(tr) = trait_def else { return (pick.item, pick.parent_args.clone()) };
        let DefKind::Trait(_, items) = &self.cx.program.def(tr).kind else {
            return (pick.item, pick.parent_args.clone());
        };
        let Some(&trait_item) = items.get(&self.cx.program.def(pick.item).name) else {
            return (pick.item, pick.parent_args.clone());
        };
        // `Self` is the impl's self type.
        let self_ty = if self.cx.program.def(pick.item).parent == Some(tr) {
            pick.parent_args[0].clone()
        } else {
            let env = self.cx.env_of(parent, &pick.parent_args);
            env.self_ty.unwrap_or(Ty::Unit)
        };
        let n_trait = self.cx.generics_of(tr).len();
        let mut args = vec![self_ty];
        args.extend((1..n_trait).map(|_| self.table.fresh(VarKind::Any)));
        (trait_item, args)
    }

    fn struct_literal(&mut self, s: &syn::ExprStruct, expected: Option<&Ty>, span: Span) -> Expr {
        let segs: Vec<String> = s.path.segments.iter().map(|x| x.ident.to_string()).collect();
        let env = Env { module: Some(self.module), ..self.env.clone() };
        let (adt, variant, args) = if segs.len() == 1 && segs[0] == "Self" {
            match self.env.self_ty.clone() {
                Some(Ty::Adt(id, args)) => (DefId(id.0), 0, args.to_vec()),
                _ => return self.error_expr(Diagnostic::new(codes::UNRESOLVED, span, "`Self` is not a struct here")),
            }
        } else if segs.len() == 2 && segs[0] == "Self" {
            match self.env.self_ty.clone() {
                Some(Ty::Adt(id, args)) => {
                    let DefKind::Enum(_, vs) = &self.cx.program.def(DefId(id.0)).kind else {
                        return self.error_expr(Diagnostic::new(codes::UNRESOLVED, span, "not an enum"));
                    };
                    let Some(vi) = vs.iter().position(|&v| self.cx.program.def(v).name == segs[1]) else {
                        return self.error_expr(Diagnostic::new(
                            codes::UNRESOLVED,
                            span,
                            format!("no variant `{}`", segs[1]),
                        ));
                    };
                    (DefId(id.0), vi as u32, args.to_vec())
                }
                _ => return self.error_expr(Diagnostic::new(codes::UNRESOLVED, span, "`Self` is not an enum here")),
            }
        } else {
            let r = match self.cx.program.resolve_path(self.module, &segs, true) {
                Ok(r) if r.len == segs.len() => r,
                Ok(_) | Err(_) => {
                    return self.error_expr(Diagnostic::new(
                        codes::UNRESOLVED,
                        span,
                        format!("cannot find struct, variant or union type `{}` in this scope", segs.join("::")),
                    ));
                }
            };
            let Res::Def(def) = r.res else {
                return self.error_expr(Diagnostic::new(codes::UNRESOLVED, span, "expected struct"));
            };
            match &self.cx.program.def(def).kind {
                DefKind::Struct(_) => {
                    let written =
                        match self.cx.segment_args(s.path.segments.last().expect("segment"), &env, &mut self.table) {
                            Ok(w) => w,
                            Err(d) => return self.error_expr(d),
                        };
                    match self.cx.fill_args(def, written, &mut self.table, span) {
                        Ok(a) => (def, 0, a),
                        Err(d) => return self.error_expr(d),
                    }
                }
                DefKind::Variant(v) => {
                    let adt = self.cx.program.def(def).parent.expect("enum");
                    let a = self.cx.fill_args(adt, None, &mut self.table, span).unwrap_or_default();
                    (adt, *v, a)
                }
                _ => {
                    return self.error_expr(Diagnostic::new(
                        codes::UNRESOLVED,
                        span,
                        format!("expected struct, found `{}`", segs.join("::")),
                    ));
                }
            }
        };
        let ty = self.cx.adt_ty(adt, args.clone());
        if let Some(e) = expected
            && self.table.can_unify(&ty, e)
        {
            self.table.unify(&ty, e);
        }
        let names = self.cx.field_names(adt, variant);
        let ftys = self.field_tys(adt, &args, variant);
        let mut values: Vec<Option<Expr>> = vec![None; names.len()];
        let mut order = Vec::new();
        for fv in &s.fields {
            let fname = match &fv.member {
                syn::Member::Named(n) => n.to_string(),
                syn::Member::Unnamed(i) => i.index.to_string(),
            };
            let Some(i) = names.iter().position(|n| *n == fname) else {
                let shown = self.cx.program.def(adt).name.clone();
                self.report(Diagnostic::new(
                    codes::UNRESOLVED,
                    self.span(&fv.member),
                    format!("struct `{shown}` has no field named `{fname}`"),
                ));
                continue;
            };
            let x = self.expr(&fv.expr, Some(&ftys[i]));
            values[i] = Some(self.coerce(x, &ftys[i]));
            order.push(i);
        }
        let base = s.rest.as_ref().map(|r| {
            let b = self.expr(r, Some(&ty));
            self.coerce(b, &ty)
        });
        let in_order = order.windows(2).all(|w| w[0] < w[1]);
        let mut stmts = Vec::new();
        // Fields are evaluated in the order written; bind them first when that differs.
        if !in_order || base.is_some() {
            for &i in &order {
                let v = values[i].take().expect("value");
                let l = self.new_local("{field}", v.ty.clone(), false);
                let pat =
                    ir::Pat { kind: ir::PatKind::Bind { local: l, by_ref: None, sub: None }, ty: v.ty.clone(), span };
                stmts.push(Expr { kind: ExprKind::Let { pat, init: Box::new(v), else_: None }, ty: Ty::Unit, span });
                values[i] = Some(Expr { kind: ExprKind::Local(l), ty: ftys[i].clone(), span });
            }
        }
        let base_local = base.map(|b| {
            let l = self.new_local("{base}", ty.clone(), false);
            let pat = ir::Pat { kind: ir::PatKind::Bind { local: l, by_ref: None, sub: None }, ty: ty.clone(), span };
            stmts.push(Expr { kind: ExprKind::Let { pat, init: Box::new(b), else_: None }, ty: Ty::Unit, span });
            l
        });
        let mut fields = Vec::new();
        for (i, v) in values.into_iter().enumerate() {
            match (v, base_local) {
                (Some(v), _) => fields.push(v),
                (None, Some(b)) => {
                    let base = Expr { kind: ExprKind::Local(b), ty: ty.clone(), span };
                    let f = Expr {
                        kind: ExprKind::Field { base: Box::new(base), index: i as u32 },
                        ty: ftys[i].clone(),
                        span,
                    };
                    fields.push(Expr { kind: ExprKind::Copy(Box::new(f)), ty: ftys[i].clone(), span });
                }
                (None, None) => {
                    let shown = self.cx.program.def(adt).name.clone();
                    return self.error_expr(Diagnostic::new(
                        codes::UNRESOLVED,
                        span,
                        format!("missing field `{}` in initializer of `{shown}`", names[i]),
                    ));
                }
            }
        }
        let construct = Expr { kind: ExprKind::Construct { variant, fields }, ty: ty.clone(), span };
        if stmts.is_empty() {
            return construct;
        }
        Expr { kind: ExprKind::Block { stmts, tail: Some(Box::new(construct)) }, ty, span }
    }
}

/// Whether the expression denotes a place (so that reading it may need a copy, and
/// borrowing it borrows the place).
pub fn is_place_syntax(e: &syn::Expr) -> bool {
    match e {
        syn::Expr::Path(_) | syn::Expr::Field(_) | syn::Expr::Index(_) => true,
        syn::Expr::Unary(u) => matches!(u.op, syn::UnOp::Deref(_)),
        syn::Expr::Paren(p) => is_place_syntax(&p.expr),
        _ => false,
    }
}

fn strip_parens(e: &syn::Expr) -> &syn::Expr {
    match e {
        syn::Expr::Paren(p) => strip_parens(&p.expr),
        syn::Expr::Group(g) => strip_parens(&g.expr),
        other => other,
    }
}

fn contains_let(e: &syn::Expr) -> bool {
    match e {
        syn::Expr::Let(_) => true,
        syn::Expr::Binary(b) if matches!(b.op, syn::BinOp::And(_)) => contains_let(&b.left) || contains_let(&b.right),
        _ => false,
    }
}

/// Scalars and literal variables: the operand types of built-in operators.
pub fn is_scalar_or_var(t: &Ty) -> bool {
    matches!(t, Ty::Int(_) | Ty::Float(_) | Ty::Bool | Ty::Char | Ty::Infer(_))
}

/// Names an unsupported expression kind for diagnostics.
fn expr_construct(expr: &syn::Expr) -> &'static str {
    match expr {
        syn::Expr::Async(_) => "`async` blocks are",
        syn::Expr::Await(_) => "`.await` is",
        syn::Expr::TryBlock(_) => "`try` blocks are",
        syn::Expr::Unsafe(_) => "`unsafe` blocks are",
        syn::Expr::Const(_) => "`const` blocks are",
        syn::Expr::Yield(_) => "`yield` is",
        _ => "this expression is",
    }
}
