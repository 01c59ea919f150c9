//! Slices `[T]`: views (array, start, length) into a GC array.

use crate::cmp::Ordering;
use crate::intrinsics::{raw_get, raw_new, raw_set, slice_array, slice_from_raw, slice_from_raw_mut, slice_len, slice_start};
use crate::ops::{Index, IndexMut, SliceRange};
use crate::option::Option::{self, None, Some};
use crate::result::Result::{self, Err, Ok};
use crate::vec::Vec;

impl<T> [T] {
    pub fn len(&self) -> usize {
        slice_len(self)
    }

    pub fn is_empty(&self) -> bool {
        slice_len(self) == 0
    }

    pub fn first(&self) -> Option<&T> {
        if self.is_empty() { None } else { Some(&self[0]) }
    }

    pub fn last(&self) -> Option<&T> {
        if self.is_empty() { None } else { Some(&self[self.len() - 1]) }
    }

    pub fn first_mut(&mut self) -> Option<&mut T> {
        if self.is_empty() { None } else { Some(&mut self[0]) }
    }

    pub fn last_mut(&mut self) -> Option<&mut T> {
        let n = self.len();
        if n == 0 { None } else { Some(&mut self[n - 1]) }
    }

    pub fn get(&self, index: usize) -> Option<&T> {
        if index < self.len() { Some(&self[index]) } else { None }
    }

    pub fn get_mut(&mut self, index: usize) -> Option<&mut T> {
        if index < self.len() { Some(&mut self[index]) } else { None }
    }

    pub fn iter(&self) -> Iter<'_, T> {
        Iter { slice: self, front: 0, back: self.len() }
    }

    pub fn iter_mut(&mut self) -> IterMut<'_, T> {
        let back = self.len();
        IterMut { slice: self, front: 0, back }
    }

    pub fn swap(&mut self, a: usize, b: usize) {
        let array = slice_array(self);
        let start = slice_start(self);
        let n = self.len();
        if a >= n {
            crate::panicking::panic_bounds_check(a, n, "", 0, 0);
        }
        if b >= n {
            crate::panicking::panic_bounds_check(b, n, "", 0, 0);
        }
        let x = raw_get(&array, start + a);
        raw_set(&array, start + a, raw_get(&array, start + b));
        raw_set(&array, start + b, x);
    }

    pub fn reverse(&mut self) {
        let n = self.len();
        let mut i = 0;
        while i < n / 2 {
            self.swap(i, n - 1 - i);
            i += 1;
        }
    }

    pub fn contains(&self, x: &T) -> bool
    where
        T: PartialEq,
    {
        for y in self.iter() {
            if *y == *x {
                return true;
            }
        }
        false
    }

    pub fn starts_with(&self, prefix: &[T]) -> bool
    where
        T: PartialEq,
    {
        if prefix.len() > self.len() {
            return false;
        }
        let mut i = 0;
        while i < prefix.len() {
            if self[i] != prefix[i] {
                return false;
            }
            i += 1;
        }
        true
    }

    pub fn ends_with(&self, suffix: &[T]) -> bool
    where
        T: PartialEq,
    {
        if suffix.len() > self.len() {
            return false;
        }
        let offset = self.len() - suffix.len();
        let mut i = 0;
        while i < suffix.len() {
            if self[offset + i] != suffix[i] {
                return false;
            }
            i += 1;
        }
        true
    }

    pub fn to_vec(&self) -> Vec<T>
    where
        T: Clone,
    {
        let mut v = Vec::with_capacity(self.len());
        for x in self.iter() {
            v.push(x.clone());
        }
        v
    }

    pub fn split_at(&self, mid: usize) -> (&[T], &[T]) {
        if mid > self.len() {
            panic!("mid > len");
        }
        (&self[..mid], &self[mid..])
    }

    pub fn split_first(&self) -> Option<(&T, &[T])> {
        if self.is_empty() { None } else { Some((&self[0], &self[1..])) }
    }

    pub fn split_last(&self) -> Option<(&T, &[T])> {
        let n = self.len();
        if n == 0 { None } else { Some((&self[n - 1], &self[..n - 1])) }
    }

    pub fn windows(&self, size: usize) -> Windows<'_, T> {
        if size == 0 {
            panic!("window size must be non-zero");
        }
        Windows { slice: self, size, pos: 0 }
    }

    pub fn chunks(&self, size: usize) -> Chunks<'_, T> {
        if size == 0 {
            panic!("chunk size must be non-zero");
        }
        Chunks { slice: self, size, pos: 0 }
    }

    pub fn fill(&mut self, value: T)
    where
        T: Clone,
    {
        let mut i = 0;
        while i < self.len() {
            self[i] = value.clone();
            i += 1;
        }
    }

    pub fn copy_from_slice(&mut self, src: &[T])
    where
        T: Clone,
    {
        if self.len() != src.len() {
            panic!("source slice length ({}) does not match destination slice length ({})", src.len(), self.len());
        }
        let mut i = 0;
        while i < src.len() {
            self[i] = src[i].clone();
            i += 1;
        }
    }

    pub fn clone_from_slice(&mut self, src: &[T])
    where
        T: Clone,
    {
        self.copy_from_slice(src)
    }

    pub fn rotate_left(&mut self, mid: usize) {
        self[..mid].reverse();
        self[mid..].reverse();
        self.reverse();
    }

    pub fn rotate_right(&mut self, k: usize) {
        let n = self.len();
        self.rotate_left(n - k);
    }

    pub fn sort(&mut self)
    where
        T: Ord,
    {
        merge_sort(self, &mut |a: &T, b: &T| a.cmp(b));
    }

    pub fn sort_unstable(&mut self)
    where
        T: Ord,
    {
        merge_sort(self, &mut |a: &T, b: &T| a.cmp(b));
    }

    pub fn sort_by<F: FnMut(&T, &T) -> Ordering>(&mut self, mut compare: F) {
        merge_sort(self, &mut compare);
    }

    pub fn sort_unstable_by<F: FnMut(&T, &T) -> Ordering>(&mut self, mut compare: F) {
        merge_sort(self, &mut compare);
    }

    pub fn sort_by_key<K: Ord, F: FnMut(&T) -> K>(&mut self, mut key: F) {
        merge_sort(self, &mut |a: &T, b: &T| key(a).cmp(&key(b)));
    }

    pub fn sort_unstable_by_key<K: Ord, F: FnMut(&T) -> K>(&mut self, mut key: F) {
        merge_sort(self, &mut |a: &T, b: &T| key(a).cmp(&key(b)));
    }

    pub fn binary_search(&self, x: &T) -> Result<usize, usize>
    where
        T: Ord,
    {
        self.binary_search_by(|p| p.cmp(x))
    }

    pub fn binary_search_by<F: FnMut(&T) -> Ordering>(&self, mut f: F) -> Result<usize, usize> {
        let mut size = self.len();
        if size == 0 {
            return Err(0);
        }
        let mut base = 0;
        while size > 1 {
            let half = size / 2;
            let mid = base + half;
            if f(&self[mid]) != Ordering::Greater {
                base = mid;
            }
            size -= half;
        }
        let cmp = f(&self[base]);
        if cmp == Ordering::Equal {
            Ok(base)
        } else if cmp == Ordering::Less {
            Err(base + 1)
        } else {
            Err(base)
        }
    }

    pub fn binary_search_by_key<K: Ord, F: FnMut(&T) -> K>(&self, key: &K, mut f: F) -> Result<usize, usize> {
        self.binary_search_by(|x| f(x).cmp(key))
    }

    pub fn iter_position<P: FnMut(&T) -> bool>(&self, mut p: P) -> Option<usize> {
        let mut i = 0;
        while i < self.len() {
            if p(&self[i]) {
                return Some(i);
            }
            i += 1;
        }
        None
    }

    pub fn repeat(&self, n: usize) -> Vec<T>
    where
        T: Clone,
    {
        let mut v = Vec::with_capacity(self.len() * n);
        let mut i = 0;
        while i < n {
            v.extend_from_slice(self);
            i += 1;
        }
        v
    }
}

impl<T: Clone> [Vec<T>] {
    pub fn concat(&self) -> Vec<T> {
        let mut v = Vec::new();
        for part in self.iter() {
            v.extend_from_slice(part.as_slice());
        }
        v
    }
}

/// Stable merge sort, top-down with a scratch array.
fn merge_sort<T, F: FnMut(&T, &T) -> Ordering>(v: &mut [T], compare: &mut F) {
    let n = v.len();
    if n < 2 {
        return;
    }
    let array = slice_array(v);
    let start = slice_start(v);
    let scratch = raw_new::<T>(n);
    sort_range(&array, start, n, &scratch, compare);
}

fn sort_range<T, F: FnMut(&T, &T) -> Ordering>(
    array: &crate::intrinsics::RawArray<T>,
    start: usize,
    n: usize,
    scratch: &crate::intrinsics::RawArray<T>,
    compare: &mut F,
) {
    if n <= 12 {
        // Insertion sort for short runs.
        let mut i = 1;
        while i < n {
            let x = raw_get(array, start + i);
            let mut j = i;
            while j > 0 {
                let y = raw_get(array, start + j - 1);
                if compare(&y, &x) == Ordering::Greater {
                    raw_set(array, start + j, y);
                    j -= 1;
                } else {
                    break;
                }
            }
            raw_set(array, start + j, x);
            i += 1;
        }
        return;
    }
    let half = n / 2;
    sort_range(array, start, half, scratch, compare);
    sort_range(array, start + half, n - half, scratch, compare);
    // Merge into scratch, then copy back.
    let mut i = 0;
    let mut j = half;
    let mut k = 0;
    while i < half && j < n {
        let a = raw_get(array, start + i);
        let b = raw_get(array, start + j);
        if compare(&b, &a) == Ordering::Less {
            raw_set(scratch, k, b);
            j += 1;
        } else {
            raw_set(scratch, k, a);
            i += 1;
        }
        k += 1;
    }
    while i < half {
        raw_set(scratch, k, raw_get(array, start + i));
        i += 1;
        k += 1;
    }
    while j < n {
        raw_set(scratch, k, raw_get(array, start + j));
        j += 1;
        k += 1;
    }
    crate::intrinsics::raw_copy(array, start, scratch, 0, n);
}

impl<T, R: SliceRange> Index<R> for [T] {
    type Output = [T];
    #[track_caller]
    fn index(&self, range: R) -> &[T] {
        let (a, b) = range.bounds(self.len());
        slice_from_raw(&slice_array(self), slice_start(self) + a, b - a)
    }
}

impl<T, R: SliceRange> IndexMut<R> for [T] {
    #[track_caller]
    fn index_mut(&mut self, range: R) -> &mut [T] {
        let (a, b) = range.bounds(self.len());
        slice_from_raw_mut(&slice_array(self), slice_start(self) + a, b - a)
    }
}

impl<T: PartialEq<U>, U> PartialEq<[U]> for [T] {
    fn eq(&self, other: &[U]) -> bool {
        if self.len() != other.len() {
            return false;
        }
        let mut i = 0;
        while i < self.len() {
            if self[i] != other[i] {
                return false;
            }
            i += 1;
        }
        true
    }
}

impl<T: PartialEq<U>, U, const N: usize> PartialEq<[U; N]> for [T] {
    fn eq(&self, other: &[U; N]) -> bool {
        *self == *crate::intrinsics::array_as_slice(other)
    }
}

impl<T: PartialEq<U>, U, const N: usize> PartialEq<[U]> for [T; N] {
    fn eq(&self, other: &[U]) -> bool {
        *crate::intrinsics::array_as_slice(self) == *other
    }
}

impl<T: Eq> Eq for [T] {}

impl<T: PartialOrd> PartialOrd for [T] {
    fn partial_cmp(&self, other: &[T]) -> Option<Ordering> {
        let n = if self.len() < other.len() { self.len() } else { other.len() };
        let mut i = 0;
        while i < n {
            match self[i].partial_cmp(&other[i]) {
                Some(Ordering::Equal) => {}
                unequal => return unequal,
            }
            i += 1;
        }
        self.len().partial_cmp(&other.len())
    }
}

impl<T: Ord> Ord for [T] {
    fn cmp(&self, other: &[T]) -> Ordering {
        let n = if self.len() < other.len() { self.len() } else { other.len() };
        let mut i = 0;
        while i < n {
            match self[i].cmp(&other[i]) {
                Ordering::Equal => {}
                unequal => return unequal,
            }
            i += 1;
        }
        self.len().cmp(&other.len())
    }
}

impl<T: PartialEq<U>, U, const N: usize> PartialEq<[U; N]> for [T; N] {
    fn eq(&self, other: &[U; N]) -> bool {
        *crate::intrinsics::array_as_slice(self) == *crate::intrinsics::array_as_slice(other)
    }
}

impl<T, const N: usize> [T; N] {
    pub fn as_slice(&self) -> &[T] {
        crate::intrinsics::array_as_slice(self)
    }

    pub fn map<U, F: FnMut(T) -> U>(self, mut f: F) -> Vec<U> {
        let mut v = Vec::new();
        for x in self.into_iter() {
            v.push(f(x));
        }
        v
    }
}

impl<T: Clone, const N: usize> Clone for [T; N] {
    fn clone(&self) -> [T; N] {
        let mut out = crate::intrinsics::shallow_copy(self);
        let mut i = 0;
        while i < out.len() {
            out[i] = self[i].clone();
            i += 1;
        }
        out
    }
}

/// The iterator of `slice.iter()`.
pub struct Iter<'a, T> {
    slice: &'a [T],
    front: usize,
    back: usize,
}

impl<'a, T> crate::iter::Iterator for Iter<'a, T> {
    type Item = &'a T;
    fn next(&mut self) -> Option<&'a T> {
        if self.front < self.back {
            let i = self.front;
            self.front += 1;
            Some(&self.slice[i])
        } else {
            None
        }
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.back - self.front, Some(self.back - self.front))
    }
}

impl<'a, T> crate::iter::DoubleEndedIterator for Iter<'a, T> {
    fn next_back(&mut self) -> Option<&'a T> {
        if self.front < self.back {
            self.back -= 1;
            Some(&self.slice[self.back])
        } else {
            None
        }
    }
}

impl<'a, T> crate::iter::ExactSizeIterator for Iter<'a, T> {}

impl<'a, T> Clone for Iter<'a, T> {
    fn clone(&self) -> Iter<'a, T> {
        Iter { slice: self.slice, front: self.front, back: self.back }
    }
}

/// The iterator of `slice.iter_mut()`.
pub struct IterMut<'a, T> {
    slice: &'a mut [T],
    front: usize,
    back: usize,
}

impl<'a, T> crate::iter::Iterator for IterMut<'a, T> {
    type Item = &'a mut T;
    fn next(&mut self) -> Option<&'a mut T> {
        if self.front < self.back {
            let i = self.front;
            self.front += 1;
            Some(&mut self.slice[i])
        } else {
            None
        }
    }
}

impl<'a, T> crate::iter::DoubleEndedIterator for IterMut<'a, T> {
    fn next_back(&mut self) -> Option<&'a mut T> {
        if self.front < self.back {
            self.back -= 1;
            let i = self.back;
            Some(&mut self.slice[i])
        } else {
            None
        }
    }
}

/// `slice.windows(n)`.
pub struct Windows<'a, T> {
    slice: &'a [T],
    size: usize,
    pos: usize,
}

impl<'a, T> crate::iter::Iterator for Windows<'a, T> {
    type Item = &'a [T];
    fn next(&mut self) -> Option<&'a [T]> {
        if self.pos + self.size <= self.slice.len() {
            let w = &self.slice[self.pos..self.pos + self.size];
            self.pos += 1;
            Some(w)
        } else {
            None
        }
    }
}

/// `slice.chunks(n)`.
pub struct Chunks<'a, T> {
    slice: &'a [T],
    size: usize,
    pos: usize,
}

impl<'a, T> crate::iter::Iterator for Chunks<'a, T> {
    type Item = &'a [T];
    fn next(&mut self) -> Option<&'a [T]> {
        let n = self.slice.len();
        if self.pos < n {
            let end = if self.pos + self.size < n { self.pos + self.size } else { n };
            let c = &self.slice[self.pos..end];
            self.pos = end;
            Some(c)
        } else {
            None
        }
    }
}

impl<'a, T> crate::iter::IntoIterator for &'a [T] {
    type Item = &'a T;
    type IntoIter = Iter<'a, T>;
    fn into_iter(self) -> Iter<'a, T> {
        self.iter()
    }
}

impl<'a, T> crate::iter::IntoIterator for &'a mut [T] {
    type Item = &'a mut T;
    type IntoIter = IterMut<'a, T>;
    fn into_iter(self) -> IterMut<'a, T> {
        self.iter_mut()
    }
}

impl<'a, T, const N: usize> crate::iter::IntoIterator for &'a [T; N] {
    type Item = &'a T;
    type IntoIter = Iter<'a, T>;
    fn into_iter(self) -> Iter<'a, T> {
        self.as_slice().iter()
    }
}

impl<'a, T, const N: usize> crate::iter::IntoIterator for &'a mut [T; N] {
    type Item = &'a mut T;
    type IntoIter = IterMut<'a, T>;
    fn into_iter(self) -> IterMut<'a, T> {
        crate::intrinsics::array_as_mut_slice(self).iter_mut()
    }
}

impl<T, const N: usize> crate::iter::IntoIterator for [T; N] {
    type Item = T;
    type IntoIter = crate::vec::IntoIter<T>;
    fn into_iter(self) -> crate::vec::IntoIter<T> {
        let s = self.as_slice();
        let array = slice_array(s);
        let mut v = Vec::with_capacity(s.len());
        let mut i = 0;
        while i < s.len() {
            v.push(raw_get(&array, i));
            i += 1;
        }
        v.into_iter()
    }
}
