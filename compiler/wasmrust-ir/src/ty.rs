//! Types.

use std::rc::Rc;

/// An integer type. `isize`/`usize` are 32 bits, as on wasm32.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[allow(missing_docs)]
pub enum IntTy {
    I8,
    I16,
    I32,
    I64,
    I128,
    Isize,
    U8,
    U16,
    U32,
    U64,
    U128,
    Usize,
}

impl IntTy {
    /// Every integer type, for name lookup.
    pub const ALL: [IntTy; 12] = [
        IntTy::I8,
        IntTy::I16,
        IntTy::I32,
        IntTy::I64,
        IntTy::I128,
        IntTy::Isize,
        IntTy::U8,
        IntTy::U16,
        IntTy::U32,
        IntTy::U64,
        IntTy::U128,
        IntTy::Usize,
    ];

    /// Width in bits on wasm32.
    pub fn bits(self) -> u32 {
        match self {
            IntTy::I8 | IntTy::U8 => 8,
            IntTy::I16 | IntTy::U16 => 16,
            IntTy::I32 | IntTy::U32 | IntTy::Isize | IntTy::Usize => 32,
            IntTy::I64 | IntTy::U64 => 64,
            IntTy::I128 | IntTy::U128 => 128,
        }
    }

    /// Whether the type is signed.
    pub fn signed(self) -> bool {
        matches!(self, IntTy::I8 | IntTy::I16 | IntTy::I32 | IntTy::I64 | IntTy::I128 | IntTy::Isize)
    }

    /// The smallest value, as an i128 (`i128::MIN` for i128).
    pub fn min(self) -> i128 {
        if !self.signed() {
            0
        } else if self.bits() == 128 {
            i128::MIN
        } else {
            -(1i128 << (self.bits() - 1))
        }
    }

    /// The largest value, as a u128.
    pub fn max(self) -> u128 {
        if self.bits() == 128 {
            if self.signed() { i128::MAX as u128 } else { u128::MAX }
        } else if self.signed() {
            (1u128 << (self.bits() - 1)) - 1
        } else {
            (1u128 << self.bits()) - 1
        }
    }

    /// The Rust spelling.
    pub fn name(self) -> &'static str {
        match self {
            IntTy::I8 => "i8",
            IntTy::I16 => "i16",
            IntTy::I32 => "i32",
            IntTy::I64 => "i64",
            IntTy::I128 => "i128",
            IntTy::Isize => "isize",
            IntTy::U8 => "u8",
            IntTy::U16 => "u16",
            IntTy::U32 => "u32",
            IntTy::U64 => "u64",
            IntTy::U128 => "u128",
            IntTy::Usize => "usize",
        }
    }

    /// Looks a type up by its Rust spelling.
    pub fn from_name(name: &str) -> Option<IntTy> {
        IntTy::ALL.into_iter().find(|t| t.name() == name)
    }
}

/// A float type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[allow(missing_docs)]
pub enum FloatTy {
    F32,
    F64,
}

impl FloatTy {
    /// The Rust spelling.
    pub fn name(self) -> &'static str {
        match self {
            FloatTy::F32 => "f32",
            FloatTy::F64 => "f64",
        }
    }
}

/// `&` or `&mut`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Mutability {
    /// `&`.
    Not,
    /// `&mut`.
    Mut,
}

/// A struct or enum definition, indexed by the front end.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct AdtId(pub u32);

/// A type of the GC profile.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Ty {
    /// Any integer type.
    Int(IntTy),
    /// `f32`/`f64`.
    Float(FloatTy),
    /// `bool`.
    Bool,
    /// `char`.
    Char,
    /// `()`.
    Unit,
    /// `!`, the type of expressions that do not produce a value.
    Never,
    /// `str`, only ever behind a reference.
    Str,
    /// A tuple of two or more elements (one-element tuples too); `()` is [`Ty::Unit`].
    Tuple(Rc<[Ty]>),
    /// A struct or enum instance.
    Adt(AdtId, Rc<[Ty]>),
    /// `[T; N]`; the length [`Ty::ANY_LEN`] stands for a const generic `N` (an impl or
    /// function over arrays of every length shares one instance: arrays are represented
    /// alike whatever their length).
    Array(Rc<Ty>, u64),
    /// `[T]`, only ever behind a reference.
    Slice(Rc<Ty>),
    /// `&T` or `&mut T`.
    Ref(Mutability, Rc<Ty>),
    /// The core library's backing store: a fixed-length GC array of `T`.
    RawArray(Rc<Ty>),
    /// A closure: its index in [`crate::Module::closures`].
    Closure(u32),
    /// An inference variable; only inside the type checker (see the crate invariant).
    Infer(u32),
}

impl Ty {
    /// `&T`.
    pub fn shared_ref(ty: Ty) -> Ty {
        Ty::Ref(Mutability::Not, Rc::new(ty))
    }

    /// `&mut T`.
    pub fn mut_ref(ty: Ty) -> Ty {
        Ty::Ref(Mutability::Mut, Rc::new(ty))
    }

    /// `&'static str`.
    pub fn str_ref() -> Ty {
        Ty::shared_ref(Ty::Str)
    }

    /// `usize`.
    pub const USIZE: Ty = Ty::Int(IntTy::Usize);

    /// The length of `[T; N]` for a const generic `N`.
    pub const ANY_LEN: u64 = u64::MAX;

    /// The referent, for a reference type.
    pub fn pointee(&self) -> Option<&Ty> {
        match self {
            Ty::Ref(_, t) => Some(t),
            _ => None,
        }
    }

    /// Whether this type or any part of it is an unresolved inference variable.
    pub fn has_infer(&self) -> bool {
        match self {
            Ty::Infer(_) => true,
            Ty::Tuple(ts) | Ty::Adt(_, ts) => ts.iter().any(Ty::has_infer),
            Ty::Array(t, _) | Ty::Slice(t) | Ty::Ref(_, t) | Ty::RawArray(t) => t.has_infer(),
            _ => false,
        }
    }
}
