//! Lowering from `syn`'s syntax tree to the HIR, resolving names on the way.

use std::collections::HashMap;

use proc_macro2::Span as SynSpan;
use quote::ToTokens;
use syn::punctuated::Punctuated;
use syn::spanned::Spanned;
use wasmrust_diag::{Diagnostic, Pos, SourceFile, Span, codes};
use wasmrust_ir::{BinOp, FmtPiece, FuncId, IntTy, LocalId, LoopId, Stream, Ty, UnOp};

use crate::format::{self, FormatError, Hole, RawPiece};
use crate::{Block, Crate, Expr, ExprKind, Format, Function, Lit, Local, Stmt, TypeRef};

/// Parses and lowers a whole source file. Diagnostics are returned in source order; the
/// crate is returned only when there are none.
pub fn lower(file: &SourceFile) -> Result<Crate, Vec<Diagnostic>> {
    let syntax = match syn::parse_file(&file.text) {
        Ok(syntax) => syntax,
        Err(error) => {
            return Err(vec![Diagnostic::new(codes::SYNTAX, span_of(error.span()), error.to_string())]);
        }
    };
    let mut cx = CrateLowering::default();
    cx.collect_items(&syntax.items);
    let mut functions = Vec::new();
    for item in &syntax.items {
        if let syn::Item::Fn(f) = item
            && let Some(function) = FnLowering::new(&mut cx).lower_fn(f)
        {
            functions.push(function);
        }
    }
    if cx.diagnostics.is_empty() { Ok(Crate { functions }) } else { Err(cx.diagnostics) }
}

/// Converts a `proc_macro2` span (1-based lines, 0-based columns) to ours.
fn span_of(span: SynSpan) -> Span {
    let (start, end) = (span.start(), span.end());
    Span {
        start: Pos { line: start.line as u32, col: start.column as u32 + 1 },
        end: Pos { line: end.line as u32, col: end.column as u32 + 1 },
    }
}

fn spanned(node: &impl Spanned) -> Span {
    span_of(node.span())
}

/// What a path can name at crate level.
#[derive(Debug, Clone, Copy)]
enum Builtin {
    Exit,
}

#[derive(Default)]
struct CrateLowering {
    functions: HashMap<String, FuncId>,
    /// `use` declarations: the last segment's name to the full path.
    uses: HashMap<String, Vec<String>>,
    diagnostics: Vec<Diagnostic>,
}

impl CrateLowering {
    fn error(&mut self, diagnostic: Diagnostic) {
        self.diagnostics.push(diagnostic);
    }

    fn collect_items(&mut self, items: &[syn::Item]) {
        let mut next = 0;
        for item in items {
            match item {
                syn::Item::Fn(f) => {
                    let name = f.sig.ident.to_string();
                    if self.functions.insert(name.clone(), FuncId(next)).is_some() {
                        self.error(Diagnostic::new(
                            codes::DUPLICATE,
                            spanned(&f.sig.ident),
                            format!("the name `{name}` is defined multiple times"),
                        ));
                    }
                    next += 1;
                }
                syn::Item::Use(u) => self.collect_use(&u.tree, Vec::new()),
                other => {
                    let what = item_construct(other);
                    self.error(Diagnostic::unsupported(spanned(other), what));
                }
            }
        }
    }

    fn collect_use(&mut self, tree: &syn::UseTree, mut prefix: Vec<String>) {
        match tree {
            syn::UseTree::Path(p) => {
                prefix.push(p.ident.to_string());
                self.collect_use(&p.tree, prefix);
            }
            syn::UseTree::Name(n) => {
                prefix.push(n.ident.to_string());
                self.uses.insert(n.ident.to_string(), prefix);
            }
            syn::UseTree::Rename(r) => {
                prefix.push(r.ident.to_string());
                self.uses.insert(r.rename.to_string(), prefix);
            }
            syn::UseTree::Group(g) => {
                for t in &g.items {
                    self.collect_use(t, prefix.clone());
                }
            }
            syn::UseTree::Glob(g) => self.error(Diagnostic::unsupported(spanned(g), "glob imports are")),
        }
    }
}

/// Names an unsupported item kind for diagnostics.
fn item_construct(item: &syn::Item) -> &'static str {
    match item {
        syn::Item::Struct(_) => "`struct` items are",
        syn::Item::Enum(_) => "`enum` items are",
        syn::Item::Union(_) => "`union` items are",
        syn::Item::Trait(_) => "`trait` items are",
        syn::Item::Impl(_) => "`impl` blocks are",
        syn::Item::Const(_) => "`const` items are",
        syn::Item::Static(_) => "`static` items are",
        syn::Item::Mod(_) => "modules are",
        syn::Item::Type(_) => "type aliases are",
        syn::Item::Macro(_) => "macro definitions are",
        syn::Item::ExternCrate(_) => "`extern crate` is",
        syn::Item::ForeignMod(_) => "`extern` blocks are",
        _ => "this kind of item is",
    }
}

/// Names an unsupported expression kind for diagnostics.
fn expr_construct(expr: &syn::Expr) -> &'static str {
    match expr {
        syn::Expr::Array(_) => "arrays are",
        syn::Expr::Async(_) => "`async` blocks are",
        syn::Expr::Await(_) => "`.await` is",
        syn::Expr::Closure(_) => "closures are",
        syn::Expr::Field(_) => "field access is",
        syn::Expr::Index(_) => "indexing is",
        syn::Expr::Let(_) => "`let` in conditions (`if let`, `while let`) is",
        syn::Expr::Match(_) => "`match` expressions are",
        syn::Expr::MethodCall(_) => "method calls are",
        syn::Expr::Range(_) => "ranges outside `for` loops are",
        syn::Expr::Reference(_) => "references are",
        syn::Expr::Repeat(_) => "array repeat expressions are",
        syn::Expr::Struct(_) => "struct literals are",
        syn::Expr::Try(_) => "the `?` operator is",
        syn::Expr::TryBlock(_) => "`try` blocks are",
        syn::Expr::Tuple(_) => "tuples are",
        syn::Expr::Unsafe(_) => "`unsafe` blocks are",
        syn::Expr::Const(_) => "`const` blocks are",
        syn::Expr::Yield(_) => "`yield` is",
        _ => "this expression is",
    }
}

struct LoopScope {
    label: Option<String>,
    id: LoopId,
}

struct FnLowering<'a> {
    cx: &'a mut CrateLowering,
    locals: Vec<Local>,
    scopes: Vec<HashMap<String, LocalId>>,
    loops: Vec<LoopScope>,
    next_loop: u32,
}

impl<'a> FnLowering<'a> {
    fn new(cx: &'a mut CrateLowering) -> Self {
        FnLowering { cx, locals: Vec::new(), scopes: vec![HashMap::new()], loops: Vec::new(), next_loop: 0 }
    }

    fn error(&mut self, diagnostic: Diagnostic) {
        self.cx.error(diagnostic);
    }

    fn unsupported(&mut self, node: &impl Spanned, what: &str) {
        self.error(Diagnostic::unsupported(spanned(node), what));
    }

    fn lower_fn(mut self, f: &syn::ItemFn) -> Option<Function> {
        let sig = &f.sig;
        let sig_span = spanned(sig);
        if !sig.generics.params.is_empty() {
            self.unsupported(&sig.generics, "generic functions are");
        }
        if sig.asyncness.is_some() {
            self.unsupported(sig, "`async fn` is");
        }
        if sig.unsafety.is_some() {
            self.unsupported(sig, "`unsafe fn` is");
        }
        if sig.variadic.is_some() {
            self.unsupported(sig, "variadic functions are");
        }
        let mut params = Vec::new();
        for input in &sig.inputs {
            match input {
                syn::FnArg::Typed(pt) => {
                    let ty = self.lower_type(&pt.ty);
                    match &*pt.pat {
                        syn::Pat::Ident(pi) if pi.by_ref.is_none() && pi.subpat.is_none() => {
                            let id = self.declare(&pi.ident, pi.mutability.is_some(), ty, false);
                            params.push(id);
                        }
                        syn::Pat::Wild(w) => {
                            let id = self.new_local("_".into(), false, ty, false, spanned(w));
                            params.push(id);
                        }
                        other => self.unsupported(other, "patterns in parameters are"),
                    }
                }
                syn::FnArg::Receiver(r) => self.unsupported(r, "methods (`self` parameters) are"),
            }
        }
        let ret = match &sig.output {
            syn::ReturnType::Default => None,
            syn::ReturnType::Type(_, ty) => self.lower_type(ty),
        };
        let body = self.lower_block(&f.block);
        Some(Function { name: sig.ident.to_string(), span: sig_span, params, ret, locals: self.locals, body })
    }

    fn lower_type(&mut self, ty: &syn::Type) -> Option<TypeRef> {
        let span = spanned(ty);
        let resolved = match ty {
            syn::Type::Path(tp) if tp.qself.is_none() && tp.path.segments.len() == 1 => {
                let segment = &tp.path.segments[0];
                let name = segment.ident.to_string();
                match name.as_str() {
                    _ if !segment.arguments.is_none() => None,
                    "bool" => Some(Ty::Bool),
                    "f64" => Some(Ty::F64),
                    n => IntTy::from_name(n).map(Ty::Int),
                }
            }
            syn::Type::Reference(r) if r.mutability.is_none() => match &*r.elem {
                syn::Type::Path(tp) if tp.path.is_ident("str") => Some(Ty::Str),
                _ => None,
            },
            syn::Type::Tuple(t) if t.elems.is_empty() => Some(Ty::Unit),
            syn::Type::Never(_) => Some(Ty::Never),
            syn::Type::Paren(p) => return self.lower_type(&p.elem),
            _ => None,
        };
        match resolved {
            Some(ty) => Some(TypeRef { ty, span }),
            None => {
                let text = ty.to_token_stream().to_string().replace(" ", "");
                self.error(
                    Diagnostic::unsupported(span, format!("the type `{text}` is"))
                        .with_help("GC mode supports integers, `f64`, `bool`, `&str` and `()` so far"),
                );
                None
            }
        }
    }

    fn new_local(
        &mut self,
        name: String,
        mutable: bool,
        annotation: Option<TypeRef>,
        deferred: bool,
        span: Span,
    ) -> LocalId {
        let id = LocalId(self.locals.len() as u32);
        self.locals.push(Local { name, mutable, deferred_init: deferred, annotation, span });
        id
    }

    /// Declares a variable in the innermost scope, shadowing any outer one.
    fn declare(&mut self, ident: &syn::Ident, mutable: bool, annotation: Option<TypeRef>, deferred: bool) -> LocalId {
        let name = ident.to_string();
        let id = self.new_local(name.clone(), mutable, annotation, deferred, spanned(ident));
        self.scopes.last_mut().expect("a function always has a scope").insert(name, id);
        id
    }

    fn lookup(&self, name: &str) -> Option<LocalId> {
        self.scopes.iter().rev().find_map(|scope| scope.get(name).copied())
    }

    fn in_scope<T>(&mut self, f: impl FnOnce(&mut Self) -> T) -> T {
        self.scopes.push(HashMap::new());
        let result = f(self);
        self.scopes.pop();
        result
    }

    fn lower_block(&mut self, block: &syn::Block) -> Block {
        self.in_scope(|this| {
            let mut stmts = Vec::new();
            let mut tail = None;
            let count = block.stmts.len();
            for (i, stmt) in block.stmts.iter().enumerate() {
                let last = i + 1 == count;
                match stmt {
                    syn::Stmt::Local(local) => {
                        if let Some(s) = this.lower_let(local) {
                            stmts.push(s);
                        }
                    }
                    syn::Stmt::Expr(expr, semi) => {
                        if let Some(e) = this.lower_expr(expr) {
                            if last && semi.is_none() {
                                tail = Some(Box::new(e));
                            } else {
                                stmts.push(Stmt::Expr(e));
                            }
                        }
                    }
                    syn::Stmt::Macro(m) => {
                        if let Some(e) = this.lower_macro(&m.mac) {
                            if last && m.semi_token.is_none() {
                                tail = Some(Box::new(e));
                            } else {
                                stmts.push(Stmt::Expr(e));
                            }
                        }
                    }
                    syn::Stmt::Item(item) => {
                        let what = match item {
                            syn::Item::Fn(_) => "functions inside functions are",
                            syn::Item::Use(_) => "`use` inside functions is",
                            other => item_construct(other),
                        };
                        this.unsupported(item, what);
                    }
                }
            }
            Block { stmts, tail, span: spanned(block) }
        })
    }

    fn lower_let(&mut self, local: &syn::Local) -> Option<Stmt> {
        let span = spanned(local);
        if let Some(init) = &local.init
            && let Some((_, diverge)) = &init.diverge
        {
            self.unsupported(&**diverge, "`let ... else` is");
            return None;
        }
        // The initializer is lowered before the binding exists: `let x = x + 1;` reads the old `x`.
        let init = local.init.as_ref().map(|init| self.lower_expr(&init.expr));
        let (pat, annotation, annotation_ok) = match &local.pat {
            syn::Pat::Type(pt) => {
                let annotation = self.lower_type(&pt.ty);
                (&*pt.pat, annotation, annotation.is_some())
            }
            pat => (pat, None, true),
        };
        let deferred = init.is_none();
        let local = match pat {
            syn::Pat::Ident(pi) if pi.by_ref.is_none() && pi.subpat.is_none() => {
                Some(self.declare(&pi.ident, pi.mutability.is_some(), annotation, deferred))
            }
            syn::Pat::Wild(_) => None,
            other => {
                self.unsupported(other, "destructuring patterns in `let` are");
                return None;
            }
        };
        // The binding is declared even when its initializer or type had errors, so that its
        // uses do not cascade into "cannot find value" errors.
        let init = match init {
            Some(init) => Some(init?),
            None => None,
        };
        if !annotation_ok {
            return None;
        }
        Some(Stmt::Let { local, init, span })
    }

    /// Lowers an expression; `None` means a diagnostic was reported.
    fn lower_expr(&mut self, expr: &syn::Expr) -> Option<Expr> {
        let span = spanned(expr);
        let kind = match expr {
            syn::Expr::Lit(lit) => ExprKind::Lit(self.lower_lit(&lit.lit)?),
            syn::Expr::Path(p) => return self.lower_path_expr(p, span),
            syn::Expr::Paren(p) => return self.lower_expr(&p.expr),
            syn::Expr::Group(g) => return self.lower_expr(&g.expr),
            syn::Expr::Unary(u) => {
                let op = match u.op {
                    syn::UnOp::Neg(_) => UnOp::Neg,
                    syn::UnOp::Not(_) => UnOp::Not,
                    _ => {
                        self.unsupported(expr, "dereferencing (`*`) is");
                        return None;
                    }
                };
                ExprKind::Unary { op, operand: Box::new(self.lower_expr(&u.expr)?) }
            }
            syn::Expr::Binary(b) => return self.lower_binary(b, span),
            syn::Expr::Assign(a) => {
                let local = self.assign_target(&a.left)?;
                ExprKind::Assign { local, value: Box::new(self.lower_expr(&a.right)?) }
            }
            syn::Expr::Cast(c) => {
                let inner = self.lower_expr(&c.expr);
                let ty = self.lower_type(&c.ty)?;
                ExprKind::Cast { expr: Box::new(inner?), ty }
            }
            syn::Expr::Block(b) => {
                if b.label.is_some() {
                    self.unsupported(expr, "labeled blocks are");
                    return None;
                }
                ExprKind::Block(self.lower_block(&b.block))
            }
            syn::Expr::If(i) => {
                let cond = self.lower_expr(&i.cond);
                let then = self.lower_block(&i.then_branch);
                let else_ = match &i.else_branch {
                    Some((_, e)) => Some(Box::new(self.lower_expr(e)?)),
                    None => None,
                };
                ExprKind::If { cond: Box::new(cond?), then, else_ }
            }
            syn::Expr::While(w) => {
                let cond = self.lower_expr(&w.cond);
                let (id, body) = self.in_loop(w.label.as_ref(), |this| this.lower_block(&w.body));
                ExprKind::While { id, cond: Box::new(cond?), body }
            }
            syn::Expr::Loop(l) => {
                let (id, body) = self.in_loop(l.label.as_ref(), |this| this.lower_block(&l.body));
                ExprKind::Loop { id, body }
            }
            syn::Expr::ForLoop(f) => return self.lower_for(f, span),
            syn::Expr::Break(b) => {
                let id = self.loop_target(b.label.as_ref(), span, "break")?;
                let value = match &b.expr {
                    Some(v) => Some(Box::new(self.lower_expr(v)?)),
                    None => None,
                };
                ExprKind::Break { id, value }
            }
            syn::Expr::Continue(c) => ExprKind::Continue(self.loop_target(c.label.as_ref(), span, "continue")?),
            syn::Expr::Return(r) => ExprKind::Return(match &r.expr {
                Some(v) => Some(Box::new(self.lower_expr(v)?)),
                None => None,
            }),
            syn::Expr::Call(c) => return self.lower_call(c, span),
            syn::Expr::Macro(m) => return self.lower_macro(&m.mac),
            other => {
                self.unsupported(other, expr_construct(other));
                return None;
            }
        };
        Some(Expr { kind, span })
    }

    fn lower_lit(&mut self, lit: &syn::Lit) -> Option<Lit> {
        match lit {
            syn::Lit::Int(i) => {
                let suffix = match i.suffix() {
                    "" => None,
                    s => match IntTy::from_name(s) {
                        Some(t) => Some(t),
                        None => {
                            self.unsupported(lit, &format!("the literal suffix `{s}` is"));
                            return None;
                        }
                    },
                };
                match i.base10_parse::<u128>() {
                    Ok(value) => Some(Lit::Int { value, suffix }),
                    Err(e) => {
                        self.error(Diagnostic::new(codes::LITERAL_OUT_OF_RANGE, spanned(lit), e.to_string()));
                        None
                    }
                }
            }
            syn::Lit::Float(f) => {
                if !matches!(f.suffix(), "" | "f64") {
                    self.unsupported(lit, &format!("the float type `{}` is", f.suffix()));
                    return None;
                }
                match f.base10_parse::<f64>() {
                    Ok(v) => Some(Lit::Float(v)),
                    Err(e) => {
                        self.error(Diagnostic::new(codes::SYNTAX, spanned(lit), e.to_string()));
                        None
                    }
                }
            }
            syn::Lit::Bool(b) => Some(Lit::Bool(b.value)),
            syn::Lit::Str(s) => Some(Lit::Str(s.value())),
            syn::Lit::Char(_) => {
                self.unsupported(lit, "`char` literals are");
                None
            }
            syn::Lit::Byte(_) | syn::Lit::ByteStr(_) | syn::Lit::CStr(_) => {
                self.unsupported(lit, "byte and C string literals are");
                None
            }
            _ => {
                self.unsupported(lit, "this literal is");
                None
            }
        }
    }

    /// The path with `use` aliases expanded, as plain segment names.
    fn path_segments(&mut self, path: &syn::Path) -> Option<Vec<String>> {
        let mut segments = Vec::new();
        for segment in &path.segments {
            if !segment.arguments.is_none() {
                self.unsupported(path, "generic arguments are");
                return None;
            }
            segments.push(segment.ident.to_string());
        }
        if let Some(full) = self.cx.uses.get(&segments[0]) {
            let mut expanded = full.clone();
            expanded.extend(segments.drain(1..));
            segments = expanded;
        }
        Some(segments)
    }

    fn lower_path_expr(&mut self, p: &syn::ExprPath, span: Span) -> Option<Expr> {
        if p.qself.is_some() {
            self.unsupported(p, "qualified paths are");
            return None;
        }
        if let Some(ident) = p.path.get_ident() {
            let name = ident.to_string();
            if let Some(local) = self.lookup(&name) {
                return Some(Expr { kind: ExprKind::Local(local), span });
            }
            if self.cx.functions.contains_key(&name) {
                self.unsupported(p, "functions as values are");
                return None;
            }
        }
        let segments = self.path_segments(&p.path)?;
        if let [ty, constant] = segments.as_slice()
            && let Some(int) = IntTy::from_name(ty)
        {
            let value = match constant.as_str() {
                "MAX" => Some(int.max()),
                "MIN" => Some(int.min()),
                "BITS" => Some(int.bits() as i128),
                _ => None,
            };
            if let Some(value) = value {
                let suffix = Some(if constant == "BITS" { IntTy::U32 } else { int });
                let literal = Expr { kind: ExprKind::Lit(Lit::Int { value: value.unsigned_abs(), suffix }), span };
                return Some(if value < 0 {
                    Expr { kind: ExprKind::Unary { op: UnOp::Neg, operand: Box::new(literal) }, span }
                } else {
                    literal
                });
            }
        }
        let text = segments.join("::");
        self.error(Diagnostic::unresolved(span, "value", &text));
        None
    }

    fn assign_target(&mut self, target: &syn::Expr) -> Option<LocalId> {
        if let syn::Expr::Path(p) = target
            && let Some(ident) = p.path.get_ident()
        {
            let name = ident.to_string();
            return match self.lookup(&name) {
                Some(local) => Some(local),
                None => {
                    self.error(Diagnostic::unresolved(spanned(target), "value", &name));
                    None
                }
            };
        }
        if let syn::Expr::Paren(p) = target {
            return self.assign_target(&p.expr);
        }
        self.unsupported(target, "assignment to anything but a local variable is");
        None
    }

    fn lower_binary(&mut self, b: &syn::ExprBinary, span: Span) -> Option<Expr> {
        use syn::BinOp as S;
        let (op, compound) = match b.op {
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
            _ => {
                self.unsupported(&b.op, "this operator is");
                return None;
            }
        };
        let kind = if compound {
            let local = self.assign_target(&b.left);
            let value = self.lower_expr(&b.right);
            ExprKind::CompoundAssign { op, local: local?, value: Box::new(value?) }
        } else {
            let lhs = self.lower_expr(&b.left);
            let rhs = self.lower_expr(&b.right);
            ExprKind::Binary { op, lhs: Box::new(lhs?), rhs: Box::new(rhs?) }
        };
        Some(Expr { kind, span })
    }

    fn in_loop<T>(&mut self, label: Option<&syn::Label>, f: impl FnOnce(&mut Self) -> T) -> (LoopId, T) {
        let id = LoopId(self.next_loop);
        self.next_loop += 1;
        let label = label.map(|l| l.name.ident.to_string());
        self.loops.push(LoopScope { label, id });
        let result = f(self);
        self.loops.pop();
        (id, result)
    }

    fn loop_target(&mut self, label: Option<&syn::Lifetime>, span: Span, what: &str) -> Option<LoopId> {
        let found = match label {
            None => self.loops.last().map(|l| l.id),
            Some(l) => {
                let name = l.ident.to_string();
                self.loops.iter().rev().find(|s| s.label.as_deref() == Some(&name)).map(|s| s.id)
            }
        };
        if found.is_none() {
            let message = match label {
                None => format!("`{what}` outside of a loop"),
                Some(l) => format!("use of undeclared label `{l}`"),
            };
            self.error(Diagnostic::new(codes::BAD_BREAK, span, message));
        }
        found
    }

    fn lower_for(&mut self, f: &syn::ExprForLoop, span: Span) -> Option<Expr> {
        let mut iter = &*f.expr;
        while let syn::Expr::Paren(p) = iter {
            iter = &p.expr;
        }
        let syn::Expr::Range(range) = iter else {
            self.unsupported(&*f.expr, "`for` loops over anything but integer ranges (`a..b`, `a..=b`) are");
            return None;
        };
        let (Some(start), Some(end)) = (&range.start, &range.end) else {
            self.unsupported(range, "open-ended ranges are");
            return None;
        };
        let inclusive = matches!(range.limits, syn::RangeLimits::Closed(_));
        let start = self.lower_expr(start);
        let end = self.lower_expr(end);
        let (id, (var, body)) = self.in_loop(f.label.as_ref(), |this| {
            this.in_scope(|this| {
                let var = match &*f.pat {
                    syn::Pat::Ident(pi) if pi.by_ref.is_none() && pi.subpat.is_none() => {
                        Some(Some(this.declare(&pi.ident, pi.mutability.is_some(), None, false)))
                    }
                    syn::Pat::Wild(_) => Some(None),
                    other => {
                        this.unsupported(other, "patterns in `for` loops are");
                        None
                    }
                };
                (var, this.lower_block(&f.body))
            })
        });
        let kind = ExprKind::ForRange { id, var: var?, start: Box::new(start?), end: Box::new(end?), inclusive, body };
        Some(Expr { kind, span })
    }

    fn lower_call(&mut self, c: &syn::ExprCall, span: Span) -> Option<Expr> {
        let syn::Expr::Path(p) = &*c.func else {
            self.unsupported(&*c.func, "calls of computed functions are");
            return None;
        };
        let mut args = Vec::new();
        let mut ok = true;
        for arg in &c.args {
            match self.lower_expr(arg) {
                Some(a) => args.push(a),
                None => ok = false,
            }
        }
        let segments = self.path_segments(&p.path)?;
        if let (Some(ident), None) = (p.path.get_ident(), &p.qself)
            && self.lookup(&ident.to_string()).is_some()
        {
            self.unsupported(&*c.func, "calling a local variable (a closure or function value) is");
            return None;
        }
        let callee = if let [name] = segments.as_slice() { self.cx.functions.get(name).copied().map(Ok) } else { None };
        let callee = callee.or_else(|| match segments.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
            ["std", "process", "exit"] => Some(Err(Builtin::Exit)),
            _ => None,
        });
        let kind = match callee {
            Some(Ok(func)) => ExprKind::Call { func, args },
            Some(Err(Builtin::Exit)) => {
                if args.len() != 1 {
                    self.error(Diagnostic::new(
                        codes::ARGUMENT_COUNT,
                        span,
                        format!("this function takes 1 argument but {} arguments were supplied", args.len()),
                    ));
                    return None;
                }
                ExprKind::Exit(Box::new(args.pop()?))
            }
            None => {
                let text = segments.join("::");
                let diagnostic = if segments.len() == 1 {
                    Diagnostic::unresolved(spanned(&c.func), "function", &text)
                } else {
                    Diagnostic::unsupported(spanned(&c.func), format!("the function `{text}` is"))
                };
                self.error(diagnostic);
                return None;
            }
        };
        if !ok {
            return None;
        }
        Some(Expr { kind, span })
    }

    fn lower_macro(&mut self, mac: &syn::Macro) -> Option<Expr> {
        let span = spanned(mac);
        let name = mac.path.segments.last().map(|s| s.ident.to_string()).unwrap_or_default();
        let (stream, newline) = match name.as_str() {
            "println" => (Some(Stream::Stdout), true),
            "print" => (Some(Stream::Stdout), false),
            "eprintln" => (Some(Stream::Stderr), true),
            "eprint" => (Some(Stream::Stderr), false),
            "panic" => (None, false),
            other => {
                self.unsupported(mac, &format!("the `{other}!` macro is"));
                return None;
            }
        };
        let args = match mac.parse_body_with(Punctuated::<syn::Expr, syn::Token![,]>::parse_terminated) {
            Ok(args) => args,
            Err(e) => {
                self.error(Diagnostic::new(codes::SYNTAX, span_of(e.span()), e.to_string()));
                return None;
            }
        };
        let mut format = self.lower_format(&args, span, &name)?;
        match stream {
            Some(stream) => {
                if newline {
                    format.pieces.push(FmtPiece::Lit("\n".into()));
                }
                Some(Expr { kind: ExprKind::Print { stream, format }, span })
            }
            None => {
                if format.pieces.is_empty() && args.is_empty() {
                    format.pieces.push(FmtPiece::Lit("explicit panic".into()));
                }
                Some(Expr { kind: ExprKind::Panic(format), span })
            }
        }
    }

    /// Lowers `"fmt", args...` into a [`Format`], checking holes against arguments as rustc does.
    fn lower_format(
        &mut self,
        args: &Punctuated<syn::Expr, syn::Token![,]>,
        span: Span,
        macro_name: &str,
    ) -> Option<Format> {
        let mut iter = args.iter();
        let Some(first) = iter.next() else {
            return Some(Format { args: Vec::new(), pieces: Vec::new() });
        };
        let syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(fmt), .. }) = first else {
            self.error(
                Diagnostic::new(codes::FORMAT, spanned(first), "format argument must be a string literal".to_string())
                    .with_help(format!(
                        "you might be missing a string literal to format with: `{macro_name}!(\"{{}}\", ...)`"
                    )),
            );
            return None;
        };
        let fmt_span = spanned(fmt);
        let raw = match format::parse(&fmt.value()) {
            Ok(raw) => raw,
            Err(FormatError::Invalid(message)) => {
                self.error(Diagnostic::new(codes::FORMAT, fmt_span, message));
                return None;
            }
            Err(FormatError::UnsupportedSpec(spec)) => {
                self.error(
                    Diagnostic::unsupported(fmt_span, format!("the format spec `{spec}` is"))
                        .with_help("only `{}` of integers, `f64`, `bool` and `&str` is supported so far"),
                );
                return None;
            }
        };
        // Positional arguments, then `name = value` ones; captures are appended as found.
        let mut positional = Vec::new();
        let mut named: Vec<(String, Expr)> = Vec::new();
        let mut ok = true;
        for arg in iter {
            if let syn::Expr::Assign(a) = arg
                && let syn::Expr::Path(p) = &*a.left
                && let Some(ident) = p.path.get_ident()
            {
                match self.lower_expr(&a.right) {
                    Some(v) => named.push((ident.to_string(), v)),
                    None => ok = false,
                }
                continue;
            }
            if !named.is_empty() {
                self.error(Diagnostic::new(
                    codes::FORMAT,
                    spanned(arg),
                    "positional arguments cannot follow named arguments",
                ));
                return None;
            }
            match self.lower_expr(arg) {
                Some(v) => positional.push((spanned(arg), v)),
                None => ok = false,
            }
        }
        if !ok {
            return None;
        }
        let positional_count = positional.len();
        let mut used = vec![false; positional_count + named.len()];
        let mut captures: Vec<(String, Expr)> = Vec::new();
        let mut pieces = Vec::new();
        let mut next = 0;
        for piece in raw {
            match piece {
                RawPiece::Lit(text) => pieces.push(FmtPiece::Lit(text)),
                RawPiece::Hole(hole) => {
                    let index = match hole {
                        Hole::Next | Hole::Index(_) => {
                            let i = if let Hole::Index(i) = hole {
                                i
                            } else {
                                next += 1;
                                next - 1
                            };
                            if i >= positional_count {
                                let given = match positional_count {
                                    0 => "no arguments were given".to_string(),
                                    1 => "there is 1 argument".to_string(),
                                    n => format!("there are {n} arguments"),
                                };
                                let message = match hole {
                                    Hole::Next => format!(
                                        "{next} positional argument{} in format string, but {given}",
                                        if next == 1 { "" } else { "s" }
                                    ),
                                    _ => format!("invalid reference to positional argument {i} ({given})"),
                                };
                                self.error(Diagnostic::new(codes::FORMAT, fmt_span, message));
                                return None;
                            }
                            i
                        }
                        Hole::Name(name) => {
                            if let Some(i) = named.iter().position(|(n, _)| *n == name) {
                                positional_count + i
                            } else if let Some(i) = captures.iter().position(|(n, _)| *n == name) {
                                positional_count + named.len() + i
                            } else if let Some(local) = self.lookup(&name) {
                                captures.push((name, Expr { kind: ExprKind::Local(local), span: fmt_span }));
                                used.push(true);
                                positional_count + named.len() + captures.len() - 1
                            } else {
                                self.error(Diagnostic::unresolved(fmt_span, "value", &name));
                                return None;
                            }
                        }
                    };
                    used[index] = true;
                    pieces.push(FmtPiece::Arg(index));
                }
            }
        }
        if let Some(unused) = used.iter().position(|u| !u) {
            let arg_span = if unused < positional_count { positional[unused].0 } else { span };
            let message = if unused < positional_count { "argument never used" } else { "named argument never used" };
            self.error(Diagnostic::new(codes::FORMAT, arg_span, message));
            return None;
        }
        let args = positional
            .into_iter()
            .map(|(_, e)| e)
            .chain(named.into_iter().map(|(_, e)| e))
            .chain(captures.into_iter().map(|(_, e)| e))
            .collect();
        Some(Format { args, pieces })
    }
}
