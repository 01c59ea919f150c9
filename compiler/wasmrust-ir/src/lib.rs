//! The typed, monomorphic IR: what type checking produces and the emitter consumes.
//!
//! **Architecture Invariant.** Everything here is concrete: every expression carries its
//! final type, generic functions exist only as instances ([`FuncId`] names an instance),
//! there are no inference variables, and names are resolved to indices. Macros are gone
//! (they were expanded to calls into the core library before type checking); what remains
//! of the language is the small set of [`ExprKind`]s below.
//!
//! **References.** `Ty::Ref` is kept so the emitter can choose representations: a shared
//! reference is represented like its referent (the GC keeps it alive, and Rust forbids
//! mutation while it exists), `&str`/`&[T]` are views, and `&mut T` is the object itself
//! when `T` can be updated in place (see [`Ty::is_in_place`]), a place reference otherwise.

mod ty;

use wasmrust_diag::Span;

pub use ty::{AdtId, FloatTy, IntTy, Mutability, Ty};

/// Index of a function instance in [`Module::functions`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FuncId(pub u32);

/// Index of a local in [`Function::locals`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct LocalId(pub u32);

/// Identifies a loop or labeled block within its function, for `break` and `continue`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct LoopId(pub u32);

/// A whole program, monomorphized.
#[derive(Debug, Clone, Default)]
pub struct Module {
    /// Every file's display name, indexed by `FileId`; panic locations print them.
    pub file_names: Vec<String>,
    /// Every function instance; only instances reachable from the roots exist.
    pub functions: Vec<Function>,
    /// The field types of every ADT instance that appears in a type.
    pub adts: std::collections::HashMap<Ty, AdtLayout>,
    /// The entry point, for programs.
    pub main: Option<FuncId>,
    /// Every closure: its body and captures.
    pub closures: Vec<ClosureLayout>,
    /// Functions exported under a name (tests).
    pub exports: Vec<(String, FuncId)>,
    /// Core-library items the emitter must know.
    pub lang: Lang,
}

impl Module {
    /// Whether values of `ty` are GC objects that `&mut` updates in place (structs, tuples,
    /// arrays, closures): `*r = v` then copies `v`'s contents into `r`'s object. Scalars,
    /// enums, references, views and raw arrays are replaced whole instead, so a `&mut` to
    /// them is a place reference.
    pub fn is_in_place(&self, ty: &Ty) -> bool {
        match ty {
            Ty::Tuple(_) | Ty::Array(..) | Ty::Closure(..) => true,
            Ty::Adt(id, args) if Some(*id) == self.lang.owned_box => self.is_in_place(&args[0]),
            Ty::Adt(..) => self.adts.get(ty).is_some_and(|layout| !layout.is_enum),
            _ => false,
        }
    }
}

/// Core-library items the emitter must know.
#[derive(Debug, Clone, Default)]
pub struct Lang {
    /// `fn(index: usize, len: usize, file: &str, line: u32, col: u32) -> !`, present when
    /// the program indexes arrays, slices or vectors.
    pub panic_bounds_check: Option<FuncId>,
    /// `Box`, represented as its contents.
    pub owned_box: Option<AdtId>,
    /// `Vec`, whose fields (`buf: RawArray<T>`, `len: usize`) indexing reads directly.
    pub vec: Option<AdtId>,
}

/// A closure: a struct of captures, called through its body function.
#[derive(Debug, Clone)]
pub struct ClosureLayout {
    /// The body; its first parameter is the closure itself.
    pub func: FuncId,
    /// The captured variables' types, and whether each is held in a cell (a variable the
    /// closure mutates). A capture in a cell shares the outer variable's cell when that is
    /// in a cell too, and gets a fresh cell (a `move` closure's own copy) otherwise.
    pub captures: Vec<(Ty, bool)>,
}

/// The layout of one ADT instance.
#[derive(Debug, Clone)]
pub struct AdtLayout {
    /// The Rust name with its generic arguments, for the name section.
    pub name: String,
    /// `true` for enums.
    pub is_enum: bool,
    /// Variants (one for a struct), each with its field types.
    pub variants: Vec<Vec<Ty>>,
    /// The variant names (the struct's name for a struct).
    pub variant_names: Vec<String>,
    /// Implements `Copy`: reading it from a place copies it.
    pub is_copy: bool,
}

impl AdtLayout {
    /// An enum whose variants carry no data: represented by its discriminant alone.
    pub fn is_fieldless_enum(&self) -> bool {
        self.is_enum && self.variants.iter().all(Vec::is_empty)
    }
}

/// A function instance.
#[derive(Debug, Clone)]
pub struct Function {
    /// The Rust path with generic arguments, for the name section.
    pub name: String,
    /// Parameters, in order; each is also in `locals`.
    pub params: Vec<LocalId>,
    /// Return type.
    pub ret: Ty,
    /// Every local, parameters included.
    pub locals: Vec<Local>,
    /// The body; its type is `ret` (or `!`).
    pub body: Expr,
    /// The thread name a test's panic report shows (`Some` only for test entry points).
    pub test_name: Option<String>,
    /// For closure bodies: the locals that alias the captured variables, in the order of
    /// the closure's fields (the first parameter is the closure itself).
    pub captures: Vec<LocalId>,
}

/// A local variable.
#[derive(Debug, Clone)]
pub struct Local {
    /// The Rust name, for the name section.
    pub name: String,
    /// Its type.
    pub ty: Ty,
    /// Its value lives in a one-element cell because a `&mut` to it is taken and its type is
    /// not updated in place (see the crate docs).
    pub boxed: bool,
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

/// Unary operators.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnOp {
    /// `-x`.
    Neg,
    /// `!x`: logical for `bool`, bitwise for integers.
    Not,
}

/// Binary operators on scalars. `And`/`Or` short-circuit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
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

/// Operations the core library cannot write in Rust: the leaves the emitter implements.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Intrinsic {
    /// `(len: usize) -> RawArray<T>`: a new backing array, every slot zero/null.
    RawNew,
    /// `(arr: &RawArray<T>) -> usize`.
    RawLen,
    /// `(arr: &RawArray<T>, i: usize) -> T`; unchecked beyond the engine's own trap.
    RawGet,
    /// `(arr: &RawArray<T>, i: usize, value: T)`.
    RawSet,
    /// `(dst: &RawArray<T>, dst_at: usize, src: &RawArray<T>, src_at: usize, len: usize)`.
    RawCopy,
    /// `(s: &str) -> (RawArray<u8>, usize, usize)` parts of a string view: see the emitter.
    StrArray,
    /// `(s: &str) -> usize`: the view's start in its array.
    StrStart,
    /// `(s: &str) -> usize`.
    StrLen,
    /// `(arr: &RawArray<u8>, start: usize, len: usize) -> &str`: a view, no copy, no check.
    StrFromRaw,
    /// `(s: &[T]) -> RawArray<T>`, the slice's array.
    SliceArray,
    /// `(s: &[T]) -> usize`.
    SliceStart,
    /// `(s: &[T]) -> usize`.
    SliceLen,
    /// `(arr: &RawArray<T>, start: usize, len: usize) -> &[T]` (also `&mut [T]`).
    SliceFromRaw,
    /// `(a: &[T; N]) -> &[T]`: the whole array as a slice.
    ArrayAsSlice,
    /// `(fd: i32, bytes: &str)`: write to the host.
    Write,
    /// `(code: i32) -> !`.
    Exit,
    /// `(x: f64) -> u64` and friends: bit casts between same-width scalars.
    Transmute,
    /// `(x: f64) -> f64`: square root, and the other float unary ops below.
    Sqrt,
    /// `f64::floor`.
    Floor,
    /// `f64::ceil`.
    Ceil,
    /// `f64::trunc`.
    Trunc,
    /// Round half to even (`f64::round_ties_even`); `round` is written in Rust on top.
    Nearest,
    /// `f64::abs`.
    FAbs,
    /// `f64::copysign`.
    CopySign,
    /// `u32::leading_zeros` and the other widths.
    Clz,
    /// `trailing_zeros`.
    Ctz,
    /// `count_ones`.
    Popcnt,
    /// `rotate_left`.
    Rotl,
    /// `rotate_right`.
    Rotr,
    /// `(a, b) -> bool`: reference identity of two GC objects.
    PtrEq,
    /// `() -> T`: a value of `T` that is never read (zero or null); for uninitialised slots.
    Zeroed,
    /// `(x: T) -> !`: traps (`unreachable`).
    Trap,
    /// `(x: T) -> U` where both have the same representation (`Box::new`).
    Identity,
    /// `() -> &str`: the name panics report for the running thread: `main`, or the test's
    /// name while a test runs.
    ThreadName,
    /// `(x: &T) -> T`: a new object with the same fields, for types updated in place (the
    /// value itself for others), so that overwriting `*x` leaves the result unchanged.
    ShallowCopy,
}

/// The expression forms.
#[derive(Debug, Clone)]
pub enum ExprKind {
    /// An integer constant: the value's two's-complement bits (the type says the width).
    Int(u64),
    /// A float constant (for `f32`, the value rounded to f32).
    Float(f64),
    /// A bool constant.
    Bool(bool),
    /// A char constant.
    Char(char),
    /// A string literal (`&'static str`).
    Str(String),
    /// `()`.
    Unit,
    /// A local (a place).
    Local(LocalId),
    /// A field of a struct or tuple (a place). `base` is the aggregate itself (typeck inserts
    /// the derefs).
    Field {
        /// The struct or tuple.
        base: Box<Expr>,
        /// The field's index.
        index: u32,
    },
    /// A field of an enum variant, once the variant is known (in pattern code).
    VariantField {
        /// The enum value, known to be of `variant`.
        base: Box<Expr>,
        /// The variant.
        variant: u32,
        /// The field's index in the variant.
        index: u32,
    },
    /// An element of an array or slice, bounds-checked with rustc's panic (a place).
    Index {
        /// An array `[T; N]` (the array itself), or a slice view `&[T]`/`&mut [T]`.
        base: Box<Expr>,
        /// A `usize`.
        index: Box<Expr>,
    },
    /// `*e` for `e: &T`, `&mut T` or `Box<T>` (a place).
    Deref(Box<Expr>),
    /// `&place` or `&mut place`; this expression's type is the reference type.
    AddrOf(Box<Expr>),
    /// A copy of a `Copy` aggregate read from a place, so the two do not share mutations.
    Copy(Box<Expr>),
    /// `place = value`.
    Assign {
        /// The target place.
        place: Box<Expr>,
        /// The new value.
        value: Box<Expr>,
    },
    /// A struct, tuple or enum variant value.
    Construct {
        /// The variant (0 for structs and tuples).
        variant: u32,
        /// The fields, in declaration order, evaluated in that order.
        fields: Vec<Expr>,
    },
    /// An array `[a, b, c]`.
    Array(Vec<Expr>),
    /// `[value; count]`, `value` evaluated once (and copied for each slot if aggregate).
    ArrayRepeat {
        /// The element.
        value: Box<Expr>,
        /// The length.
        count: u64,
    },
    /// A direct call.
    Call {
        /// The callee.
        func: FuncId,
        /// Arguments, evaluated left to right.
        args: Vec<Expr>,
    },
    /// A leaf operation of the core library.
    Intrinsic {
        /// Which.
        op: Intrinsic,
        /// Arguments, evaluated left to right.
        args: Vec<Expr>,
    },
    /// A unary operation on a scalar.
    Unary {
        /// The operator.
        op: UnOp,
        /// The operand.
        operand: Box<Expr>,
    },
    /// A binary operation on scalars; for shifts the right operand may be any integer type.
    Binary {
        /// The operator.
        op: BinOp,
        /// Left operand.
        lhs: Box<Expr>,
        /// Right operand.
        rhs: Box<Expr>,
    },
    /// `expr as ty`, `ty` being this expression's type (numeric, bool, char and enum casts).
    Cast(Box<Expr>),
    /// A block: statements (values dropped), then an optional tail giving the value.
    Block {
        /// Statements, in order.
        stmts: Vec<Expr>,
        /// The value, if any.
        tail: Option<Box<Expr>>,
    },
    /// `let pat = init else { diverge };`: binds the pattern's locals.
    Let {
        /// The pattern; irrefutable unless `else_` is present.
        pat: Pat,
        /// The value.
        init: Box<Expr>,
        /// Runs (and diverges) when the pattern does not match.
        else_: Option<Box<Expr>>,
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
    /// Whether a value matches a pattern, binding its locals if so (`if let`, `while let`,
    /// `matches!`, and `&&` chains of them). Type `bool`.
    Matches {
        /// The value tested.
        scrutinee: Box<Expr>,
        /// The pattern.
        pat: Pat,
    },
    /// `match scrutinee { arms }`.
    Match {
        /// The value matched, evaluated once.
        scrutinee: Box<Expr>,
        /// Tried in order; rustc has checked exhaustiveness, so falling off the end traps.
        arms: Vec<Arm>,
    },
    /// `loop { body }` (also `while`, desugared); its type is that of its `break` values.
    Loop {
        /// For `break`/`continue`.
        id: LoopId,
        /// The body.
        body: Box<Expr>,
    },
    /// A labeled block `'a: { ... }`, which `break 'a value` leaves.
    LabeledBlock {
        /// For `break`.
        id: LoopId,
        /// The block.
        body: Box<Expr>,
    },
    /// `break` out of a loop or labeled block, with a value.
    Break {
        /// Which loop.
        id: LoopId,
        /// The value, for `loop` and labeled blocks.
        value: Option<Box<Expr>>,
    },
    /// `continue` a loop.
    Continue(LoopId),
    /// `return`, with the value unless the function returns `()`.
    Return(Option<Box<Expr>>),
    /// A panic raised by a check the compiler emits (overflowing division and the like):
    /// prints rustc's report with this message and exits 101.
    PanicStatic(String),
}

/// An arm of a `match`.
#[derive(Debug, Clone)]
pub struct Arm {
    /// The pattern.
    pub pat: Pat,
    /// An `if` guard, evaluated after the pattern's bindings.
    pub guard: Option<Expr>,
    /// The value.
    pub body: Expr,
}

/// A pattern, typed: `ty` is the type of the value it is matched against.
#[derive(Debug, Clone)]
pub struct Pat {
    /// Its form.
    pub kind: PatKind,
    /// The type of the matched value.
    pub ty: Ty,
    /// Where it is.
    pub span: Span,
}

/// Pattern forms. Default binding modes are resolved: matching through a reference is an
/// explicit [`PatKind::Deref`], and bindings say whether they bind a reference.
#[derive(Debug, Clone)]
pub enum PatKind {
    /// `_`, or `..` material.
    Wild,
    /// `name` or `name @ sub`; binds the value (or a reference to the place, see `by_ref`).
    Bind {
        /// The local bound.
        local: LocalId,
        /// `Some(mutable)` when the local is a reference to the matched place.
        by_ref: Option<bool>,
        /// `name @ sub`.
        sub: Option<Box<Pat>>,
    },
    /// A scalar constant: integer bits, bool, char; or a string for `&str` patterns.
    Const(Const),
    /// `lo..=hi` or `lo..hi` on integers or chars; either end may be open.
    Range {
        /// Low end, inclusive.
        lo: Option<Const>,
        /// High end.
        hi: Option<Const>,
        /// `..=`.
        inclusive: bool,
    },
    /// A struct or tuple: `(a, b)`, `S { x, .. }`, `S(a, _)`.
    Struct {
        /// Sub-patterns by field index; omitted fields are not tested.
        fields: Vec<(u32, Pat)>,
    },
    /// An enum variant: `Some(x)`, `E::V { a, .. }`, `E::Unit`.
    Variant {
        /// The variant's index.
        variant: u32,
        /// Sub-patterns by field index.
        fields: Vec<(u32, Pat)>,
    },
    /// A slice or array pattern: `[first, .., last]`, `[a, rest @ ..]`.
    Slice {
        /// Patterns before the `..` (or all of them).
        prefix: Vec<Pat>,
        /// The `..` and what binds it (a sub-slice), if present.
        rest: Option<Option<Box<Pat>>>,
        /// Patterns after the `..`.
        suffix: Vec<Pat>,
    },
    /// `&pat`, or an implicit deref of the default binding mode.
    Deref(Box<Pat>),
    /// `a | b`.
    Or(Vec<Pat>),
}

/// A constant in a pattern.
#[derive(Debug, Clone, PartialEq)]
pub enum Const {
    /// Integer bits (of the pattern's type), bool as 0/1, char as its scalar value.
    Int(u64),
    /// A float (rare, but legal).
    Float(f64),
    /// A `&str`.
    Str(String),
}

/// One body for [`Expr::for_each_child`] and [`Expr::for_each_child_mut`]: the two differ
/// only in how they borrow.
macro_rules! for_each_child {
    ($kind:expr, $f:ident, $iter:ident) => {
        match $kind {
            ExprKind::Int(_)
            | ExprKind::Float(_)
            | ExprKind::Bool(_)
            | ExprKind::Char(_)
            | ExprKind::Str(_)
            | ExprKind::Unit
            | ExprKind::Local(_)
            | ExprKind::Continue(_)
            | ExprKind::PanicStatic(_) => {}
            ExprKind::Field { base: e, .. }
            | ExprKind::VariantField { base: e, .. }
            | ExprKind::Deref(e)
            | ExprKind::AddrOf(e)
            | ExprKind::Copy(e)
            | ExprKind::Cast(e)
            | ExprKind::Unary { operand: e, .. }
            | ExprKind::ArrayRepeat { value: e, .. }
            | ExprKind::Loop { body: e, .. }
            | ExprKind::LabeledBlock { body: e, .. }
            | ExprKind::Matches { scrutinee: e, .. } => $f(e),
            ExprKind::Index { base: a, index: b }
            | ExprKind::Assign { place: a, value: b }
            | ExprKind::Binary { lhs: a, rhs: b, .. } => {
                $f(a);
                $f(b);
            }
            ExprKind::Construct { fields: es, .. }
            | ExprKind::Array(es)
            | ExprKind::Call { args: es, .. }
            | ExprKind::Intrinsic { args: es, .. } => es.$iter().for_each($f),
            ExprKind::Block { stmts, tail } => {
                stmts.$iter().for_each(&mut $f);
                if let Some(t) = tail {
                    $f(t);
                }
            }
            ExprKind::Let { init, else_, .. } => {
                $f(init);
                if let Some(e) = else_ {
                    $f(e);
                }
            }
            ExprKind::If { cond, then, else_ } => {
                $f(cond);
                $f(then);
                if let Some(e) = else_ {
                    $f(e);
                }
            }
            ExprKind::Match { scrutinee, arms } => {
                $f(scrutinee);
                for Arm { guard, body, .. } in arms.$iter() {
                    for g in guard.$iter() {
                        $f(g);
                    }
                    $f(body);
                }
            }
            ExprKind::Break { value, .. } | ExprKind::Return(value) => {
                if let Some(v) = value {
                    $f(v);
                }
            }
        }
    };
}

impl Expr {
    /// A unit expression.
    pub fn unit(span: Span) -> Expr {
        Expr { kind: ExprKind::Unit, ty: Ty::Unit, span }
    }

    /// Calls `f` on each direct subexpression, in evaluation order (match guards and arms
    /// included).
    pub fn for_each_child(&self, mut f: impl FnMut(&Expr)) {
        for_each_child!(&self.kind, f, iter)
    }

    /// Like [`Expr::for_each_child`], mutably.
    pub fn for_each_child_mut(&mut self, mut f: impl FnMut(&mut Expr)) {
        for_each_child!(&mut self.kind, f, iter_mut)
    }
}
