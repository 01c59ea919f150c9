//! Conversions.

#[lang = "from"]
pub trait From<T> {
    fn from(value: T) -> Self;
}

pub trait Into<T> {
    fn into(self) -> T;
}

impl<T, U: From<T>> Into<U> for T {
    fn into(self) -> U {
        U::from(self)
    }
}

impl<T> From<T> for T {
    fn from(value: T) -> T {
        value
    }
}

pub trait TryFrom<T>: Sized {
    type Error;
    fn try_from(value: T) -> Result<Self, Self::Error>;
}

pub trait AsRef<T> {
    fn as_ref(&self) -> &T;
}

macro_rules! widen {
    ($($from:ty => $($to:ty)*;)*) => { $( $(
        impl From<$from> for $to {
            fn from(value: $from) -> $to { value as $to }
        }
    )* )* };
}

widen! {
    u8 => u16 u32 u64 usize i16 i32 i64 f32 f64;
    u16 => u32 u64 usize i32 i64 f32 f64;
    u32 => u64 i64 f64;
    i8 => i16 i32 i64 isize f32 f64;
    i16 => i32 i64 isize f32 f64;
    i32 => i64 f64;
    f32 => f64;
}

impl From<bool> for i32 {
    fn from(value: bool) -> i32 {
        value as i32
    }
}

impl From<char> for u32 {
    fn from(value: char) -> u32 {
        value as u32
    }
}

impl From<u8> for char {
    fn from(value: u8) -> char {
        value as char
    }
}

/// The error type of conversions that cannot fail.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Infallible {}
