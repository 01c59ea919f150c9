//! `Clone`.

#[lang = "clone"]
pub trait Clone {
    fn clone(&self) -> Self;
}

macro_rules! clone_by_copy {
    ($($t:ty)*) => { $(
        impl Clone for $t {
            fn clone(&self) -> $t { *self }
        }
        impl crate::marker::Copy for $t {}
    )* };
}

clone_by_copy!(i8 i16 i32 i64 isize u8 u16 u32 u64 usize f32 f64 bool char ());

impl<'a> Clone for &'a str {
    fn clone(&self) -> &'a str {
        *self
    }
}

impl<'a, T> Clone for &'a [T] {
    fn clone(&self) -> &'a [T] {
        *self
    }
}

macro_rules! tuple_clone {
    ($(($($name:ident $idx:tt),+))*) => { $(
        impl<$($name: Clone),+> Clone for ($($name,)+) {
            fn clone(&self) -> ($($name,)+) {
                ($(self.$idx.clone(),)+)
            }
        }
        impl<$($name: crate::marker::Copy),+> crate::marker::Copy for ($($name,)+) {}
    )* };
}

tuple_clone!((A 0) (A 0, B 1) (A 0, B 1, C 2) (A 0, B 1, C 2, D 3) (A 0, B 1, C 2, D 3, E 4) (A 0, B 1, C 2, D 3, E 4, F 5));
