//! Hashing: `Hash` and `Hasher`, with FNV-1a as the default hasher.

pub trait Hasher {
    fn finish(&self) -> u64;
    fn write(&mut self, bytes: &[u8]);

    fn write_u8(&mut self, i: u8) {
        self.write_u64(i as u64)
    }

    fn write_u32(&mut self, i: u32) {
        self.write_u64(i as u64)
    }

    fn write_u64(&mut self, i: u64);

    fn write_usize(&mut self, i: usize) {
        self.write_u64(i as u64)
    }
}

pub trait Hash {
    fn hash<H: Hasher>(&self, state: &mut H);
}

/// FNV-1a over 64-bit words.
#[derive(Clone, Debug, Default)]
pub struct DefaultHasher {
    state: u64,
}

impl DefaultHasher {
    pub fn new() -> DefaultHasher {
        DefaultHasher { state: 0xcbf29ce484222325 }
    }
}

impl Hasher for DefaultHasher {
    fn finish(&self) -> u64 {
        self.state
    }

    fn write(&mut self, bytes: &[u8]) {
        for b in bytes.iter() {
            self.state = (self.state ^ (*b as u64)).wrapping_mul(0x100000001b3);
        }
    }

    fn write_u64(&mut self, i: u64) {
        self.state = (self.state ^ i).wrapping_mul(0x100000001b3);
    }
}

macro_rules! hash_int {
    ($($t:ty)*) => { $(
        impl Hash for $t {
            fn hash<H: Hasher>(&self, state: &mut H) {
                state.write_u64(*self as u64)
            }
        }
    )* };
}

hash_int!(i8 i16 i32 i64 isize u8 u16 u32 u64 usize bool char);

impl Hash for str {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write(self.as_bytes());
        state.write_u8(0xff);
    }
}

impl<'a, T: Hash + ?Sized> Hash for &'a T {
    fn hash<H: Hasher>(&self, state: &mut H) {
        (**self).hash(state)
    }
}

impl<T: Hash> Hash for [T] {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_usize(self.len());
        for x in self.iter() {
            x.hash(state);
        }
    }
}

impl<T: Hash> Hash for crate::vec::Vec<T> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.as_slice().hash(state)
    }
}

impl Hash for () {
    fn hash<H: Hasher>(&self, _state: &mut H) {}
}

macro_rules! tuple_hash {
    ($(($($name:ident $idx:tt),+))*) => { $(
        impl<$($name: Hash),+> Hash for ($($name,)+) {
            fn hash<H: Hasher>(&self, state: &mut H) {
                $( self.$idx.hash(state); )+
            }
        }
    )* };
}

tuple_hash!((A 0, B 1) (A 0, B 1, C 2) (A 0, B 1, C 2, D 3));
