//! Marker traits.

#[lang = "copy"]
pub trait Copy: Clone {}

pub trait Sized {}

pub trait Send {}

pub trait Sync {}

/// A zero-sized marker, as in std.
pub struct PhantomData<T> {
    _never: Option<T>,
}
