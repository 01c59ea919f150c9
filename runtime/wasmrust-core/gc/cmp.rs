//! Comparison traits and `Ordering`.

use crate::option::Option::{self, None, Some};

#[lang = "eq"]
pub trait PartialEq<Rhs = Self> {
    fn eq(&self, other: &Rhs) -> bool;

    fn ne(&self, other: &Rhs) -> bool {
        !self.eq(other)
    }
}

pub trait Eq: PartialEq {}

/// The result of a comparison.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
pub enum Ordering {
    Less,
    Equal,
    Greater,
}

impl Ordering {
    pub fn is_eq(self) -> bool {
        matches!(self, Ordering::Equal)
    }

    pub fn is_ne(self) -> bool {
        !matches!(self, Ordering::Equal)
    }

    pub fn is_lt(self) -> bool {
        matches!(self, Ordering::Less)
    }

    pub fn is_gt(self) -> bool {
        matches!(self, Ordering::Greater)
    }

    pub fn is_le(self) -> bool {
        !matches!(self, Ordering::Greater)
    }

    pub fn is_ge(self) -> bool {
        !matches!(self, Ordering::Less)
    }

    pub fn reverse(self) -> Ordering {
        match self {
            Ordering::Less => Ordering::Greater,
            Ordering::Equal => Ordering::Equal,
            Ordering::Greater => Ordering::Less,
        }
    }

    pub fn then(self, other: Ordering) -> Ordering {
        match self {
            Ordering::Equal => other,
            _ => self,
        }
    }

    pub fn then_with<F: FnOnce() -> Ordering>(self, f: F) -> Ordering {
        match self {
            Ordering::Equal => f(),
            _ => self,
        }
    }
}

#[lang = "partial_ord"]
pub trait PartialOrd<Rhs = Self>: PartialEq<Rhs> {
    fn partial_cmp(&self, other: &Rhs) -> Option<Ordering>;

    fn lt(&self, other: &Rhs) -> bool {
        matches!(self.partial_cmp(other), Some(Ordering::Less))
    }

    fn le(&self, other: &Rhs) -> bool {
        matches!(self.partial_cmp(other), Some(Ordering::Less | Ordering::Equal))
    }

    fn gt(&self, other: &Rhs) -> bool {
        matches!(self.partial_cmp(other), Some(Ordering::Greater))
    }

    fn ge(&self, other: &Rhs) -> bool {
        matches!(self.partial_cmp(other), Some(Ordering::Greater | Ordering::Equal))
    }
}

#[lang = "ord"]
pub trait Ord: Eq + PartialOrd {
    fn cmp(&self, other: &Self) -> Ordering;

    fn max(self, other: Self) -> Self
    where
        Self: Sized,
    {
        if other.cmp(&self) == Ordering::Less { self } else { other }
    }

    fn min(self, other: Self) -> Self
    where
        Self: Sized,
    {
        if other.cmp(&self) == Ordering::Less { other } else { self }
    }

    fn clamp(self, min: Self, max: Self) -> Self
    where
        Self: Sized,
    {
        if self.cmp(&min) == Ordering::Less {
            min
        } else if self.cmp(&max) == Ordering::Greater {
            max
        } else {
            self
        }
    }
}

pub fn max<T: Ord>(a: T, b: T) -> T {
    a.max(b)
}

pub fn min<T: Ord>(a: T, b: T) -> T {
    a.min(b)
}

/// Reverses an ordering: `Reverse(a) < Reverse(b)` when `a > b`.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash, Default)]
pub struct Reverse<T>(pub T);

impl<T: PartialOrd> PartialOrd for Reverse<T> {
    fn partial_cmp(&self, other: &Reverse<T>) -> Option<Ordering> {
        other.0.partial_cmp(&self.0)
    }
}

impl<T: Ord> Ord for Reverse<T> {
    fn cmp(&self, other: &Reverse<T>) -> Ordering {
        other.0.cmp(&self.0)
    }
}

macro_rules! ord_by_operators {
    ($($t:ty)*) => { $(
        impl PartialEq for $t {
            fn eq(&self, other: &$t) -> bool { *self == *other }
            fn ne(&self, other: &$t) -> bool { *self != *other }
        }
        impl PartialOrd for $t {
            fn partial_cmp(&self, other: &$t) -> Option<Ordering> {
                if *self < *other {
                    Some(Ordering::Less)
                } else if *self == *other {
                    Some(Ordering::Equal)
                } else if *self > *other {
                    Some(Ordering::Greater)
                } else {
                    None
                }
            }
            fn lt(&self, other: &$t) -> bool { *self < *other }
            fn le(&self, other: &$t) -> bool { *self <= *other }
            fn gt(&self, other: &$t) -> bool { *self > *other }
            fn ge(&self, other: &$t) -> bool { *self >= *other }
        }
    )* };
}

ord_by_operators!(i8 i16 i32 i64 isize u8 u16 u32 u64 usize f32 f64 bool char);

macro_rules! total_order {
    ($($t:ty)*) => { $(
        impl Eq for $t {}
        impl Ord for $t {
            fn cmp(&self, other: &$t) -> Ordering {
                if *self < *other {
                    Ordering::Less
                } else if *self == *other {
                    Ordering::Equal
                } else {
                    Ordering::Greater
                }
            }
            fn max(self, other: $t) -> $t { if self > other { self } else { other } }
            fn min(self, other: $t) -> $t { if self < other { self } else { other } }
        }
    )* };
}

total_order!(i8 i16 i32 i64 isize u8 u16 u32 u64 usize bool char);

impl PartialEq for () {
    fn eq(&self, _other: &()) -> bool {
        true
    }
}

impl Eq for () {}

impl PartialOrd for () {
    fn partial_cmp(&self, _other: &()) -> Option<Ordering> {
        Some(Ordering::Equal)
    }
}

impl Ord for () {
    fn cmp(&self, _other: &()) -> Ordering {
        Ordering::Equal
    }
}

impl<'a, A: PartialEq> PartialEq<&'a A> for &'a A {
    fn eq(&self, other: &&'a A) -> bool {
        (**self).eq(*other)
    }
}

impl<'a, A: Eq> Eq for &'a A {}

impl<'a, A: PartialOrd> PartialOrd<&'a A> for &'a A {
    fn partial_cmp(&self, other: &&'a A) -> Option<Ordering> {
        (**self).partial_cmp(*other)
    }
}

impl<'a, A: Ord> Ord for &'a A {
    fn cmp(&self, other: &&'a A) -> Ordering {
        (**self).cmp(*other)
    }
}

macro_rules! tuple_cmp {
    ($(($($name:ident $idx:tt),+))*) => { $(
        impl<$($name: PartialEq),+> PartialEq for ($($name,)+) {
            fn eq(&self, other: &($($name,)+)) -> bool {
                true $(&& self.$idx == other.$idx)+
            }
        }
        impl<$($name: Eq),+> Eq for ($($name,)+) {}
        impl<$($name: PartialOrd),+> PartialOrd for ($($name,)+) {
            fn partial_cmp(&self, other: &($($name,)+)) -> Option<Ordering> {
                $(
                    match self.$idx.partial_cmp(&other.$idx) {
                        Some(Ordering::Equal) => {}
                        unequal => return unequal,
                    }
                )+
                Some(Ordering::Equal)
            }
        }
        impl<$($name: Ord),+> Ord for ($($name,)+) {
            fn cmp(&self, other: &($($name,)+)) -> Ordering {
                $(
                    match self.$idx.cmp(&other.$idx) {
                        Ordering::Equal => {}
                        unequal => return unequal,
                    }
                )+
                Ordering::Equal
            }
        }
    )* };
}

tuple_cmp!((A 0, B 1) (A 0, B 1, C 2) (A 0, B 1, C 2, D 3) (A 0, B 1, C 2, D 3, E 4));
