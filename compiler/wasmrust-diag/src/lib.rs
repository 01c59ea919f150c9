//! Source files, spans and diagnostics rendered the way rustc renders them.
//!
//! **Architecture Invariant.** Every pass reports user errors as [`Diagnostic`]s and never
//! panics on user input; only the driver turns them into text.

use std::fmt::Write;

/// A position in a source file: 1-based line, 1-based column counted in characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Pos {
    /// 1-based line.
    pub line: u32,
    /// 1-based column, in characters.
    pub col: u32,
}

/// Index of a file in a [`SourceMap`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct FileId(pub u32);

/// A half-open range of source text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Span {
    /// The file.
    pub file: FileId,
    /// First character.
    pub start: Pos,
    /// One past the last character.
    pub end: Pos,
}

impl Span {
    /// The smallest span covering both.
    pub fn to(self, other: Span) -> Span {
        if self.file != other.file {
            return self;
        }
        Span { file: self.file, start: self.start.min(other.start), end: self.end.max(other.end) }
    }
}

/// Every source file of a compilation: the user's crates and the core library.
#[derive(Debug, Clone, Default)]
pub struct SourceMap {
    /// Indexed by [`FileId`].
    pub files: Vec<SourceFile>,
}

impl SourceMap {
    /// Adds a file and returns its id.
    pub fn add(&mut self, file: SourceFile) -> FileId {
        self.files.push(file);
        FileId(self.files.len() as u32 - 1)
    }

    /// The file with this id.
    pub fn file(&self, id: FileId) -> &SourceFile {
        &self.files[id.0 as usize]
    }
}

/// A source file as the user named it; the name is what diagnostics and panic locations show.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// The path as given on the command line (rustc shows it the same way).
    pub name: String,
    /// The whole text.
    pub text: String,
}

impl SourceFile {
    /// The text of a 1-based line, without its line terminator.
    pub fn line(&self, line: u32) -> &str {
        self.text.lines().nth(line.saturating_sub(1) as usize).unwrap_or("")
    }
}

/// A user-facing error, with a stable code (`WR` and four digits) so it can be looked up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// `WR0001` and so on; see [`codes`].
    pub code: &'static str,
    /// One line, lower case, no final period, as rustc writes them.
    pub message: String,
    /// Where it happened.
    pub span: Span,
    /// Text under the caret, if any.
    pub label: Option<String>,
    /// A suggestion, if there is a useful one.
    pub help: Option<String>,
}

/// The error codes, each used for one kind of problem.
pub mod codes {
    /// Rust the GC-mode compiler does not support yet.
    pub const UNSUPPORTED: &str = "WR0001";
    /// A name that does not resolve.
    pub const UNRESOLVED: &str = "WR0002";
    /// Types that do not agree.
    pub const MISMATCHED_TYPES: &str = "WR0003";
    /// A malformed format string or argument list.
    pub const FORMAT: &str = "WR0004";
    /// Assignment to an immutable variable.
    pub const IMMUTABLE: &str = "WR0005";
    /// `break`/`continue` outside a loop, or an unknown label.
    pub const BAD_BREAK: &str = "WR0006";
    /// An integer literal that does not fit its type.
    pub const LITERAL_OUT_OF_RANGE: &str = "WR0007";
    /// Wrong number of arguments in a call.
    pub const ARGUMENT_COUNT: &str = "WR0008";
    /// The program has no usable `fn main`.
    pub const NO_MAIN: &str = "WR0009";
    /// Text that is not Rust at all.
    pub const SYNTAX: &str = "WR0010";
    /// A name defined twice.
    pub const DUPLICATE: &str = "WR0011";
}

impl Diagnostic {
    /// A diagnostic with no label or help.
    pub fn new(code: &'static str, span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic { code, message: message.into(), span, label: None, help: None }
    }

    /// Rust that is valid but not supported in GC mode yet, naming the construct.
    pub fn unsupported(span: Span, construct: impl std::fmt::Display) -> Diagnostic {
        Diagnostic::new(codes::UNSUPPORTED, span, format!("{construct} not supported by the GC-mode compiler yet"))
    }

    /// A name that resolves to nothing; `kind` is `value` or `function`, as rustc says.
    pub fn unresolved(span: Span, kind: &str, name: &str) -> Diagnostic {
        Diagnostic::new(codes::UNRESOLVED, span, format!("cannot find {kind} `{name}` in this scope"))
            .with_label("not found in this scope")
    }

    /// Adds the text shown under the caret.
    pub fn with_label(mut self, label: impl Into<String>) -> Diagnostic {
        self.label = Some(label.into());
        self
    }

    /// Adds a `help:` line.
    pub fn with_help(mut self, help: impl Into<String>) -> Diagnostic {
        self.help = Some(help.into());
        self
    }

    /// Renders like rustc: header, location, the source line, carets, then help.
    pub fn render(&self, files: &SourceMap) -> String {
        let file = files.file(self.span.file);
        let line_no = self.span.start.line.max(1);
        let gutter = line_no.to_string().len();
        let pad = " ".repeat(gutter);
        let source_line = file.line(line_no);
        let start_col = self.span.start.col.max(1) as usize;
        let line_chars = source_line.chars().count();
        // A span that runs past its first line is underlined to that line's end, as rustc does
        // for the first line of a multi-line span.
        let end_col = if self.span.end.line == line_no { self.span.end.col as usize } else { line_chars + 1 };
        let width = end_col.saturating_sub(start_col).max(1);
        let mut out = String::new();
        let _ = writeln!(out, "error[{}]: {}", self.code, self.message);
        let _ = writeln!(out, "{pad}--> {}:{}:{}", file.name, line_no, start_col);
        let _ = writeln!(out, "{pad} |");
        let _ = writeln!(out, "{line_no} | {source_line}");
        let indent: String =
            source_line.chars().take(start_col - 1).map(|c| if c == '\t' { '\t' } else { ' ' }).collect();
        let label = self.label.as_deref().map(|l| format!(" {l}")).unwrap_or_default();
        let _ = writeln!(out, "{pad} | {indent}{}{label}", "^".repeat(width));
        if let Some(help) = &self.help {
            let _ = writeln!(out, "{pad} |");
            let _ = writeln!(out, "{pad} = help: {help}");
        }
        out
    }
}

/// Renders a list of diagnostics followed by rustc's closing summary line.
pub fn render_all(diagnostics: &[Diagnostic], files: &SourceMap) -> String {
    let mut out = String::new();
    for d in diagnostics {
        out.push_str(&d.render(files));
        out.push('\n');
    }
    match diagnostics.len() {
        0 => {}
        1 => out.push_str("error: aborting due to 1 previous error\n"),
        n => {
            let _ = writeln!(out, "error: aborting due to {n} previous errors");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use expect_test::expect;

    use super::*;

    #[test]
    fn renders_like_rustc() {
        let mut files = SourceMap::default();
        let file =
            files.add(SourceFile { name: "src/main.rs".into(), text: "fn main() {\n    let v = vec![1];\n}\n".into() });
        let span = Span { file, start: Pos { line: 2, col: 13 }, end: Pos { line: 2, col: 20 } };
        let d = Diagnostic::unsupported(span, "the `vec!` macro is")
            .with_label("used here")
            .with_help("GC mode supports `fn` items with scalar types and string literals so far");
        expect![[r#"
            error[WR0001]: the `vec!` macro is not supported by the GC-mode compiler yet
             --> src/main.rs:2:13
              |
            2 |     let v = vec![1];
              |             ^^^^^^^ used here
              |
              = help: GC mode supports `fn` items with scalar types and string literals so far

            error: aborting due to 1 previous error
        "#]]
        .assert_eq(&render_all(&[d], &files));
    }
}
