//! `Vec<T>`: a GC array and a length.

use crate::cmp::Ordering;
use crate::intrinsics::{RawArray, raw_copy, raw_get, raw_len, raw_new, raw_set, slice_from_raw, slice_from_raw_mut, zeroed};
use crate::iter::{FromIterator, IntoIterator, Iterator};
use crate::ops::{Deref, DerefMut, Index, IndexMut, SliceRange};
use crate::option::Option::{self, None, Some};

#[lang = "Vec"]
pub struct Vec<T> {
    buf: RawArray<T>,
    len: usize,
}

impl<T> Vec<T> {
    pub fn new() -> Vec<T> {
        Vec { buf: raw_new(0), len: 0 }
    }

    pub fn with_capacity(capacity: usize) -> Vec<T> {
        Vec { buf: raw_new(capacity), len: 0 }
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub fn capacity(&self) -> usize {
        raw_len(&self.buf)
    }

    pub fn reserve(&mut self, additional: usize) {
        if self.len + additional > raw_len(&self.buf) {
            self.grow(self.len + additional);
        }
    }

    fn grow(&mut self, min: usize) {
        let mut cap = raw_len(&self.buf) * 2;
        if cap < min {
            cap = min;
        }
        if cap < 4 {
            cap = 4;
        }
        let bigger = raw_new(cap);
        raw_copy(&bigger, 0, &self.buf, 0, self.len);
        self.buf = bigger;
    }

    pub fn push(&mut self, value: T) {
        if self.len == raw_len(&self.buf) {
            self.grow(self.len + 1);
        }
        raw_set(&self.buf, self.len, value);
        self.len += 1;
    }

    pub fn pop(&mut self) -> Option<T> {
        if self.len == 0 {
            return None;
        }
        self.len -= 1;
        let value = raw_get(&self.buf, self.len);
        raw_set(&self.buf, self.len, zeroed());
        Some(value)
    }

    #[track_caller]
    pub fn insert(&mut self, index: usize, value: T) {
        if index > self.len {
            crate::panicking::panic_str_at(
                &format!("insertion index (is {}) should be <= len (is {})", index, self.len),
                crate::panic::Location::caller(),
            );
        }
        if self.len == raw_len(&self.buf) {
            self.grow(self.len + 1);
        }
        raw_copy(&self.buf, index + 1, &self.buf, index, self.len - index);
        raw_set(&self.buf, index, value);
        self.len += 1;
    }

    #[track_caller]
    pub fn remove(&mut self, index: usize) -> T {
        if index >= self.len {
            crate::panicking::panic_str_at(
                &format!("removal index (is {}) should be < len (is {})", index, self.len),
                crate::panic::Location::caller(),
            );
        }
        let value = raw_get(&self.buf, index);
        raw_copy(&self.buf, index, &self.buf, index + 1, self.len - index - 1);
        self.len -= 1;
        raw_set(&self.buf, self.len, zeroed());
        value
    }

    #[track_caller]
    pub fn swap_remove(&mut self, index: usize) -> T {
        if index >= self.len {
            crate::panicking::panic_str_at(
                &format!("swap_remove index (is {}) should be < len (is {})", index, self.len),
                crate::panic::Location::caller(),
            );
        }
        let value = raw_get(&self.buf, index);
        self.len -= 1;
        raw_set(&self.buf, index, raw_get(&self.buf, self.len));
        raw_set(&self.buf, self.len, zeroed());
        value
    }

    pub fn truncate(&mut self, len: usize) {
        while self.len > len {
            self.len -= 1;
            raw_set(&self.buf, self.len, zeroed());
        }
    }

    pub fn clear(&mut self) {
        self.truncate(0);
    }

    pub fn as_slice(&self) -> &[T] {
        slice_from_raw(&self.buf, 0, self.len)
    }

    pub fn as_mut_slice(&mut self) -> &mut [T] {
        slice_from_raw_mut(&self.buf, 0, self.len)
    }

    pub fn extend_from_slice(&mut self, other: &[T])
    where
        T: Clone,
    {
        self.reserve(other.len());
        for x in other.iter() {
            self.push(x.clone());
        }
    }

    pub fn append(&mut self, other: &mut Vec<T>) {
        self.reserve(other.len);
        let mut i = 0;
        while i < other.len {
            self.push(raw_get(&other.buf, i));
            i += 1;
        }
        other.clear();
    }

    pub fn split_off(&mut self, at: usize) -> Vec<T> {
        let mut tail = Vec::with_capacity(self.len - at);
        let mut i = at;
        while i < self.len {
            tail.push(raw_get(&self.buf, i));
            i += 1;
        }
        self.truncate(at);
        tail
    }

    pub fn retain<F: FnMut(&T) -> bool>(&mut self, mut keep: F) {
        let mut kept = 0;
        let mut i = 0;
        while i < self.len {
            let x = raw_get(&self.buf, i);
            if keep(&x) {
                raw_set(&self.buf, kept, x);
                kept += 1;
            }
            i += 1;
        }
        self.truncate(kept);
    }

    pub fn retain_mut<F: FnMut(&mut T) -> bool>(&mut self, mut keep: F) {
        let mut kept = 0;
        let mut i = 0;
        while i < self.len {
            if keep(&mut self.as_mut_slice()[i]) {
                raw_set(&self.buf, kept, raw_get(&self.buf, i));
                kept += 1;
            }
            i += 1;
        }
        self.truncate(kept);
    }

    pub fn dedup(&mut self)
    where
        T: PartialEq,
    {
        self.dedup_by(|a, b| a == b)
    }

    pub fn dedup_by_key<K: PartialEq, F: FnMut(&mut T) -> K>(&mut self, mut key: F) {
        self.dedup_by(|a, b| key(a) == key(b))
    }

    pub fn dedup_by<F: FnMut(&mut T, &mut T) -> bool>(&mut self, mut same: F) {
        if self.len < 2 {
            return;
        }
        let mut kept = 1;
        let mut i = 1;
        while i < self.len {
            let mut x = raw_get(&self.buf, i);
            let mut last = raw_get(&self.buf, kept - 1);
            if !same(&mut x, &mut last) {
                raw_set(&self.buf, kept, x);
                kept += 1;
            }
            i += 1;
        }
        self.truncate(kept);
    }

    pub fn resize(&mut self, len: usize, value: T)
    where
        T: Clone,
    {
        if len <= self.len {
            self.truncate(len);
        } else {
            while self.len < len {
                self.push(value.clone());
            }
        }
    }

    pub fn drain<R: SliceRange>(&mut self, range: R) -> IntoIter<T> {
        let (a, b) = range.bounds(self.len);
        let mut removed = Vec::with_capacity(b - a);
        let mut i = a;
        while i < b {
            removed.push(raw_get(&self.buf, i));
            i += 1;
        }
        raw_copy(&self.buf, a, &self.buf, b, self.len - b);
        let new_len = self.len - (b - a);
        self.truncate(new_len);
        removed.into_iter()
    }

    pub fn iter(&self) -> crate::slice::Iter<'_, T> {
        self.as_slice().iter()
    }

    pub fn iter_mut(&mut self) -> crate::slice::IterMut<'_, T> {
        self.as_mut_slice().iter_mut()
    }

    pub fn first(&self) -> Option<&T> {
        self.as_slice().first()
    }

    pub fn last(&self) -> Option<&T> {
        self.as_slice().last()
    }

    pub fn contains(&self, x: &T) -> bool
    where
        T: PartialEq,
    {
        self.as_slice().contains(x)
    }

    pub fn sort(&mut self)
    where
        T: Ord,
    {
        self.as_mut_slice().sort()
    }

    pub fn sort_by<F: FnMut(&T, &T) -> Ordering>(&mut self, compare: F) {
        self.as_mut_slice().sort_by(compare)
    }

    pub fn sort_by_key<K: Ord, F: FnMut(&T) -> K>(&mut self, key: F) {
        self.as_mut_slice().sort_by_key(key)
    }

    pub fn reverse(&mut self) {
        self.as_mut_slice().reverse()
    }

    pub fn swap(&mut self, a: usize, b: usize) {
        self.as_mut_slice().swap(a, b)
    }

    pub fn into_boxed_slice(self) -> Vec<T> {
        self
    }
}

/// `vec![value; n]`.
pub fn from_elem<T: Clone>(value: T, n: usize) -> Vec<T> {
    let mut v = Vec::with_capacity(n);
    if n > 0 {
        let mut i = 1;
        while i < n {
            v.push(value.clone());
            i += 1;
        }
        v.push(value);
    }
    v
}

impl<T> Deref for Vec<T> {
    type Target = [T];
    fn deref(&self) -> &[T] {
        slice_from_raw(&self.buf, 0, self.len)
    }
}

impl<T> DerefMut for Vec<T> {
    fn deref_mut(&mut self) -> &mut [T] {
        slice_from_raw_mut(&self.buf, 0, self.len)
    }
}

impl<T, R: SliceRange> Index<R> for Vec<T> {
    type Output = [T];
    #[track_caller]
    fn index(&self, range: R) -> &[T] {
        let (a, b) = range.bounds(self.len);
        slice_from_raw(&self.buf, a, b - a)
    }
}

impl<T, R: SliceRange> IndexMut<R> for Vec<T> {
    #[track_caller]
    fn index_mut(&mut self, range: R) -> &mut [T] {
        let (a, b) = range.bounds(self.len);
        slice_from_raw_mut(&self.buf, a, b - a)
    }
}

impl<T: Clone> Clone for Vec<T> {
    fn clone(&self) -> Vec<T> {
        self.as_slice().to_vec()
    }
}

impl<T: PartialEq<U>, U> PartialEq<Vec<U>> for Vec<T> {
    fn eq(&self, other: &Vec<U>) -> bool {
        slice_eq(self.as_slice(), other.as_slice())
    }
}

impl<'a, T: PartialEq<U>, U> PartialEq<&'a [U]> for Vec<T> {
    fn eq(&self, other: &&'a [U]) -> bool {
        slice_eq(self.as_slice(), *other)
    }
}

impl<T: PartialEq<U>, U, const N: usize> PartialEq<[U; N]> for Vec<T> {
    fn eq(&self, other: &[U; N]) -> bool {
        slice_eq(self.as_slice(), crate::intrinsics::array_as_slice(other))
    }
}

impl<'a, T: PartialEq<U>, U, const N: usize> PartialEq<&'a [U; N]> for Vec<T> {
    fn eq(&self, other: &&'a [U; N]) -> bool {
        slice_eq(self.as_slice(), crate::intrinsics::array_as_slice(*other))
    }
}

/// Element-wise equality of two slices of possibly different element types.
fn slice_eq<T: PartialEq<U>, U>(a: &[T], b: &[U]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

impl<T: Eq> Eq for Vec<T> {}

impl<T: PartialOrd> PartialOrd for Vec<T> {
    fn partial_cmp(&self, other: &Vec<T>) -> Option<Ordering> {
        self.as_slice().partial_cmp(other.as_slice())
    }
}

impl<T: Ord> Ord for Vec<T> {
    fn cmp(&self, other: &Vec<T>) -> Ordering {
        self.as_slice().cmp(other.as_slice())
    }
}

impl<T> Default for Vec<T> {
    fn default() -> Vec<T> {
        Vec::new()
    }
}

impl<T: crate::fmt::Debug> crate::fmt::Debug for Vec<T> {
    fn fmt(&self, f: &mut crate::fmt::Formatter) -> crate::fmt::Result {
        crate::fmt::Debug::fmt(self.as_slice(), f)
    }
}

impl<T> FromIterator<T> for Vec<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Vec<T> {
        let mut v = Vec::new();
        for x in iter {
            v.push(x);
        }
        v
    }
}

impl<T> crate::iter::Extend<T> for Vec<T> {
    fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I) {
        for x in iter {
            self.push(x);
        }
    }
}

impl<'a, T: Clone> crate::iter::Extend<&'a T> for Vec<T> {
    fn extend<I: IntoIterator<Item = &'a T>>(&mut self, iter: I) {
        for x in iter {
            self.push(x.clone());
        }
    }
}

/// The iterator of `vec.into_iter()`.
pub struct IntoIter<T> {
    buf: RawArray<T>,
    front: usize,
    back: usize,
}

impl<T> Iterator for IntoIter<T> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        if self.front < self.back {
            let x = raw_get(&self.buf, self.front);
            self.front += 1;
            Some(x)
        } else {
            None
        }
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.back - self.front, Some(self.back - self.front))
    }
}

impl<T> crate::iter::DoubleEndedIterator for IntoIter<T> {
    fn next_back(&mut self) -> Option<T> {
        if self.front < self.back {
            self.back -= 1;
            Some(raw_get(&self.buf, self.back))
        } else {
            None
        }
    }
}

impl<T> crate::iter::ExactSizeIterator for IntoIter<T> {}

impl<T> IntoIterator for Vec<T> {
    type Item = T;
    type IntoIter = IntoIter<T>;
    fn into_iter(self) -> IntoIter<T> {
        IntoIter { buf: self.buf, front: 0, back: self.len }
    }
}

impl<'a, T> IntoIterator for &'a Vec<T> {
    type Item = &'a T;
    type IntoIter = crate::slice::Iter<'a, T>;
    fn into_iter(self) -> crate::slice::Iter<'a, T> {
        self.as_slice().iter()
    }
}

impl<'a, T> IntoIterator for &'a mut Vec<T> {
    type Item = &'a mut T;
    type IntoIter = crate::slice::IterMut<'a, T>;
    fn into_iter(self) -> crate::slice::IterMut<'a, T> {
        self.as_mut_slice().iter_mut()
    }
}
