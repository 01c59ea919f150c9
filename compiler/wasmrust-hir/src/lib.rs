//! The HIR: Rust source parsed by `syn`, with macros expanded and names resolved.
//!
//! [`lower`] is the front end's first pass. It guarantees that every name in the result is
//! resolved to an index, that `print!`-family and `panic!` macros are expanded into
//! [`ExprKind::Print`]/[`ExprKind::Panic`] with parsed format strings, and that anything the
//! GC-mode compiler does not support was reported as a diagnostic naming the construct.
//! Types are as written (or absent); the type checker fills them in.

mod format;
mod lower;

pub use lower::lower;
use wasmrust_diag::Span;
use wasmrust_ir::{BinOp, FmtPiece, FuncId, IntTy, LocalId, LoopId, Stream, Ty, UnOp};

/// A whole program.
#[derive(Debug, Clone)]
pub struct Crate {
    /// Every `fn` item, indexed by [`FuncId`].
    pub functions: Vec<Function>,
}

impl Crate {
    /// The function with this id.
    pub fn function(&self, id: FuncId) -> &Function {
        &self.functions[id.0 as usize]
    }
}

/// A type as written in the source.
#[derive(Debug, Clone, Copy)]
pub struct TypeRef {
    /// The type it names.
    pub ty: Ty,
    /// Where it was written.
    pub span: Span,
}

/// A `fn` item.
#[derive(Debug, Clone)]
pub struct Function {
    /// Its name.
    pub name: String,
    /// The span of its signature, for errors about the function as a whole.
    pub span: Span,
    /// Parameters, each also in `locals`.
    pub params: Vec<LocalId>,
    /// The declared return type; `None` means `()`.
    pub ret: Option<TypeRef>,
    /// Every local, parameters included.
    pub locals: Vec<Local>,
    /// The body.
    pub body: Block,
}

/// A local variable or parameter.
#[derive(Debug, Clone)]
pub struct Local {
    /// Its name.
    pub name: String,
    /// Declared `mut`.
    pub mutable: bool,
    /// Declared without an initializer, so that one later assignment initialises it.
    pub deferred_init: bool,
    /// The type written, if any.
    pub annotation: Option<TypeRef>,
    /// Where it was declared.
    pub span: Span,
}

/// `{ stmts; tail }`.
#[derive(Debug, Clone)]
pub struct Block {
    /// Statements.
    pub stmts: Vec<Stmt>,
    /// The value-producing last expression, if it has no semicolon.
    pub tail: Option<Box<Expr>>,
    /// The whole block.
    pub span: Span,
}

/// A statement.
#[derive(Debug, Clone)]
pub enum Stmt {
    /// `let x = init;` (or `let _ = init;` with no local).
    Let {
        /// The variable bound, if not `_`.
        local: Option<LocalId>,
        /// The initializer.
        init: Option<Expr>,
        /// The whole statement.
        span: Span,
    },
    /// An expression statement; its value is discarded.
    Expr(Expr),
}

/// An expression.
#[derive(Debug, Clone)]
pub struct Expr {
    /// What it is.
    pub kind: ExprKind,
    /// Where it is.
    pub span: Span,
}

/// Literals.
#[derive(Debug, Clone)]
pub enum Lit {
    /// An integer literal, with its suffix type if written.
    Int {
        /// The magnitude.
        value: u128,
        /// `5u8` and so on.
        suffix: Option<IntTy>,
    },
    /// A float literal; `f64` suffix or none.
    Float(f64),
    /// `true`/`false`.
    Bool(bool),
    /// A string literal.
    Str(String),
}

/// A `format_args!`-style message.
#[derive(Debug, Clone)]
pub struct Format {
    /// The arguments, positional first then captured variables, each evaluated once.
    pub args: Vec<Expr>,
    /// The pieces of the format string.
    pub pieces: Vec<FmtPiece>,
}

/// Expression forms; see `wasmrust_ir::ExprKind` for their meaning.
#[derive(Debug, Clone)]
#[allow(missing_docs)]
pub enum ExprKind {
    Lit(Lit),
    Local(LocalId),
    Call { func: FuncId, args: Vec<Expr> },
    Exit(Box<Expr>),
    Unary { op: UnOp, operand: Box<Expr> },
    Binary { op: BinOp, lhs: Box<Expr>, rhs: Box<Expr> },
    Assign { local: LocalId, value: Box<Expr> },
    CompoundAssign { op: BinOp, local: LocalId, value: Box<Expr> },
    Cast { expr: Box<Expr>, ty: TypeRef },
    Block(Block),
    If { cond: Box<Expr>, then: Block, else_: Option<Box<Expr>> },
    Loop { id: LoopId, body: Block },
    While { id: LoopId, cond: Box<Expr>, body: Block },
    ForRange { id: LoopId, var: Option<LocalId>, start: Box<Expr>, end: Box<Expr>, inclusive: bool, body: Block },
    Break { id: LoopId, value: Option<Box<Expr>> },
    Continue(LoopId),
    Return(Option<Box<Expr>>),
    Print { stream: Stream, format: Format },
    Panic(Format),
}
