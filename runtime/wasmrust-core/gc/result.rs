//! `Result<T, E>`.

use crate::option::Option::{self, None, Some};
use crate::result::Result::{Err, Ok};

#[lang = "Result"]
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug, Hash)]
pub enum Result<T, E> {
    Ok(T),
    Err(E),
}

impl<T, E> Result<T, E> {
    pub fn is_ok(&self) -> bool {
        matches!(self, Ok(_))
    }

    pub fn is_err(&self) -> bool {
        matches!(self, Err(_))
    }

    pub fn is_ok_and<F: FnOnce(&T) -> bool>(&self, f: F) -> bool {
        match self {
            Ok(x) => f(x),
            Err(_) => false,
        }
    }

    pub fn ok(self) -> Option<T> {
        match self {
            Ok(x) => Some(x),
            Err(_) => None,
        }
    }

    pub fn err(self) -> Option<E> {
        match self {
            Ok(_) => None,
            Err(e) => Some(e),
        }
    }

    pub fn as_ref(&self) -> Result<&T, &E> {
        match self {
            Ok(x) => Ok(x),
            Err(e) => Err(e),
        }
    }

    pub fn map<U, F: FnOnce(T) -> U>(self, f: F) -> Result<U, E> {
        match self {
            Ok(x) => Ok(f(x)),
            Err(e) => Err(e),
        }
    }

    pub fn map_err<G, F: FnOnce(E) -> G>(self, f: F) -> Result<T, G> {
        match self {
            Ok(x) => Ok(x),
            Err(e) => Err(f(e)),
        }
    }

    pub fn map_or<U, F: FnOnce(T) -> U>(self, default: U, f: F) -> U {
        match self {
            Ok(x) => f(x),
            Err(_) => default,
        }
    }

    pub fn and_then<U, F: FnOnce(T) -> Result<U, E>>(self, f: F) -> Result<U, E> {
        match self {
            Ok(x) => f(x),
            Err(e) => Err(e),
        }
    }

    pub fn or_else<G, F: FnOnce(E) -> Result<T, G>>(self, f: F) -> Result<T, G> {
        match self {
            Ok(x) => Ok(x),
            Err(e) => f(e),
        }
    }

    pub fn unwrap_or(self, default: T) -> T {
        match self {
            Ok(x) => x,
            Err(_) => default,
        }
    }

    pub fn unwrap_or_else<F: FnOnce(E) -> T>(self, f: F) -> T {
        match self {
            Ok(x) => x,
            Err(e) => f(e),
        }
    }

    pub fn unwrap_or_default(self) -> T
    where
        T: Default,
    {
        match self {
            Ok(x) => x,
            Err(_) => T::default(),
        }
    }

    #[track_caller]
    pub fn unwrap(self) -> T
    where
        E: crate::fmt::Debug,
    {
        match self {
            Ok(x) => x,
            Err(e) => crate::panicking::panic_str_at(
                &format!("called `Result::unwrap()` on an `Err` value: {:?}", e),
                crate::panic::Location::caller(),
            ),
        }
    }

    #[track_caller]
    pub fn expect(self, message: &str) -> T
    where
        E: crate::fmt::Debug,
    {
        match self {
            Ok(x) => x,
            Err(e) => crate::panicking::panic_str_at(&format!("{}: {:?}", message, e), crate::panic::Location::caller()),
        }
    }

    #[track_caller]
    pub fn unwrap_err(self) -> E
    where
        T: crate::fmt::Debug,
    {
        match self {
            Ok(x) => crate::panicking::panic_str_at(
                &format!("called `Result::unwrap_err()` on an `Ok` value: {:?}", x),
                crate::panic::Location::caller(),
            ),
            Err(e) => e,
        }
    }

    #[track_caller]
    pub fn expect_err(self, message: &str) -> E
    where
        T: crate::fmt::Debug,
    {
        match self {
            Ok(x) => crate::panicking::panic_str_at(&format!("{}: {:?}", message, x), crate::panic::Location::caller()),
            Err(e) => e,
        }
    }
}
