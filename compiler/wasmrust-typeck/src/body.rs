//! Checking one function instance: its locals, blocks and statements, closures, and the
//! final pass that replaces inference variables and pending calls by what they became.

use std::collections::HashMap;
use std::rc::Rc;

use wasmrust_diag::{Diagnostic, FileId, Span, codes};
use wasmrust_ir::{self as ir, Expr, ExprKind, FuncId, LocalId, LoopId, Ty};
use wasmrust_resolve::{DefId, DefKind};

use crate::Cx;
use crate::infer::{Table, VarKind};
use crate::tys::Env;

/// A call whose callee instance is known only once types are final.
#[derive(Debug, Clone)]
pub enum Callee {
    /// A function item (free, inherent, or a trait impl's) with all its generic arguments.
    Fn {
        /// The function.
        def: DefId,
        /// Its arguments (parent's, then its own).
        args: Vec<Ty>,
    },
    /// A trait's method, dispatched on `args[0]` (the `Self` type) once it is known.
    Trait {
        /// The trait's method item.
        item: DefId,
        /// `Self`, the trait's arguments, then the method's own.
        args: Vec<Ty>,
        /// Where the call is, for an error if no impl applies.
        span: Span,
    },
    /// A closure's body.
    Closure(u32),
}

/// A local's checker-side facts.
#[derive(Debug, Clone)]
pub struct LocalInfo {
    pub name: String,
    pub ty: Ty,
    pub mutable: bool,
    /// Declared by `let x;` without a value: one assignment is its initialisation.
    pub deferred: bool,
    /// `&mut` taken of the local itself: lives in a cell if its type is not updated in place.
    pub mut_borrowed: bool,
    /// Assigned to as a whole after its initialisation.
    pub assigned: bool,
    /// Lives in a cell because a closure mutates it (decided when the instance is finished).
    pub needs_cell: bool,
}

/// A loop or labeled block in scope.
#[derive(Debug, Clone)]
pub struct LoopScope {
    pub label: Option<String>,
    pub id: LoopId,
    /// The type of `break` values (`loop` and labeled blocks); `None` for `while`/`for`.
    pub break_ty: Option<Ty>,
    /// `continue` is allowed (not a labeled block).
    pub is_loop: bool,
}

/// One function being built: the instance itself, or a closure body inside it.
#[derive(Debug, Default)]
pub struct Frame {
    pub locals: Vec<LocalInfo>,
    pub scopes: Vec<Vec<(String, LocalId)>>,
    pub loops: Vec<LoopScope>,
    pub next_loop: u32,
    pub ret: Option<Ty>,
    /// For closure bodies: captured outer locals (outer id, own alias id).
    pub captures: Vec<(LocalId, LocalId)>,
    /// For closure bodies: `move`.
    pub is_move: bool,
    /// For closure bodies: the closure's index.
    pub closure: Option<u32>,
    /// Loops and whether a `break` targets them.
    pub breaks_seen: Vec<(LoopId, bool)>,
}

/// A closure being checked or checked: its frame parts and signature.
#[derive(Debug)]
pub struct ClosureInfo {
    pub params: Vec<Ty>,
    pub ret: Ty,
    pub frame: Frame,
    pub body: Option<Expr>,
    pub param_locals: Vec<LocalId>,
    pub env_local: LocalId,
    /// The closure whose body contains this one; `None` when directly in the instance.
    pub parent: Option<u32>,
}

/// The checker of one instance.
pub struct FnCx<'a, 'p> {
    pub cx: &'a Cx<'p>,
    pub table: Table,
    pub env: Env,
    /// Where paths resolve (changes while a `const` is inlined).
    pub module: DefId,
    pub file: FileId,
    /// The frames: the instance at the bottom, closure bodies above.
    pub frames: Vec<Frame>,
    pub callees: Vec<Callee>,
    pub closures: Vec<ClosureInfo>,
    /// Checks made once types are final.
    pub obligations: Vec<Obligation>,
    /// The instance's item.
    pub def: DefId,
    /// Inside an or-pattern's second and later alternatives (bindings reuse the first's).
    pub or_depth: u32,
    /// The instance is `#[track_caller]`: its panics report the caller's location, which
    /// it receives as a hidden last parameter `__caller`.
    pub track_caller: bool,
    /// The local `__caller`, in `#[track_caller]` instances.
    pub caller_local: Option<LocalId>,
    /// Trait calls (by callee index) that resolved to `#[track_caller]` functions.
    pub needs_location: Vec<u32>,
    last_resolved_track_caller: bool,
    /// At the end: where this instance's closures start in the module's closure table.
    closure_base: Option<u32>,
    /// Bounds `T: Trait<Args>` of called functions' parameters, which pick impls once `T`
    /// is partly known.
    pub impl_obligations: Vec<(Ty, DefId, Vec<Ty>)>,
}

/// Closures of the instance being checked are numbered from here until it is finished
/// (then they get their index in the module); smaller numbers are finished closures.
pub const LOCAL_CLOSURE: u32 = 1 << 30;

fn rebase_closures(ty: &Ty, base: u32) -> Ty {
    match ty {
        Ty::Closure(c) if *c >= LOCAL_CLOSURE => Ty::Closure(base + c - LOCAL_CLOSURE),
        Ty::Tuple(ts) => Ty::Tuple(ts.iter().map(|t| rebase_closures(t, base)).collect()),
        Ty::Adt(id, ts) => Ty::Adt(*id, ts.iter().map(|t| rebase_closures(t, base)).collect()),
        Ty::Array(t, n) => Ty::Array(Rc::new(rebase_closures(t, base)), *n),
        Ty::Slice(t) => Ty::Slice(Rc::new(rebase_closures(t, base))),
        Ty::Ref(m, t) => Ty::Ref(*m, Rc::new(rebase_closures(t, base))),
        Ty::RawArray(t) => Ty::RawArray(Rc::new(rebase_closures(t, base))),
        other => other.clone(),
    }
}

/// Checks made after inference.
#[derive(Debug, Clone)]
pub enum Obligation {
    /// An integer literal must fit its type.
    Literal { ty: Ty, value: u128, negated: bool, span: Span },
    /// A built-in operator's operand types.
    Binary { op: ir::BinOp, lhs: Ty, span: Span },
    /// A built-in unary operator's operand.
    Unary { op: ir::UnOp, ty: Ty, span: Span },
    /// A cast's operand.
    Cast { from: Ty, to: Ty, span: Span },
}

/// Checks an instance and returns its IR.
pub fn check_instance(cx: &Cx<'_>, def: DefId, args: &[Ty], id: FuncId) -> ir::Function {
    let d = cx.program.def(def);
    let DefKind::Fn(f) = &d.kind else { panic!("instance of a non-function {def:?}") };
    let env = cx.env_of(def, args);
    let mut fcx = FnCx {
        cx,
        table: Table::default(),
        env,
        module: cx.program.fn_scopes.get(&def).copied().unwrap_or(d.module),
        file: d.file,
        frames: vec![Frame::default()],
        callees: Vec::new(),
        closures: Vec::new(),
        obligations: Vec::new(),
        def,
        or_depth: 0,
        track_caller: has_attr(&d.attrs, "track_caller"),
        caller_local: None,
        needs_location: Vec::new(),
        last_resolved_track_caller: false,
        closure_base: None,
        impl_obligations: Vec::new(),
    };
    if f.sig.asyncness.is_some() {
        cx.report(Diagnostic::unsupported(
            wasmrust_resolve::span_in(d.file, syn::spanned::Spanned::span(&f.sig)),
            "`async fn` is",
        ));
    }
    if f.sig.unsafety.is_some() {
        cx.report(Diagnostic::unsupported(
            wasmrust_resolve::span_in(d.file, syn::spanned::Spanned::span(&f.sig)),
            "`unsafe fn` is",
        ));
    }
    let name = cx.instance_name(def, args);
    let mut preferred: Vec<DefId> = fcx.env.bounds.values().flatten().copied().collect();
    preferred.extend(fcx.env.self_trait);
    *cx.preferred_traits.borrow_mut() = preferred;
    cx.local_closure_sigs.borrow_mut().clear();
    let (param_tys, ret) = fcx.signature(def);
    fcx.frame().ret = Some(ret.clone());
    fcx.push_scope();
    let mut params = Vec::new();
    let mut prologue = Vec::new();
    for (input, ty) in f.sig.inputs.iter().zip(&param_tys) {
        match input {
            syn::FnArg::Receiver(r) => {
                params.push(fcx.declare("self", ty.clone(), r.mutability.is_some() && r.reference.is_none()));
            }
            syn::FnArg::Typed(pt) => {
                if let syn::Pat::Ident(pi) = &*pt.pat
                    && pi.subpat.is_none()
                    && pi.by_ref.is_none()
                {
                    params.push(fcx.declare(&pi.ident.to_string(), ty.clone(), pi.mutability.is_some()));
                } else {
                    // A pattern parameter: a hidden local, destructured first thing.
                    let hidden = fcx.new_local("arg", ty.clone(), false);
                    params.push(hidden);
                    let pat = fcx.pattern(&pt.pat, ty, false);
                    let span = pat.span;
                    let init = Expr { kind: ExprKind::Local(hidden), ty: ty.clone(), span };
                    prologue.push(Expr {
                        kind: ExprKind::Let { pat, init: Box::new(init), else_: None },
                        ty: Ty::Unit,
                        span,
                    });
                }
            }
        }
    }
    if fcx.track_caller {
        let location = cx.adt_ty(cx.program.lang("Location"), Vec::new());
        let local = fcx.declare("__caller", Ty::shared_ref(location), false);
        fcx.caller_local = Some(local);
        params.push(local);
    }
    let body_syntax = f.body.as_ref().expect("instances have bodies");
    let mut body = fcx.block(body_syntax, Some(&ret));
    let span = body.span;
    body = fcx.coerce(body, &ret);
    if !prologue.is_empty() {
        let ty = body.ty.clone();
        body = Expr { kind: ExprKind::Block { stmts: prologue, tail: Some(Box::new(body)) }, ty, span };
    }
    fcx.pop_scope();
    fcx.finish(name, params, ret, body, cx.test_names.borrow().get(&id).cloned())
}

impl<'p> FnCx<'_, 'p> {
    /// The current frame.
    pub fn frame(&mut self) -> &mut Frame {
        self.frames.last_mut().expect("a frame")
    }

    /// Reports an error.
    pub fn report(&self, d: Diagnostic) {
        self.cx.report(d);
    }

    /// The span of a syntax node in this body's file.
    pub fn span(&self, node: &impl syn::spanned::Spanned) -> Span {
        wasmrust_resolve::span_in(self.file, node.span())
    }

    /// An expression standing for one that had an error: of an unconstrained type, so that
    /// one mistake is reported once.
    pub fn error_expr(&mut self, d: Diagnostic) -> Expr {
        let span = d.span;
        self.report(d);
        let ty = self.table.fresh(VarKind::Any);
        Expr { kind: ExprKind::Unit, ty, span }
    }

    pub fn push_scope(&mut self) {
        self.frame().scopes.push(Vec::new());
    }

    pub fn pop_scope(&mut self) {
        self.frame().scopes.pop();
    }

    /// A new local in the current frame, not in scope by name.
    pub fn new_local(&mut self, name: &str, ty: Ty, mutable: bool) -> LocalId {
        let frame = self.frame();
        frame.locals.push(LocalInfo {
            name: name.to_string(),
            ty,
            mutable,
            deferred: false,
            mut_borrowed: false,
            assigned: false,
            needs_cell: false,
        });
        LocalId(frame.locals.len() as u32 - 1)
    }

    /// A new local, in scope by name.
    pub fn declare(&mut self, name: &str, ty: Ty, mutable: bool) -> LocalId {
        let id = self.new_local(name, ty, mutable);
        self.frame().scopes.last_mut().expect("a scope").push((name.to_string(), id));
        id
    }

    /// Finds a local by name: in this frame, or captured from an enclosing one.
    pub fn lookup_local(&mut self, name: &str) -> Option<LocalId> {
        let depth = self.frames.len() - 1;
        self.lookup_local_at(name, depth)
    }

    fn lookup_local_at(&mut self, name: &str, depth: usize) -> Option<LocalId> {
        let frame = &self.frames[depth];
        if let Some(&(_, id)) = frame.scopes.iter().rev().flat_map(|s| s.iter().rev()).find(|(n, _)| n == name) {
            return Some(id);
        }
        if depth == 0 {
            return None;
        }
        // A capture: find it outside, then alias it here.
        let outer = self.lookup_local_at(name, depth - 1)?;
        if let Some(&(_, alias)) = self.frames[depth].captures.iter().find(|(o, _)| *o == outer) {
            return Some(alias);
        }
        let info = self.frames[depth - 1].locals[outer.0 as usize].clone();
        let frame = &mut self.frames[depth];
        frame.locals.push(LocalInfo {
            mut_borrowed: false,
            assigned: false,
            needs_cell: false,
            deferred: false,
            ..info
        });
        let alias = LocalId(frame.locals.len() as u32 - 1);
        frame.captures.push((outer, alias));
        Some(alias)
    }

    /// The local's facts.
    pub fn local(&mut self, id: LocalId) -> &mut LocalInfo {
        &mut self.frame().locals[id.0 as usize]
    }

    /// The parameter and return types of a function instance in this environment.
    pub fn signature(&mut self, def: DefId) -> (Vec<Ty>, Ty) {
        let env = self.env.clone();
        self.signature_in(def, &env)
    }

    /// The signature of `def` with its generic parameters as in `env`.
    pub fn signature_in(&mut self, def: DefId, env: &Env) -> (Vec<Ty>, Ty) {
        let DefKind::Fn(f) = &self.cx.program.def(def).kind else { panic!("signature of non-fn") };
        let f = f.clone();
        let mut env = env.clone();
        env.module = Some(self.cx.program.def(def).module);
        let self_ty = env.self_ty.clone();
        let mut params = Vec::new();
        for (i, input) in f.sig.inputs.iter().enumerate() {
            let ty = match input {
                syn::FnArg::Receiver(r) => {
                    let s = self_ty.clone().unwrap_or(Ty::Unit);
                    if r.colon_token.is_some() {
                        self.ty_or_error(&r.ty, &env)
                    } else {
                        match (&r.reference, r.mutability) {
                            (Some(_), Some(_)) => Ty::mut_ref(s),
                            (Some(_), None) => Ty::shared_ref(s),
                            _ => s,
                        }
                    }
                }
                syn::FnArg::Typed(pt) => {
                    if let syn::Type::ImplTrait(_) = &*pt.ty {
                        env.params.get(&format!("impl#{i}")).cloned().unwrap_or(Ty::Unit)
                    } else if let syn::Type::Reference(r) = &*pt.ty
                        && let syn::Type::ImplTrait(_) = &*r.elem
                    {
                        let inner = env.params.get(&format!("impl#{i}")).cloned().unwrap_or(Ty::Unit);
                        Ty::Ref(
                            if r.mutability.is_some() { ir::Mutability::Mut } else { ir::Mutability::Not },
                            Rc::new(inner),
                        )
                    } else {
                        self.ty_or_error(&pt.ty, &env)
                    }
                }
            };
            params.push(ty);
        }
        let ret = match &f.sig.output {
            syn::ReturnType::Default => Ty::Unit,
            syn::ReturnType::Type(_, t) => self.ty_or_error(t, &env),
        };
        (params, ret)
    }

    /// Converts a written type, reporting errors.
    pub fn ty_or_error(&mut self, ty: &syn::Type, env: &Env) -> Ty {
        match self.cx.ty_from_syn(ty, env, &mut self.table) {
            Ok(t) => t,
            Err(d) => {
                self.report(d);
                self.table.fresh(VarKind::Any)
            }
        }
    }

    /// Converts a type written in this body.
    pub fn ty(&mut self, ty: &syn::Type) -> Ty {
        let mut env = self.env.clone();
        env.module = Some(self.module);
        self.ty_or_error(ty, &env)
    }

    /// A type as rustc prints it, with variables resolved as far as they are.
    pub fn describe(&self, ty: &Ty) -> String {
        let t = self.table.resolve(ty);
        match t {
            Ty::Infer(v) => match self.table.kind(v) {
                VarKind::Int => "{integer}".into(),
                VarKind::Float => "{float}".into(),
                VarKind::Any => "_".into(),
            },
            t => self.cx.ty_name(&t),
        }
    }

    /// Makes `expr` have type `expected`, with the coercions Rust applies at coercion sites:
    /// `!` to anything, `&mut T` to `&T`, deref coercions (`&String` to `&str`, `&Vec<T>`
    /// to `&[T]`, `&Box<T>` to `&T`), and arrays to slices behind references.
    pub fn coerce(&mut self, expr: Expr, expected: &Ty) -> Expr {
        let actual = self.table.shallow(&expr.ty);
        let want = self.table.shallow(expected);
        // `!` coerces to anything; the expression keeps its type so that the emitter knows
        // nothing follows it.
        if actual == Ty::Never {
            return expr;
        }
        if self.table.can_unify(&actual, &want) {
            self.table.unify(&actual, &want);
            return expr;
        }
        if let (Ty::Ref(m_from, from), Ty::Ref(m_to, to)) = (&actual, &want)
            && (*m_from == ir::Mutability::Mut || *m_to == ir::Mutability::Not)
        {
            // `&mut T` to `&T`.
            if self.table.can_unify(from, to) {
                self.table.unify(from, to);
                let span = expr.span;
                return Expr { kind: ExprKind::AddrOf(Box::new(self.deref(expr))), ty: want.clone(), span };
            }
            // Unsizing: `&[T; N]` to `&[T]`.
            if let (Ty::Array(elem, _), Ty::Slice(target)) = (self.table.shallow(from), self.table.shallow(to))
                && self.table.unify(&elem, &target)
            {
                let span = expr.span;
                let inner = self.deref(expr);
                return Expr {
                    kind: ExprKind::Intrinsic { op: ir::Intrinsic::ArrayAsSlice, args: vec![inner] },
                    ty: want.clone(),
                    span,
                };
            }
            // Deref coercion: follow derefs of the referent until it matches.
            let mut place = self.deref(expr.clone());
            for _ in 0..4 {
                let Some(next) = self.deref_place(place.clone()) else { break };
                place = next;
                if self.table.can_unify(&place.ty, to) {
                    self.table.unify(&place.ty, to);
                    let span = place.span;
                    return Expr { kind: ExprKind::AddrOf(Box::new(place)), ty: want.clone(), span };
                }
                if let (Ty::Array(elem, _), Ty::Slice(target)) = (self.table.shallow(&place.ty), self.table.shallow(to))
                    && self.table.unify(&elem, &target)
                {
                    let span = place.span;
                    return Expr {
                        kind: ExprKind::Intrinsic { op: ir::Intrinsic::ArrayAsSlice, args: vec![place] },
                        ty: want.clone(),
                        span,
                    };
                }
            }
        }
        self.mismatch(expr, expected)
    }

    /// Reports that `expr` does not have the expected type.
    pub fn mismatch(&mut self, expr: Expr, expected: &Ty) -> Expr {
        let d = Diagnostic::new(codes::MISMATCHED_TYPES, expr.span, "mismatched types").with_label(format!(
            "expected `{}`, found `{}`",
            self.describe(expected),
            self.describe(&expr.ty)
        ));
        self.report(d);
        Expr { ty: expected.clone(), ..expr }
    }

    /// Unifies, reporting a mismatch at `span`.
    pub fn expect_ty(&mut self, actual: &Ty, expected: &Ty, span: Span) {
        if !self.table.unify(actual, expected) {
            let d = Diagnostic::new(codes::MISMATCHED_TYPES, span, "mismatched types").with_label(format!(
                "expected `{}`, found `{}`",
                self.describe(expected),
                self.describe(actual)
            ));
            self.report(d);
        }
    }

    /// `*expr` for a reference (or `Box`): the place it points to.
    pub fn deref(&mut self, expr: Expr) -> Expr {
        let span = expr.span;
        match self.table.shallow(&expr.ty) {
            Ty::Ref(_, t) => Expr { ty: (*t).clone(), kind: ExprKind::Deref(Box::new(expr)), span },
            _ => self.deref_place(expr.clone()).unwrap_or(expr),
        }
    }

    /// One deref step of a place: through references and `Box` directly, through `Deref`
    /// impls by a call.
    pub fn deref_place(&mut self, place: Expr) -> Option<Expr> {
        let span = place.span;
        match self.table.shallow(&place.ty) {
            Ty::Ref(_, t) => Some(Expr { ty: (*t).clone(), kind: ExprKind::Deref(Box::new(place)), span }),
            Ty::Adt(id, args) if self.cx.is_lang(DefId(id.0), "owned_box") => {
                Some(Expr { ty: args[0].clone(), kind: ExprKind::Deref(Box::new(place)), span })
            }
            t @ Ty::Adt(..) => {
                let target = self.cx.deref_step(&t, &mut self.table)?;
                let deref_trait = self.cx.program.lang("deref");
                let DefKind::Trait(_, items) = &self.cx.program.def(deref_trait).kind else { return None };
                let item = items["deref"];
                let r = Ty::shared_ref(t.clone());
                let arg = Expr { kind: ExprKind::AddrOf(Box::new(place)), ty: r, span };
                let call = self.call_expr(
                    Callee::Trait { item, args: vec![t], span },
                    vec![arg],
                    Ty::shared_ref(target.clone()),
                    span,
                );
                Some(Expr { ty: target, kind: ExprKind::Deref(Box::new(call)), span })
            }
            _ => None,
        }
    }

    /// A call expression to a callee resolved at the end. Calls to `#[track_caller]`
    /// functions get the call's location as a hidden last argument.
    pub fn call_expr(&mut self, callee: Callee, mut args: Vec<Expr>, ret: Ty, span: Span) -> Expr {
        if let Callee::Fn { def, .. } = &callee
            && has_attr(&self.cx.program.def(*def).attrs, "track_caller")
        {
            args.push(self.caller_location(span));
        }
        self.callees.push(callee);
        let func = FuncId(self.callees.len() as u32 - 1);
        Expr { kind: ExprKind::Call { func, args }, ty: ret, span }
    }

    /// The location a `#[track_caller]` callee reports: this call's, or this function's own
    /// caller's when it is `#[track_caller]` itself.
    fn caller_location(&mut self, span: Span) -> Expr {
        let location = self.cx.adt_ty(self.cx.program.lang("Location"), Vec::new());
        let ty = Ty::shared_ref(location.clone());
        if self.frames.len() <= 1
            && let Some(id) = self.caller_local
        {
            return Expr { kind: ExprKind::Local(id), ty, span };
        }
        let file = self.cx.program.file_name(span.file).to_string();
        let fields = vec![
            Expr { kind: ExprKind::Str(file), ty: Ty::str_ref(), span },
            Expr { kind: ExprKind::Int(u64::from(span.start.line)), ty: Ty::Int(ir::IntTy::U32), span },
            Expr { kind: ExprKind::Int(u64::from(span.start.col)), ty: Ty::Int(ir::IntTy::U32), span },
        ];
        let value = Expr { kind: ExprKind::Construct { variant: 0, fields }, ty: location, span };
        Expr { kind: ExprKind::AddrOf(Box::new(value)), ty, span }
    }

    /// Finishes the instance: resolves every type and callee, checks obligations, builds the
    /// function and its closures.
    fn finish(
        mut self,
        name: String,
        params: Vec<LocalId>,
        ret: Ty,
        mut body: Expr,
        test_name: Option<String>,
    ) -> ir::Function {
        self.settle_impl_obligations();
        self.settle_projections(false);
        self.settle_impl_obligations();
        self.settle_projections(false);
        self.table.default_all_literals();
        self.settle_impl_obligations();
        self.settle_projections(true);
        for o in std::mem::take(&mut self.obligations) {
            self.discharge(o);
        }
        // Callees to instances.
        let mut funcs = Vec::new();
        let callees = std::mem::take(&mut self.callees);
        let mut closure_ids: HashMap<u32, FuncId> = HashMap::new();
        let closure_base = self.cx.closures.borrow().len() as u32;
        self.closure_base = Some(closure_base);
        // From here on, closure types are numbered as in the module.
        let local_sigs: Vec<(u32, (Vec<Ty>, Ty))> = self.cx.local_closure_sigs.borrow_mut().drain().collect();
        for (id, (params, ret)) in local_sigs {
            let sig = (params.iter().map(|t| self.final_ty(t)).collect(), self.final_ty(&ret));
            self.cx.local_closure_sigs.borrow_mut().insert(closure_base + id - LOCAL_CLOSURE, sig);
        }
        for i in 0..self.closures.len() as u32 {
            let id = self.cx.reserve_function();
            closure_ids.insert(i, id);
            self.cx.closures.borrow_mut().push(None);
        }
        for callee in callees {
            let id = match callee {
                Callee::Fn { def, args } => {
                    let args: Vec<Ty> = args.iter().map(|t| self.final_ty(t)).collect();
                    self.cx.instance(def, args)
                }
                Callee::Trait { item, args, span } => {
                    let args: Vec<Ty> = args.iter().map(|t| self.final_ty(t)).collect();
                    self.last_resolved_track_caller = false;
                    let id = self.resolve_trait_call(item, args, span);
                    if self.last_resolved_track_caller {
                        self.needs_location.push(funcs.len() as u32);
                    }
                    id
                }
                Callee::Closure(c) if c >= LOCAL_CLOSURE => closure_ids[&(c - LOCAL_CLOSURE)],
                Callee::Closure(c) => self.cx.closures.borrow()[c as usize].as_ref().expect("finished closure").func,
            };
            funcs.push(id);
        }
        self.decide_cells();
        let frame = self.frames.pop().expect("the instance frame");
        let locals = self.final_locals(&frame);
        self.zonk(&mut body, &funcs);
        // Closures become functions of their own.
        let closures = std::mem::take(&mut self.closures);
        for (i, c) in closures.into_iter().enumerate() {
            let mut cbody = c.body.expect("closure body checked");
            self.zonk(&mut cbody, &funcs);
            let clocals = self.final_locals(&c.frame);
            let mut cparams = vec![c.env_local];
            cparams.extend(&c.param_locals);
            let captures: Vec<(Ty, bool)> = c
                .frame
                .captures
                .iter()
                .map(|(_, alias)| (clocals[alias.0 as usize].ty.clone(), clocals[alias.0 as usize].boxed))
                .collect();
            let cret = self.final_ty(&c.ret);
            let func = closure_ids[&(i as u32)];
            let capture_locals = c.frame.captures.iter().map(|(_, alias)| *alias).collect();
            self.cx.functions.borrow_mut()[func.0 as usize] = Some(ir::Function {
                name: format!("{name}::{{closure#{i}}}"),
                params: cparams,
                ret: cret,
                locals: clocals,
                body: cbody,
                test_name: None,
                captures: capture_locals,
            });
            self.cx.closures.borrow_mut()[(closure_base + i as u32) as usize] =
                Some(ir::ClosureLayout { func, captures });
        }
        let ret = self.final_ty(&ret);
        ir::Function { name, params, ret, locals, body, test_name, captures: Vec::new() }
    }

    /// A variable a closure assigns (or borrows mutably, for types not updated in place)
    /// lives in a cell; without `move`, the cell is the outer variable's own. Innermost
    /// closures first, so that the decision propagates outwards.
    fn decide_cells(&mut self) {
        for i in (0..self.closures.len()).rev() {
            let captures = self.closures[i].frame.captures.clone();
            let is_move = self.closures[i].frame.is_move;
            let parent = self.closures[i].parent;
            for (outer, alias) in captures {
                let a = self.closures[i].frame.locals[alias.0 as usize].clone();
                let ty = self.final_ty(&a.ty);
                let boxed = a.needs_cell || a.assigned || (a.mut_borrowed && !self.is_in_place(&ty));
                self.closures[i].frame.locals[alias.0 as usize].needs_cell = boxed;
                if boxed && !is_move {
                    let outer_local = match parent {
                        Some(p) => &mut self.closures[p as usize].frame.locals[outer.0 as usize],
                        None => &mut self.frames[0].locals[outer.0 as usize],
                    };
                    outer_local.needs_cell = true;
                }
            }
        }
    }

    fn final_locals(&mut self, frame: &Frame) -> Vec<ir::Local> {
        frame
            .locals
            .iter()
            .map(|l| {
                let ty = self.final_ty(&l.ty);
                let in_place = self.is_in_place(&ty);
                ir::Local { name: l.name.clone(), boxed: l.needs_cell || (l.mut_borrowed && !in_place), ty }
            })
            .collect()
    }

    /// Whether `&mut` to a value of this type is the object itself.
    pub fn is_in_place(&mut self, ty: &Ty) -> bool {
        match ty {
            Ty::Tuple(_) | Ty::Array(..) | Ty::Closure(_) => true,
            Ty::Adt(id, args) => {
                if self.cx.is_lang(DefId(id.0), "owned_box") {
                    return self.is_in_place(&args[0]);
                }
                !self.cx.layout(ty).is_enum
            }
            _ => false,
        }
    }

    /// A final type: resolved, literals defaulted, this instance's closures numbered as in
    /// the module; a variable left over is an error that was reported.
    pub fn final_ty(&mut self, ty: &Ty) -> Ty {
        let t = self.table.resolve_defaulted(ty);
        let t = if t.has_infer() { replace_infer(&t) } else { t };
        let t = match self.closure_base {
            Some(base) => rebase_closures(&t, base),
            None => t,
        };
        self.register_layouts(&t);
        t
    }

    fn register_layouts(&mut self, ty: &Ty) {
        match ty {
            Ty::Adt(_, args) => {
                if !self.cx.adts.borrow().contains_key(ty) {
                    let layout = self.cx.layout(ty);
                    for fields in &layout.variants {
                        for f in fields {
                            self.register_layouts(f);
                        }
                    }
                }
                for a in args.iter() {
                    self.register_layouts(a);
                }
            }
            Ty::Tuple(ts) => ts.iter().for_each(|t| self.register_layouts(t)),
            Ty::Array(t, _) | Ty::Slice(t) | Ty::Ref(_, t) | Ty::RawArray(t) => self.register_layouts(t),
            _ => {}
        }
    }

    fn resolve_trait_call(&mut self, item: DefId, args: Vec<Ty>, span: Span) -> FuncId {
        let trait_def = self.cx.program.def(item).parent.expect("trait item has a trait");
        let self_ty = args[0].clone();
        let n_trait = self.cx.generics_of(trait_def).len();
        let own = &args[n_trait..];
        let name = self.cx.program.def(item).name.clone();
        let mut table = Table::default();
        let trait_args = &args[1..n_trait];
        if let Some(inst) = self.cx.find_impl_with(trait_def, &self_ty, trait_args, &mut table) {
            self.apply_fn_bounds(inst.def, &inst.args, &mut table);
            self.cx.apply_assoc_constraints(inst.def, &inst.args, &mut table);
            let DefKind::Impl(_, items) = &self.cx.program.def(inst.def).kind else { unreachable!() };
            if let Some(&impl_item) = items.get(&name) {
                let mut all: Vec<Ty> = inst.args.iter().map(|t| table.resolve(t)).collect();
                all.extend(own.iter().cloned());
                self.last_resolved_track_caller = has_attr(&self.cx.program.def(impl_item).attrs, "track_caller");
                return self.cx.instance(impl_item, all);
            }
            // The trait's default method, with `Self` and the trait's arguments.
            let mut all = vec![self_ty.clone()];
            all.extend(inst.trait_args.iter().map(|t| table.resolve(t)));
            all.extend(own.iter().cloned());
            self.last_resolved_track_caller = has_attr(&self.cx.program.def(item).attrs, "track_caller");
            return self.cx.instance(item, all);
        }
        if let Some(id) = self.builtin_trait_call(trait_def, &name, &self_ty, own) {
            return id;
        }
        if std::env::var("WR_DEBUG").is_ok() {
            eprintln!(
                "no impl: trait {} self {:?} args {:?} in {}",
                self.cx.program.path_of(trait_def),
                self_ty,
                args,
                self.cx.program.path_of(self.def)
            );
            for &imp in &self.cx.program.impls {
                if self.cx.impl_trait(imp) == Some(trait_def) {
                    let mut t = Table::default();
                    let m = self.cx.match_impl(imp, &self_ty, &mut t);
                    eprintln!(
                        "  impl at {:?}: match {:?}",
                        self.cx.program.def(imp).span,
                        m.map(|i| (i.args, i.trait_args))
                    );
                }
            }
        }
        self.report(Diagnostic::new(
            codes::MISMATCHED_TYPES,
            span,
            format!(
                "the trait bound `{}: {}` is not satisfied",
                self.cx.ty_name(&self_ty),
                self.cx.program.path_of(trait_def).trim_start_matches("std::").rsplit("::").next().unwrap_or("")
            ),
        ));
        FuncId(0)
    }

    /// Infers an impl's (or function's) parameters that only its `Fn(A) -> R` bounds
    /// determine (`B` in `impl<B, F: FnMut(T) -> B> Iterator for Map<I, F>`) from the
    /// closures the `F`s are.
    pub fn apply_fn_bounds(&mut self, def: DefId, args: &[Ty], table: &mut Table) {
        let closures: Vec<u32> = args
            .iter()
            .filter_map(|a| match table.resolve(a) {
                Ty::Closure(id) => Some(id),
                _ => None,
            })
            .collect();
        let sigs: std::collections::HashMap<u32, (Vec<Ty>, Ty)> =
            closures.into_iter().map(|id| (id, self.closure_sig_any(id))).collect();
        self.cx.apply_fn_bounds(def, args, table, &|id| sigs.get(&id).cloned());
    }

    /// A closure's signature by module index (finished ones and, while this instance is
    /// being finished, its own) or by local index.
    fn closure_sig_any(&mut self, id: u32) -> (Vec<Ty>, Ty) {
        let local = match self.closure_base {
            Some(base) if id >= base && id < LOCAL_CLOSURE => Some(id - base),
            _ if id >= LOCAL_CLOSURE => Some(id - LOCAL_CLOSURE),
            _ => None,
        };
        match local {
            Some(i) => {
                let (params, ret) = {
                    let c = &self.closures[i as usize];
                    (c.params.clone(), c.ret.clone())
                };
                if self.closure_base.is_some() {
                    (params.iter().map(|t| self.final_ty(t)).collect(), self.final_ty(&ret))
                } else {
                    (params, ret)
                }
            }
            None => self.closure_sig(id),
        }
    }

    /// Trait methods every type has without an impl in the library (closures' `Fn*`).
    fn builtin_trait_call(&mut self, trait_def: DefId, _name: &str, self_ty: &Ty, _own: &[Ty]) -> Option<FuncId> {
        let tname = self.cx.program.def(trait_def).name.clone();
        if matches!(tname.as_str(), "Fn" | "FnMut" | "FnOnce")
            && let Ty::Closure(c) = self_ty
        {
            return self.cx.closures.borrow()[*c as usize].as_ref().map(|l| l.func);
        }
        None
    }

    /// Selects the impls bounds ask for where the type is partly known and only one impl
    /// fits, binding the rest of the type (`Vec<_>: FromIterator<&str>` makes `_` `&str`).
    fn settle_impl_obligations(&mut self) {
        for _ in 0..4 {
            let mut progress = false;
            for (ty, tr, args) in std::mem::take(&mut self.impl_obligations) {
                let t = self.table.resolve(&ty);
                let open_args = args.iter().any(|a| self.table.resolve(a).has_infer());
                if matches!(t, Ty::Infer(_)) {
                    self.impl_obligations.push((ty, tr, args));
                    continue;
                }
                if !t.has_infer() && !open_args {
                    continue;
                }
                let before = self.table.snapshot();
                if let Some(inst) = self.cx.find_impl_with(tr, &t, &args, &mut self.table) {
                    if self.table.snapshot() != before {
                        progress = true;
                    }
                    // The impl's own bounds select further impls (`T: PartialEq<U>`).
                    self.push_impl_bounds(inst.def, &inst.args);
                }
            }
            if !progress {
                break;
            }
        }
    }

    /// Records the bounds on an impl's parameters as obligations.
    fn push_impl_bounds(&mut self, imp: DefId, args: &[Ty]) {
        let env = self.cx.env_of(imp, args);
        for (p, a) in self.cx.generics_of(imp).iter().zip(args) {
            let module = self.cx.program.def(p.owner).module;
            for b in &p.bounds {
                let syn::TypeParamBound::Trait(tb) = b else { continue };
                let segs: Vec<String> = tb.path.segments.iter().map(|s| s.ident.to_string()).collect();
                let Ok(r) = self.cx.program.resolve_path(module, &segs, true) else { continue };
                let wasmrust_resolve::Res::Def(tr) = r.res else { continue };
                if !matches!(self.cx.program.def(tr).kind, DefKind::Trait(..)) {
                    continue;
                }
                let Some(last) = tb.path.segments.last() else { continue };
                let mut benv = env.clone();
                benv.module = Some(module);
                if let Ok(Some(targs)) = self.cx.segment_args(last, &benv, &mut self.table)
                    && !targs.is_empty()
                {
                    self.impl_obligations.push((a.clone(), tr, targs));
                }
            }
        }
    }

    /// Checks an obligation now that types are final.
    fn discharge(&mut self, obligation: Obligation) {
        use ir::{BinOp, UnOp};
        let error = match obligation {
            Obligation::Binary { op, lhs, span } => {
                let lhs = self.table.resolve(&lhs);
                let ok = match op {
                    BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::Div | BinOp::Rem => {
                        matches!(lhs, Ty::Int(_) | Ty::Float(_))
                    }
                    BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor => matches!(lhs, Ty::Int(_) | Ty::Bool),
                    BinOp::Shl | BinOp::Shr => matches!(lhs, Ty::Int(_)),
                    BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge => {
                        matches!(lhs, Ty::Int(_) | Ty::Float(_) | Ty::Bool | Ty::Char | Ty::Unit)
                    }
                    BinOp::And | BinOp::Or => true,
                };
                if matches!(lhs, Ty::Int(ir::IntTy::I128 | ir::IntTy::U128)) {
                    self.report(Diagnostic::unsupported(span, "128-bit integers are"));
                    return;
                }
                (!ok).then(|| {
                    Diagnostic::new(
                        codes::MISMATCHED_TYPES,
                        span,
                        format!("cannot apply binary operator `{}` to type `{}`", op.symbol(), self.cx.ty_name(&lhs)),
                    )
                })
            }
            Obligation::Unary { op, ty, span } => {
                let ty = self.table.resolve(&ty);
                let ok = match op {
                    UnOp::Neg => matches!(ty, Ty::Float(_)) || matches!(ty, Ty::Int(t) if t.signed()),
                    UnOp::Not => matches!(ty, Ty::Int(_) | Ty::Bool),
                };
                let symbol = if op == UnOp::Neg { "-" } else { "!" };
                (!ok).then(|| {
                    Diagnostic::new(
                        codes::MISMATCHED_TYPES,
                        span,
                        format!("cannot apply unary operator `{symbol}` to type `{}`", self.cx.ty_name(&ty)),
                    )
                })
            }
            Obligation::Cast { from, to, span } => {
                let from = self.table.resolve(&from);
                let to = self.table.resolve(&to);
                let ok = match (&from, &to) {
                    (Ty::Int(_) | Ty::Float(_), Ty::Int(_) | Ty::Float(_)) => true,
                    (Ty::Bool | Ty::Char, Ty::Int(_)) => true,
                    (Ty::Int(ir::IntTy::U8), Ty::Char) => true,
                    (Ty::Adt(..), Ty::Int(_)) => self.cx.layout(&from).is_fieldless_enum(),
                    (a, b) => a == b,
                };
                (!ok).then(|| {
                    Diagnostic::new(
                        codes::MISMATCHED_TYPES,
                        span,
                        format!("non-primitive cast: `{}` as `{}`", self.cx.ty_name(&from), self.cx.ty_name(&to)),
                    )
                    .with_label("an `as` expression can only be used to convert between primitive types")
                })
            }
            Obligation::Literal { ty, value, negated, span } => match self.table.resolve(&ty) {
                Ty::Int(int) => {
                    let limit = if negated { int.min().unsigned_abs() } else { int.max() };
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
                _ => None,
            },
        };
        if let Some(e) = error {
            self.report(e);
        }
    }

    /// Resolves projections whose self type became known; at the end, reports the rest.
    pub fn settle_projections(&mut self, last: bool) {
        loop {
            let pending = std::mem::take(&mut self.table.pending);
            if pending.is_empty() {
                return;
            }
            let mut progress = false;
            let mut left = Vec::new();
            for p in pending {
                let self_ty = self.table.resolve(&p.self_ty);
                let known_output = !matches!(self.table.shallow(&p.var), Ty::Infer(_));
                if !matches!(self_ty, Ty::Infer(_))
                    && let Some(t) = self.cx.normalize(&self_ty, p.trait_def, &p.name, &mut self.table)
                {
                    self.table.unify(&p.var, &t);
                    progress = true;
                } else if known_output
                    && self_ty.has_infer()
                    && !matches!(self_ty, Ty::Infer(_))
                    && let Some(tr) = p.trait_def
                    && self.cx.normalize_expecting(&self_ty, tr, &p.name, &p.var.clone(), &mut self.table).is_some()
                {
                    progress = true;
                } else {
                    left.push(p);
                }
            }
            if !progress {
                if last {
                    for p in &left {
                        let shown = self.describe(&p.self_ty);
                        self.report(Diagnostic::new(
                            codes::UNRESOLVED,
                            p.span,
                            format!("cannot find associated type `{}` for `{shown}`", p.name),
                        ));
                    }
                } else {
                    self.table.pending.extend(left);
                }
                return;
            }
            self.table.pending.extend(left);
        }
    }

    fn zonk(&mut self, expr: &mut Expr, funcs: &[FuncId]) {
        expr.ty = self.final_ty(&expr.ty);
        let span = expr.span;
        match &mut expr.kind {
            ExprKind::Call { func, args } => {
                // A trait call that resolved to a `#[track_caller]` impl gets the location now.
                if self.needs_location.contains(&func.0) {
                    let location = self.caller_location(span);
                    args.push(location);
                }
                *func = funcs[func.0 as usize]
            }
            ExprKind::Let { pat, .. } | ExprKind::Matches { pat, .. } => self.zonk_pat(pat),
            ExprKind::Match { arms, .. } => {
                for arm in arms {
                    self.zonk_pat(&mut arm.pat);
                }
            }
            _ => {}
        }
        expr.for_each_child_mut(|e| self.zonk(e, funcs));
    }

    fn zonk_pat(&mut self, pat: &mut ir::Pat) {
        pat.ty = self.final_ty(&pat.ty);
        match &mut pat.kind {
            ir::PatKind::Bind { sub: Some(p), .. } | ir::PatKind::Deref(p) => self.zonk_pat(p),
            ir::PatKind::Struct { fields } | ir::PatKind::Variant { fields, .. } => {
                fields.iter_mut().for_each(|(_, p)| self.zonk_pat(p))
            }
            ir::PatKind::Slice { prefix, rest, suffix } => {
                prefix.iter_mut().chain(suffix.iter_mut()).for_each(|p| self.zonk_pat(p));
                if let Some(Some(p)) = rest {
                    self.zonk_pat(p);
                }
            }
            ir::PatKind::Or(ps) => ps.iter_mut().for_each(|p| self.zonk_pat(p)),
            _ => {}
        }
    }

    /// Checks a closure expression's body in a frame of its own.
    pub fn closure(&mut self, c: &syn::ExprClosure, expected_sig: Option<(Vec<Ty>, Ty)>) -> Expr {
        let span = self.span(c);
        let index = self.closures.len() as u32;
        self.closures.push(ClosureInfo {
            params: Vec::new(),
            ret: Ty::Unit,
            frame: Frame::default(),
            body: None,
            param_locals: Vec::new(),
            env_local: LocalId(0),
            parent: self.frames.last().and_then(|f| f.closure),
        });
        self.frames.push(Frame { is_move: c.capture.is_some(), closure: Some(index), ..Frame::default() });
        let env_local = self.new_local("{env}", Ty::Closure(LOCAL_CLOSURE + index), false);
        self.push_scope();
        let (mut exp_params, exp_ret) = match expected_sig {
            Some((p, r)) if p.len() == c.inputs.len() => (p, Some(r)),
            _ => (Vec::new(), None),
        };
        let mut params = Vec::new();
        let mut param_locals = Vec::new();
        let mut prologue = Vec::new();
        for (i, input) in c.inputs.iter().enumerate() {
            let (pat, written) = match input {
                syn::Pat::Type(pt) => (&*pt.pat, Some(self.ty(&pt.ty))),
                other => (other, None),
            };
            let ty = match (written, exp_params.get_mut(i)) {
                (Some(w), Some(e)) => {
                    let sp = self.span(pat);
                    self.expect_ty(&w, e, sp);
                    w
                }
                (Some(w), None) => w,
                (None, Some(e)) => e.clone(),
                (None, None) => self.table.fresh(VarKind::Any),
            };
            if let syn::Pat::Ident(pi) = pat
                && pi.subpat.is_none()
                && pi.by_ref.is_none()
            {
                param_locals.push(self.declare(&pi.ident.to_string(), ty.clone(), pi.mutability.is_some()));
            } else {
                let hidden = self.new_local("arg", ty.clone(), false);
                param_locals.push(hidden);
                let p = self.pattern(pat, &ty, false);
                let pspan = p.span;
                let init = Expr { kind: ExprKind::Local(hidden), ty: ty.clone(), span: pspan };
                prologue.push(Expr {
                    kind: ExprKind::Let { pat: p, init: Box::new(init), else_: None },
                    ty: Ty::Unit,
                    span: pspan,
                });
            }
            params.push(ty);
        }
        let ret = match (&c.output, exp_ret) {
            (syn::ReturnType::Type(_, t), _) => self.ty(t),
            (syn::ReturnType::Default, Some(r)) => r,
            (syn::ReturnType::Default, None) => self.table.fresh(VarKind::Any),
        };
        self.frame().ret = Some(ret.clone());
        {
            let ci = &mut self.closures[index as usize];
            ci.params = params.clone();
            ci.ret = ret.clone();
        }
        self.cx.local_closure_sigs.borrow_mut().insert(LOCAL_CLOSURE + index, (params.clone(), ret.clone()));
        let body = self.expr(&c.body, Some(&ret));
        let mut body = self.coerce(body, &ret);
        if !prologue.is_empty() {
            let ty = body.ty.clone();
            let bspan = body.span;
            body = Expr { kind: ExprKind::Block { stmts: prologue, tail: Some(Box::new(body)) }, ty, span: bspan };
        }
        self.pop_scope();
        let frame = self.frames.pop().expect("closure frame");
        // The closure value holds the captured variables (their cells, for those in cells:
        // the emitter decides, see `ClosureLayout`).
        let mut fields = Vec::new();
        for &(outer, _) in &frame.captures {
            let oty = self.frame().locals[outer.0 as usize].ty.clone();
            fields.push(Expr { kind: ExprKind::Local(outer), ty: oty, span });
        }
        let ci = &mut self.closures[index as usize];
        ci.frame = frame;
        ci.body = Some(body);
        ci.param_locals = param_locals;
        ci.env_local = env_local;
        Expr { kind: ExprKind::Construct { variant: 0, fields }, ty: Ty::Closure(LOCAL_CLOSURE + index), span }
    }

    /// The signature of a closure type: parameters and return. A closure of this instance
    /// is still being inferred; one from another instance (a generic parameter's type) is
    /// finished, and its body function has the signature.
    pub fn closure_sig(&self, id: u32) -> (Vec<Ty>, Ty) {
        if id >= LOCAL_CLOSURE {
            let c = &self.closures[(id - LOCAL_CLOSURE) as usize];
            return (c.params.clone(), c.ret.clone());
        }
        let func =
            self.cx.closures.borrow()[id as usize].as_ref().expect("closures from other instances are finished").func;
        let functions = self.cx.functions.borrow();
        let f = functions[func.0 as usize].as_ref().expect("closure bodies are finished with their instance");
        let params = f.params[1..].iter().map(|p| f.locals[p.0 as usize].ty.clone()).collect();
        (params, f.ret.clone())
    }

    /// Records that a place is assigned or mutably borrowed as a whole local.
    pub fn note_mutation(&mut self, place: &Expr, borrow: bool) {
        if let ExprKind::Local(id) = place.kind {
            let l = self.local(id);
            if borrow {
                l.mut_borrowed = true;
            } else if !l.deferred {
                l.assigned = true;
            }
        }
    }

    /// Reports assignment to an immutable local.
    pub fn check_mutable_place(&mut self, place: &Expr, span: Span) {
        let root = place_root(place);
        if let Some(id) = root {
            let l = self.local(id).clone();
            if !l.mutable && !l.deferred {
                self.report(
                    Diagnostic::new(
                        codes::IMMUTABLE,
                        span,
                        format!("cannot assign twice to immutable variable `{}`", l.name),
                    )
                    .with_label("cannot assign twice to immutable variable")
                    .with_help(format!("consider making this binding mutable: `mut {}`", l.name)),
                );
            }
            if l.deferred && matches!(place.kind, ExprKind::Local(_)) {
                self.local(id).deferred = l.mutable;
            }
        }
    }
}

/// Whether an attribute `#[name]` is present.
pub fn has_attr(attrs: &[syn::Attribute], name: &str) -> bool {
    attrs.iter().any(|a| a.path().is_ident(name))
}

/// The local a place is rooted in, not going through derefs.
pub fn place_root(place: &Expr) -> Option<LocalId> {
    match &place.kind {
        ExprKind::Local(id) => Some(*id),
        ExprKind::Field { base, .. } | ExprKind::Index { base, .. } | ExprKind::VariantField { base, .. } => {
            if matches!(base.ty, Ty::Ref(..)) { None } else { place_root(base) }
        }
        _ => None,
    }
}

/// A type with leftover variables made concrete (`()`); only reached after an error was
/// reported, or for values that are never used.
pub fn replace_infer(ty: &Ty) -> Ty {
    match ty {
        Ty::Infer(_) => Ty::Unit,
        Ty::Tuple(ts) => Ty::Tuple(ts.iter().map(replace_infer).collect()),
        Ty::Adt(id, ts) => Ty::Adt(*id, ts.iter().map(replace_infer).collect()),
        Ty::Array(t, n) => Ty::Array(Rc::new(replace_infer(t)), *n),
        Ty::Slice(t) => Ty::Slice(Rc::new(replace_infer(t))),
        Ty::Ref(m, t) => Ty::Ref(*m, Rc::new(replace_infer(t))),
        Ty::RawArray(t) => Ty::RawArray(Rc::new(replace_infer(t))),
        other => other.clone(),
    }
}
