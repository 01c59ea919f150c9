//! Operator traits, ranges and the `Fn` traits.

macro_rules! binary_trait {
    ($($name:ident $lang:literal $method:ident $assign:ident $alang:literal $amethod:ident;)*) => { $(
        #[lang = $lang]
        pub trait $name<Rhs = Self> {
            type Output;
            fn $method(self, rhs: Rhs) -> Self::Output;
        }
        #[lang = $alang]
        pub trait $assign<Rhs = Self> {
            fn $amethod(&mut self, rhs: Rhs);
        }
    )* };
}

binary_trait! {
    Add "add" add AddAssign "add_assign" add_assign;
    Sub "sub" sub SubAssign "sub_assign" sub_assign;
    Mul "mul" mul MulAssign "mul_assign" mul_assign;
    Div "div" div DivAssign "div_assign" div_assign;
    Rem "rem" rem RemAssign "rem_assign" rem_assign;
    BitAnd "bitand" bitand BitAndAssign "bitand_assign" bitand_assign;
    BitOr "bitor" bitor BitOrAssign "bitor_assign" bitor_assign;
    BitXor "bitxor" bitxor BitXorAssign "bitxor_assign" bitxor_assign;
    Shl "shl" shl ShlAssign "shl_assign" shl_assign;
    Shr "shr" shr ShrAssign "shr_assign" shr_assign;
}

#[lang = "neg"]
pub trait Neg {
    type Output;
    fn neg(self) -> Self::Output;
}

#[lang = "not"]
pub trait Not {
    type Output;
    fn not(self) -> Self::Output;
}

macro_rules! arith_by_operators {
    ($($t:ty)*) => { $(
        impl Add for $t { type Output = $t; fn add(self, rhs: $t) -> $t { self + rhs } }
        impl Sub for $t { type Output = $t; fn sub(self, rhs: $t) -> $t { self - rhs } }
        impl Mul for $t { type Output = $t; fn mul(self, rhs: $t) -> $t { self * rhs } }
        impl Div for $t { type Output = $t; fn div(self, rhs: $t) -> $t { self / rhs } }
        impl Rem for $t { type Output = $t; fn rem(self, rhs: $t) -> $t { self % rhs } }
        impl AddAssign for $t { fn add_assign(&mut self, rhs: $t) { *self = *self + rhs; } }
        impl SubAssign for $t { fn sub_assign(&mut self, rhs: $t) { *self = *self - rhs; } }
        impl MulAssign for $t { fn mul_assign(&mut self, rhs: $t) { *self = *self * rhs; } }
        impl DivAssign for $t { fn div_assign(&mut self, rhs: $t) { *self = *self / rhs; } }
        impl<'a> Add<&'a $t> for $t { type Output = $t; fn add(self, rhs: &'a $t) -> $t { self + *rhs } }
        impl<'a> Add<$t> for &'a $t { type Output = $t; fn add(self, rhs: $t) -> $t { *self + rhs } }
        impl<'a> Add<&'a $t> for &'a $t { type Output = $t; fn add(self, rhs: &'a $t) -> $t { *self + *rhs } }
        impl<'a> Mul<&'a $t> for &'a $t { type Output = $t; fn mul(self, rhs: &'a $t) -> $t { *self * *rhs } }
        impl<'a> Sub<&'a $t> for &'a $t { type Output = $t; fn sub(self, rhs: &'a $t) -> $t { *self - *rhs } }
    )* };
}

arith_by_operators!(i8 i16 i32 i64 isize u8 u16 u32 u64 usize f32 f64);

/// `*x`: user types that dereference to another.
#[lang = "deref"]
pub trait Deref {
    type Target;
    fn deref(&self) -> &Self::Target;
}

#[lang = "deref_mut"]
pub trait DerefMut: Deref {
    fn deref_mut(&mut self) -> &mut Self::Target;
}

/// `a[i]` for types other than arrays, slices and vectors indexed by `usize`.
#[lang = "index"]
pub trait Index<Idx> {
    type Output;
    fn index(&self, index: Idx) -> &Self::Output;
}

#[lang = "index_mut"]
pub trait IndexMut<Idx>: Index<Idx> {
    fn index_mut(&mut self, index: Idx) -> &mut Self::Output;
}

pub trait Fn<Args> {}

pub trait FnMut<Args> {}

pub trait FnOnce<Args> {}

pub trait Drop {
    fn drop(&mut self);
}

/// `start..end`.
#[lang = "Range"]
#[derive(Clone, PartialEq, Eq, Debug, Default, Hash)]
pub struct Range<Idx> {
    pub start: Idx,
    pub end: Idx,
}

/// `start..=end`.
#[lang = "RangeInclusive"]
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct RangeInclusive<Idx> {
    start: Idx,
    end: Idx,
}

impl<Idx> RangeInclusive<Idx> {
    pub fn new(start: Idx, end: Idx) -> RangeInclusive<Idx> {
        RangeInclusive { start, end }
    }

    pub fn start(&self) -> &Idx {
        &self.start
    }

    pub fn end(&self) -> &Idx {
        &self.end
    }
}

/// `start..`.
#[lang = "RangeFrom"]
#[derive(Clone, PartialEq, Eq, Debug, Hash)]
pub struct RangeFrom<Idx> {
    pub start: Idx,
}

/// `..end`.
#[lang = "RangeTo"]
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
pub struct RangeTo<Idx> {
    pub end: Idx,
}

/// `..=end`.
#[lang = "RangeToInclusive"]
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
pub struct RangeToInclusive<Idx> {
    pub end: Idx,
}

/// `..`.
#[lang = "RangeFull"]
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
pub struct RangeFull;

impl<Idx: PartialOrd> Range<Idx> {
    pub fn contains(&self, item: &Idx) -> bool {
        *item >= self.start && *item < self.end
    }

    pub fn is_empty(&self) -> bool {
        !(self.start < self.end)
    }
}

impl<Idx: PartialOrd> RangeInclusive<Idx> {
    pub fn contains(&self, item: &Idx) -> bool {
        *item >= self.start && *item <= self.end
    }

    pub fn is_empty(&self) -> bool {
        !(self.start <= self.end)
    }
}

impl<Idx: crate::fmt::Debug> crate::fmt::Debug for RangeInclusive<Idx> {
    fn fmt(&self, f: &mut crate::fmt::Formatter) -> crate::fmt::Result {
        self.start.fmt(f);
        f.write_str("..=");
        self.end.fmt(f)
    }
}

/// The bounds of a range over `usize`, resolved against a length: `(start, end)`, or the
/// panic rustc gives for slicing out of range.
pub trait SliceRange {
    fn bounds(&self, len: usize) -> (usize, usize);
}

impl SliceRange for Range<usize> {
    #[track_caller]
    fn bounds(&self, len: usize) -> (usize, usize) {
        check_range(self.start, self.end, len)
    }
}

impl SliceRange for RangeInclusive<usize> {
    #[track_caller]
    fn bounds(&self, len: usize) -> (usize, usize) {
        check_range(self.start, self.end + 1, len)
    }
}

impl SliceRange for RangeFrom<usize> {
    #[track_caller]
    fn bounds(&self, len: usize) -> (usize, usize) {
        if self.start > len {
            crate::panicking::panic_str_at(
                &format!("range start index {} out of range for slice of length {}", self.start, len),
                crate::panic::Location::caller(),
            );
        }
        (self.start, len)
    }
}

impl SliceRange for RangeTo<usize> {
    #[track_caller]
    fn bounds(&self, len: usize) -> (usize, usize) {
        check_range(0, self.end, len)
    }
}

impl SliceRange for RangeToInclusive<usize> {
    #[track_caller]
    fn bounds(&self, len: usize) -> (usize, usize) {
        check_range(0, self.end + 1, len)
    }
}

impl SliceRange for RangeFull {
    fn bounds(&self, len: usize) -> (usize, usize) {
        (0, len)
    }
}

#[track_caller]
fn check_range(start: usize, end: usize, len: usize) -> (usize, usize) {
    if start > end {
        crate::panicking::panic_str_at(
            &format!("slice index starts at {} but ends at {}", start, end),
            crate::panic::Location::caller(),
        );
    }
    if end > len {
        crate::panicking::panic_str_at(
            &format!("range end index {} out of range for slice of length {}", end, len),
            crate::panic::Location::caller(),
        );
    }
    (start, end)
}
