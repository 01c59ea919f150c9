//! Types as written: generic parameters in scope, `syn::Type` to [`Ty`], ADT layouts and
//! printing types the way rustc does.

use std::collections::HashMap;
use std::rc::Rc;

use syn::spanned::Spanned;
use wasmrust_diag::{Diagnostic, Span, codes};
use wasmrust_ir::{AdtId, AdtLayout, FloatTy, IntTy, Mutability, Ty};
use wasmrust_resolve::{DefId, DefKind, Res};

use crate::Cx;
use crate::infer::{Table, VarKind};

/// A generic parameter of an item, in the order instances list their arguments.
#[derive(Debug, Clone)]
pub struct GenericParam {
    /// Its name (`Self` for a trait's implicit parameter).
    pub name: String,
    /// Bounds written on it, inline and in `where` clauses.
    pub bounds: Vec<syn::TypeParamBound>,
    /// The item that declares it, whose module its bounds resolve in.
    pub owner: DefId,
}

/// The generic parameters in scope: names to types (variables while inferring a call,
/// concrete types inside an instance).
#[derive(Debug, Clone, Default)]
pub struct Env {
    /// `T` to its type.
    pub params: HashMap<String, Ty>,
    /// What `Self` means here.
    pub self_ty: Option<Ty>,
    /// The module paths resolve in.
    pub module: Option<DefId>,
    /// Const generic parameters in scope (`N` in `[T; N]`).
    pub consts: Vec<String>,
    /// The traits each parameter is bounded by, for `T::Item`.
    pub bounds: HashMap<String, Vec<DefId>>,
    /// The trait `Self::Item` refers to: the trait itself in its items, the implemented
    /// trait in an impl's.
    pub self_trait: Option<DefId>,
}

impl Cx<'_> {
    /// The generic parameters of an item: those of its impl or trait first (a trait's
    /// implicit `Self` first of all), then its own. Lifetimes are not parameters here.
    pub fn generics_of(&self, def: DefId) -> std::rc::Rc<Vec<GenericParam>> {
        if let Some(cached) = self.generics_cache.borrow().get(&def) {
            return cached.clone();
        }
        let d = self.program.def(def);
        let mut params = Vec::new();
        if let Some(parent) = d.parent {
            match &self.program.def(parent).kind {
                DefKind::Impl(..) | DefKind::Trait(..) => params = (*self.generics_of(parent)).clone(),
                _ => {}
            }
        }
        let own: Option<&syn::Generics> = match &d.kind {
            DefKind::Fn(f) => Some(&f.sig.generics),
            DefKind::Struct(s) => Some(&s.generics),
            DefKind::Enum(e, _) => Some(&e.generics),
            DefKind::Impl(im, _) => Some(&im.generics),
            DefKind::Trait(t, _) => {
                params.push(GenericParam {
                    name: "Self".into(),
                    bounds: t.supertraits.iter().cloned().collect(),
                    owner: def,
                });
                Some(&t.generics)
            }
            _ => None,
        };
        if let Some(g) = own {
            for p in &g.params {
                if let syn::GenericParam::Type(tp) = p {
                    params.push(GenericParam {
                        name: tp.ident.to_string(),
                        bounds: tp.bounds.iter().cloned().collect(),
                        owner: def,
                    });
                }
            }
            if let Some(wc) = &g.where_clause {
                for pred in &wc.predicates {
                    if let syn::WherePredicate::Type(pt) = pred
                        && let syn::Type::Path(tp) = &pt.bounded_ty
                        && tp.qself.is_none()
                        && let Some(ident) = tp.path.get_ident()
                        && let Some(p) = params.iter_mut().find(|p| tp.path.segments.len() == 1 && *ident == p.name)
                    {
                        p.bounds.extend(pt.bounds.iter().cloned());
                    }
                }
            }
        }
        // `impl Trait` arguments are anonymous parameters of the function.
        if let DefKind::Fn(f) = &d.kind {
            for (i, input) in f.sig.inputs.iter().enumerate() {
                if let syn::FnArg::Typed(pt) = input
                    && let syn::Type::ImplTrait(it) = &*pt.ty
                {
                    params.push(GenericParam {
                        name: format!("impl#{i}"),
                        bounds: it.bounds.iter().cloned().collect(),
                        owner: def,
                    });
                }
            }
        }
        let params = std::rc::Rc::new(params);
        self.generics_cache.borrow_mut().insert(def, params.clone());
        params
    }

    /// The const generic parameters of an item and of its impl or trait.
    pub fn const_params_of(&self, def: DefId) -> Vec<String> {
        let d = self.program.def(def);
        let mut out = Vec::new();
        if let Some(parent) = d.parent
            && matches!(self.program.def(parent).kind, DefKind::Impl(..) | DefKind::Trait(..))
        {
            out = self.const_params_of(parent);
        }
        let generics = match &d.kind {
            DefKind::Fn(f) => Some(&f.sig.generics),
            DefKind::Struct(s) => Some(&s.generics),
            DefKind::Enum(e, _) => Some(&e.generics),
            DefKind::Impl(im, _) => Some(&im.generics),
            DefKind::Trait(t, _) => Some(&t.generics),
            _ => None,
        };
        if let Some(g) = generics {
            out.extend(g.const_params().map(|c| c.ident.to_string()));
        }
        out
    }

    /// The traits a generic parameter's bounds name.
    pub fn bound_traits(&self, p: &GenericParam) -> Vec<DefId> {
        let module = self.program.def(p.owner).module;
        p.bounds
            .iter()
            .filter_map(|b| match b {
                syn::TypeParamBound::Trait(tb) => {
                    let segs: Vec<String> = tb.path.segments.iter().map(|s| s.ident.to_string()).collect();
                    match self.program.resolve_path(module, &segs, true) {
                        Ok(r) if r.len == segs.len() => match r.res {
                            Res::Def(d) if matches!(self.program.def(d).kind, DefKind::Trait(..)) => Some(d),
                            _ => None,
                        },
                        _ => None,
                    }
                }
                _ => None,
            })
            .collect()
    }

    /// The trait among `traits` (and their supertraits) that declares associated type `name`.
    pub fn trait_with_assoc(&self, traits: &[DefId], name: &str, depth: u32) -> Option<DefId> {
        if depth > 8 {
            return None;
        }
        for &t in traits {
            let DefKind::Trait(item, items) = &self.program.def(t).kind else { continue };
            if items.get(name).is_some_and(|&i| matches!(self.program.def(i).kind, DefKind::AssocType)) {
                return Some(t);
            }
            let supers = self.bound_traits(&GenericParam {
                name: "Self".into(),
                bounds: item.supertraits.iter().cloned().collect(),
                owner: t,
            });
            if let Some(found) = self.trait_with_assoc(&supers, name, depth + 1) {
                return Some(found);
            }
        }
        None
    }

    /// The environment of an instance of `def` with these arguments.
    pub fn env_of(&self, def: DefId, args: &[Ty]) -> Env {
        let params = self.generics_of(def);
        let mut env =
            Env { module: Some(self.program.def(def).module), consts: self.const_params_of(def), ..Env::default() };
        for (p, a) in params.iter().zip(args) {
            if p.name == "Self" {
                env.self_ty = Some(a.clone());
                env.self_trait = Some(p.owner);
            } else {
                env.params.insert(p.name.clone(), a.clone());
                env.bounds.insert(p.name.clone(), self.bound_traits(p));
            }
        }
        if let Some(imp) = self.enclosing_impl(def) {
            env.self_trait = self.impl_trait(imp);
        }
        if env.self_ty.is_none()
            && let Some(imp) = self.enclosing_impl(def)
            && let DefKind::Impl(im, _) = &self.program.def(imp).kind
        {
            let mut sealed = Table::default();
            sealed.sealed = std::env::var("WR_DEBUG").is_ok();
            let self_ty = self.ty_from_syn(&im.self_ty, &env, &mut sealed);
            env.self_ty = self_ty.ok();
        }
        env
    }

    /// The impl an item is in, or the item itself if it is an impl.
    pub fn enclosing_impl(&self, def: DefId) -> Option<DefId> {
        let d = self.program.def(def);
        if matches!(d.kind, DefKind::Impl(..)) {
            return Some(def);
        }
        let parent = d.parent?;
        matches!(self.program.def(parent).kind, DefKind::Impl(..)).then_some(parent)
    }

    /// The span of a syntax node in the file of `def`.
    pub fn span_in(&self, module: DefId, node: &impl Spanned) -> Span {
        wasmrust_resolve::span_in(self.program.def(module).file, node.span())
    }

    /// Converts a written type. `_` and omitted generic arguments become variables of `table`.
    pub fn ty_from_syn(&self, ty: &syn::Type, env: &Env, table: &mut Table) -> Result<Ty, Diagnostic> {
        let module = env.module.expect("types resolve in a module");
        let span = || self.span_in(module, ty);
        match ty {
            syn::Type::Path(tp) => {
                if let Some(q) = &tp.qself {
                    // `<T as Trait>::Name`
                    let self_ty = self.ty_from_syn(&q.ty, env, table)?;
                    let segs: Vec<String> = tp.path.segments.iter().map(|s| s.ident.to_string()).collect();
                    let trait_path = &segs[..q.position];
                    let trait_def = match self.program.resolve_path(module, trait_path, true) {
                        Ok(r) if r.len == trait_path.len() => match r.res {
                            Res::Def(d) => d,
                            _ => return Err(Diagnostic::new(codes::UNRESOLVED, span(), "expected a trait")),
                        },
                        _ => return Err(Diagnostic::new(codes::UNRESOLVED, span(), "cannot resolve trait")),
                    };
                    let name = segs.last().expect("qualified path has a name");
                    return Ok(self.project(self_ty, Some(trait_def), name, table, span()));
                }
                self.path_ty(&tp.path, env, table, span())
            }
            syn::Type::Reference(r) => {
                let inner = self.ty_from_syn(&r.elem, env, table)?;
                let m = if r.mutability.is_some() { Mutability::Mut } else { Mutability::Not };
                Ok(Ty::Ref(m, Rc::new(inner)))
            }
            syn::Type::Tuple(t) => {
                if t.elems.is_empty() {
                    return Ok(Ty::Unit);
                }
                let elems: Result<Vec<Ty>, _> = t.elems.iter().map(|e| self.ty_from_syn(e, env, table)).collect();
                Ok(Ty::Tuple(elems?.into()))
            }
            syn::Type::Array(a) => {
                let elem = self.ty_from_syn(&a.elem, env, table)?;
                if let syn::Expr::Path(p) = &a.len
                    && let Some(ident) = p.path.get_ident()
                    && env.consts.iter().any(|c| ident == c)
                {
                    return Ok(Ty::Array(Rc::new(elem), Ty::ANY_LEN));
                }
                let len = self.const_usize(&a.len, env).ok_or_else(|| {
                    Diagnostic::unsupported(self.span_in(module, &a.len), "array lengths other than constants are")
                })?;
                Ok(Ty::Array(Rc::new(elem), len))
            }
            syn::Type::Slice(s) => Ok(Ty::Slice(Rc::new(self.ty_from_syn(&s.elem, env, table)?))),
            syn::Type::Infer(_) => Ok(table.fresh(VarKind::Any)),
            syn::Type::Never(_) => Ok(Ty::Never),
            syn::Type::Paren(p) => self.ty_from_syn(&p.elem, env, table),
            syn::Type::Group(g) => self.ty_from_syn(&g.elem, env, table),
            syn::Type::ImplTrait(_) => Err(Diagnostic::unsupported(span(), "`impl Trait` in this position is")),
            syn::Type::TraitObject(_) => Err(Diagnostic::unsupported(span(), "trait objects (`dyn Trait`) are")),
            syn::Type::BareFn(_) => Err(Diagnostic::unsupported(span(), "function pointer types are")),
            syn::Type::Ptr(_) => Err(Diagnostic::unsupported(span(), "raw pointers are")),
            syn::Type::Macro(_) => Err(Diagnostic::unsupported(span(), "macros in type position are")),
            _ => Err(Diagnostic::unsupported(span(), "this kind of type is")),
        }
    }

    /// Evaluates an array length: an integer literal or a `const` item of one.
    pub fn const_usize(&self, expr: &syn::Expr, env: &Env) -> Option<u64> {
        match expr {
            syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Int(i), .. }) => i.base10_parse().ok(),
            syn::Expr::Path(p) => {
                let segs: Vec<String> = p.path.segments.iter().map(|s| s.ident.to_string()).collect();
                let r = self.program.resolve_path(env.module?, &segs, false).ok()?;
                let Res::Def(d) = r.res else { return None };
                match &self.program.def(d).kind {
                    DefKind::Const(_, Some(e)) => {
                        let env = Env { module: Some(self.program.def(d).module), ..Env::default() };
                        self.const_usize(e, &env)
                    }
                    _ => None,
                }
            }
            syn::Expr::Binary(b) => {
                let (l, r) = (self.const_usize(&b.left, env)?, self.const_usize(&b.right, env)?);
                match b.op {
                    syn::BinOp::Add(_) => l.checked_add(r),
                    syn::BinOp::Sub(_) => l.checked_sub(r),
                    syn::BinOp::Mul(_) => l.checked_mul(r),
                    syn::BinOp::Div(_) => l.checked_div(r),
                    _ => None,
                }
            }
            syn::Expr::Paren(p) => self.const_usize(&p.expr, env),
            syn::Expr::Block(b) if b.block.stmts.len() == 1 => match &b.block.stmts[0] {
                syn::Stmt::Expr(e, None) => self.const_usize(e, env),
                _ => None,
            },
            _ => None,
        }
    }

    /// The generic arguments written on a path segment, converted.
    pub fn segment_args(
        &self,
        seg: &syn::PathSegment,
        env: &Env,
        table: &mut Table,
    ) -> Result<Option<Vec<Ty>>, Diagnostic> {
        match &seg.arguments {
            syn::PathArguments::None => Ok(None),
            syn::PathArguments::AngleBracketed(ab) => {
                let mut out = Vec::new();
                for a in &ab.args {
                    match a {
                        syn::GenericArgument::Type(t) => out.push(self.ty_from_syn(t, env, table)?),
                        syn::GenericArgument::Lifetime(_) => {}
                        // `Iterator<Item = T>` constraints: known from the impls once the type is.
                        syn::GenericArgument::AssocType(_) => {}
                        other => {
                            let module = env.module.expect("module");
                            return Err(Diagnostic::unsupported(
                                self.span_in(module, other),
                                "this generic argument is",
                            ));
                        }
                    }
                }
                Ok(Some(out))
            }
            syn::PathArguments::Parenthesized(p) => {
                let module = env.module.expect("module");
                Err(Diagnostic::unsupported(self.span_in(module, p), "`Fn(..)` sugar in this position is"))
            }
        }
    }

    /// Fills an ADT's or alias's arguments: as written, or fresh variables when omitted.
    pub fn fill_args(
        &self,
        def: DefId,
        written: Option<Vec<Ty>>,
        table: &mut Table,
        span: Span,
    ) -> Result<Vec<Ty>, Diagnostic> {
        let n = self.generics_of(def).len();
        match written {
            Some(w) if w.len() == n => Ok(w),
            Some(w) => Err(Diagnostic::new(
                codes::ARGUMENT_COUNT,
                span,
                format!(
                    "{} takes {n} generic argument{} but {} generic argument{} supplied",
                    self.program.def(def).name,
                    if n == 1 { "" } else { "s" },
                    w.len(),
                    if w.len() == 1 { " was" } else { "s were" }
                ),
            )),
            None => Ok((0..n).map(|_| table.fresh(VarKind::Any)).collect()),
        }
    }

    fn path_ty(&self, path: &syn::Path, env: &Env, table: &mut Table, span: Span) -> Result<Ty, Diagnostic> {
        let module = env.module.expect("module");
        let segs: Vec<String> = path.segments.iter().map(|s| s.ident.to_string()).collect();
        let first = &segs[0];
        // Generic parameters and `Self` first, with associated types after them.
        let (base, consumed) = if !segs.is_empty() && env.params.contains_key(first.as_str()) {
            (env.params[first.as_str()].clone(), 1)
        } else if first == "Self" {
            let Some(s) = env.self_ty.clone() else {
                return Err(Diagnostic::new(codes::UNRESOLVED, span, "cannot find type `Self` in this scope"));
            };
            (s, 1)
        } else {
            let r = self
                .program
                .resolve_path(module, &segs, true)
                .map_err(|m| Diagnostic::new(codes::UNRESOLVED, span, m))?;
            let last = &path.segments[r.len - 1];
            let written = self.segment_args(last, env, table)?;
            let ty = match r.res {
                Res::Prim(name) => {
                    prim_ty(&name).ok_or_else(|| Diagnostic::unsupported(span, format!("`{name}` is")))?
                }
                Res::Def(d) => match &self.program.def(d).kind {
                    DefKind::Struct(_) if self.program.lang.get("raw_array") == Some(&d) => {
                        let args = self.fill_args(d, written, table, span)?;
                        Ty::RawArray(Rc::new(args[0].clone()))
                    }
                    DefKind::Struct(_) | DefKind::Enum(..) => {
                        let args = self.fill_args(d, written, table, span)?;
                        self.adt_ty(d, args)
                    }
                    DefKind::TypeAlias(t, generics) => {
                        let mut alias_env = Env { module: Some(self.program.def(d).module), ..Env::default() };
                        let names: Vec<String> = generics
                            .params
                            .iter()
                            .filter_map(|p| match p {
                                syn::GenericParam::Type(tp) => Some(tp.ident.to_string()),
                                _ => None,
                            })
                            .collect();
                        let args = written.unwrap_or_else(|| names.iter().map(|_| table.fresh(VarKind::Any)).collect());
                        for (n, a) in names.iter().zip(args) {
                            alias_env.params.insert(n.clone(), a);
                        }
                        alias_env.self_ty = env.self_ty.clone();
                        // An associated type of an impl resolves in the impl's environment.
                        if let Some(p) = self.program.def(d).parent
                            && matches!(self.program.def(p).kind, DefKind::Impl(..))
                        {
                            alias_env.params.extend(env.params.clone());
                        }
                        self.ty_from_syn(t, &alias_env, table)?
                    }
                    DefKind::Trait(..) => {
                        return Err(Diagnostic::unsupported(span, "trait objects (`dyn Trait`) are"));
                    }
                    _ => {
                        return Err(Diagnostic::new(
                            codes::UNRESOLVED,
                            span,
                            format!("expected type, found `{}`", segs[..r.len].join("::")),
                        ));
                    }
                },
            };
            (ty, r.len)
        };
        // Remaining segments are associated types: `T::Item`, `Self::Output`, of the trait
        // that the parameter's bounds (or `Self`'s trait) name.
        let mut ty = base;
        for (k, name) in segs[consumed..].iter().enumerate() {
            let tr = if k > 0 || consumed != 1 {
                None
            } else if first == "Self" {
                env.self_trait.and_then(|t| self.trait_with_assoc(&[t], name, 0))
            } else {
                env.bounds.get(first.as_str()).and_then(|b| self.trait_with_assoc(b, name, 0))
            };
            ty = self.project(ty, tr, name, table, span);
        }
        Ok(ty)
    }

    /// The type of an ADT with these arguments; `Box<T>` is an ADT like any other.
    pub fn adt_ty(&self, def: DefId, args: Vec<Ty>) -> Ty {
        Ty::Adt(AdtId(def.0), args.into())
    }

    /// `<self_ty as Trait>::name`: resolved now if the type is known, else a variable that
    /// [`crate::body::FnCx`] resolves once it is.
    pub fn project(&self, self_ty: Ty, trait_def: Option<DefId>, name: &str, table: &mut Table, span: Span) -> Ty {
        let resolved = table.resolve(&self_ty);
        if !matches!(resolved, Ty::Infer(_))
            && let Some(t) = self.normalize(&resolved, trait_def, name, table)
        {
            return t;
        }
        let var = table.fresh(VarKind::Any);
        table.pending.push(Projection { self_ty, trait_def, name: name.to_string(), var: var.clone(), span });
        var
    }

    /// The layout of an ADT instance, registered so the emitter can find it.
    pub fn layout(&self, ty: &Ty) -> AdtLayout {
        // After an error a type may still hold variables; they mean `()` from here on.
        let owned;
        let ty = if ty.has_infer() {
            owned = crate::body::replace_infer(ty);
            &owned
        } else {
            ty
        };
        if let Some(l) = self.adts.borrow().get(ty) {
            return l.clone();
        }
        let Ty::Adt(id, args) = ty else { panic!("layout of a non-ADT {ty:?}") };
        let def = DefId(id.0);
        let env = self.env_of(def, args);
        let mut table = Table::default();
        let conv = |t: &syn::Type, table: &mut Table| {
            self.ty_from_syn(t, &env, table).unwrap_or_else(|d| {
                self.report(d);
                Ty::Unit
            })
        };
        let fields_of = |fields: &syn::Fields, table: &mut Table| -> Vec<Ty> {
            fields.iter().map(|f| conv(&f.ty, table)).collect()
        };
        let name = self.ty_name(ty);
        let is_copy =
            self.program.lang.get("copy").is_some_and(|&c| self.find_impl(c, ty, &mut Table::default()).is_some());
        let layout = match &self.program.def(def).kind {
            DefKind::Struct(s) => AdtLayout {
                name,
                is_enum: false,
                variants: vec![fields_of(&s.fields, &mut table)],
                variant_names: vec![s.ident.to_string()],
                is_copy,
            },
            DefKind::Enum(e, _) => AdtLayout {
                name,
                is_enum: true,
                variants: e.variants.iter().map(|v| fields_of(&v.fields, &mut table)).collect(),
                variant_names: e.variants.iter().map(|v| v.ident.to_string()).collect(),
                is_copy,
            },
            other => panic!("layout of {other:?}"),
        };
        self.adts.borrow_mut().insert(ty.clone(), layout.clone());
        layout
    }

    /// The field names of a struct or of a variant (tuple fields are `0`, `1`...).
    pub fn field_names(&self, def: DefId, variant: u32) -> Vec<String> {
        let fields = match &self.program.def(def).kind {
            DefKind::Struct(s) => &s.fields,
            DefKind::Enum(e, _) => &e.variants[variant as usize].fields,
            _ => return Vec::new(),
        };
        fields
            .iter()
            .enumerate()
            .map(|(i, f)| f.ident.as_ref().map_or_else(|| i.to_string(), ToString::to_string))
            .collect()
    }

    /// A type as rustc prints it in messages.
    pub fn ty_name(&self, ty: &Ty) -> String {
        match ty {
            Ty::Int(i) => i.name().into(),
            Ty::Float(f) => f.name().into(),
            Ty::Bool => "bool".into(),
            Ty::Char => "char".into(),
            Ty::Unit => "()".into(),
            Ty::Never => "!".into(),
            Ty::Str => "str".into(),
            Ty::Tuple(ts) => {
                let inner: Vec<String> = ts.iter().map(|t| self.ty_name(t)).collect();
                if ts.len() == 1 { format!("({},)", inner[0]) } else { format!("({})", inner.join(", ")) }
            }
            Ty::Adt(id, args) => {
                let name = self.program.def(DefId(id.0)).name.clone();
                if args.is_empty() {
                    name
                } else {
                    let inner: Vec<String> = args.iter().map(|t| self.ty_name(t)).collect();
                    format!("{name}<{}>", inner.join(", "))
                }
            }
            Ty::Array(t, n) => format!("[{}; {n}]", self.ty_name(t)),
            Ty::Slice(t) => format!("[{}]", self.ty_name(t)),
            Ty::Ref(Mutability::Not, t) => format!("&{}", self.ty_name(t)),
            Ty::Ref(Mutability::Mut, t) => format!("&mut {}", self.ty_name(t)),
            Ty::RawArray(t) => format!("RawArray<{}>", self.ty_name(t)),
            Ty::Closure(_) => "{closure}".into(),
            Ty::Infer(_) => "_".into(),
        }
    }
}

/// A projection `<self_ty as trait>::name` waiting for its self type to be known.
#[derive(Debug, Clone)]
pub struct Projection {
    /// The type projected from.
    pub self_ty: Ty,
    /// The trait, if written.
    pub trait_def: Option<DefId>,
    /// The associated type's name.
    pub name: String,
    /// The variable standing for the result.
    pub var: Ty,
    /// Where it was written.
    pub span: Span,
}

/// A primitive type by name.
pub fn prim_ty(name: &str) -> Option<Ty> {
    if let Some(i) = IntTy::from_name(name) {
        return Some(Ty::Int(i));
    }
    Some(match name {
        "f32" => Ty::Float(FloatTy::F32),
        "f64" => Ty::Float(FloatTy::F64),
        "bool" => Ty::Bool,
        "char" => Ty::Char,
        "str" => Ty::Str,
        _ => return None,
    })
}
