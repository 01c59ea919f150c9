//! `Default`.

pub trait Default {
    fn default() -> Self;
}

macro_rules! default_zero {
    ($($t:ty => $v:expr),*) => { $(
        impl Default for $t {
            fn default() -> $t { $v }
        }
    )* };
}

default_zero!(i8 => 0, i16 => 0, i32 => 0, i64 => 0, isize => 0, u8 => 0, u16 => 0, u32 => 0, u64 => 0, usize => 0,
    f32 => 0.0, f64 => 0.0, bool => false, char => '\0', () => ());

impl<'a> Default for &'a str {
    fn default() -> &'a str {
        ""
    }
}

macro_rules! tuple_default {
    ($(($($name:ident),+))*) => { $(
        impl<$($name: Default),+> Default for ($($name,)+) {
            fn default() -> ($($name,)+) { ($($name::default(),)+) }
        }
    )* };
}

tuple_default!((A, B) (A, B, C) (A, B, C, D));
