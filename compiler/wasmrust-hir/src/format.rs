//! Format strings of `print!`, `panic!` and friends, split into literal text and holes.

/// What a `{...}` hole names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Hole {
    /// `{}`: the next positional argument.
    Next,
    /// `{0}`.
    Index(usize),
    /// `{name}`: a named argument or a captured variable.
    Name(String),
}

/// A piece of a parsed format string.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum RawPiece {
    Lit(String),
    Hole(Hole),
}

/// Why a format string was not accepted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum FormatError {
    /// Not a valid format string at all; rustc's wording.
    Invalid(String),
    /// A valid format spec (`{:?}`, `{:>5}`) the compiler does not support yet.
    UnsupportedSpec(String),
}

/// Splits `text` (the literal's value, escapes already processed) into pieces.
pub(crate) fn parse(text: &str) -> Result<Vec<RawPiece>, FormatError> {
    let mut pieces = Vec::new();
    let mut lit = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '{' if chars.peek() == Some(&'{') => {
                chars.next();
                lit.push('{');
            }
            '}' if chars.peek() == Some(&'}') => {
                chars.next();
                lit.push('}');
            }
            '}' => return Err(FormatError::Invalid("invalid format string: unmatched `}` found".into())),
            '{' => {
                let mut inner = String::new();
                loop {
                    match chars.next() {
                        Some('}') => break,
                        Some(c) => inner.push(c),
                        None => {
                            return Err(FormatError::Invalid(
                                "invalid format string: expected `}` but string was terminated".into(),
                            ));
                        }
                    }
                }
                if !lit.is_empty() {
                    pieces.push(RawPiece::Lit(std::mem::take(&mut lit)));
                }
                pieces.push(RawPiece::Hole(parse_hole(&inner)?));
            }
            c => lit.push(c),
        }
    }
    if !lit.is_empty() {
        pieces.push(RawPiece::Lit(lit));
    }
    Ok(pieces)
}

fn parse_hole(inner: &str) -> Result<Hole, FormatError> {
    let (name, spec) = match inner.split_once(':') {
        Some((name, spec)) => (name.trim(), Some(spec)),
        None => (inner.trim(), None),
    };
    if spec.is_some_and(|s| !s.is_empty()) {
        return Err(FormatError::UnsupportedSpec(format!("{{{inner}}}")));
    }
    if name.is_empty() {
        Ok(Hole::Next)
    } else if let Ok(i) = name.parse::<usize>() {
        Ok(Hole::Index(i))
    } else if name.chars().all(|c| c == '_' || c.is_alphanumeric()) && !name.starts_with(|c: char| c.is_ascii_digit()) {
        Ok(Hole::Name(name.to_string()))
    } else {
        Err(FormatError::Invalid(format!("invalid format string: invalid argument name `{name}`")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_text_and_holes() {
        assert_eq!(
            parse("a {} {{b}} {1} {x}!").unwrap(),
            vec![
                RawPiece::Lit("a ".into()),
                RawPiece::Hole(Hole::Next),
                RawPiece::Lit(" {b} ".into()),
                RawPiece::Hole(Hole::Index(1)),
                RawPiece::Lit(" ".into()),
                RawPiece::Hole(Hole::Name("x".into())),
                RawPiece::Lit("!".into()),
            ]
        );
    }

    #[test]
    fn rejects_what_it_cannot_do() {
        assert_eq!(parse("{:?}"), Err(FormatError::UnsupportedSpec("{:?}".into())));
        assert!(matches!(parse("{"), Err(FormatError::Invalid(_))));
        assert!(matches!(parse("}"), Err(FormatError::Invalid(_))));
    }
}
