//! Path resolution: names in the scope of a module, `use` declarations, globs, the prelude.

use crate::{DefId, DefKind, Program};

/// What the resolved prefix of a path names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Res {
    /// An item.
    Def(DefId),
    /// A primitive type (`i32`, `str`, `bool`...), by name.
    Prim(String),
}

/// The result of resolving a path: what its first `len` segments name. The remaining
/// segments are associated items of that type or trait, for the type checker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolved {
    /// What the prefix names.
    pub res: Res,
    /// How many segments the prefix has.
    pub len: usize,
}

const PRIMITIVES: &[&str] = &[
    "i8", "i16", "i32", "i64", "i128", "isize", "u8", "u16", "u32", "u64", "u128", "usize", "f32", "f64", "bool",
    "char", "str",
];

impl Program {
    /// The crate root a module belongs to.
    pub fn crate_root(&self, module: DefId) -> DefId {
        self.crates[self.def(module).krate as usize].root
    }

    fn parent_module(&self, module: DefId) -> Option<DefId> {
        let mut at = self.def(module).parent?;
        loop {
            if matches!(self.def(at).kind, DefKind::Mod(_)) {
                return Some(at);
            }
            at = self.def(at).parent?;
        }
    }

    /// The items a module defines or imports under `name` (not the prelude).
    pub fn module_item(&self, module: DefId, name: &str, types: bool) -> Option<DefId> {
        let data = self.module(module);
        let own = if types { data.types.get(name) } else { data.values.get(name) };
        if let Some(&id) = own {
            return Some(id);
        }
        let key = (types, name.to_string());
        if let Some(cached) = data.resolved.borrow().get(&key) {
            return *cached;
        }
        // Mark in progress, so that cyclic globs terminate.
        data.resolved.borrow_mut().insert(key.clone(), None);
        let mut found = None;
        for u in data.uses.iter().filter(|u| u.name.as_deref() == Some(name)) {
            if let Ok(r) = self.resolve_use(module, &u.path, types)
                && let Res::Def(id) = r
            {
                found = Some(id);
                break;
            }
        }
        if found.is_none() {
            for u in data.uses.iter().filter(|u| u.name.is_none()) {
                let Ok(Res::Def(target)) = self.resolve_use(module, &u.path, true) else { continue };
                found = match &self.def(target).kind {
                    DefKind::Mod(_) => self.module_item(target, name, types),
                    DefKind::Enum(_, variants) => variants.iter().copied().find(|&v| self.def(v).name == name),
                    _ => None,
                };
                if found.is_some() {
                    break;
                }
            }
        }
        data.resolved.borrow_mut().insert(key, found);
        found
    }

    fn resolve_use(&self, module: DefId, path: &[String], types: bool) -> Result<Res, String> {
        let r = self.resolve_path(module, path, types)?;
        if r.len == path.len() { Ok(r.res) } else { Err(format!("unresolved import `{}`", path.join("::"))) }
    }

    /// Looks a single name up in a module's scope: its items and imports, then the
    /// prelude, then crate names and primitive types.
    pub fn lookup(&self, module: DefId, name: &str, types: bool) -> Option<Res> {
        if let Some(id) = self.module_item(module, name, types) {
            return Some(Res::Def(id));
        }
        if self.module(module).block_scope
            && let Some(parent) = self.parent_module(module)
        {
            return self.lookup(parent, name, types);
        }
        let prelude = self.lang.get("prelude").copied();
        if let Some(prelude) = prelude
            && let Some(id) = self.module_item(prelude, name, types)
        {
            return Some(Res::Def(id));
        }
        if types {
            if let Some(root) = self.extern_crate(module, name) {
                return Some(Res::Def(root));
            }
            if PRIMITIVES.contains(&name) {
                return Some(Res::Prim(name.to_string()));
            }
        }
        None
    }

    /// A crate visible by name from `module`: the core library as `std`/`core`/`alloc`, and
    /// user crates loaded before the module's own.
    fn extern_crate(&self, module: DefId, name: &str) -> Option<DefId> {
        if matches!(name, "std" | "core" | "alloc") {
            return Some(self.crates[0].root);
        }
        let own = self.def(module).krate as usize;
        self.crates[1..own.max(1)].iter().find(|c| c.name == name).map(|c| c.root)
    }

    /// Resolves the longest prefix of `segs` that names items (modules, types, traits,
    /// values). `types` says which namespace the last segment is looked up in.
    pub fn resolve_path(&self, module: DefId, segs: &[String], types: bool) -> Result<Resolved, String> {
        let ns_of = |i: usize| if i + 1 == segs.len() { types } else { true };
        let first = segs.first().ok_or("empty path")?;
        let mut at = match first.as_str() {
            "crate" => Res::Def(self.crate_root(module)),
            "self" if segs.len() > 1 => Res::Def(module),
            "super" => Res::Def(self.parent_module(module).ok_or("there are too many leading `super` keywords")?),
            "$crate" => Res::Def(self.crates[0].root),
            name => match self.lookup(module, name, ns_of(0)) {
                Some(r) => r,
                None if !ns_of(0) => {
                    // A value path's first segment may still be a type (`Vec::new`).
                    return Err(format!("cannot find `{name}` in this scope"));
                }
                None => return Err(format!("cannot find `{name}` in this scope")),
            },
        };
        let mut i = 1;
        while i < segs.len() {
            let name = &segs[i];
            let Res::Def(id) = at else { break };
            let next = match &self.def(id).kind {
                DefKind::Mod(_) => {
                    if name == "super" {
                        Some(self.parent_module(id).ok_or("there are too many leading `super` keywords")?)
                    } else {
                        self.module_item(id, name, ns_of(i))
                            .or_else(|| self.module_item(id, name, !ns_of(i)).filter(|_| i + 1 < segs.len()))
                    }
                }
                DefKind::Enum(_, variants) => variants.iter().copied().find(|&v| &self.def(v).name == name),
                // Associated items: the type checker's business.
                _ => break,
            };
            match next {
                Some(n) => at = Res::Def(n),
                None => {
                    if matches!(self.def(id).kind, DefKind::Mod(_)) {
                        let what = if self.def(id).parent.is_none() { "crate" } else { "module" };
                        return Err(format!("cannot find `{name}` in {what} `{}`", self.def(id).name));
                    }
                    break;
                }
            }
            i += 1;
        }
        Ok(Resolved { res: at, len: i })
    }

    /// A `macro_rules!` macro visible from `module` (defined there or in an ancestor).
    pub fn lookup_macro(&self, module: DefId, name: &str) -> Option<DefId> {
        let mut at = Some(module);
        while let Some(m) = at {
            if let Some(&id) = self.module(m).macros.get(name) {
                return Some(id);
            }
            at = self.parent_module(m);
        }
        // `#[macro_export]` macros live at their crate's root.
        self.module(self.crate_root(module)).macros.get(name).copied()
    }
}
