//! The standard macros, expanded to ordinary Rust that calls the core library.
//!
//! Formatting macros build a `std::fmt::Formatter`, write each piece into it (holes through
//! the `Display`/`Debug`/... impls with the hole's spec), then hand it to the sink: the
//! host (`print!`), a `String` (`format!`), a writer (`write!`) or the panic machinery.
//! Generated tokens carry the macro call's span, so panics report the call site as rustc
//! does; the user's argument expressions keep their own spans.

use proc_macro2::{Span as SynSpan, TokenStream, TokenTree};
use quote::{format_ident, quote, quote_spanned};
use syn::punctuated::Punctuated;
use syn::spanned::Spanned;
use wasmrust_diag::{Diagnostic, Span, codes};

use crate::body::FnCx;
use crate::format::{self, Align, Count, FormatError, Hole, RawPiece, Spec};

/// Standard macros GC mode does not implement yet (other unknown names are not macros).
const STD_MACROS: &[&str] = &[
    "dbg",
    "include_str",
    "include_bytes",
    "include",
    "env",
    "option_env",
    "compile_error",
    "format_args",
    "thread_local",
    "cfg",
    "module_path",
];

/// Where formatted text goes.
enum Sink {
    Print(i32),
    String,
    Panic,
    Write(Box<syn::Expr>),
}

impl FnCx<'_, '_> {
    /// Expands a macro invocation in expression or statement position.
    pub fn expand_macro(&mut self, mac: &syn::Macro, span: Span) -> Result<syn::Expr, Diagnostic> {
        let name = mac.path.segments.last().map(|s| s.ident.to_string()).unwrap_or_default();
        let at = mac.path.span();
        let tokens = match name.as_str() {
            "println" => self.format_call(mac, Sink::Print(1), true, span)?,
            "print" => self.format_call(mac, Sink::Print(1), false, span)?,
            "eprintln" => self.format_call(mac, Sink::Print(2), true, span)?,
            "eprint" => self.format_call(mac, Sink::Print(2), false, span)?,
            "format" => self.format_call(mac, Sink::String, false, span)?,
            "panic" => {
                if mac.tokens.is_empty() {
                    self.panic_tokens(quote!("explicit panic"), at, span)
                } else {
                    self.format_call(mac, Sink::Panic, false, span)?
                }
            }
            "write" | "writeln" => {
                let args = parse_args(mac)?;
                let Some(dst) = args.first().cloned() else {
                    return Err(Diagnostic::new(codes::FORMAT, span, "requires a destination and format arguments"));
                };
                let rest: Vec<syn::Expr> = args.into_iter().skip(1).collect();
                self.format_exprs(&rest, Sink::Write(Box::new(dst)), name == "writeln", at, span)?
            }
            "unreachable" | "todo" | "unimplemented" => {
                let base = match name.as_str() {
                    "unreachable" => "internal error: entered unreachable code",
                    "todo" => "not yet implemented",
                    _ => "not implemented",
                };
                if mac.tokens.is_empty() {
                    self.panic_tokens(quote!(#base), at, span)
                } else {
                    let args = parse_args(mac)?;
                    let msg = self.format_exprs(&args, Sink::String, false, at, span)?;
                    let prefix = format!("{base}: ");
                    let msg = quote_spanned!(at=> { let mut __m = ::std::string::String::from(#prefix); __m.push_str(&#msg); __m });
                    self.panic_tokens(quote_spanned!(at=> &#msg), at, span)
                }
            }
            "assert" => {
                let args = parse_args(mac)?;
                let Some(cond) = args.first().cloned() else {
                    return Err(Diagnostic::new(
                        codes::FORMAT,
                        span,
                        "macro requires a boolean expression as an argument",
                    ));
                };
                let message = if args.len() > 1 {
                    let m = self.format_exprs(&args[1..], Sink::String, false, at, span)?;
                    quote_spanned!(at=> &#m)
                } else {
                    let text = format!("assertion failed: {}", pretty(cond.to_token_stream_spanned()));
                    quote!(#text)
                };
                let panic = self.panic_tokens(message, at, span);
                quote_spanned!(at=> if !(#cond) { #panic })
            }
            "assert_eq" | "assert_ne" => {
                let args = parse_args(mac)?;
                if args.len() < 2 {
                    return Err(Diagnostic::new(codes::FORMAT, span, format!("`{name}!` requires two arguments")));
                }
                let (a, b) = (&args[0], &args[1]);
                let (op, test) = if name == "assert_eq" {
                    ("==", quote_spanned!(at=> !(*__left == *__right)))
                } else {
                    ("!=", quote_spanned!(at=> *__left == *__right))
                };
                let head = if args.len() > 2 {
                    let m = self.format_exprs(&args[2..], Sink::String, false, at, span)?;
                    let prefix = format!("assertion `left {op} right` failed: ");
                    quote_spanned!(at=> { let mut __m = ::std::string::String::from(#prefix); __m.push_str(&#m); __m })
                } else {
                    let text = format!("assertion `left {op} right` failed");
                    quote_spanned!(at=> ::std::string::String::from(#text))
                };
                let (file, line, col) = self.location(span);
                quote_spanned!(at=> match (&(#a), &(#b)) {
                    (__left, __right) => {
                        if #test {
                            ::std::panicking::assert_failed(&#head, __left, __right, #file, #line, #col)
                        }
                    }
                })
            }
            "debug_assert" | "debug_assert_eq" | "debug_assert_ne" => quote!(()),
            "vec" => {
                if mac.tokens.is_empty() {
                    quote_spanned!(at=> ::std::vec::Vec::new())
                } else if let Ok(rep) = mac.parse_body_with(parse_repeat) {
                    let (value, count) = rep;
                    quote_spanned!(at=> ::std::vec::from_elem(#value, #count))
                } else {
                    let args = parse_args(mac)?;
                    let n = args.len();
                    quote_spanned!(at=> {
                        let mut __v = ::std::vec::Vec::with_capacity(#n);
                        #( __v.push(#args); )*
                        __v
                    })
                }
            }
            "matches" => {
                let (value, pat, guard) = mac.parse_body_with(parse_matches).map_err(|e| syntax(e, span))?;
                let guard = guard.map(|g| quote!(if #g));
                quote_spanned!(at=> match #value { #pat #guard => true, _ => false })
            }
            "stringify" => {
                let text = pretty(mac.tokens.clone());
                quote!(#text)
            }
            "line" => {
                let line = span.start.line;
                quote!(#line)
            }
            "column" => {
                let col = span.start.col;
                quote!(#col)
            }
            "file" => {
                let file = self.cx.program.file_name(span.file).to_string();
                quote!(#file)
            }
            "concat" => {
                let args = parse_args(mac)?;
                let mut text = String::new();
                for a in &args {
                    match a {
                        syn::Expr::Lit(l) => match &l.lit {
                            syn::Lit::Str(s) => text.push_str(&s.value()),
                            syn::Lit::Int(i) => text.push_str(i.base10_digits()),
                            syn::Lit::Char(c) => text.push(c.value()),
                            syn::Lit::Bool(b) => text.push_str(if b.value { "true" } else { "false" }),
                            _ => return Err(Diagnostic::unsupported(self.span(a), "this `concat!` argument is")),
                        },
                        _ => return Err(Diagnostic::unsupported(self.span(a), "this `concat!` argument is")),
                    }
                }
                quote!(#text)
            }
            other => {
                if let Some(def) = self.cx.program.lookup_macro(self.module, other) {
                    return self.expand_user_macro(def, mac, span);
                }
                if STD_MACROS.contains(&other) {
                    return Err(Diagnostic::unsupported(span, format!("the `{other}!` macro is")));
                }
                return Err(Diagnostic::new(
                    codes::UNRESOLVED,
                    span,
                    format!("cannot find macro `{other}` in this scope"),
                ));
            }
        };
        syn::parse2(tokens)
            .map_err(|e| Diagnostic::new(codes::SYNTAX, span, format!("internal error expanding `{name}!`: {e}")))
    }

    fn location(&self, span: Span) -> (String, u32, u32) {
        (self.cx.program.file_name(span.file).to_string(), span.start.line, span.start.col)
    }

    /// `panic` with a message expression (a `&str`), at the macro's location, or the
    /// caller's inside `#[track_caller]` functions.
    fn panic_tokens(&self, message: TokenStream, at: SynSpan, span: Span) -> TokenStream {
        let (file, line, col) = self.location(span);
        if self.track_caller {
            return quote_spanned!(at=> ::std::panicking::panic_str_at(#message, __caller));
        }
        quote_spanned!(at=> ::std::panicking::panic_str(#message, #file, #line, #col))
    }

    fn format_call(
        &mut self,
        mac: &syn::Macro,
        sink: Sink,
        newline: bool,
        span: Span,
    ) -> Result<TokenStream, Diagnostic> {
        let args = parse_args(mac)?;
        let at = mac.path.span();
        if args.is_empty() {
            return match sink {
                Sink::Print(fd) if newline => Ok(quote_spanned!(at=> ::std::io::_print_str(#fd, "\n"))),
                _ => Err(Diagnostic::new(codes::FORMAT, span, "requires at least a format string argument")),
            };
        }
        self.format_exprs(&args, sink, newline, at, span)
    }

    /// Builds the formatting block for `format_string, args...` and hands it to the sink.
    fn format_exprs(
        &mut self,
        args: &[syn::Expr],
        sink: Sink,
        newline: bool,
        at: SynSpan,
        span: Span,
    ) -> Result<TokenStream, Diagnostic> {
        let Some(first) = args.first() else {
            return match sink {
                Sink::Write(dst) if newline => Ok(quote_spanned!(at=> (#dst).write_str("\n"))),
                _ => Err(Diagnostic::new(codes::FORMAT, span, "requires at least a format string argument")),
            };
        };
        let syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(fmt), .. }) = first else {
            return Err(Diagnostic::new(codes::FORMAT, self.span(first), "format argument must be a string literal")
                .with_help("you might be missing a string literal to format with: `\"{}\"`"));
        };
        let fmt_span = self.span(fmt);
        let mut text = fmt.value();
        if newline {
            text.push('\n');
        }
        let pieces = format::parse(&text).map_err(|e| match e {
            FormatError::Invalid(m) => Diagnostic::new(codes::FORMAT, fmt_span, m),
        })?;
        // Text without holes needs no formatter.
        if args.len() == 1
            && let [RawPiece::Lit(text)] | [RawPiece::Lit(text), ..] = pieces.as_slice()
            && pieces.len() == 1
        {
            return Ok(match sink {
                Sink::Print(fd) => quote_spanned!(at=> ::std::io::_print_str(#fd, #text)),
                Sink::String => quote_spanned!(at=> ::std::string::String::from(#text)),
                Sink::Write(dst) => quote_spanned!(at=> (#dst).write_str(#text)),
                Sink::Panic => self.panic_tokens(quote!(#text), at, span),
            });
        }
        // Positional then named arguments; captured variables are added as named ones.
        let mut positional: Vec<syn::Expr> = Vec::new();
        let mut named: Vec<(String, syn::Expr)> = Vec::new();
        for a in &args[1..] {
            match a {
                syn::Expr::Assign(asg) => {
                    let syn::Expr::Path(p) = &*asg.left else {
                        return Err(Diagnostic::new(codes::FORMAT, self.span(a), "expected an argument name"));
                    };
                    named.push((quote::ToTokens::to_token_stream(&p.path).to_string(), (*asg.right).clone()));
                }
                other => {
                    if !named.is_empty() {
                        return Err(Diagnostic::new(
                            codes::FORMAT,
                            self.span(other),
                            "positional arguments cannot follow named arguments",
                        ));
                    }
                    positional.push(other.clone());
                }
            }
        }
        let n_pos = positional.len();
        let mut used = vec![false; n_pos + named.len()];
        let mut next = 0usize;
        let mut resolve =
            |hole: &Hole, named: &mut Vec<(String, syn::Expr)>, used: &mut Vec<bool>| -> Result<usize, Diagnostic> {
                let index = match hole {
                    Hole::Next => {
                        let i = next;
                        next += 1;
                        if i >= n_pos {
                            return Err(Diagnostic::new(
                                codes::FORMAT,
                                fmt_span,
                                format!(
                                    "{} positional argument{} in format string, but {}",
                                    i + 1,
                                    if i == 0 { "" } else { "s" },
                                    match n_pos {
                                        0 => "no arguments were given".to_string(),
                                        1 => "there is 1 argument".to_string(),
                                        n => format!("there are {n} arguments"),
                                    }
                                ),
                            ));
                        }
                        i
                    }
                    Hole::Index(i) => {
                        if *i >= n_pos {
                            return Err(Diagnostic::new(
                                codes::FORMAT,
                                fmt_span,
                                format!(
                                    "invalid reference to positional argument {i} (there {})",
                                    match n_pos {
                                        0 => "are no arguments".to_string(),
                                        1 => "is 1 argument".to_string(),
                                        n => format!("are {n} arguments"),
                                    }
                                ),
                            ));
                        }
                        *i
                    }
                    Hole::Name(n) => match named.iter().position(|(name, _)| name == n) {
                        Some(k) => n_pos + k,
                        None => {
                            let ident = syn::Ident::new(n, at);
                            named.push((n.clone(), syn::parse_quote_spanned!(at=> #ident)));
                            used.push(false);
                            n_pos + named.len() - 1
                        }
                    },
                };
                used[index] = true;
                Ok(index)
            };
        let mut body = Vec::new();
        for piece in &pieces {
            match piece {
                RawPiece::Lit(s) => body.push(quote_spanned!(at=> __f.write_str(#s);)),
                RawPiece::Hole(hole, spec) => {
                    // Width and precision arguments come first for `.*`, as rustc takes them.
                    let precision = match &spec.precision {
                        Some(Count::Arg(h)) => {
                            let i = resolve(h, &mut named, &mut used)?;
                            let a = format_ident!("__a{}", i, span = at);
                            quote_spanned!(at=> *#a)
                        }
                        Some(Count::Literal(n)) => quote!(#n),
                        None => quote_spanned!(at=> ::std::fmt::NONE),
                    };
                    let width = match &spec.width {
                        Some(Count::Arg(h)) => {
                            let i = resolve(h, &mut named, &mut used)?;
                            let a = format_ident!("__a{}", i, span = at);
                            quote_spanned!(at=> *#a)
                        }
                        Some(Count::Literal(n)) => quote!(#n),
                        None => quote_spanned!(at=> ::std::fmt::NONE),
                    };
                    let i = resolve(hole, &mut named, &mut used)?;
                    let a = format_ident!("__a{}", i, span = at);
                    let tr = match spec.ty.as_str() {
                        "" => quote_spanned!(at=> ::std::fmt::Display),
                        "?" | "#?" => quote_spanned!(at=> ::std::fmt::Debug),
                        "x" => quote_spanned!(at=> ::std::fmt::LowerHex),
                        "X" => quote_spanned!(at=> ::std::fmt::UpperHex),
                        "o" => quote_spanned!(at=> ::std::fmt::Octal),
                        "b" => quote_spanned!(at=> ::std::fmt::Binary),
                        "e" => quote_spanned!(at=> ::std::fmt::LowerExp),
                        "E" => quote_spanned!(at=> ::std::fmt::UpperExp),
                        _ => quote_spanned!(at=> ::std::fmt::Debug),
                    };
                    if *spec == Spec::default() {
                        body.push(quote_spanned!(at=> #tr::fmt(#a, &mut __f);));
                    } else {
                        let fill = spec.fill;
                        let align: u8 = match spec.align {
                            None => 0,
                            Some(Align::Left) => 1,
                            Some(Align::Right) => 2,
                            Some(Align::Center) => 3,
                        };
                        let flags: u32 = u32::from(spec.plus)
                            | (u32::from(spec.minus) << 1)
                            | (u32::from(spec.alternate || spec.ty == "#?") << 2)
                            | (u32::from(spec.zero) << 3)
                            | (u32::from(spec.ty == "x?") << 4)
                            | (u32::from(spec.ty == "X?") << 5);
                        body.push(quote_spanned!(at=>
                            __f.set_spec(#fill, #align, #flags, #width, #precision);
                            #tr::fmt(#a, &mut __f);
                            __f.clear_spec();
                        ));
                    }
                }
            }
        }
        if let Some(unused) = used.iter().position(|u| !u) {
            let span = if unused < n_pos { self.span(&positional[unused]) } else { fmt_span };
            let msg = if n_pos - used[..n_pos].iter().filter(|u| **u).count() > 1 {
                "multiple unused formatting arguments"
            } else {
                "argument never used"
            };
            return Err(Diagnostic::new(codes::FORMAT, span, msg));
        }
        let all: Vec<syn::Expr> = positional.into_iter().chain(named.into_iter().map(|(_, e)| e)).collect();
        let names: Vec<syn::Ident> = (0..all.len()).map(|i| format_ident!("__a{}", i, span = at)).collect();
        let block = if all.is_empty() {
            quote_spanned!(at=> { let mut __f = ::std::fmt::Formatter::new(); #(#body)* __f })
        } else {
            quote_spanned!(at=> match (#(&(#all),)*) { (#(#names,)*) => { let mut __f = ::std::fmt::Formatter::new(); #(#body)* __f } })
        };
        Ok(match sink {
            Sink::Print(fd) => quote_spanned!(at=> ::std::io::_print(#fd, &#block)),
            Sink::String => quote_spanned!(at=> (#block).into_string()),
            Sink::Write(dst) => quote_spanned!(at=> (#dst).write_str((#block).as_str())),
            Sink::Panic => {
                let message = quote_spanned!(at=> (#block).as_str());
                self.panic_tokens(message, at, span)
            }
        })
    }

    /// A `macro_rules!` macro: its expansion read as the statements of a block.
    fn expand_user_macro(
        &mut self,
        def: wasmrust_resolve::DefId,
        mac: &syn::Macro,
        span: Span,
    ) -> Result<syn::Expr, Diagnostic> {
        let wasmrust_resolve::DefKind::Macro(item) = &self.cx.program.def(def).kind else { unreachable!("a macro") };
        let tokens = wasmrust_resolve::macros::expand(item, mac.tokens.clone())
            .map_err(|m| Diagnostic::new(codes::SYNTAX, span, m))?;
        let block: syn::Block = syn::parse2(quote!({ #tokens }))
            .map_err(|e| Diagnostic::new(codes::SYNTAX, span, format!("in this macro's expansion: {e}")))?;
        // A single expression stays an expression (so its value is the macro's).
        if block.stmts.len() == 1
            && let syn::Stmt::Expr(e, None) = &block.stmts[0]
        {
            return Ok(e.clone());
        }
        Ok(syn::Expr::Block(syn::ExprBlock { attrs: Vec::new(), label: None, block }))
    }
}

trait SpannedTokens {
    fn to_token_stream_spanned(&self) -> TokenStream;
}

impl SpannedTokens for syn::Expr {
    fn to_token_stream_spanned(&self) -> TokenStream {
        quote::ToTokens::to_token_stream(self)
    }
}

fn syntax(e: syn::Error, span: Span) -> Diagnostic {
    Diagnostic::new(codes::SYNTAX, span, e.to_string())
}

fn parse_args(mac: &syn::Macro) -> Result<Vec<syn::Expr>, Diagnostic> {
    let parsed = mac.parse_body_with(Punctuated::<syn::Expr, syn::Token![,]>::parse_terminated).map_err(|e| {
        Diagnostic::new(codes::SYNTAX, wasmrust_resolve::span_in(wasmrust_diag::FileId(0), e.span()), e.to_string())
    })?;
    Ok(parsed.into_iter().collect())
}

fn parse_repeat(input: syn::parse::ParseStream) -> syn::Result<(syn::Expr, syn::Expr)> {
    let value: syn::Expr = input.parse()?;
    input.parse::<syn::Token![;]>()?;
    let count: syn::Expr = input.parse()?;
    Ok((value, count))
}

fn parse_matches(input: syn::parse::ParseStream) -> syn::Result<(syn::Expr, syn::Pat, Option<syn::Expr>)> {
    let value: syn::Expr = input.parse()?;
    input.parse::<syn::Token![,]>()?;
    let pat = syn::Pat::parse_multi_with_leading_vert(input)?;
    let guard = if input.peek(syn::Token![if]) {
        input.parse::<syn::Token![if]>()?;
        Some(input.parse()?)
    } else {
        None
    };
    let _ = input.parse::<Option<syn::Token![,]>>()?;
    Ok((value, pat, guard))
}

/// Tokens printed the way rustc's pretty-printer prints an expression (for `assert!`'s
/// and `stringify!`'s text): no spaces around `.`, `::` and inside brackets, spaces
/// around binary operators.
pub fn pretty(tokens: TokenStream) -> String {
    let mut out = String::new();
    let mut prev: Option<TokenTree> = None;
    for tt in tokens {
        let text = match &tt {
            TokenTree::Group(g) => {
                let inner = pretty(g.stream());
                match g.delimiter() {
                    proc_macro2::Delimiter::Parenthesis => format!("({inner})"),
                    proc_macro2::Delimiter::Bracket => format!("[{inner}]"),
                    proc_macro2::Delimiter::Brace => {
                        if inner.is_empty() {
                            "{}".to_string()
                        } else {
                            format!("{{ {inner} }}")
                        }
                    }
                    proc_macro2::Delimiter::None => inner,
                }
            }
            other => other.to_string(),
        };
        let space = match (&prev, &tt) {
            (None, _) => false,
            (Some(TokenTree::Punct(p)), _)
                if matches!(p.as_char(), '.' | ':' | '&' | '!' | '#') && p.spacing() == proc_macro2::Spacing::Joint =>
            {
                false
            }
            (Some(TokenTree::Punct(p)), _) if p.as_char() == '.' || p.as_char() == ':' => false,
            (Some(TokenTree::Punct(p)), _)
                if matches!(p.as_char(), '!' | '&' | '*' | '-') && is_unary_position(&out, p.as_char()) =>
            {
                false
            }
            (_, TokenTree::Punct(p)) if matches!(p.as_char(), '.' | ',' | ';' | '?') => false,
            (_, TokenTree::Punct(p)) if p.as_char() == ':' && p.spacing() == proc_macro2::Spacing::Joint => false,
            (Some(TokenTree::Punct(p)), _) if p.as_char() == ':' => false,
            (Some(TokenTree::Ident(_)), TokenTree::Group(g)) if g.delimiter() != proc_macro2::Delimiter::Brace => false,
            (Some(TokenTree::Group(_)), TokenTree::Group(g)) if g.delimiter() != proc_macro2::Delimiter::Brace => false,
            (Some(TokenTree::Ident(i)), TokenTree::Punct(p)) if p.as_char() == '!' && i != "in" => false,
            (Some(TokenTree::Punct(p)), _) if p.spacing() == proc_macro2::Spacing::Joint => false,
            _ => true,
        };
        if space {
            out.push(' ');
        }
        out.push_str(&text);
        prev = Some(tt);
    }
    out
}

/// Whether the operator just written (the last char of `out`) is unary: at the start or
/// after another operator or an opening bracket.
fn is_unary_position(out: &str, op: char) -> bool {
    let before = out.strip_suffix(op).unwrap_or(out).trim_end();
    before.is_empty() || before.ends_with(|c: char| "([{,=<>+-*/%&|!^;".contains(c))
}
