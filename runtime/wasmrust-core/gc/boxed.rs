//! `Box<T>`: in GC mode a box is its contents' reference (or value), nothing more.

#[lang = "owned_box"]
pub struct Box<T> {
    value: T,
}

impl<T> Box<T> {
    pub fn new(value: T) -> Box<T> {
        crate::intrinsics::identity(value)
    }
}

impl<T: Clone> Clone for Box<T> {
    fn clone(&self) -> Box<T> {
        Box::new((**self).clone())
    }
}

impl<T: PartialEq> PartialEq for Box<T> {
    fn eq(&self, other: &Box<T>) -> bool {
        (**self).eq(&**other)
    }
}

impl<T: crate::fmt::Debug> crate::fmt::Debug for Box<T> {
    fn fmt(&self, f: &mut crate::fmt::Formatter) -> crate::fmt::Result {
        (**self).fmt(f)
    }
}

impl<T: crate::fmt::Display> crate::fmt::Display for Box<T> {
    fn fmt(&self, f: &mut crate::fmt::Formatter) -> crate::fmt::Result {
        (**self).fmt(f)
    }
}

impl<T> crate::ops::Deref for Box<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &**self
    }
}

impl<T> crate::ops::DerefMut for Box<T> {
    fn deref_mut(&mut self) -> &mut T {
        &mut **self
    }
}
