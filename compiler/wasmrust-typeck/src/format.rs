//! Format strings of `print!`, `panic!` and friends, split into literal text and holes.

/// Which argument a hole, width or precision names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Hole {
    /// `{}`: the next positional argument.
    Next,
    /// `{0}`.
    Index(usize),
    /// `{name}`: a named argument or a captured variable.
    Name(String),
}

/// A width or precision.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Count {
    /// A number written in the spec.
    Literal(usize),
    /// `name$`, `0$`, or (for precision) `*`, which takes the next positional argument.
    Arg(Hole),
}

/// Alignment in a spec.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Align {
    Left,
    Right,
    Center,
}

/// A parsed `{arg:spec}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Spec {
    pub fill: char,
    pub align: Option<Align>,
    pub plus: bool,
    pub minus: bool,
    pub alternate: bool,
    pub zero: bool,
    pub width: Option<Count>,
    pub precision: Option<Count>,
    /// The trait: `""` Display, `"?"` Debug, `"x"`, `"X"`, `"o"`, `"b"`, `"e"`, `"E"`,
    /// `"x?"`, `"X?"`.
    pub ty: String,
}

impl Default for Spec {
    fn default() -> Self {
        Spec {
            fill: ' ',
            align: None,
            plus: false,
            minus: false,
            alternate: false,
            zero: false,
            width: None,
            precision: None,
            ty: String::new(),
        }
    }
}

/// A piece of a parsed format string.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum RawPiece {
    Lit(String),
    Hole(Hole, Spec),
}

/// Why a format string was not accepted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum FormatError {
    /// Not a valid format string at all; rustc's wording.
    Invalid(String),
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
                let (hole, spec) = parse_hole(&inner)?;
                pieces.push(RawPiece::Hole(hole, spec));
            }
            c => lit.push(c),
        }
    }
    if !lit.is_empty() {
        pieces.push(RawPiece::Lit(lit));
    }
    Ok(pieces)
}

fn parse_hole(inner: &str) -> Result<(Hole, Spec), FormatError> {
    let (name, spec) = match inner.split_once(':') {
        Some((name, spec)) => (name.trim(), spec),
        None => (inner.trim(), ""),
    };
    Ok((parse_arg(name)?, parse_spec(spec)?))
}

fn parse_arg(name: &str) -> Result<Hole, FormatError> {
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

/// `[[fill]align][sign]['#']['0'][width]['.' precision][type]`, as `std::fmt` documents it.
fn parse_spec(spec: &str) -> Result<Spec, FormatError> {
    let mut out = Spec::default();
    let chars: Vec<char> = spec.chars().collect();
    let mut i = 0;
    let align_of = |c: char| match c {
        '<' => Some(Align::Left),
        '>' => Some(Align::Right),
        '^' => Some(Align::Center),
        _ => None,
    };
    if chars.len() >= 2
        && let Some(a) = align_of(chars[1])
    {
        out.fill = chars[0];
        out.align = Some(a);
        i = 2;
    } else if let Some(a) = chars.first().and_then(|&c| align_of(c)) {
        out.align = Some(a);
        i = 1;
    }
    if chars.get(i) == Some(&'+') {
        out.plus = true;
        i += 1;
    } else if chars.get(i) == Some(&'-') {
        out.minus = true;
        i += 1;
    }
    if chars.get(i) == Some(&'#') {
        out.alternate = true;
        i += 1;
    }
    if chars.get(i) == Some(&'0') && !matches!(chars.get(i + 1), Some('$')) {
        out.zero = true;
        i += 1;
    }
    let (width, next) = parse_count(&chars, i)?;
    out.width = width;
    i = next;
    if chars.get(i) == Some(&'.') {
        i += 1;
        if chars.get(i) == Some(&'*') {
            out.precision = Some(Count::Arg(Hole::Next));
            i += 1;
        } else {
            let (p, next) = parse_count(&chars, i)?;
            out.precision =
                Some(p.ok_or_else(|| FormatError::Invalid("invalid format string: expected a precision".into()))?);
            i = next;
        }
    }
    let ty: String = chars[i..].iter().collect();
    match ty.as_str() {
        "" | "?" | "x" | "X" | "o" | "b" | "e" | "E" | "x?" | "X?" | "#?" => {}
        other => return Err(FormatError::Invalid(format!("invalid format string: unknown format trait `{other}`"))),
    }
    out.ty = ty;
    Ok(out)
}

/// A number, or `name$`/`N$`.
fn parse_count(chars: &[char], start: usize) -> Result<(Option<Count>, usize), FormatError> {
    let mut j = start;
    while j < chars.len() && (chars[j].is_alphanumeric() || chars[j] == '_') {
        j += 1;
    }
    let word: String = chars[start..j].iter().collect();
    if chars.get(j) == Some(&'$') {
        return Ok((Some(Count::Arg(parse_arg(&word)?)), j + 1));
    }
    let digits: String = chars[start..].iter().take_while(|c| c.is_ascii_digit()).collect();
    if digits.is_empty() {
        return Ok((None, start));
    }
    let n = digits.parse().map_err(|_| FormatError::Invalid("invalid format string: width is too large".into()))?;
    Ok((Some(Count::Literal(n)), start + digits.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_text_and_holes() {
        let pieces = parse("a {} {{b}} {1} {x}!").unwrap();
        assert_eq!(pieces.len(), 7);
        assert_eq!(pieces[2], RawPiece::Lit(" {b} ".into()));
        assert_eq!(pieces[3], RawPiece::Hole(Hole::Index(1), Spec::default()));
        assert_eq!(pieces[5], RawPiece::Hole(Hole::Name("x".into()), Spec::default()));
    }

    #[test]
    fn parses_specs() {
        let RawPiece::Hole(Hole::Next, spec) = &parse("{:*^+#012.3e}").unwrap()[0] else { panic!() };
        assert_eq!((spec.fill, spec.align, spec.plus, spec.alternate), ('*', Some(Align::Center), true, true));
        assert_eq!(
            (spec.zero, &spec.width, &spec.precision),
            (true, &Some(Count::Literal(12)), &Some(Count::Literal(3)))
        );
        assert_eq!(spec.ty, "e");
        let RawPiece::Hole(Hole::Name(n), spec) = &parse("{x:>w$.p$?}").unwrap()[0] else { panic!() };
        assert_eq!(n, "x");
        assert_eq!(spec.width, Some(Count::Arg(Hole::Name("w".into()))));
        assert_eq!(spec.precision, Some(Count::Arg(Hole::Name("p".into()))));
        assert!(matches!(parse("{"), Err(FormatError::Invalid(_))));
        assert!(matches!(parse("}"), Err(FormatError::Invalid(_))));
        assert!(matches!(parse("{:q}"), Err(FormatError::Invalid(_))));
    }
}
