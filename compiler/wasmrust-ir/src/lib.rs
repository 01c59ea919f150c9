//! The typed IR: what type checking produces and the emitter consumes.
//!
//! **Architecture Invariant.** Every expression carries its final type: after type checking no
//! [`Ty::Infer`] remains (the checker resolves them all or reports an error). Names are
//! resolved to indices ([`FuncId`], [`LocalId`], [`LoopId`]); there are no strings to look up.
//! Macros are gone: printing and panicking are [`ExprKind::Print`] and [`ExprKind::Panic`]
//! with their format strings already split into pieces.

use wasmrust_diag::Span;

/// An integer type. `isize`/`usize` are 32 bits, as on wasm32.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[allow(missing_docs)]
pub enum IntTy {
    I8,
    I16,
    I32,
    I64,
    Isize,
    U8,
    U16,
    U32,
    U64,
    Usize,
}

impl IntTy {
    /// Every integer type, for name lookup.
    pub const ALL: [IntTy; 10] = [
        IntTy::I8,
        IntTy::I16,
        IntTy::I32,
        IntTy::I64,
        IntTy::Isize,
        IntTy::U8,
        IntTy::U16,
        IntTy::U32,
        IntTy::U64,
        IntTy::Usize,
    ];

    /// Width in bits on wasm32.
    pub fn bits(self) -> u32 {
        match self {
            IntTy::I8 | IntTy::U8 => 8,
            IntTy::I16 | IntTy::U16 => 16,
            IntTy::I32 | IntTy::U32 | IntTy::Isize | IntTy::Usize => 32,
            IntTy::I64 | IntTy::U64 => 64,
        }
    }

    /// Whether the type is signed.
    pub fn signed(self) -> bool {
        matches!(self, IntTy::I8 | IntTy::I16 | IntTy::I32 | IntTy::I64 | IntTy::Isize)
    }

    /// The smallest value, as an i128.
    pub fn min(self) -> i128 {
        if self.signed() { -(1i128 << (self.bits() - 1)) } else { 0 }
    }

    /// The largest value, as an i128.
    pub fn max(self) -> i128 {
        if self.signed() { (1i128 << (self.bits() - 1)) - 1 } else { (1i128 << self.bits()) - 1 }
    }

    /// The Rust spelling.
    pub fn name(self) -> &'static str {
        match self {
            IntTy::I8 => "i8",
            IntTy::I16 => "i16",
            IntTy::I32 => "i32",
            IntTy::I64 => "i64",
            IntTy::Isize => "isize",
            IntTy::U8 => "u8",
            IntTy::U16 => "u16",
            IntTy::U32 => "u32",
            IntTy::U64 => "u64",
            IntTy::Usize => "usize",
        }
    }

    /// Looks a type up by its Rust spelling.
    pub fn from_name(name: &str) -> Option<IntTy> {
        IntTy::ALL.into_iter().find(|t| t.name() == name)
    }
}

/// A type of the GC profile, as far as the compiler supports it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Ty {
    /// Any integer type.
    Int(IntTy),
    /// `f64`.
    F64,
    /// `bool`.
    Bool,
    /// `&str` (GC mode: an immutable GC byte array of UTF-8).
    Str,
    /// `()`.
    Unit,
    /// `!`, the type of expressions that do not produce a value.
    Never,
    /// An inference variable; only inside the type checker (see the module invariant).
    Infer(u32),
}

impl std::fmt::Display for Ty {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Ty::Int(t) => f.write_str(t.name()),
            Ty::F64 => f.write_str("f64"),
            Ty::Bool => f.write_str("bool"),
            Ty::Str => f.write_str("&str"),
            Ty::Unit => f.write_str("()"),
            Ty::Never => f.write_str("!"),
            Ty::Infer(_) => f.write_str("_"),
        }
    }
}

/// Index of a function in [`Module::functions`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FuncId(pub u32);

/// Index of a local in [`Function::locals`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct LocalId(pub u32);

/// Identifies a loop within its function, for `break` and `continue`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct LoopId(pub u32);

/// A whole program.
#[derive(Debug, Clone)]
pub struct Module {
    /// The source file's name as the user gave it; panic locations print it.
    pub source_name: String,
    /// Every function, in source order.
    pub functions: Vec<Function>,
    /// The entry point.
    pub main: FuncId,
}

/// A function.
#[derive(Debug, Clone)]
pub struct Function {
    /// The Rust name.
    pub name: String,
    /// Parameters, in order; each is also in `locals`.
    pub params: Vec<LocalId>,
    /// Return type.
    pub ret: Ty,
    /// Every local, parameters included.
    pub locals: Vec<Local>,
    /// The body; its type is `ret` (or `!`).
    pub body: Expr,
}

/// A local variable.
#[derive(Debug, Clone)]
pub struct Local {
    /// The Rust name, for the name section.
    pub name: String,
    /// Its type.
    pub ty: Ty,
}

/// An expression with its type and source span.
#[derive(Debug, Clone)]
pub struct Expr {
    /// What it does.
    pub kind: ExprKind,
    /// Its type.
    pub ty: Ty,
    /// Where it came from; panic locations come from here.
    pub span: Span,
}

/// Which stream a print goes to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stream {
    /// `print!`/`println!`.
    Stdout,
    /// `eprint!`/`eprintln!`.
    Stderr,
}

/// A piece of a format string.
#[derive(Debug, Clone, PartialEq)]
pub enum FmtPiece {
    /// Literal text.
    Lit(String),
    /// `{}` of the argument with this index.
    Arg(usize),
}

/// A formatted message: arguments evaluated first, in order, then formatted by the pieces.
#[derive(Debug, Clone)]
pub struct Format {
    /// The arguments, evaluated once each, left to right.
    pub args: Vec<Expr>,
    /// The text, with holes naming arguments.
    pub pieces: Vec<FmtPiece>,
}

/// Unary operators.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnOp {
    /// `-x`.
    Neg,
    /// `!x`: logical for `bool`, bitwise for integers.
    Not,
}

/// Binary operators. `And`/`Or` short-circuit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(missing_docs)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    Rem,
    BitAnd,
    BitOr,
    BitXor,
    Shl,
    Shr,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    And,
    Or,
}

impl BinOp {
    /// The Rust spelling.
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::Div => "/",
            BinOp::Rem => "%",
            BinOp::BitAnd => "&",
            BinOp::BitOr => "|",
            BinOp::BitXor => "^",
            BinOp::Shl => "<<",
            BinOp::Shr => ">>",
            BinOp::Eq => "==",
            BinOp::Ne => "!=",
            BinOp::Lt => "<",
            BinOp::Le => "<=",
            BinOp::Gt => ">",
            BinOp::Ge => ">=",
            BinOp::And => "&&",
            BinOp::Or => "||",
        }
    }

    /// Whether the result is `bool` whatever the operands.
    pub fn is_comparison(self) -> bool {
        matches!(self, BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge)
    }
}

/// The expression forms.
#[derive(Debug, Clone)]
pub enum ExprKind {
    /// An integer constant: the value's two's-complement bits (the type says the width).
    Int(u64),
    /// A float constant.
    Float(f64),
    /// A bool constant.
    Bool(bool),
    /// A string literal.
    Str(String),
    /// `()`.
    Unit,
    /// Read a local.
    Local(LocalId),
    /// `local = value`; also initialises a `let`.
    Assign {
        /// The target.
        local: LocalId,
        /// The new value.
        value: Box<Expr>,
    },
    /// A direct call.
    Call {
        /// The callee.
        func: FuncId,
        /// Arguments, evaluated left to right.
        args: Vec<Expr>,
    },
    /// `std::process::exit(code)`.
    Exit(Box<Expr>),
    /// A unary operation.
    Unary {
        /// The operator.
        op: UnOp,
        /// The operand.
        operand: Box<Expr>,
    },
    /// A binary operation; for shifts the right operand may be any integer type.
    Binary {
        /// The operator.
        op: BinOp,
        /// Left operand.
        lhs: Box<Expr>,
        /// Right operand.
        rhs: Box<Expr>,
    },
    /// `expr as ty`, `ty` being this expression's type.
    Cast(Box<Expr>),
    /// A block: statements (values dropped), then an optional tail giving the value.
    Block {
        /// Statements, in order.
        stmts: Vec<Expr>,
        /// The value, if any.
        tail: Option<Box<Expr>>,
    },
    /// `if cond { then } else { else_ }`.
    If {
        /// A `bool`.
        cond: Box<Expr>,
        /// Taken when true.
        then: Box<Expr>,
        /// Taken when false; `None` means `()`.
        else_: Option<Box<Expr>>,
    },
    /// `loop { body }`; its type is that of its `break` values.
    Loop {
        /// For `break`/`continue`.
        id: LoopId,
        /// The body.
        body: Box<Expr>,
    },
    /// `while cond { body }`.
    While {
        /// For `break`/`continue`.
        id: LoopId,
        /// Tested before each iteration.
        cond: Box<Expr>,
        /// The body.
        body: Box<Expr>,
    },
    /// `for var in start..end` or `start..=end`, over integers.
    ForRange {
        /// For `break`/`continue`.
        id: LoopId,
        /// The loop variable, a fresh copy each iteration; `None` for `_`.
        var: Option<LocalId>,
        /// Evaluated once, first.
        start: Box<Expr>,
        /// Evaluated once, second.
        end: Box<Expr>,
        /// `..=` rather than `..`.
        inclusive: bool,
        /// The body.
        body: Box<Expr>,
    },
    /// `break` out of a loop, with a value for `loop`.
    Break {
        /// Which loop.
        id: LoopId,
        /// The loop's value.
        value: Option<Box<Expr>>,
    },
    /// `continue` a loop.
    Continue(LoopId),
    /// `return`, with the value unless the function returns `()`.
    Return(Option<Box<Expr>>),
    /// `print!` and friends; `newline` is already a literal piece.
    Print {
        /// Where to.
        stream: Stream,
        /// What.
        format: Format,
    },
    /// `panic!` with its message; prints rustc's panic report and exits 101.
    Panic(Format),
}

/// One body for [`Expr::for_each_child`] and [`Expr::for_each_child_mut`]: the two differ
/// only in how they borrow.
macro_rules! for_each_child {
    ($kind:expr, $f:ident, $iter:ident) => {
        match $kind {
            ExprKind::Int(_)
            | ExprKind::Float(_)
            | ExprKind::Bool(_)
            | ExprKind::Str(_)
            | ExprKind::Unit
            | ExprKind::Local(_)
            | ExprKind::Continue(_) => {}
            ExprKind::Assign { value, .. } => $f(value),
            ExprKind::Call { args, .. } => args.$iter().for_each($f),
            ExprKind::Exit(e) | ExprKind::Cast(e) | ExprKind::Unary { operand: e, .. } => $f(e),
            ExprKind::Binary { lhs, rhs, .. } => {
                $f(lhs);
                $f(rhs);
            }
            ExprKind::Block { stmts, tail } => {
                stmts.$iter().for_each(&mut $f);
                if let Some(t) = tail {
                    $f(t);
                }
            }
            ExprKind::If { cond, then, else_ } => {
                $f(cond);
                $f(then);
                if let Some(e) = else_ {
                    $f(e);
                }
            }
            ExprKind::Loop { body, .. } => $f(body),
            ExprKind::While { cond, body, .. } => {
                $f(cond);
                $f(body);
            }
            ExprKind::ForRange { start, end, body, .. } => {
                $f(start);
                $f(end);
                $f(body);
            }
            ExprKind::Break { value, .. } | ExprKind::Return(value) => {
                if let Some(v) = value {
                    $f(v);
                }
            }
            ExprKind::Print { format, .. } | ExprKind::Panic(format) => format.args.$iter().for_each($f),
        }
    };
}

impl Expr {
    /// Calls `f` on each direct subexpression, in evaluation order.
    pub fn for_each_child(&self, mut f: impl FnMut(&Expr)) {
        for_each_child!(&self.kind, f, iter)
    }

    /// Like [`Expr::for_each_child`], mutably.
    pub fn for_each_child_mut(&mut self, mut f: impl FnMut(&mut Expr)) {
        for_each_child!(&mut self.kind, f, iter_mut)
    }
}
