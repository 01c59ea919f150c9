//! The front end's first pass: every file of a program parsed, its items in one table, and
//! path resolution over the module tree.
//!
//! A program is several crates: the core library (crate 0, whose root stands for `std`,
//! `core` and `alloc`), then the user's crates. [`Program::load`] parses each crate from its
//! root file, following `mod name;` to files beside it, and collects every item into
//! [`Program::defs`]. Bodies stay `syn` syntax: the type checker reads them per instance
//! (it is a template-style checker, see `wasmrust-typeck`), asking this crate to resolve
//! paths in the scope of the module they appear in.
//!
//! **Architecture Invariant.** This crate knows names, not types: it never looks inside a
//! function body, and it resolves `use` declarations lazily, so that the order of items in
//! a module does not matter, as in Rust.

mod derive;
pub mod macros;
mod paths;

use std::cell::RefCell;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::rc::Rc;

use proc_macro2::Span as SynSpan;
use syn::spanned::Spanned;
use wasmrust_diag::{Diagnostic, FileId, Pos, SourceFile, SourceMap, Span, codes};

pub use paths::{Res, Resolved};

/// Index of an item in [`Program::defs`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct DefId(pub u32);

/// One crate to load.
#[derive(Debug, Clone)]
pub struct CrateSource {
    /// The name code uses for it (`my_lib`).
    pub name: String,
    /// Where its root file is read from; `None` for in-memory sources.
    pub root_path: Option<PathBuf>,
    /// The root file's text and display name.
    pub root: SourceFile,
    /// Compiled with `cfg(test)`.
    pub cfg_test: bool,
}

/// A crate of the program.
#[derive(Debug, Clone)]
pub struct Crate {
    /// Its name.
    pub name: String,
    /// Its root module.
    pub root: DefId,
}

/// An item.
#[derive(Debug, Clone)]
pub struct Def {
    /// Its name (`{impl}` for impls).
    pub name: String,
    /// What it is.
    pub kind: DefKind,
    /// The module, impl, trait or enum it is in; `None` for crate roots.
    pub parent: Option<DefId>,
    /// The module whose scope its body's paths resolve in.
    pub module: DefId,
    /// The file it is in.
    pub file: FileId,
    /// The crate it is in (0 is the core library).
    pub krate: u32,
    /// Where its name is.
    pub span: Span,
    /// Its attributes.
    pub attrs: Rc<[syn::Attribute]>,
}

/// Item kinds. The syntax is shared (`Rc`), never copied.
#[derive(Debug, Clone)]
pub enum DefKind {
    /// A module.
    Mod(Rc<ModData>),
    /// A struct.
    Struct(Rc<syn::ItemStruct>),
    /// An enum.
    Enum(Rc<syn::ItemEnum>, Vec<DefId>),
    /// A variant of the parent enum.
    Variant(u32),
    /// A function: free, in an impl, or in a trait (with or without a default body).
    Fn(Rc<FnDef>),
    /// A `const` (free, associated, or a trait's).
    Const(Rc<syn::Type>, Option<Rc<syn::Expr>>),
    /// A `static`.
    Static(Rc<syn::ItemStatic>),
    /// A trait and its items by name.
    Trait(Rc<syn::ItemTrait>, HashMap<String, DefId>),
    /// An impl block and its items by name.
    Impl(Rc<syn::ItemImpl>, HashMap<String, DefId>),
    /// A type alias, or an associated type in an impl (`type Item = T;`).
    TypeAlias(Rc<syn::Type>, Rc<syn::Generics>),
    /// An associated type declared by a trait.
    AssocType,
    /// A `macro_rules!` macro.
    Macro(Rc<syn::ItemMacro>),
}

/// A function's syntax.
#[derive(Debug)]
pub struct FnDef {
    /// The signature.
    pub sig: syn::Signature,
    /// The body; `None` for a trait method without a default.
    pub body: Option<syn::Block>,
}

/// A module's names.
#[derive(Debug, Default)]
pub struct ModData {
    /// Items in the type namespace (modules, types, traits).
    pub types: HashMap<String, DefId>,
    /// Items in the value namespace (functions, constants, statics, constructors).
    pub values: HashMap<String, DefId>,
    /// Macros defined here.
    pub macros: HashMap<String, DefId>,
    /// `use` declarations.
    pub uses: Vec<UseDecl>,
    /// Resolved `use` bindings, filled lazily: (namespace is types, name) to the target.
    resolved: RefCell<HashMap<(bool, String), Option<DefId>>>,
    /// The items declared inside a function body: names not found here are looked up in
    /// the enclosing module.
    pub block_scope: bool,
}

/// One `use` binding: `use a::b::c as name;` or `use a::b::*;`.
#[derive(Debug, Clone)]
pub struct UseDecl {
    /// The path imported from (for globs, the module or enum whose items are imported).
    pub path: Vec<String>,
    /// The name bound; `None` for a glob.
    pub name: Option<String>,
    /// Where the declaration is.
    pub span: Span,
}

/// The whole program's items.
#[derive(Debug, Default)]
pub struct Program {
    /// Every source file.
    pub sources: SourceMap,
    /// Every item.
    pub defs: Vec<Def>,
    /// The crates; index 0 is the core library.
    pub crates: Vec<Crate>,
    /// Every impl block, for method and trait lookup.
    pub impls: Vec<DefId>,
    /// Items of the core library the compiler knows by role (`#[lang = "..."]`).
    pub lang: HashMap<String, DefId>,
    /// Functions whose bodies declare items: the scope module holding them.
    pub fn_scopes: HashMap<DefId, DefId>,
}

/// A span from `syn`, in a given file.
pub fn span_in(file: FileId, span: SynSpan) -> Span {
    let (start, end) = (span.start(), span.end());
    Span {
        file,
        start: Pos { line: start.line as u32, col: start.column as u32 + 1 },
        end: Pos { line: end.line as u32, col: end.column as u32 + 1 },
    }
}

impl Program {
    /// Parses the core library (from `core_sources`: root first, then `mod` files by path)
    /// and the given crates. Later crates may use earlier ones by name.
    pub fn load(core_sources: &[(&str, &str)], crates: &[CrateSource]) -> Result<Program, Vec<Diagnostic>> {
        let mut loader = Loader {
            program: Program::default(),
            diagnostics: Vec::new(),
            core_files: core_sources,
            macros: HashMap::new(),
        };
        let (core_root, core_text) = core_sources[0];
        loader.load_crate(
            "core",
            None,
            SourceFile { name: format!("<core>/{core_root}"), text: core_text.to_string() },
            false,
        );
        for krate in crates {
            loader.load_crate(&krate.name, krate.root_path.as_deref(), krate.root.clone(), krate.cfg_test);
        }
        if loader.diagnostics.is_empty() { Ok(loader.program) } else { Err(loader.diagnostics) }
    }

    /// The item with this id.
    pub fn def(&self, id: DefId) -> &Def {
        &self.defs[id.0 as usize]
    }

    /// A core-library item by its role; the core library defines every role the compiler uses.
    pub fn lang(&self, name: &str) -> DefId {
        *self.lang.get(name).unwrap_or_else(|| panic!("the core library has no `#[lang = \"{name}\"]` item"))
    }

    /// The module data of a module item.
    pub fn module(&self, id: DefId) -> &ModData {
        match &self.def(id).kind {
            DefKind::Mod(m) => m,
            other => panic!("{id:?} is not a module but {other:?}"),
        }
    }

    /// The full path of an item, as rustc prints it (`crate_name::module::Item`); the core
    /// library's items print under `std`.
    pub fn path_of(&self, id: DefId) -> String {
        let def = self.def(id);
        match def.parent {
            None => {
                if def.krate == 0 {
                    "std".into()
                } else {
                    self.crates[def.krate as usize].name.clone()
                }
            }
            Some(parent) => {
                if matches!(self.def(parent).kind, DefKind::Impl(..)) {
                    return def.name.clone();
                }
                format!("{}::{}", self.path_of(parent), def.name)
            }
        }
    }

    /// The file's display name.
    pub fn file_name(&self, file: FileId) -> &str {
        &self.sources.file(file).name
    }
}

struct Loader<'a> {
    program: Program,
    diagnostics: Vec<Diagnostic>,
    core_files: &'a [(&'a str, &'a str)],
    /// `macro_rules!` macros of the crate being loaded, in textual order.
    macros: HashMap<String, Rc<syn::ItemMacro>>,
}

/// Where a module's `mod name;` children are found.
struct ModDir {
    /// Directory for child module files; `None` for in-memory crates without paths.
    dir: Option<PathBuf>,
    /// For the core library: the relative directory inside its sources.
    core_dir: Option<String>,
}

impl Loader<'_> {
    fn error(&mut self, d: Diagnostic) {
        self.diagnostics.push(d);
    }

    fn add_def(&mut self, def: Def) -> DefId {
        self.program.defs.push(def);
        DefId(self.program.defs.len() as u32 - 1)
    }

    /// An item that belongs to another (a variant of its enum, an item of its impl or trait).
    #[allow(clippy::too_many_arguments)]
    fn add_member(
        &mut self,
        parent: DefId,
        module: DefId,
        file: FileId,
        krate: u32,
        name: String,
        kind: DefKind,
        span: Span,
        attrs: &[syn::Attribute],
    ) -> DefId {
        self.add_def(Def { name, kind, parent: Some(parent), module, file, krate, span, attrs: attrs.to_vec().into() })
    }

    fn load_crate(&mut self, name: &str, root_path: Option<&Path>, root: SourceFile, cfg_test: bool) {
        let krate = self.program.crates.len() as u32;
        self.macros.clear();
        let file = self.program.sources.add(root);
        let syntax = match syn::parse_file(&self.program.sources.file(file).text) {
            Ok(s) => s,
            Err(e) => {
                self.error(Diagnostic::new(codes::SYNTAX, span_in(file, e.span()), e.to_string()));
                return;
            }
        };
        let root_id = self.add_def(Def {
            name: name.to_string(),
            kind: DefKind::Mod(Rc::default()),
            parent: None,
            module: DefId(0),
            file,
            krate,
            span: Span { file, ..Span::default() },
            attrs: syntax.attrs.clone().into(),
        });
        self.program.defs[root_id.0 as usize].module = root_id;
        self.program.crates.push(Crate { name: name.to_string(), root: root_id });
        let dir = ModDir {
            dir: root_path.and_then(Path::parent).map(Path::to_path_buf),
            core_dir: (krate == 0).then(String::new),
        };
        let data = self.collect_module(root_id, &syntax.items, file, krate, cfg_test, &dir);
        self.program.defs[root_id.0 as usize].kind = DefKind::Mod(Rc::new(data));
    }

    fn collect_module(
        &mut self,
        module: DefId,
        items: &[syn::Item],
        file: FileId,
        krate: u32,
        cfg_test: bool,
        dir: &ModDir,
    ) -> ModData {
        let mut data = ModData::default();
        for item in items {
            if !cfg_enabled(item_attrs(item), cfg_test) {
                continue;
            }
            self.collect_item(module, &mut data, item, file, krate, cfg_test, dir);
        }
        data
    }

    #[allow(clippy::too_many_arguments)]
    fn collect_item(
        &mut self,
        module: DefId,
        data: &mut ModData,
        item: &syn::Item,
        file: FileId,
        krate: u32,
        cfg_test: bool,
        dir: &ModDir,
    ) {
        let attrs: Rc<[syn::Attribute]> = item_attrs(item).to_vec().into();
        // The item's own definition is always the first one this call adds.
        let first = self.program.defs.len() as u32;
        let def = |name: String, kind: DefKind, span: Span| Def {
            name,
            kind,
            parent: Some(module),
            module,
            file,
            krate,
            span,
            attrs: attrs.clone(),
        };
        match item {
            syn::Item::Fn(f) => {
                let name = f.sig.ident.to_string();
                let span = span_in(file, f.sig.ident.span());
                let id = self.add_def(def(
                    name.clone(),
                    DefKind::Fn(Rc::new(FnDef { sig: f.sig.clone(), body: Some((*f.block).clone()) })),
                    span,
                ));
                self.insert(&mut data.values, name, id, span);
                self.collect_body_items(id, module, &f.block, file, krate, cfg_test, dir);
            }
            syn::Item::Struct(s) => {
                let name = s.ident.to_string();
                let span = span_in(file, s.ident.span());
                let id = self.add_def(def(name.clone(), DefKind::Struct(Rc::new(s.clone())), span));
                self.insert(&mut data.types, name.clone(), id, span);
                if !matches!(s.fields, syn::Fields::Named(_)) {
                    data.values.insert(name, id);
                }
                self.derives(module, data, item, &s.attrs, file, krate, cfg_test, dir);
            }
            syn::Item::Enum(e) => {
                let name = e.ident.to_string();
                let span = span_in(file, e.ident.span());
                let id = self.add_def(def(name.clone(), DefKind::Enum(Rc::new(e.clone()), Vec::new()), span));
                let mut variants = Vec::new();
                for (i, v) in e.variants.iter().enumerate() {
                    let vspan = span_in(file, v.ident.span());
                    let vid = self.add_member(
                        id,
                        module,
                        file,
                        krate,
                        v.ident.to_string(),
                        DefKind::Variant(i as u32),
                        vspan,
                        &v.attrs,
                    );
                    variants.push(vid);
                }
                if let DefKind::Enum(_, vs) = &mut self.program.defs[id.0 as usize].kind {
                    *vs = variants;
                }
                self.insert(&mut data.types, name, id, span);
                self.derives(module, data, item, &e.attrs, file, krate, cfg_test, dir);
            }
            syn::Item::Const(c) => {
                let name = c.ident.to_string();
                let span = span_in(file, c.ident.span());
                let kind = DefKind::Const(Rc::new((*c.ty).clone()), Some(Rc::new((*c.expr).clone())));
                let id = self.add_def(def(name.clone(), kind, span));
                self.insert(&mut data.values, name, id, span);
            }
            syn::Item::Static(s) => {
                let name = s.ident.to_string();
                let span = span_in(file, s.ident.span());
                let id = self.add_def(def(name.clone(), DefKind::Static(Rc::new(s.clone())), span));
                self.insert(&mut data.values, name, id, span);
            }
            syn::Item::Type(t) => {
                let name = t.ident.to_string();
                let span = span_in(file, t.ident.span());
                let kind = DefKind::TypeAlias(Rc::new((*t.ty).clone()), Rc::new(t.generics.clone()));
                let id = self.add_def(def(name.clone(), kind, span));
                self.insert(&mut data.types, name, id, span);
            }
            syn::Item::Trait(t) => {
                let name = t.ident.to_string();
                let span = span_in(file, t.ident.span());
                let id = self.add_def(def(name.clone(), DefKind::Trait(Rc::new(t.clone()), HashMap::new()), span));
                let mut items = HashMap::new();
                for ti in &t.items {
                    let (iname, kind, ispan, iattrs) = match ti {
                        syn::TraitItem::Fn(f) => (
                            f.sig.ident.to_string(),
                            DefKind::Fn(Rc::new(FnDef { sig: f.sig.clone(), body: f.default.clone() })),
                            f.sig.ident.span(),
                            &f.attrs,
                        ),
                        syn::TraitItem::Const(c) => (
                            c.ident.to_string(),
                            DefKind::Const(Rc::new(c.ty.clone()), c.default.as_ref().map(|(_, e)| Rc::new(e.clone()))),
                            c.ident.span(),
                            &c.attrs,
                        ),
                        syn::TraitItem::Type(ty) => {
                            (ty.ident.to_string(), DefKind::AssocType, ty.ident.span(), &ty.attrs)
                        }
                        other => {
                            self.error(Diagnostic::unsupported(
                                span_in(file, other.span()),
                                "this kind of trait item is",
                            ));
                            continue;
                        }
                    };
                    let iid =
                        self.add_member(id, module, file, krate, iname.clone(), kind, span_in(file, ispan), iattrs);
                    items.insert(iname, iid);
                }
                if let DefKind::Trait(_, its) = &mut self.program.defs[id.0 as usize].kind {
                    *its = items;
                }
                self.insert(&mut data.types, name, id, span);
            }
            syn::Item::Impl(im) => {
                let span = span_in(file, im.self_ty.span());
                let id = self.add_def(def("{impl}".into(), DefKind::Impl(Rc::new(im.clone()), HashMap::new()), span));
                let mut items = HashMap::new();
                for ii in &im.items {
                    let (iname, kind, ispan, iattrs) = match ii {
                        syn::ImplItem::Fn(f) => (
                            f.sig.ident.to_string(),
                            DefKind::Fn(Rc::new(FnDef { sig: f.sig.clone(), body: Some(f.block.clone()) })),
                            f.sig.ident.span(),
                            &f.attrs,
                        ),
                        syn::ImplItem::Const(c) => (
                            c.ident.to_string(),
                            DefKind::Const(Rc::new(c.ty.clone()), Some(Rc::new(c.expr.clone()))),
                            c.ident.span(),
                            &c.attrs,
                        ),
                        syn::ImplItem::Type(t) => (
                            t.ident.to_string(),
                            DefKind::TypeAlias(Rc::new(t.ty.clone()), Rc::new(t.generics.clone())),
                            t.ident.span(),
                            &t.attrs,
                        ),
                        other => {
                            self.error(Diagnostic::unsupported(
                                span_in(file, other.span()),
                                "this kind of impl item is",
                            ));
                            continue;
                        }
                    };
                    if !cfg_enabled(iattrs, cfg_test) {
                        continue;
                    }
                    let iid =
                        self.add_member(id, module, file, krate, iname.clone(), kind, span_in(file, ispan), iattrs);
                    items.insert(iname, iid);
                    if let syn::ImplItem::Fn(f) = ii {
                        self.collect_body_items(iid, module, &f.block, file, krate, cfg_test, dir);
                    }
                }
                if let DefKind::Impl(_, its) = &mut self.program.defs[id.0 as usize].kind {
                    *its = items;
                }
                self.program.impls.push(id);
            }
            syn::Item::Mod(m) => {
                let name = m.ident.to_string();
                let span = span_in(file, m.ident.span());
                let id = self.add_def(def(name.clone(), DefKind::Mod(Rc::default()), span));
                self.program.defs[id.0 as usize].module = id;
                let child_dir = ModDir {
                    dir: dir.dir.as_ref().map(|d| d.join(&name)),
                    core_dir: dir.core_dir.as_ref().map(|d| format!("{d}{name}/")),
                };
                let child = match &m.content {
                    Some((_, items)) => self.collect_module(id, items, file, krate, cfg_test, &child_dir),
                    None => match self.read_module_file(dir, &name, span) {
                        Some((child_file, syntax)) => {
                            self.collect_module(id, &syntax.items, child_file, krate, cfg_test, &child_dir)
                        }
                        None => ModData::default(),
                    },
                };
                self.program.defs[id.0 as usize].kind = DefKind::Mod(Rc::new(child));
                self.insert(&mut data.types, name, id, span);
            }
            syn::Item::Use(u) => collect_use(&u.tree, Vec::new(), file, &mut data.uses),
            syn::Item::Macro(m) => {
                if let Some(ident) = &m.ident {
                    let name = ident.to_string();
                    let span = span_in(file, ident.span());
                    let id = self.add_def(def(name.clone(), DefKind::Macro(Rc::new(m.clone())), span));
                    data.macros.insert(name.clone(), id);
                    self.macros.insert(name, Rc::new(m.clone()));
                } else {
                    self.expand_items(module, data, m, file, krate, cfg_test, dir);
                }
            }
            syn::Item::ExternCrate(_) => {}
            other => {
                self.error(Diagnostic::unsupported(span_in(file, other.span()), item_construct(other)));
            }
        }
        if let Some(role) = lang_attr(&attrs)
            && self.program.defs.len() as u32 > first
        {
            self.program.lang.insert(role, DefId(first));
        }
    }

    /// Items declared inside a function's body go in a scope module of their own, whose
    /// names shadow the enclosing module's.
    #[allow(clippy::too_many_arguments)]
    fn collect_body_items(
        &mut self,
        function: DefId,
        module: DefId,
        block: &syn::Block,
        file: FileId,
        krate: u32,
        cfg_test: bool,
        dir: &ModDir,
    ) {
        struct Finder(Vec<syn::Item>);
        impl<'ast> syn::visit::Visit<'ast> for Finder {
            fn visit_stmt(&mut self, stmt: &'ast syn::Stmt) {
                match stmt {
                    syn::Stmt::Item(item) => self.0.push(item.clone()),
                    other => syn::visit::visit_stmt(self, other),
                }
            }
        }
        let mut finder = Finder(Vec::new());
        syn::visit::Visit::visit_block(&mut finder, block);
        if finder.0.is_empty() {
            return;
        }
        let name = format!("{{fn {}}}", self.program.def(function).name);
        let span = self.program.def(function).span;
        let scope = self.add_def(Def {
            name,
            kind: DefKind::Mod(Rc::default()),
            parent: Some(module),
            module: DefId(0),
            file,
            krate,
            span,
            attrs: Rc::new([]),
        });
        self.program.defs[scope.0 as usize].module = scope;
        let mut data = self.collect_module(scope, &finder.0, file, krate, cfg_test, dir);
        data.block_scope = true;
        self.program.defs[scope.0 as usize].kind = DefKind::Mod(Rc::new(data));
        self.program.fn_scopes.insert(function, scope);
    }

    /// The impls `#[derive(...)]` asks for, collected beside the item.
    #[allow(clippy::too_many_arguments)]
    fn derives(
        &mut self,
        module: DefId,
        data: &mut ModData,
        item: &syn::Item,
        attrs: &[syn::Attribute],
        file: FileId,
        krate: u32,
        cfg_test: bool,
        dir: &ModDir,
    ) {
        for attr in attrs.iter().filter(|a| a.path().is_ident("derive")) {
            let Ok(paths) =
                attr.parse_args_with(syn::punctuated::Punctuated::<syn::Path, syn::Token![,]>::parse_terminated)
            else {
                continue;
            };
            for path in paths {
                let name = path.segments.last().map(|s| s.ident.to_string()).unwrap_or_default();
                match derive::derive(&name, item) {
                    Ok(impls) => {
                        for im in impls {
                            let mut im = im;
                            // Derived impls report errors at the derive attribute.
                            im.attrs.push(syn::parse_quote!(#[automatically_derived]));
                            self.collect_item(module, data, &syn::Item::Impl(im), file, krate, cfg_test, dir);
                        }
                    }
                    Err(what) => self.error(Diagnostic::unsupported(span_in(file, path.span()), what)),
                }
            }
        }
    }

    /// An item-position macro call: expanded, and its items collected in place.
    #[allow(clippy::too_many_arguments)]
    fn expand_items(
        &mut self,
        module: DefId,
        data: &mut ModData,
        m: &syn::ItemMacro,
        file: FileId,
        krate: u32,
        cfg_test: bool,
        dir: &ModDir,
    ) {
        let span = span_in(file, m.span());
        let name = m.mac.path.segments.last().map(|s| s.ident.to_string()).unwrap_or_default();
        let Some(def) = self.macros.get(&name).cloned() else {
            self.error(Diagnostic::unsupported(span, format!("the `{name}!` macro in item position is")));
            return;
        };
        let tokens = match macros::expand(&def, m.mac.tokens.clone()) {
            Ok(t) => t,
            Err(msg) => return self.error(Diagnostic::new(codes::SYNTAX, span, msg)),
        };
        let items = syn::parse::Parser::parse2(
            |input: syn::parse::ParseStream| {
                let mut items = Vec::new();
                while !input.is_empty() {
                    items.push(input.parse::<syn::Item>()?);
                }
                Ok(items)
            },
            tokens,
        );
        match items {
            Ok(items) => {
                for item in &items {
                    if cfg_enabled(item_attrs(item), cfg_test) {
                        self.collect_item(module, data, item, file, krate, cfg_test, dir);
                    }
                }
            }
            Err(e) => self.error(Diagnostic::new(codes::SYNTAX, span, format!("in the expansion of `{name}!`: {e}"))),
        }
    }

    fn insert(&mut self, ns: &mut HashMap<String, DefId>, name: String, id: DefId, span: Span) {
        if ns.insert(name.clone(), id).is_some() {
            self.error(Diagnostic::new(codes::DUPLICATE, span, format!("the name `{name}` is defined multiple times")));
        }
    }

    /// Finds `name.rs` or `name/mod.rs` for `mod name;`, as rustc does.
    fn read_module_file(&mut self, dir: &ModDir, name: &str, span: Span) -> Option<(FileId, syn::File)> {
        let (display, text) = if let Some(core_dir) = &dir.core_dir {
            let want = [format!("{core_dir}{name}.rs"), format!("{core_dir}{name}/mod.rs")];
            let found = self.core_files.iter().find(|(path, _)| want.contains(&path.to_string()));
            let (path, text) = found.unwrap_or_else(|| panic!("the core library has no file for `mod {name};`"));
            (format!("<core>/{path}"), text.to_string())
        } else {
            let Some(base) = &dir.dir else {
                self.error(Diagnostic::unsupported(span, "`mod name;` in a single-file program is"));
                return None;
            };
            let candidates = [base.join(format!("{name}.rs")), base.join(name).join("mod.rs")];
            let Some(path) = candidates.iter().find(|p| p.is_file()) else {
                self.error(
                    Diagnostic::new(codes::UNRESOLVED, span, format!("file not found for module `{name}`")).with_help(
                        format!("to create the module `{name}`, create file \"{}\"", candidates[0].display()),
                    ),
                );
                return None;
            };
            match std::fs::read_to_string(path) {
                Ok(text) => (relative_display(path), text),
                Err(e) => {
                    self.error(Diagnostic::new(
                        codes::UNRESOLVED,
                        span,
                        format!("cannot read `{}`: {e}", path.display()),
                    ));
                    return None;
                }
            }
        };
        let file = self.program.sources.add(SourceFile { name: display, text });
        match syn::parse_file(&self.program.sources.file(file).text) {
            Ok(s) => Some((file, s)),
            Err(e) => {
                self.error(Diagnostic::new(codes::SYNTAX, span_in(file, e.span()), e.to_string()));
                None
            }
        }
    }
}

/// A path as cargo shows it: relative to the current directory when below it.
fn relative_display(path: &Path) -> String {
    let cwd = std::env::current_dir().ok();
    let shown = cwd.as_deref().and_then(|cwd| path.strip_prefix(cwd).ok()).unwrap_or(path);
    shown.display().to_string()
}

fn collect_use(tree: &syn::UseTree, mut prefix: Vec<String>, file: FileId, out: &mut Vec<UseDecl>) {
    match tree {
        syn::UseTree::Path(p) => {
            prefix.push(p.ident.to_string());
            collect_use(&p.tree, prefix, file, out);
        }
        syn::UseTree::Name(n) => {
            let name = n.ident.to_string();
            if name == "self" {
                let bound = prefix.last().cloned();
                out.push(UseDecl { path: prefix, name: bound, span: span_in(file, n.ident.span()) });
            } else {
                prefix.push(name.clone());
                out.push(UseDecl { path: prefix, name: Some(name), span: span_in(file, n.ident.span()) });
            }
        }
        syn::UseTree::Rename(r) => {
            prefix.push(r.ident.to_string());
            out.push(UseDecl { path: prefix, name: Some(r.rename.to_string()), span: span_in(file, r.ident.span()) });
        }
        syn::UseTree::Group(g) => {
            for t in &g.items {
                collect_use(t, prefix.clone(), file, out);
            }
        }
        syn::UseTree::Glob(g) => out.push(UseDecl { path: prefix, name: None, span: span_in(file, g.span()) }),
    }
}

/// The attributes of an item.
fn item_attrs(item: &syn::Item) -> &[syn::Attribute] {
    match item {
        syn::Item::Const(i) => &i.attrs,
        syn::Item::Enum(i) => &i.attrs,
        syn::Item::ExternCrate(i) => &i.attrs,
        syn::Item::Fn(i) => &i.attrs,
        syn::Item::ForeignMod(i) => &i.attrs,
        syn::Item::Impl(i) => &i.attrs,
        syn::Item::Macro(i) => &i.attrs,
        syn::Item::Mod(i) => &i.attrs,
        syn::Item::Static(i) => &i.attrs,
        syn::Item::Struct(i) => &i.attrs,
        syn::Item::Trait(i) => &i.attrs,
        syn::Item::TraitAlias(i) => &i.attrs,
        syn::Item::Type(i) => &i.attrs,
        syn::Item::Union(i) => &i.attrs,
        syn::Item::Use(i) => &i.attrs,
        _ => &[],
    }
}

/// Evaluates `#[cfg(...)]` attributes: `test` as given, `wasm_gc` true (this is GC mode),
/// `target_arch = "wasm32"` true, everything else false.
pub fn cfg_enabled(attrs: &[syn::Attribute], cfg_test: bool) -> bool {
    attrs
        .iter()
        .filter(|a| a.path().is_ident("cfg"))
        .all(|a| a.parse_args::<syn::Meta>().map(|meta| eval_cfg(&meta, cfg_test)).unwrap_or(false))
}

fn eval_cfg(meta: &syn::Meta, cfg_test: bool) -> bool {
    match meta {
        syn::Meta::Path(p) => {
            if p.is_ident("test") {
                cfg_test
            } else {
                p.is_ident("wasm_gc")
            }
        }
        syn::Meta::NameValue(nv) => {
            let value = match &nv.value {
                syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(s), .. }) => s.value(),
                _ => return false,
            };
            (nv.path.is_ident("target_arch") && value == "wasm32")
                || (nv.path.is_ident("target_pointer_width") && value == "32")
                || (nv.path.is_ident("target_family") && value == "wasm")
        }
        syn::Meta::List(list) => {
            let args = list
                .parse_args_with(syn::punctuated::Punctuated::<syn::Meta, syn::Token![,]>::parse_terminated)
                .unwrap_or_default();
            if list.path.is_ident("not") {
                !args.iter().all(|m| eval_cfg(m, cfg_test))
            } else if list.path.is_ident("all") {
                args.iter().all(|m| eval_cfg(m, cfg_test))
            } else if list.path.is_ident("any") {
                args.iter().any(|m| eval_cfg(m, cfg_test))
            } else {
                false
            }
        }
    }
}

/// `#[lang = "name"]`, the core library's marker for items the compiler knows.
fn lang_attr(attrs: &[syn::Attribute]) -> Option<String> {
    attrs.iter().find_map(|a| match &a.meta {
        syn::Meta::NameValue(nv) if nv.path.is_ident("lang") => match &nv.value {
            syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(s), .. }) => Some(s.value()),
            _ => None,
        },
        _ => None,
    })
}

/// Names an unsupported item kind for diagnostics.
fn item_construct(item: &syn::Item) -> &'static str {
    match item {
        syn::Item::Union(_) => "`union` items are",
        syn::Item::ForeignMod(_) => "`extern` blocks are",
        syn::Item::TraitAlias(_) => "trait aliases are",
        _ => "this kind of item is",
    }
}
