//! `macro_rules!`: matching an invocation against the rules and transcribing the first
//! rule that matches, with fragments (`$x:expr`, `$t:ty`, `$i:ident`, `$($x),*`...) as
//! Rust defines them. Fragments are parsed with syn; an `expr` fragment is substituted as
//! an invisible group, so it keeps its precedence.

use std::collections::HashMap;

use proc_macro2::{Delimiter, Group, TokenStream, TokenTree};
use syn::parse::{ParseStream, Parser};

/// A matcher token tree.
#[derive(Debug, Clone)]
enum Matcher {
    /// A token that must appear as is.
    Token(TokenTree),
    /// A delimited group whose contents are matched.
    Group(Delimiter, Vec<Matcher>),
    /// `$name:fragment`.
    Fragment(String, String),
    /// `$( ... ) sep op`.
    Repeat(Vec<Matcher>, Option<TokenTree>, char),
}

/// What a matcher variable bound.
#[derive(Debug, Clone)]
enum Binding {
    One(TokenStream),
    Many(Vec<HashMap<String, Binding>>),
}

/// Expands an invocation of `mac` with `input`; the error is the message for the user.
pub fn expand(mac: &syn::ItemMacro, input: TokenStream) -> Result<TokenStream, String> {
    let rules = parse_rules(mac.mac.tokens.clone())?;
    for (matcher, transcriber) in &rules {
        let matched = (|stream: ParseStream| match_seq(stream, matcher)).parse2(input.clone());
        if let Ok(bindings) = matched {
            return transcribe(transcriber, &bindings);
        }
    }
    let name = mac.ident.as_ref().map(ToString::to_string).unwrap_or_default();
    Err(format!("no rules expected this token in macro call to `{name}!`"))
}

fn parse_rules(tokens: TokenStream) -> Result<Vec<(Vec<Matcher>, TokenStream)>, String> {
    let mut rules = Vec::new();
    let mut it = tokens.into_iter().peekable();
    while let Some(tt) = it.next() {
        let TokenTree::Group(lhs) = tt else { return Err("malformed `macro_rules!`: expected a matcher".into()) };
        match (it.next(), it.next()) {
            (Some(TokenTree::Punct(eq)), Some(TokenTree::Punct(gt))) if eq.as_char() == '=' && gt.as_char() == '>' => {}
            _ => return Err("malformed `macro_rules!`: expected `=>`".into()),
        }
        let Some(TokenTree::Group(rhs)) = it.next() else {
            return Err("malformed `macro_rules!`: expected a transcriber".into());
        };
        rules.push((parse_matcher(lhs.stream())?, rhs.stream()));
        if let Some(TokenTree::Punct(p)) = it.peek()
            && p.as_char() == ';'
        {
            it.next();
        }
    }
    Ok(rules)
}

fn parse_matcher(tokens: TokenStream) -> Result<Vec<Matcher>, String> {
    let mut out = Vec::new();
    let mut it = tokens.into_iter().peekable();
    while let Some(tt) = it.next() {
        match &tt {
            TokenTree::Punct(p) if p.as_char() == '$' => match it.next() {
                Some(TokenTree::Ident(name)) => match (it.next(), it.next()) {
                    (Some(TokenTree::Punct(c)), Some(TokenTree::Ident(frag))) if c.as_char() == ':' => {
                        out.push(Matcher::Fragment(name.to_string(), frag.to_string()));
                    }
                    _ => return Err(format!("missing fragment specifier for `${name}`")),
                },
                Some(TokenTree::Group(g)) if g.delimiter() == Delimiter::Parenthesis => {
                    let inner = parse_matcher(g.stream())?;
                    let (sep, op) = repeat_suffix(&mut it)?;
                    out.push(Matcher::Repeat(inner, sep, op));
                }
                _ => return Err("expected a fragment or repetition after `$`".into()),
            },
            TokenTree::Group(g) => out.push(Matcher::Group(g.delimiter(), parse_matcher(g.stream())?)),
            _ => out.push(Matcher::Token(tt)),
        }
    }
    Ok(out)
}

/// The `sep? op` after a repetition.
fn repeat_suffix(
    it: &mut std::iter::Peekable<proc_macro2::token_stream::IntoIter>,
) -> Result<(Option<TokenTree>, char), String> {
    let first = it.next().ok_or("expected a repetition operator")?;
    if let TokenTree::Punct(p) = &first
        && matches!(p.as_char(), '*' | '+' | '?')
    {
        return Ok((None, p.as_char()));
    }
    match it.next() {
        Some(TokenTree::Punct(p)) if matches!(p.as_char(), '*' | '+' | '?') => Ok((Some(first), p.as_char())),
        _ => Err("expected a repetition operator (`*`, `+` or `?`)".into()),
    }
}

fn match_seq(input: ParseStream, matchers: &[Matcher]) -> syn::Result<HashMap<String, Binding>> {
    let mut bindings = HashMap::new();
    for m in matchers {
        match m {
            Matcher::Token(t) => expect_token(input, t)?,
            Matcher::Group(delim, inner) => {
                let content;
                match delim {
                    Delimiter::Parenthesis => {
                        syn::parenthesized!(content in input);
                    }
                    Delimiter::Bracket => {
                        syn::bracketed!(content in input);
                    }
                    Delimiter::Brace => {
                        syn::braced!(content in input);
                    }
                    Delimiter::None => return Err(input.error("unexpected invisible group")),
                }
                let inner_b = match_seq(&content, inner)?;
                if !content.is_empty() {
                    return Err(content.error("no rules expected this token"));
                }
                bindings.extend(inner_b);
            }
            Matcher::Fragment(name, frag) => {
                let tokens = parse_fragment(input, frag)?;
                bindings.insert(name.clone(), Binding::One(tokens));
            }
            Matcher::Repeat(inner, sep, op) => {
                let mut reps = Vec::new();
                loop {
                    if input.is_empty() {
                        break;
                    }
                    let fork = input.fork();
                    if !reps.is_empty()
                        && let Some(s) = sep
                        && expect_token(&fork, s).is_err()
                    {
                        break;
                    }
                    match match_seq(&fork, inner) {
                        Ok(b) => {
                            syn::parse::discouraged::Speculative::advance_to(input, &fork);
                            reps.push(b);
                        }
                        Err(_) => break,
                    }
                    if *op == '?' {
                        break;
                    }
                }
                if *op == '+' && reps.is_empty() {
                    return Err(input.error("expected at least one repetition"));
                }
                // Variables of the repetition bind even with zero repetitions.
                for var in vars_of(inner) {
                    bindings.entry(var).or_insert(Binding::Many(Vec::new()));
                }
                let mut by_var: HashMap<String, Binding> = HashMap::new();
                for var in vars_of(inner) {
                    by_var.insert(var, Binding::Many(reps.clone()));
                }
                bindings.extend(by_var);
            }
        }
    }
    Ok(bindings)
}

fn vars_of(matchers: &[Matcher]) -> Vec<String> {
    let mut out = Vec::new();
    for m in matchers {
        match m {
            Matcher::Fragment(n, _) => out.push(n.clone()),
            Matcher::Group(_, inner) | Matcher::Repeat(inner, _, _) => out.extend(vars_of(inner)),
            Matcher::Token(_) => {}
        }
    }
    out
}

fn expect_token(input: ParseStream, want: &TokenTree) -> syn::Result<()> {
    input.step(|cursor| {
        match (cursor.token_tree(), want) {
            (Some((TokenTree::Ident(i), rest)), TokenTree::Ident(w)) if i == *w => return Ok(((), rest)),
            (Some((TokenTree::Punct(p), rest)), TokenTree::Punct(w)) if p.as_char() == w.as_char() => {
                return Ok(((), rest));
            }
            (Some((TokenTree::Literal(l), rest)), TokenTree::Literal(w)) if l.to_string() == w.to_string() => {
                return Ok(((), rest));
            }
            _ => {}
        }
        Err(cursor.error(format!("expected `{want}`")))
    })
}

fn parse_fragment(input: ParseStream, frag: &str) -> syn::Result<TokenStream> {
    use quote::ToTokens;
    Ok(match frag {
        "expr" => {
            let e: syn::Expr = input.parse()?;
            let g = Group::new(Delimiter::None, e.to_token_stream());
            TokenTree::Group(g).into()
        }
        "ty" => input.parse::<syn::Type>()?.to_token_stream(),
        "ident" => input.call(<proc_macro2::Ident as syn::ext::IdentExt>::parse_any)?.to_token_stream(),
        "path" => input.call(syn::Path::parse_mod_style)?.to_token_stream(),
        "pat" | "pat_param" => syn::Pat::parse_multi_with_leading_vert(input)?.to_token_stream(),
        "literal" => input.parse::<syn::Lit>()?.to_token_stream(),
        "block" => input.parse::<syn::Block>()?.to_token_stream(),
        "stmt" => input.parse::<syn::Stmt>()?.to_token_stream(),
        "item" => input.parse::<syn::Item>()?.to_token_stream(),
        "lifetime" => input.parse::<syn::Lifetime>()?.to_token_stream(),
        "vis" => input.parse::<syn::Visibility>()?.to_token_stream(),
        "meta" => input.parse::<syn::Meta>()?.to_token_stream(),
        "tt" => input.parse::<TokenTree>()?.into(),
        other => return Err(input.error(format!("unknown fragment specifier `{other}`"))),
    })
}

fn transcribe(tokens: &TokenStream, bindings: &HashMap<String, Binding>) -> Result<TokenStream, String> {
    let mut out = TokenStream::new();
    let mut it = tokens.clone().into_iter().peekable();
    while let Some(tt) = it.next() {
        match &tt {
            TokenTree::Punct(p) if p.as_char() == '$' => match it.next() {
                Some(TokenTree::Ident(name)) => match bindings.get(&name.to_string()) {
                    Some(Binding::One(ts)) => out.extend(ts.clone()),
                    Some(Binding::Many(_)) => {
                        return Err(format!("variable `{name}` is still repeating at this depth"));
                    }
                    None => {
                        // `$crate` and unknown names are kept as written.
                        out.extend([TokenTree::Punct(p.clone()), TokenTree::Ident(name)]);
                    }
                },
                Some(TokenTree::Group(g)) if g.delimiter() == Delimiter::Parenthesis => {
                    let (sep, _op) = repeat_suffix(&mut it)?;
                    let names = names_in(&g.stream());
                    let count = names
                        .iter()
                        .filter_map(|n| match bindings.get(n) {
                            Some(Binding::Many(v)) => Some(v.len()),
                            _ => None,
                        })
                        .max()
                        .ok_or("repetition without repeating variables")?;
                    for i in 0..count {
                        if i > 0
                            && let Some(s) = &sep
                        {
                            out.extend([s.clone()]);
                        }
                        let mut inner = bindings.clone();
                        for n in &names {
                            if let Some(Binding::Many(v)) = bindings.get(n)
                                && let Some(b) = v.get(i)
                            {
                                inner.extend(b.clone());
                            }
                        }
                        out.extend(transcribe(&g.stream(), &inner)?);
                    }
                }
                Some(other) => out.extend([TokenTree::Punct(p.clone()), other]),
                None => out.extend([tt.clone()]),
            },
            TokenTree::Group(g) => {
                let inner = transcribe(&g.stream(), bindings)?;
                let mut ng = Group::new(g.delimiter(), inner);
                ng.set_span(g.span());
                out.extend([TokenTree::Group(ng)]);
            }
            _ => out.extend([tt.clone()]),
        }
    }
    Ok(out)
}

/// The `$names` used in a transcriber fragment.
fn names_in(tokens: &TokenStream) -> Vec<String> {
    let mut out = Vec::new();
    let mut prev_dollar = false;
    for tt in tokens.clone() {
        match &tt {
            TokenTree::Punct(p) if p.as_char() == '$' => {
                prev_dollar = true;
                continue;
            }
            TokenTree::Ident(i) if prev_dollar => out.push(i.to_string()),
            TokenTree::Group(g) => out.extend(names_in(&g.stream())),
            _ => {}
        }
        prev_dollar = false;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(def: &str, input: &str) -> String {
        let mac: syn::ItemMacro = syn::parse_str(def).unwrap();
        expand(&mac, input.parse().unwrap()).unwrap().to_string()
    }

    #[test]
    fn matches_fragments_and_repetitions() {
        let def = "macro_rules! m { ($($t:ty),* ; $e:expr) => { $( impl X for $t { fn f() -> i32 { $e } } )* }; }";
        let out = run(def, "u8, i32 ; 1 + 2");
        assert_eq!(out.matches("impl X for").count(), 2, "{out}");
        assert!(out.contains("u8") && out.contains("i32"), "{out}");
    }

    #[test]
    fn tries_rules_in_order() {
        let def = "macro_rules! m { () => { 0 }; ($x:expr) => { $x * 2 }; }";
        assert_eq!(run(def, ""), "0");
        assert!(run(def, "5").contains('5'));
    }
}
