//! Patterns, with Rust's default binding modes made explicit.

use std::rc::Rc;

use wasmrust_diag::{Diagnostic, Span, codes};
use wasmrust_ir::{self as ir, Const, Mutability, Pat, PatKind, Ty};
use wasmrust_resolve::{DefId, DefKind, Res};

use crate::body::FnCx;
use crate::infer::VarKind;
use crate::tys::Env;

/// How a binding binds: by value, or by reference because the pattern matched through a
/// reference (default binding modes).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    Move,
    Ref(Mutability),
}

impl FnCx<'_, '_> {
    /// Checks a pattern against a value of type `ty`, declaring its bindings in the current
    /// scope.
    pub fn pattern(&mut self, p: &syn::Pat, ty: &Ty, refutable: bool) -> Pat {
        let _ = refutable;
        let mut bound = Vec::new();
        self.pat(p, ty, Mode::Move, &mut bound)
    }

    fn pat(&mut self, p: &syn::Pat, ty: &Ty, mode: Mode, bound: &mut Vec<(String, ir::LocalId)>) -> Pat {
        let span = self.span(p);
        let t = self.table.shallow(ty);
        let mk = |kind, ty: &Ty| Pat { kind, ty: ty.clone(), span };
        // Non-reference patterns match through references, binding by reference.
        let needs_deref = matches!(
            p,
            syn::Pat::Tuple(_) | syn::Pat::TupleStruct(_) | syn::Pat::Struct(_) | syn::Pat::Slice(_)
        ) || matches!(p, syn::Pat::Path(_))
            || matches!(p, syn::Pat::Ident(pi) if pi.by_ref.is_none() && pi.subpat.is_none() && self.ident_is_constant(&pi.ident.to_string()));
        let lit_deref = matches!(p, syn::Pat::Lit(_) | syn::Pat::Range(_))
            && matches!(&t, Ty::Ref(_, inner) if !matches!(self.table.shallow(inner), Ty::Str));
        if (needs_deref || lit_deref)
            && let Ty::Ref(m, inner) = &t
        {
            let new_mode = match mode {
                Mode::Ref(Mutability::Not) => Mode::Ref(Mutability::Not),
                _ => Mode::Ref(*m),
            };
            let inner_pat = self.pat(p, inner, new_mode, bound);
            return mk(PatKind::Deref(Box::new(inner_pat)), &t);
        }
        match p {
            syn::Pat::Wild(_) => mk(PatKind::Wild, &t),
            syn::Pat::Rest(_) => mk(PatKind::Wild, &t),
            syn::Pat::Paren(pp) => self.pat(&pp.pat, ty, mode, bound),
            syn::Pat::Type(pt) => {
                let written = self.ty(&pt.ty);
                self.expect_ty(&written, ty, span);
                self.pat(&pt.pat, ty, mode, bound)
            }
            syn::Pat::Ident(pi) => {
                let name = pi.ident.to_string();
                if pi.by_ref.is_none() && pi.subpat.is_none() && self.ident_is_constant(&name) {
                    let path: syn::Path = pi.ident.clone().into();
                    return self.path_pat(&path, &t, span);
                }
                let (local_ty, by_ref) = if pi.by_ref.is_some() {
                    let m = if pi.mutability.is_some() { Mutability::Mut } else { Mutability::Not };
                    (Ty::Ref(m, Rc::new(ty.clone())), Some(m == Mutability::Mut))
                } else {
                    match mode {
                        Mode::Move => (ty.clone(), None),
                        Mode::Ref(m) => (Ty::Ref(m, Rc::new(ty.clone())), Some(m == Mutability::Mut)),
                    }
                };
                let mutable = pi.mutability.is_some() && pi.by_ref.is_none();
                let local = match bound.iter().find(|(n, _)| *n == name) {
                    // The same name in another alternative of an or-pattern.
                    Some(&(_, l)) if self.or_depth > 0 => {
                        let lt = self.frame().locals[l.0 as usize].ty.clone();
                        self.expect_ty(&local_ty, &lt, span);
                        l
                    }
                    _ => {
                        let l = self.declare(&name, local_ty, mutable);
                        bound.push((name, l));
                        l
                    }
                };
                let sub = pi.subpat.as_ref().map(|(_, sp)| Box::new(self.pat(sp, ty, mode, bound)));
                mk(PatKind::Bind { local, by_ref, sub }, &t)
            }
            syn::Pat::Lit(l) => {
                let c = self.lit_const(&l.lit, false, &t, span);
                mk(PatKind::Const(c), &t)
            }
            syn::Pat::Range(r) => {
                let lo = r.start.as_ref().map(|e| self.const_pat_expr(e, &t));
                let hi = r.end.as_ref().map(|e| self.const_pat_expr(e, &t));
                let inclusive = matches!(r.limits, syn::RangeLimits::Closed(_));
                mk(PatKind::Range { lo, hi, inclusive }, &t)
            }
            syn::Pat::Tuple(tp) => {
                let elems: Vec<&syn::Pat> = tp.elems.iter().collect();
                let rest = elems.iter().position(|e| matches!(e, syn::Pat::Rest(_)));
                let n = match (&t, rest) {
                    (Ty::Tuple(ts), _) => ts.len(),
                    (Ty::Unit, _) => 0,
                    (_, None) => elems.len(),
                    (_, Some(_)) => {
                        return self.pat_error(Diagnostic::new(codes::UNRESOLVED, span, "type annotations needed"), &t);
                    }
                };
                let elem_tys: Vec<Ty> = match &t {
                    Ty::Tuple(ts) => ts.to_vec(),
                    Ty::Unit => Vec::new(),
                    _ => {
                        let vars: Vec<Ty> = (0..n).map(|_| self.table.fresh(VarKind::Any)).collect();
                        let tuple = if n == 0 { Ty::Unit } else { Ty::Tuple(vars.clone().into()) };
                        self.expect_ty(&t, &tuple, span);
                        vars
                    }
                };
                let fields = self.positional(&elems, &elem_tys, mode, bound, span);
                mk(PatKind::Struct { fields }, &t)
            }
            syn::Pat::TupleStruct(ts) => {
                let Some((adt, variant, adt_ty, args)) = self.resolve_ctor_pat(&ts.path, &t, span) else {
                    return mk(PatKind::Wild, &t);
                };
                let ftys = self.field_tys(adt, &args, variant);
                let elems: Vec<&syn::Pat> = ts.elems.iter().collect();
                let fields = self.positional(&elems, &ftys, mode, bound, span);
                let kind =
                    if self.is_enum(adt) { PatKind::Variant { variant, fields } } else { PatKind::Struct { fields } };
                mk(kind, &adt_ty)
            }
            syn::Pat::Struct(sp) => {
                let Some((adt, variant, adt_ty, args)) = self.resolve_ctor_pat(&sp.path, &t, span) else {
                    return mk(PatKind::Wild, &t);
                };
                let names = self.cx.field_names(adt, variant);
                let ftys = self.field_tys(adt, &args, variant);
                let mut fields = Vec::new();
                for fp in &sp.fields {
                    let fname = match &fp.member {
                        syn::Member::Named(n) => n.to_string(),
                        syn::Member::Unnamed(i) => i.index.to_string(),
                    };
                    let Some(i) = names.iter().position(|n| *n == fname) else {
                        self.report(Diagnostic::new(
                            codes::UNRESOLVED,
                            self.span(&fp.member),
                            format!("no field named `{fname}`"),
                        ));
                        continue;
                    };
                    let sub = self.pat(&fp.pat, &ftys[i], mode, bound);
                    fields.push((i as u32, sub));
                }
                let kind =
                    if self.is_enum(adt) { PatKind::Variant { variant, fields } } else { PatKind::Struct { fields } };
                mk(kind, &adt_ty)
            }
            syn::Pat::Path(pp) => self.path_pat(&pp.path, &t, span),
            syn::Pat::Reference(r) => {
                let inner_ty = match &t {
                    Ty::Ref(_, inner) => (**inner).clone(),
                    _ => {
                        let v = self.table.fresh(VarKind::Any);
                        let m = if r.mutability.is_some() { Mutability::Mut } else { Mutability::Not };
                        self.expect_ty(&t, &Ty::Ref(m, Rc::new(v.clone())), span);
                        v
                    }
                };
                let inner = self.pat(&r.pat, &inner_ty, Mode::Move, bound);
                mk(PatKind::Deref(Box::new(inner)), &t)
            }
            syn::Pat::Or(o) => {
                let mut alts = Vec::new();
                for (i, case) in o.cases.iter().enumerate() {
                    if i > 0 {
                        self.or_depth += 1;
                    }
                    alts.push(self.pat(case, ty, mode, bound));
                    if i > 0 {
                        self.or_depth -= 1;
                    }
                }
                mk(PatKind::Or(alts), &t)
            }
            syn::Pat::Slice(sp) => {
                let elem = match &t {
                    Ty::Array(e, _) | Ty::Slice(e) => (**e).clone(),
                    _ => {
                        return self.pat_error(
                            Diagnostic::new(
                                codes::MISMATCHED_TYPES,
                                span,
                                format!("expected an array or slice, found `{}`", self.describe(&t)),
                            ),
                            &t,
                        );
                    }
                };
                let mut prefix = Vec::new();
                let mut suffix = Vec::new();
                let mut rest: Option<Option<Box<Pat>>> = None;
                for e in &sp.elems {
                    let rest_binding = match e {
                        syn::Pat::Rest(_) => Some(None),
                        syn::Pat::Ident(pi) if matches!(pi.subpat.as_ref().map(|s| &*s.1), Some(syn::Pat::Rest(_))) => {
                            Some(Some(pi))
                        }
                        _ => None,
                    };
                    if let Some(binding) = rest_binding {
                        let sub = binding.map(|pi| {
                            // `rest @ ..` binds the middle as a slice.
                            let slice_ty = match mode {
                                Mode::Ref(m) => Ty::Ref(m, Rc::new(Ty::Slice(Rc::new(elem.clone())))),
                                Mode::Move => Ty::shared_ref(Ty::Slice(Rc::new(elem.clone()))),
                            };
                            let l = self.declare(&pi.ident.to_string(), slice_ty.clone(), false);
                            Box::new(Pat {
                                kind: PatKind::Bind { local: l, by_ref: None, sub: None },
                                ty: slice_ty,
                                span,
                            })
                        });
                        rest = Some(sub);
                        continue;
                    }
                    let sub = self.pat(e, &elem, mode, bound);
                    if rest.is_some() { suffix.push(sub) } else { prefix.push(sub) }
                }
                mk(PatKind::Slice { prefix, rest, suffix }, &t)
            }
            other => self.pat_error(
                Diagnostic::unsupported(
                    span,
                    format!("this pattern (`{}`) is", quote::ToTokens::to_token_stream(other)),
                ),
                &t,
            ),
        }
    }

    fn pat_error(&mut self, d: Diagnostic, t: &Ty) -> Pat {
        let span = d.span;
        self.report(d);
        Pat { kind: PatKind::Wild, ty: t.clone(), span }
    }

    fn is_enum(&self, adt: DefId) -> bool {
        matches!(self.cx.program.def(adt).kind, DefKind::Enum(..))
    }

    /// Positional sub-patterns with an optional `..`.
    fn positional(
        &mut self,
        elems: &[&syn::Pat],
        tys: &[Ty],
        mode: Mode,
        bound: &mut Vec<(String, ir::LocalId)>,
        span: Span,
    ) -> Vec<(u32, Pat)> {
        let rest = elems.iter().position(|e| matches!(e, syn::Pat::Rest(_)));
        let mut fields = Vec::new();
        match rest {
            None => {
                if elems.len() != tys.len() {
                    self.report(Diagnostic::new(
                        codes::MISMATCHED_TYPES,
                        span,
                        format!(
                            "this pattern has {} field{}, but the corresponding type has {} field{}",
                            elems.len(),
                            if elems.len() == 1 { "" } else { "s" },
                            tys.len(),
                            if tys.len() == 1 { "" } else { "s" }
                        ),
                    ));
                    return fields;
                }
                for (i, (e, t)) in elems.iter().zip(tys).enumerate() {
                    fields.push((i as u32, self.pat(e, t, mode, bound)));
                }
            }
            Some(r) => {
                let after = elems.len() - r - 1;
                for (i, e) in elems[..r].iter().enumerate() {
                    if let Some(t) = tys.get(i) {
                        fields.push((i as u32, self.pat(e, t, mode, bound)));
                    }
                }
                for (k, e) in elems[r + 1..].iter().enumerate() {
                    let i = tys.len().saturating_sub(after) + k;
                    if let Some(t) = tys.get(i) {
                        fields.push((i as u32, self.pat(e, t, mode, bound)));
                    }
                }
            }
        }
        fields
    }

    /// Whether a lone identifier in a pattern names a constant, unit struct or unit variant
    /// (then it is matched, not bound).
    fn ident_is_constant(&self, name: &str) -> bool {
        if !name.starts_with(|c: char| c.is_uppercase()) {
            return false;
        }
        match self.cx.program.lookup(self.module, name, false) {
            Some(Res::Def(d)) => match &self.cx.program.def(d).kind {
                DefKind::Variant(_) | DefKind::Const(..) | DefKind::Static(_) => true,
                DefKind::Struct(s) => matches!(s.fields, syn::Fields::Unit),
                _ => false,
            },
            _ => false,
        }
    }

    /// A path pattern: a unit variant, unit struct or constant.
    fn path_pat(&mut self, path: &syn::Path, t: &Ty, span: Span) -> Pat {
        let segs: Vec<String> = path.segments.iter().map(|s| s.ident.to_string()).collect();
        let resolved = self.resolve_value_def(&segs, span);
        let Some(def) = resolved else { return Pat { kind: PatKind::Wild, ty: t.clone(), span } };
        match &self.cx.program.def(def).kind {
            DefKind::Variant(v) => {
                let adt = self.cx.program.def(def).parent.expect("enum");
                let args = self.cx.fill_args(adt, None, &mut self.table, span).unwrap_or_default();
                let adt_ty = self.cx.adt_ty(adt, args);
                self.expect_ty(t, &adt_ty, span);
                Pat { kind: PatKind::Variant { variant: *v, fields: vec![] }, ty: adt_ty, span }
            }
            DefKind::Struct(_) => {
                let args = self.cx.fill_args(def, None, &mut self.table, span).unwrap_or_default();
                let adt_ty = self.cx.adt_ty(def, args);
                self.expect_ty(t, &adt_ty, span);
                Pat { kind: PatKind::Struct { fields: vec![] }, ty: adt_ty, span }
            }
            DefKind::Const(_, Some(e)) => {
                let e = (**e).clone();
                let module = self.module;
                self.module = self.cx.program.def(def).module;
                let c = self.const_pat_expr(&e, t);
                self.module = module;
                Pat { kind: PatKind::Const(c), ty: t.clone(), span }
            }
            _ => self.pat_error(Diagnostic::unsupported(span, "this path in a pattern is"), t),
        }
    }

    fn resolve_value_def(&mut self, segs: &[String], span: Span) -> Option<DefId> {
        self.resolve_value_def_quiet(segs, span).map_err(|d| self.report(d)).ok()
    }

    /// Like `resolve_value_def`, returning the error instead of reporting it.
    fn resolve_value_def_quiet(&mut self, segs: &[String], span: Span) -> Result<DefId, Diagnostic> {
        if segs.len() == 2
            && segs[0] == "Self"
            && let Some(Ty::Adt(id, _)) = self.env.self_ty.clone()
            && let DefKind::Enum(_, vs) = &self.cx.program.def(DefId(id.0)).kind
        {
            let found = vs.iter().copied().find(|&v| self.cx.program.def(v).name == segs[1]);
            return found
                .ok_or_else(|| Diagnostic::new(codes::UNRESOLVED, span, format!("no variant named `{}`", segs[1])));
        }
        if segs.len() == 1
            && segs[0] == "Self"
            && let Some(Ty::Adt(id, _)) = self.env.self_ty.clone()
        {
            return Ok(DefId(id.0));
        }
        match self.cx.program.resolve_path(self.module, segs, false) {
            Ok(r) if r.len == segs.len() => match r.res {
                Res::Def(d) => Ok(d),
                Res::Prim(p) => {
                    Err(Diagnostic::new(codes::UNRESOLVED, span, format!("expected a value, found builtin type `{p}`")))
                }
            },
            Ok(r) => {
                // `Type::CONST` and `Self::CONST`: an associated constant.
                if let Res::Def(d) = r.res
                    && r.len + 1 == segs.len()
                {
                    let ty = self.cx.adt_ty(d, self.cx.fill_args(d, None, &mut self.table, span).unwrap_or_default());
                    if let Some(pick) = self.cx.find_assoc(&ty, &segs[r.len], false, &mut self.table) {
                        return Ok(pick.item);
                    }
                }
                Err(Diagnostic::new(
                    codes::UNRESOLVED,
                    span,
                    format!("cannot find `{}` in this scope", segs.join("::")),
                ))
            }
            Err(m) => Err(Diagnostic::new(codes::UNRESOLVED, span, m)),
        }
    }

    /// Resolves `Path(..)`/`Path { .. }` patterns to (adt, variant, its type, its arguments),
    /// unifying with the matched type.
    fn resolve_ctor_pat(&mut self, path: &syn::Path, t: &Ty, span: Span) -> Option<(DefId, u32, Ty, Vec<Ty>)> {
        let segs: Vec<String> = path.segments.iter().map(|s| s.ident.to_string()).collect();
        let def = match self.resolve_value_def_quiet(&segs, span) {
            Ok(d) => d,
            // Struct patterns name types: `Point { x, y }`.
            Err(d) => match self.cx.program.resolve_path(self.module, &segs, true) {
                Ok(r) if r.len == segs.len() => match r.res {
                    Res::Def(found) => found,
                    _ => {
                        self.report(d);
                        return None;
                    }
                },
                _ => {
                    self.report(d);
                    return None;
                }
            },
        };
        let (adt, variant) = match &self.cx.program.def(def).kind {
            DefKind::Variant(v) => (self.cx.program.def(def).parent.expect("enum"), *v),
            DefKind::Struct(_) => (def, 0),
            _ => {
                self.report(Diagnostic::new(
                    codes::UNRESOLVED,
                    span,
                    format!("expected tuple struct or tuple variant, found `{}`", segs.join("::")),
                ));
                return None;
            }
        };
        let args = match t {
            Ty::Adt(id, args) if id.0 == adt.0 => args.to_vec(),
            _ => {
                let a = self.cx.fill_args(adt, None, &mut self.table, span).unwrap_or_default();
                let adt_ty = self.cx.adt_ty(adt, a.clone());
                self.expect_ty(t, &adt_ty, span);
                a
            }
        };
        let adt_ty = self.cx.adt_ty(adt, args.clone());
        Some((adt, variant, adt_ty, args))
    }

    /// A constant in a pattern: a literal, a negative literal, or a constant item.
    fn const_pat_expr(&mut self, e: &syn::Expr, t: &Ty) -> Const {
        let span = self.span(e);
        match e {
            syn::Expr::Lit(l) => self.lit_const(&l.lit, false, t, span),
            syn::Expr::Unary(u) if matches!(u.op, syn::UnOp::Neg(_)) => match &*u.expr {
                syn::Expr::Lit(l) => self.lit_const(&l.lit, true, t, span),
                _ => {
                    self.report(Diagnostic::unsupported(span, "this expression in a pattern is"));
                    Const::Int(0)
                }
            },
            syn::Expr::Path(p) => {
                let segs: Vec<String> = p.path.segments.iter().map(|s| s.ident.to_string()).collect();
                // `i32::MAX`, `u8::MIN` and friends.
                if segs.len() == 2
                    && let Some(Ty::Int(it)) = crate::tys::prim_ty(&segs[0])
                {
                    self.expect_ty(t, &Ty::Int(it), span);
                    return match segs[1].as_str() {
                        "MAX" => Const::Int(it.max() as u64),
                        _ => Const::Int(it.min() as u64),
                    };
                }
                if let Some(d) = self.resolve_value_def(&segs, span)
                    && let DefKind::Const(_, Some(v)) = &self.cx.program.def(d).kind
                {
                    let v = (**v).clone();
                    let module = self.module;
                    self.module = self.cx.program.def(d).module;
                    let c = self.const_pat_expr(&v, t);
                    self.module = module;
                    return c;
                }
                self.report(Diagnostic::unsupported(span, "this constant in a pattern is"));
                Const::Int(0)
            }
            _ => {
                let env = Env { module: Some(self.module), ..self.env.clone() };
                match self.cx.const_usize(e, &env) {
                    Some(v) => Const::Int(v),
                    None => {
                        self.report(Diagnostic::unsupported(span, "this expression in a pattern is"));
                        Const::Int(0)
                    }
                }
            }
        }
    }

    fn lit_const(&mut self, lit: &syn::Lit, negated: bool, t: &Ty, span: Span) -> Const {
        let x = self.literal(lit, negated, Some(t), span);
        self.expect_ty(&x.ty, t, span);
        match x.kind {
            ir::ExprKind::Int(v) => {
                let v = if negated { (v as i64).wrapping_neg() as u64 } else { v };
                Const::Int(v)
            }
            ir::ExprKind::Float(f) => Const::Float(if negated { -f } else { f }),
            ir::ExprKind::Bool(b) => Const::Int(u64::from(b)),
            ir::ExprKind::Char(c) => Const::Int(u64::from(c as u32)),
            ir::ExprKind::Str(s) => Const::Str(s),
            _ => {
                self.report(Diagnostic::unsupported(span, "this literal in a pattern is"));
                Const::Int(0)
            }
        }
    }
}
