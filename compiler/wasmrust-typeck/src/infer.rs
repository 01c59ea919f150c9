//! The inference table: unification of types with variables, with integer and float
//! literal variables that default to `i32` and `f64` as in rustc.

use std::rc::Rc;

use wasmrust_ir::{FloatTy, IntTy, Ty};

/// What a variable may become.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VarKind {
    /// Any type.
    Any,
    /// An integer type (`{integer}`).
    Int,
    /// A float type (`{float}`).
    Float,
}

/// Unification state. Variables are never unbound once bound; probes roll back by
/// truncating the undo log.
#[derive(Debug, Default, Clone)]
pub struct Table {
    vars: Vec<(VarKind, Option<Ty>)>,
    undo: Vec<u32>,
    /// Associated types waiting for their self type to be known (their variables are this
    /// table's).
    pub pending: Vec<crate::tys::Projection>,
    /// Types converted with this table must not need variables (debugging aid).
    pub sealed: bool,
}

impl Table {
    /// A fresh variable.
    pub fn fresh(&mut self, kind: VarKind) -> Ty {
        assert!(!self.sealed, "a variable made in a sealed table");
        self.vars.push((kind, None));
        Ty::Infer(self.vars.len() as u32 - 1)
    }

    /// Follows bound variables at the top level.
    pub fn shallow(&self, ty: &Ty) -> Ty {
        let mut ty = ty.clone();
        while let Ty::Infer(v) = ty {
            assert!((v as usize) < self.vars.len(), "variable {v} is not from this table (it has {})", self.vars.len());
            match &self.vars[v as usize].1 {
                Some(t) => ty = t.clone(),
                None => break,
            }
        }
        ty
    }

    /// The kind of an unbound variable.
    pub fn kind(&self, var: u32) -> VarKind {
        self.vars[var as usize].0
    }

    /// Resolves every bound variable inside `ty`.
    pub fn resolve(&self, ty: &Ty) -> Ty {
        match self.shallow(ty) {
            Ty::Tuple(ts) => Ty::Tuple(ts.iter().map(|t| self.resolve(t)).collect()),
            Ty::Adt(id, ts) => Ty::Adt(id, ts.iter().map(|t| self.resolve(t)).collect()),
            Ty::Array(t, n) => Ty::Array(Rc::new(self.resolve(&t)), n),
            Ty::Slice(t) => Ty::Slice(Rc::new(self.resolve(&t))),
            Ty::RawArray(t) => Ty::RawArray(Rc::new(self.resolve(&t))),
            Ty::Ref(m, t) => Ty::Ref(m, Rc::new(self.resolve(&t))),
            other => other,
        }
    }

    /// Like [`Table::resolve`], then replaces unbound literal variables by their defaults
    /// (`i32`, `f64`); unbound general variables stay.
    pub fn resolve_defaulted(&mut self, ty: &Ty) -> Ty {
        let ty = self.resolve(ty);
        self.default_vars(&ty);
        self.resolve(&ty)
    }

    fn default_vars(&mut self, ty: &Ty) {
        match ty {
            Ty::Infer(v) => match self.vars[*v as usize].0 {
                VarKind::Int => self.bind(*v, Ty::Int(IntTy::I32)),
                VarKind::Float => self.bind(*v, Ty::Float(FloatTy::F64)),
                VarKind::Any => {}
            },
            Ty::Tuple(ts) | Ty::Adt(_, ts) => ts.iter().for_each(|t| self.default_vars(t)),
            Ty::Array(t, _) | Ty::Slice(t) | Ty::RawArray(t) | Ty::Ref(_, t) => self.default_vars(t),
            _ => {}
        }
    }

    /// Binds every unbound literal variable to its default.
    pub fn default_all_literals(&mut self) {
        for v in 0..self.vars.len() as u32 {
            if self.vars[v as usize].1.is_none() {
                self.default_vars(&Ty::Infer(v));
            }
        }
    }

    fn bind(&mut self, var: u32, ty: Ty) {
        self.vars[var as usize].1 = Some(ty);
        self.undo.push(var);
    }

    /// A point to roll back to.
    pub fn snapshot(&self) -> usize {
        self.undo.len()
    }

    /// Undoes every binding made since the snapshot.
    pub fn rollback(&mut self, snapshot: usize) {
        while self.undo.len() > snapshot {
            let v = self.undo.pop().expect("undo entry");
            self.vars[v as usize].1 = None;
        }
    }

    /// Whether the two unify, without binding anything.
    pub fn can_unify(&mut self, a: &Ty, b: &Ty) -> bool {
        let snap = self.snapshot();
        let ok = self.unify(a, b);
        self.rollback(snap);
        ok
    }

    /// Makes the two types equal, binding variables; `false` if they cannot be (some
    /// bindings may have been made: probe with [`Table::can_unify`] first when that matters).
    pub fn unify(&mut self, a: &Ty, b: &Ty) -> bool {
        let (a, b) = (self.shallow(a), self.shallow(b));
        match (&a, &b) {
            (Ty::Infer(x), Ty::Infer(y)) if x == y => true,
            (Ty::Infer(x), Ty::Infer(y)) => {
                let (kx, ky) = (self.kind(*x), self.kind(*y));
                match (kx, ky) {
                    (VarKind::Any, _) => self.bind(*x, b.clone()),
                    (_, VarKind::Any) => self.bind(*y, a.clone()),
                    _ if kx == ky => self.bind(*x, b.clone()),
                    _ => return false,
                }
                true
            }
            (Ty::Infer(x), other) | (other, Ty::Infer(x)) => {
                let fits = match self.kind(*x) {
                    VarKind::Any => !self.occurs(*x, other),
                    VarKind::Int => matches!(other, Ty::Int(_)),
                    VarKind::Float => matches!(other, Ty::Float(_)),
                };
                if fits {
                    self.bind(*x, other.clone());
                }
                fits
            }
            (Ty::Tuple(xs), Ty::Tuple(ys)) => self.unify_all(xs, ys),
            (Ty::Adt(i, xs), Ty::Adt(j, ys)) => i == j && self.unify_all(xs, ys),
            (Ty::Array(x, n), Ty::Array(y, m)) => {
                (n == m || *n == Ty::ANY_LEN || *m == Ty::ANY_LEN) && self.unify(x, y)
            }
            (Ty::Slice(x), Ty::Slice(y)) | (Ty::RawArray(x), Ty::RawArray(y)) => self.unify(x, y),
            (Ty::Ref(m1, x), Ty::Ref(m2, y)) => m1 == m2 && self.unify(x, y),
            _ => a == b,
        }
    }

    fn unify_all(&mut self, xs: &[Ty], ys: &[Ty]) -> bool {
        xs.len() == ys.len() && xs.iter().zip(ys).all(|(x, y)| self.unify(x, y))
    }

    fn occurs(&self, var: u32, ty: &Ty) -> bool {
        match self.shallow(ty) {
            Ty::Infer(v) => v == var,
            Ty::Tuple(ts) | Ty::Adt(_, ts) => ts.iter().any(|t| self.occurs(var, t)),
            Ty::Array(t, _) | Ty::Slice(t) | Ty::RawArray(t) | Ty::Ref(_, t) => self.occurs(var, &t),
            _ => false,
        }
    }
}
