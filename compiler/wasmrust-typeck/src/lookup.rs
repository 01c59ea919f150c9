//! Impls: which impl of a trait applies to a type, associated types, and the impl items a
//! method call or an associated path names.

use wasmrust_ir::Ty;
use wasmrust_resolve::{DefId, DefKind, Res};

use crate::Cx;
use crate::infer::{Table, VarKind};
use crate::tys::Env;

/// An impl instantiated with variables.
#[derive(Debug, Clone)]
pub struct ImplInst {
    /// The impl.
    pub def: DefId,
    /// Its generic arguments.
    pub args: Vec<Ty>,
    /// The trait's arguments (empty for inherent impls).
    pub trait_args: Vec<Ty>,
}

/// How a method takes `self`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SelfKind {
    /// `self` (or `mut self`).
    Value,
    /// `&self`.
    Ref,
    /// `&mut self`.
    RefMut,
    /// No `self`: an associated function.
    None,
}

/// An associated item found for a type.
#[derive(Debug, Clone)]
pub struct AssocPick {
    /// The item (a function or constant; a trait's item when the impl does not override it).
    pub item: DefId,
    /// Arguments for the item's generic parameters that belong to its impl or trait
    /// (`Self` and the trait's, or the impl's); the item's own follow at the call.
    pub parent_args: Vec<Ty>,
}

impl Cx<'_> {
    /// The trait an impl implements, if any.
    pub fn impl_trait(&self, imp: DefId) -> Option<DefId> {
        if let Some(c) = self.impl_trait_cache.borrow().get(&imp) {
            return *c;
        }
        let DefKind::Impl(im, _) = &self.program.def(imp).kind else { return None };
        let result = im.trait_.as_ref().and_then(|(_, path, _)| {
            let segs: Vec<String> = path.segments.iter().map(|s| s.ident.to_string()).collect();
            match self.program.resolve_path(self.program.def(imp).module, &segs, true) {
                Ok(r) if r.len == segs.len() => match r.res {
                    Res::Def(d) if matches!(self.program.def(d).kind, DefKind::Trait(..)) => Some(d),
                    _ => None,
                },
                _ => None,
            }
        });
        self.impl_trait_cache.borrow_mut().insert(imp, result);
        result
    }

    /// What an impl's self type is, at its head, to skip impls that cannot apply without
    /// converting their types (there are hundreds in the core library).
    fn impl_head(&self, imp: DefId) -> Head {
        if let Some(h) = self.impl_heads.borrow().get(&imp) {
            return h.clone();
        }
        let DefKind::Impl(im, _) = &self.program.def(imp).kind else { return Head::Any };
        let params = self.generics_of(imp);
        let head = syn_head(&im.self_ty, &|name| params.iter().any(|p| p.name == name), &|segs| match self
            .program
            .resolve_path(self.program.def(imp).module, segs, true)
        {
            Ok(r) if r.len == segs.len() => match r.res {
                Res::Def(d) => Some(Head::Def(d.0)),
                Res::Prim(p) => Some(Head::Prim(p)),
            },
            _ => None,
        });
        self.impl_heads.borrow_mut().insert(imp, head.clone());
        head
    }

    /// The impl with fresh variables, its self type unified with `self_ty`; `None` (and no
    /// bindings) when it does not apply.
    pub fn match_impl(&self, imp: DefId, self_ty: &Ty, table: &mut Table) -> Option<ImplInst> {
        let want = ty_head(&table.resolve(self_ty), self);
        let have = self.impl_head(imp);
        if want != Head::Any && have != Head::Any && want != have {
            return None;
        }
        let DefKind::Impl(im, _) = &self.program.def(imp).kind else { return None };
        let snap = table.snapshot();
        let params = self.generics_of(imp);
        let args: Vec<Ty> = params.iter().map(|_| table.fresh(VarKind::Any)).collect();
        let mut env = Env {
            module: Some(self.program.def(imp).module),
            consts: self.const_params_of(imp),
            self_trait: self.impl_trait(imp),
            ..Env::default()
        };
        for (p, a) in params.iter().zip(&args) {
            env.params.insert(p.name.clone(), a.clone());
            env.bounds.insert(p.name.clone(), self.bound_traits(p));
        }
        let Ok(impl_self) = self.ty_from_syn(&im.self_ty, &env, table) else {
            table.rollback(snap);
            return None;
        };
        if !table.unify(&impl_self, self_ty) {
            table.rollback(snap);
            return None;
        }
        let mut trait_args = Vec::new();
        if let Some((_, path, _)) = &im.trait_
            && let Some(last) = path.segments.last()
        {
            env.self_ty = Some(impl_self);
            match self.segment_args(last, &env, table) {
                Ok(a) => trait_args = a.unwrap_or_default(),
                Err(_) => {
                    table.rollback(snap);
                    return None;
                }
            }
            if let Some(tr) = self.impl_trait(imp) {
                let self_ty = env.self_ty.clone().unwrap_or(Ty::Unit);
                self.fill_default_trait_args(tr, &self_ty, &mut trait_args, table);
            }
        }
        Some(ImplInst { def: imp, args, trait_args })
    }

    /// Omitted trait arguments take their defaults (`PartialEq<Rhs = Self>`).
    pub fn fill_default_trait_args(&self, tr: DefId, self_ty: &Ty, trait_args: &mut Vec<Ty>, table: &mut Table) {
        let DefKind::Trait(t, _) = &self.program.def(tr).kind else { return };
        let t = t.clone();
        let type_params: Vec<&syn::TypeParam> = t.generics.type_params().collect();
        let mut denv =
            Env { module: Some(self.program.def(tr).module), self_ty: Some(self_ty.clone()), ..Env::default() };
        for (p, a) in type_params.iter().zip(trait_args.iter()) {
            denv.params.insert(p.ident.to_string(), a.clone());
        }
        for p in type_params.iter().skip(trait_args.len()) {
            let Some(default) = &p.default else { break };
            match self.ty_from_syn(default, &denv, table) {
                Ok(d) => {
                    denv.params.insert(p.ident.to_string(), d.clone());
                    trait_args.push(d);
                }
                Err(_) => break,
            }
        }
    }

    /// Whether the impl's bounds on its parameters hold, as far as the types are known.
    fn impl_bounds_hold(&self, inst: &ImplInst, table: &mut Table, depth: u32) -> bool {
        if depth > 4 {
            return true;
        }
        let params = self.generics_of(inst.def);
        for (p, a) in params.iter().zip(&inst.args) {
            let a = table.resolve(a);
            if matches!(a, Ty::Infer(_)) {
                continue;
            }
            let partial = a.has_infer();
            for b in &p.bounds {
                let syn::TypeParamBound::Trait(tb) = b else { continue };
                let segs: Vec<String> = tb.path.segments.iter().map(|s| s.ident.to_string()).collect();
                let Ok(r) = self.program.resolve_path(self.program.def(inst.def).module, &segs, true) else { continue };
                let Res::Def(t) = r.res else { continue };
                if matches!(self.program.def(t).name.as_str(), "Fn" | "FnMut" | "FnOnce") {
                    if !matches!(a, Ty::Closure(_)) {
                        return false;
                    }
                    continue;
                }
                if self.is_builtin_trait(t) {
                    continue;
                }
                let mut targs = Vec::new();
                if let Some(last) = tb.path.segments.last() {
                    let env = self.env_of(inst.def, &inst.args);
                    if let Ok(Some(w)) = self.segment_args(last, &env, table) {
                        targs = w;
                    }
                }
                self.fill_default_trait_args(t, &a, &mut targs, table);
                // A type not fully known only needs some impl that could apply.
                let holds = if partial {
                    self.impl_may_exist(t, &a, table)
                } else {
                    self.find_impl_inner(t, &a, Some(&targs), table, depth + 1, false).is_some()
                };
                if !holds {
                    return false;
                }
            }
        }
        true
    }

    /// Whether some impl of `trait_def` could apply to the partly known `ty`.
    fn impl_may_exist(&self, trait_def: DefId, ty: &Ty, table: &mut Table) -> bool {
        self.program.impls.iter().any(|&imp| {
            if self.impl_trait(imp) != Some(trait_def) {
                return false;
            }
            let snap = table.snapshot();
            let fits = self.match_impl(imp, ty, table).is_some();
            table.rollback(snap);
            fits
        })
    }

    /// Marker traits every type satisfies as far as GC mode cares.
    fn is_builtin_trait(&self, t: DefId) -> bool {
        matches!(self.program.def(t).name.as_str(), "Sized" | "Send" | "Sync")
    }

    /// The impl of `trait_def` for `self_ty`, binding variables to make it apply.
    pub fn find_impl(&self, trait_def: DefId, self_ty: &Ty, table: &mut Table) -> Option<ImplInst> {
        self.find_impl_inner(trait_def, self_ty, None, table, 0, true)
    }

    /// Like [`Cx::find_impl`], with the trait's arguments (`Index<Range<usize>>`) known too.
    pub fn find_impl_with(
        &self,
        trait_def: DefId,
        self_ty: &Ty,
        trait_args: &[Ty],
        table: &mut Table,
    ) -> Option<ImplInst> {
        self.find_impl_inner(trait_def, self_ty, Some(trait_args), table, 0, true)
    }

    fn match_impl_with(
        &self,
        imp: DefId,
        self_ty: &Ty,
        trait_args: Option<&[Ty]>,
        table: &mut Table,
    ) -> Option<ImplInst> {
        let snap = table.snapshot();
        let inst = self.match_impl(imp, self_ty, table)?;
        if let Some(want) = trait_args {
            // Trait parameters with defaults (`Rhs = Self`) may be omitted in the impl.
            let n = want.len().min(inst.trait_args.len());
            let ok = inst.trait_args[..n].iter().zip(&want[..n]).all(|(a, b)| table.unify(a, b));
            if !ok {
                table.rollback(snap);
                return None;
            }
        }
        Some(inst)
    }

    fn find_impl_inner(
        &self,
        trait_def: DefId,
        self_ty: &Ty,
        trait_args: Option<&[Ty]>,
        table: &mut Table,
        depth: u32,
        commit: bool,
    ) -> Option<ImplInst> {
        let mut found: Vec<ImplInst> = Vec::new();
        let snap = table.snapshot();
        for &imp in &self.program.impls {
            if self.impl_trait(imp) != Some(trait_def) {
                continue;
            }
            let inner = table.snapshot();
            if let Some(inst) = self.match_impl_with(imp, self_ty, trait_args, table)
                && self.impl_bounds_hold(&inst, table, depth)
            {
                found.push(inst);
            }
            table.rollback(inner);
        }
        table.rollback(snap);
        // Several impls may match a type that is not fully known; then none is chosen yet.
        if found.len() != 1 {
            return None;
        }
        let inst = found.pop()?;
        if commit {
            return self.match_impl_with(inst.def, self_ty, trait_args, table);
        }
        Some(inst)
    }

    /// `<self_ty as Trait>::name`, for a known self type.
    pub fn normalize(&self, self_ty: &Ty, trait_def: Option<DefId>, name: &str, table: &mut Table) -> Option<Ty> {
        // Associated types defined through other associated types recurse; a cycle would
        // mean an impl that cannot apply, so give up deep down.
        let depth = self.normalize_depth.get();
        if depth > 32 {
            return None;
        }
        self.normalize_depth.set(depth + 1);
        let result = self.normalize_inner(self_ty, trait_def, name, table);
        self.normalize_depth.set(depth);
        result
    }

    /// `<self_ty as Trait>::name` for a type not fully known, choosing the impl by what the
    /// projection is already known to be (`Item = usize` picks `Range<usize>` for a range of
    /// `{integer}`); binds the self type's variables through the only impl that fits.
    pub fn normalize_expecting(
        &self,
        self_ty: &Ty,
        trait_def: DefId,
        name: &str,
        expected: &Ty,
        table: &mut Table,
    ) -> Option<Ty> {
        let assoc_of = |imp: DefId, table: &mut Table| -> Option<Ty> {
            let DefKind::Impl(_, items) = &self.program.def(imp).kind else { return None };
            let item = *items.get(name)?;
            let DefKind::TypeAlias(ty, _) = &self.program.def(item).kind else { return None };
            let inst = self.match_impl(imp, self_ty, table)?;
            if !self.impl_bounds_hold(&inst, table, 0) {
                return None;
            }
            let mut env = self.env_of(imp, &inst.args);
            env.self_ty = Some(self_ty.clone());
            self.ty_from_syn(ty, &env, table).ok()
        };
        let mut fitting = Vec::new();
        for &imp in &self.program.impls {
            if self.impl_trait(imp) != Some(trait_def) {
                continue;
            }
            let snap = table.snapshot();
            if let Some(t) = assoc_of(imp, table)
                && table.unify(&t, expected)
            {
                fitting.push(imp);
            }
            table.rollback(snap);
        }
        let [only] = fitting.as_slice() else { return None };
        let t = assoc_of(*only, table)?;
        table.unify(&t, expected);
        Some(t)
    }

    fn normalize_inner(&self, self_ty: &Ty, trait_def: Option<DefId>, name: &str, table: &mut Table) -> Option<Ty> {
        // A type not fully known normalizes only through an impl that is the only one to fit.
        if table.resolve(self_ty).has_infer() {
            let snap = table.snapshot();
            let fitting = self
                .program
                .impls
                .iter()
                .filter(|&&imp| {
                    trait_def.is_none_or(|t| self.impl_trait(imp) == Some(t))
                        && matches!(&self.program.def(imp).kind, DefKind::Impl(_, items) if items.contains_key(name))
                })
                .filter(|&&imp| {
                    let inner = table.snapshot();
                    let ok =
                        self.match_impl(imp, self_ty, table).is_some_and(|inst| self.impl_bounds_hold(&inst, table, 0));
                    table.rollback(inner);
                    ok
                })
                .count();
            table.rollback(snap);
            if fitting != 1 {
                return None;
            }
        }
        for &imp in &self.program.impls {
            if let Some(t) = trait_def
                && self.impl_trait(imp) != Some(t)
            {
                continue;
            }
            let DefKind::Impl(_, items) = &self.program.def(imp).kind else { continue };
            let Some(&item) = items.get(name) else { continue };
            let DefKind::TypeAlias(ty, _) = &self.program.def(item).kind else { continue };
            let snap = table.snapshot();
            let Some(inst) = self.match_impl(imp, self_ty, table) else { continue };
            if !self.impl_bounds_hold(&inst, table, 0) {
                table.rollback(snap);
                continue;
            }
            self.apply_fn_bounds(imp, &inst.args, table, &|id| self.finished_closure_sig(id));
            self.apply_assoc_constraints(imp, &inst.args, table);
            let args: Vec<Ty> = inst.args.iter().map(|a| table.resolve(a)).collect();
            let mut env = self.env_of(imp, &args);
            env.self_ty = Some(self_ty.clone());
            if let Ok(t) = self.ty_from_syn(ty, &env, table) {
                return Some(t);
            }
            table.rollback(snap);
        }
        None
    }

    /// Infers parameters that only `Fn(A) -> R` bounds determine, from the closures the
    /// bounded parameters are (`sig_of` gives a closure's signature).
    pub fn apply_fn_bounds(
        &self,
        def: DefId,
        args: &[Ty],
        table: &mut Table,
        sig_of: &dyn Fn(u32) -> Option<(Vec<Ty>, Ty)>,
    ) {
        let params = self.generics_of(def);
        let env = self.env_of(def, args);
        for (p, a) in params.iter().zip(args) {
            let Ty::Closure(id) = table.resolve(a) else { continue };
            let Some((cparams, cret)) = sig_of(id) else { continue };
            for b in &p.bounds {
                let syn::TypeParamBound::Trait(tb) = b else { continue };
                let Some(last) = tb.path.segments.last() else { continue };
                if !matches!(last.ident.to_string().as_str(), "Fn" | "FnMut" | "FnOnce") {
                    continue;
                }
                let syn::PathArguments::Parenthesized(pa) = &last.arguments else { continue };
                let mut benv = env.clone();
                benv.module = Some(self.program.def(p.owner).module);
                let inputs: Vec<Ty> = pa.inputs.iter().filter_map(|t| self.ty_from_syn(t, &benv, table).ok()).collect();
                let output = match &pa.output {
                    syn::ReturnType::Default => Some(Ty::Unit),
                    syn::ReturnType::Type(_, t) => self.ty_from_syn(t, &benv, table).ok(),
                };
                for (i, c) in inputs.iter().zip(&cparams) {
                    table.unify(i, c);
                }
                if let Some(o) = output {
                    table.unify(&o, &cret);
                }
            }
        }
    }

    /// Infers parameters that only associated-type constraints determine
    /// (`T` in `impl<'a, T, I: Iterator<Item = &'a T>> Iterator for Cloned<I>`).
    pub fn apply_assoc_constraints(&self, def: DefId, args: &[Ty], table: &mut Table) {
        let params = self.generics_of(def);
        let env = self.env_of(def, args);
        for (p, a) in params.iter().zip(args) {
            let a = table.resolve(a);
            if a.has_infer() {
                continue;
            }
            for b in &p.bounds {
                let syn::TypeParamBound::Trait(tb) = b else { continue };
                let Some(last) = tb.path.segments.last() else { continue };
                let syn::PathArguments::AngleBracketed(ab) = &last.arguments else { continue };
                let segs: Vec<String> = tb.path.segments.iter().map(|s| s.ident.to_string()).collect();
                let module = self.program.def(p.owner).module;
                let Ok(r) = self.program.resolve_path(module, &segs, true) else { continue };
                let Res::Def(tr) = r.res else { continue };
                for arg in &ab.args {
                    let syn::GenericArgument::AssocType(at) = arg else { continue };
                    let mut benv = env.clone();
                    benv.module = Some(module);
                    let Ok(want) = self.ty_from_syn(&at.ty, &benv, table) else { continue };
                    if let Some(got) = self.normalize(&a, Some(tr), &at.ident.to_string(), table) {
                        table.unify(&want, &got);
                    }
                }
            }
        }
    }

    /// The signature of a finished closure (from its body function).
    pub fn finished_closure_sig(&self, id: u32) -> Option<(Vec<Ty>, Ty)> {
        if let Some(sig) = self.local_closure_sigs.borrow().get(&id) {
            return Some(sig.clone());
        }
        let func = self.closures.borrow().get(id as usize)?.as_ref()?.func;
        let functions = self.functions.borrow();
        let f = functions.get(func.0 as usize)?.as_ref()?;
        let params = f.params[1..].iter().map(|p| f.locals[p.0 as usize].ty.clone()).collect();
        Some((params, f.ret.clone()))
    }

    /// How a method takes `self`.
    pub fn self_kind(&self, f: DefId) -> SelfKind {
        let DefKind::Fn(fd) = &self.program.def(f).kind else { return SelfKind::None };
        match fd.sig.inputs.first() {
            Some(syn::FnArg::Receiver(r)) => match (&r.reference, r.colon_token) {
                (Some(_), _) if r.mutability.is_some() => SelfKind::RefMut,
                (Some(_), _) => SelfKind::Ref,
                (None, None) => SelfKind::Value,
                (None, Some(_)) => match &*r.ty {
                    syn::Type::Reference(rt) if rt.mutability.is_some() => SelfKind::RefMut,
                    syn::Type::Reference(_) => SelfKind::Ref,
                    _ => SelfKind::Value,
                },
            },
            _ => SelfKind::None,
        }
    }

    /// An associated item named `name` of type `self_ty`: inherent impls first, then trait
    /// impls (the impl's item, or the trait's default). `want_method` skips items without
    /// `self`. Binds variables of `self_ty` to make the impl apply.
    pub fn find_assoc(&self, self_ty: &Ty, name: &str, want_method: bool, table: &mut Table) -> Option<AssocPick> {
        self.find_assoc_kind(self_ty, name, want_method, None, table)
    }

    /// Like [`Cx::find_assoc`], for a method taking `self` the given way.
    pub fn find_method(&self, self_ty: &Ty, name: &str, kind: SelfKind, table: &mut Table) -> Option<AssocPick> {
        self.find_assoc_kind(self_ty, name, true, Some(kind), table)
    }

    fn find_assoc_kind(
        &self,
        self_ty: &Ty,
        name: &str,
        want_method: bool,
        kind: Option<SelfKind>,
        table: &mut Table,
    ) -> Option<AssocPick> {
        let usable = |item: DefId| {
            let def_kind = &self.program.def(item).kind;
            match def_kind {
                DefKind::Fn(_) => {
                    let k = self.self_kind(item);
                    (!want_method || k != SelfKind::None) && kind.is_none_or(|want| want == k)
                }
                DefKind::Const(..) => !want_method,
                _ => false,
            }
        };
        // Inherent impls.
        for &imp in &self.program.impls {
            if self.impl_trait(imp).is_some() {
                continue;
            }
            let DefKind::Impl(_, items) = &self.program.def(imp).kind else { continue };
            let Some(&item) = items.get(name) else { continue };
            if !usable(item) {
                continue;
            }
            if let Some(inst) = self.match_impl(imp, self_ty, table) {
                return Some(AssocPick { item, parent_args: inst.args });
            }
        }
        // Trait impls: the item itself or the trait's default.
        let mut candidates = Vec::new();
        for &imp in &self.program.impls {
            let Some(tr) = self.impl_trait(imp) else { continue };
            let DefKind::Impl(_, items) = &self.program.def(imp).kind else { continue };
            let DefKind::Trait(_, titems) = &self.program.def(tr).kind else { continue };
            let item = match (items.get(name), titems.get(name)) {
                (Some(&i), _) => i,
                (None, Some(&t)) if matches!(&self.program.def(t).kind, DefKind::Fn(f) if f.body.is_some()) => t,
                (None, Some(&t)) if matches!(&self.program.def(t).kind, DefKind::Const(_, Some(_))) => t,
                _ => continue,
            };
            if !usable(item) {
                continue;
            }
            let snap = table.snapshot();
            if let Some(inst) = self.match_impl(imp, self_ty, table)
                && self.impl_bounds_hold(&inst, table, 0)
            {
                candidates.push((imp, item, inst));
            }
            table.rollback(snap);
        }
        if candidates.is_empty() {
            return None;
        }
        // Several impls of one trait fit a type that is not fully known (`(0..26).filter(..)`
        // on a `{integer}` range): call the trait's method and let the impl be chosen when the
        // types are final, instead of committing to the first impl.
        if candidates.len() > 1 {
            let tr = self.impl_trait(candidates[0].0);
            if tr.is_some() && candidates.iter().all(|(imp, _, _)| self.impl_trait(*imp) == tr) {
                let tr = tr.expect("checked");
                let DefKind::Trait(_, titems) = &self.program.def(tr).kind else { return None };
                let item = *titems.get(name)?;
                let n_trait = self.generics_of(tr).len();
                let mut parent_args = vec![self_ty.clone()];
                parent_args.extend((1..n_trait).map(|_| table.fresh(VarKind::Any)));
                return Some(AssocPick { item, parent_args });
            }
        }
        // Several traits have the item: prefer the ones the current item's bounds name
        // (`value.fmt(f)` in `fn entry<T: Debug>` is `Debug::fmt`).
        if candidates.len() > 1 {
            let preferred = self.preferred_traits.borrow();
            if let Some(i) =
                candidates.iter().position(|(imp, _, _)| self.impl_trait(*imp).is_some_and(|t| preferred.contains(&t)))
            {
                let chosen = candidates.swap_remove(i);
                candidates.insert(0, chosen);
            }
        }
        // Ambiguity (a type not yet known) picks the first, as a blanket impl would.
        let (imp, item, _) = candidates.swap_remove(0);
        let inst = self.match_impl(imp, self_ty, table)?;
        let parent_args = if self.program.def(item).parent == Some(imp) {
            inst.args
        } else {
            let mut a = vec![self_ty.clone()];
            a.extend(inst.trait_args);
            a
        };
        Some(AssocPick { item, parent_args })
    }

    /// One step of auto-deref: `&T`/`&mut T`/`Box<T>` to `T`, `Vec<T>` to `[T]`, `String`
    /// to `str`, and any type with a `Deref` impl to its target.
    pub fn deref_step(&self, ty: &Ty, table: &mut Table) -> Option<Ty> {
        match table.shallow(ty) {
            Ty::Ref(_, t) => Some((*t).clone()),
            Ty::Adt(id, args) if self.program.lang.get("owned_box") == Some(&DefId(id.0)) => Some(args[0].clone()),
            t @ Ty::Adt(..) => {
                let deref = *self.program.lang.get("deref")?;
                let snap = table.snapshot();
                if self.find_impl(deref, &t, table).is_some() {
                    table.rollback(snap);
                    self.normalize(&t, Some(deref), "Target", table)
                } else {
                    None
                }
            }
            _ => None,
        }
    }
}

/// The outermost constructor of a type, for a quick "cannot match" test.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Head {
    /// Unknown or a generic parameter: matches anything.
    Any,
    /// A struct or enum (by `DefId` index).
    Def(u32),
    /// A primitive by name (`i32`, `str`).
    Prim(String),
    Ref,
    Tuple,
    Slice,
    Array,
    Unit,
    Closure,
}

fn ty_head(ty: &Ty, cx: &Cx<'_>) -> Head {
    let _ = cx;
    match ty {
        Ty::Infer(_) | Ty::Never => Head::Any,
        Ty::Adt(id, _) => Head::Def(id.0),
        Ty::RawArray(_) => Head::Any,
        Ty::Int(i) => Head::Prim(i.name().into()),
        Ty::Float(f) => Head::Prim(f.name().into()),
        Ty::Bool => Head::Prim("bool".into()),
        Ty::Char => Head::Prim("char".into()),
        Ty::Str => Head::Prim("str".into()),
        Ty::Ref(..) => Head::Ref,
        Ty::Tuple(_) => Head::Tuple,
        Ty::Slice(_) => Head::Slice,
        Ty::Array(..) => Head::Array,
        Ty::Unit => Head::Unit,
        Ty::Closure(_) => Head::Closure,
    }
}

fn syn_head(ty: &syn::Type, is_param: &dyn Fn(&str) -> bool, resolve: &dyn Fn(&[String]) -> Option<Head>) -> Head {
    match ty {
        syn::Type::Reference(_) => Head::Ref,
        syn::Type::Tuple(t) if t.elems.is_empty() => Head::Unit,
        syn::Type::Tuple(_) => Head::Tuple,
        syn::Type::Slice(_) => Head::Slice,
        syn::Type::Array(_) => Head::Array,
        syn::Type::Paren(p) => syn_head(&p.elem, is_param, resolve),
        syn::Type::Group(g) => syn_head(&g.elem, is_param, resolve),
        syn::Type::Path(p) if p.qself.is_none() => {
            let segs: Vec<String> = p.path.segments.iter().map(|s| s.ident.to_string()).collect();
            if segs.len() == 1 && is_param(&segs[0]) {
                return Head::Any;
            }
            // Aliases and `RawArray` resolve to other heads: treat them as unknown.
            match resolve(&segs) {
                Some(Head::Def(d)) => Head::Def(d),
                Some(h @ Head::Prim(_)) => h,
                _ => Head::Any,
            }
        }
        _ => Head::Any,
    }
}
