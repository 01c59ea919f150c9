//! `#[derive(...)]`: the standard derives, generated as impl items the way rustc's
//! built-in derives write them, so their output (`Debug` in particular) is identical.

use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote};

/// The impls for one `#[derive(Trait)]` on a struct or enum; `Err` names an unknown derive.
pub fn derive(name: &str, item: &syn::Item) -> Result<Vec<syn::ItemImpl>, String> {
    let (ident, generics) = match item {
        syn::Item::Struct(s) => (&s.ident, &s.generics),
        syn::Item::Enum(e) => (&e.ident, &e.generics),
        _ => return Err("`derive` may only be applied to `struct`s and `enum`s".into()),
    };
    let (trait_path, body): (TokenStream, TokenStream) = match name {
        "Clone" => (quote!(::std::clone::Clone), clone(item)),
        "Copy" => (quote!(::std::marker::Copy), TokenStream::new()),
        "PartialEq" => (quote!(::std::cmp::PartialEq), partial_eq(item)),
        "Eq" => (quote!(::std::cmp::Eq), TokenStream::new()),
        "PartialOrd" => (quote!(::std::cmp::PartialOrd), ordering(item, true)),
        "Ord" => (quote!(::std::cmp::Ord), ordering(item, false)),
        "Hash" => (quote!(::std::hash::Hash), hash(item)),
        "Default" => (quote!(::std::default::Default), default(item)?),
        "Debug" => (quote!(::std::fmt::Debug), debug(item)),
        other => return Err(format!("`#[derive({other})]` is")),
    };
    let mut generics = generics.clone();
    for p in generics.type_params_mut() {
        p.bounds.push(syn::parse_quote!(#trait_path));
    }
    let (impl_generics, ty_generics, where_clause) = generics.split_for_impl();
    let tokens = quote! {
        impl #impl_generics #trait_path for #ident #ty_generics #where_clause {
            #body
        }
    };
    syn::parse2(tokens).map(|i| vec![i]).map_err(|e| format!("internal error in `#[derive({name})]`: {e}"))
}

/// A variant's pattern binding its fields to `prefix0`, `prefix1`... (or the field names
/// prefixed), and the bound names.
fn bind_fields(fields: &syn::Fields, prefix: &str) -> (TokenStream, Vec<syn::Ident>) {
    match fields {
        syn::Fields::Named(named) => {
            let names: Vec<&syn::Ident> = named.named.iter().map(|f| f.ident.as_ref().expect("named")).collect();
            let binds: Vec<syn::Ident> = names.iter().map(|n| format_ident!("{}_{}", prefix, n)).collect();
            (quote!({ #(#names: #binds),* }), binds)
        }
        syn::Fields::Unnamed(unnamed) => {
            let binds: Vec<syn::Ident> = (0..unnamed.unnamed.len())
                .map(|i| format_ident!("{}{}", prefix, i, span = Span::call_site()))
                .collect();
            (quote!(( #(#binds),* )), binds)
        }
        syn::Fields::Unit => (TokenStream::new(), Vec::new()),
    }
}

fn variants(item: &syn::Item) -> Vec<(TokenStream, &syn::Fields, String)> {
    match item {
        syn::Item::Struct(s) => {
            let ident = &s.ident;
            vec![(quote!(#ident), &s.fields, ident.to_string())]
        }
        syn::Item::Enum(e) => {
            let ident = &e.ident;
            e.variants
                .iter()
                .map(|v| {
                    let vi = &v.ident;
                    (quote!(#ident::#vi), &v.fields, vi.to_string())
                })
                .collect()
        }
        _ => Vec::new(),
    }
}

fn clone(item: &syn::Item) -> TokenStream {
    let arms = variants(item).into_iter().map(|(path, fields, _)| {
        let (pat, binds) = bind_fields(fields, "a");
        let rebuilt = match fields {
            syn::Fields::Named(named) => {
                let names = named.named.iter().map(|f| f.ident.as_ref().expect("named"));
                quote!({ #(#names: ::std::clone::Clone::clone(#binds)),* })
            }
            syn::Fields::Unnamed(_) => quote!(( #(::std::clone::Clone::clone(#binds)),* )),
            syn::Fields::Unit => TokenStream::new(),
        };
        quote!(#path #pat => #path #rebuilt,)
    });
    quote! {
        fn clone(&self) -> Self {
            match self { #(#arms)* }
        }
    }
}

fn partial_eq(item: &syn::Item) -> TokenStream {
    let arms = variants(item).into_iter().map(|(path, fields, _)| {
        let (pa, a) = bind_fields(fields, "a");
        let (pb, b) = bind_fields(fields, "b");
        quote!((#path #pa, #path #pb) => true #(&& #a == #b)*,)
    });
    let n = variants(item).len();
    let fallback = if n > 1 { quote!(_ => false,) } else { TokenStream::new() };
    quote! {
        fn eq(&self, other: &Self) -> bool {
            match (self, other) { #(#arms)* #fallback }
        }
    }
}

/// The variant's index, for ordering enums and hashing.
fn index_expr(item: &syn::Item, of: TokenStream) -> TokenStream {
    let arms = variants(item).into_iter().enumerate().map(|(i, (path, fields, _))| {
        let pat = match fields {
            syn::Fields::Named(_) => quote!({ .. }),
            syn::Fields::Unnamed(_) => quote!((..)),
            syn::Fields::Unit => TokenStream::new(),
        };
        quote!(#path #pat => #i,)
    });
    quote!(match #of { #(#arms)* })
}

fn ordering(item: &syn::Item, partial: bool) -> TokenStream {
    let (method, wrap_equal, ret) = if partial {
        (
            quote!(partial_cmp),
            quote!(::std::option::Option::Some(::std::cmp::Ordering::Equal)),
            quote!(::std::option::Option<::std::cmp::Ordering>),
        )
    } else {
        (quote!(cmp), quote!(::std::cmp::Ordering::Equal), quote!(::std::cmp::Ordering))
    };
    let trait_path = if partial { quote!(PartialOrd) } else { quote!(Ord) };
    let arms = variants(item).into_iter().map(|(path, fields, _)| {
        let (pa, a) = bind_fields(fields, "a");
        let (pb, b) = bind_fields(fields, "b");
        let steps = a.iter().zip(&b).map(|(x, y)| {
            quote! {
                match ::std::cmp::#trait_path::#method(#x, #y) {
                    #wrap_equal => {}
                    unequal => return unequal,
                }
            }
        });
        quote!((#path #pa, #path #pb) => { #(#steps)* #wrap_equal })
    });
    let (li, ri) = (index_expr(item, quote!(self)), index_expr(item, quote!(other)));
    let by_index = if variants(item).len() > 1 {
        quote!(_ => ::std::cmp::#trait_path::#method(&(#li), &(#ri)),)
    } else {
        TokenStream::new()
    };
    quote! {
        fn #method(&self, other: &Self) -> #ret {
            match (self, other) { #(#arms,)* #by_index }
        }
    }
}

fn hash(item: &syn::Item) -> TokenStream {
    let index = index_expr(item, quote!(self));
    let is_enum = matches!(item, syn::Item::Enum(_));
    let arms = variants(item).into_iter().map(|(path, fields, _)| {
        let (pat, binds) = bind_fields(fields, "a");
        quote!(#path #pat => { #( ::std::hash::Hash::hash(#binds, state); )* })
    });
    let discriminant = if is_enum { quote!(state.write_usize(#index);) } else { TokenStream::new() };
    quote! {
        fn hash<H: ::std::hash::Hasher>(&self, state: &mut H) {
            #discriminant
            match self { #(#arms)* }
        }
    }
}

fn default(item: &syn::Item) -> Result<TokenStream, String> {
    let value = match item {
        syn::Item::Struct(s) => {
            let ident = &s.ident;
            match &s.fields {
                syn::Fields::Named(named) => {
                    let names = named.named.iter().map(|f| f.ident.as_ref().expect("named"));
                    quote!(#ident { #(#names: ::std::default::Default::default()),* })
                }
                syn::Fields::Unnamed(u) => {
                    let values = u.unnamed.iter().map(|_| quote!(::std::default::Default::default()));
                    quote!(#ident( #(#values),* ))
                }
                syn::Fields::Unit => quote!(#ident),
            }
        }
        syn::Item::Enum(e) => {
            let ident = &e.ident;
            let Some(v) = e.variants.iter().find(|v| v.attrs.iter().any(|a| a.path().is_ident("default"))) else {
                return Err("`#[derive(Default)]` on an enum without a `#[default]` variant is".into());
            };
            let vi = &v.ident;
            quote!(#ident::#vi)
        }
        _ => unreachable!(),
    };
    Ok(quote! {
        fn default() -> Self { #value }
    })
}

fn debug(item: &syn::Item) -> TokenStream {
    let arms = variants(item).into_iter().map(|(path, fields, name)| {
        let (pat, binds) = bind_fields(fields, "a");
        let body = match fields {
            syn::Fields::Named(named) => {
                let names: Vec<String> =
                    named.named.iter().map(|f| f.ident.as_ref().expect("named").to_string()).collect();
                quote! {
                    let mut d = f.debug_struct(#name);
                    #( d.field(#names, #binds); )*
                    d.finish()
                }
            }
            syn::Fields::Unnamed(_) => quote! {
                let mut d = f.debug_tuple(#name);
                #( d.field(#binds); )*
                d.finish()
            },
            syn::Fields::Unit => quote!(f.write_str(#name)),
        };
        quote!(#path #pat => { #body })
    });
    quote! {
        fn fmt(&self, f: &mut ::std::fmt::Formatter) -> ::std::fmt::Result {
            match self { #(#arms)* }
        }
    }
}
