//! The compiler pipeline: a Rust source file in, a validated WasmGC module or diagnostics out.
//!
//! This is the only place that sequences the passes; each is pure, and so is this.

use std::path::{Path, PathBuf};

use wasmrust_diag::{Diagnostic, SourceFile, SourceMap};
use wasmrust_resolve::{CrateSource, DefId, DefKind, Program};
use wasmrust_typeck::{Roots, TestRoot};

/// Why compilation produced no module.
#[derive(Debug)]
pub enum CompileError {
    /// The program is not accepted: diagnostics, and the files they point into.
    Diagnostics(Vec<Diagnostic>, SourceMap),
    /// The compiler produced an invalid module: a compiler bug, never the user's fault.
    InvalidModule(String),
    /// A whole feature the compiler does not have yet (no source location to point at).
    Unsupported(String),
}

/// Compiles a program: `file` is its root, and `root_path`, when the file is on disk, is
/// where `mod name;` files are found (beside it, as rustc does).
pub fn compile(file: &SourceFile, root_path: Option<&Path>) -> Result<Vec<u8>, CompileError> {
    let krate = CrateSource {
        name: crate_name_of(&file.name),
        root_path: root_path.map(Path::to_path_buf),
        root: file.clone(),
        cfg_test: false,
    };
    // 1. Parse every file of the core library and the program; collect their items.
    let program = Program::load(wasmrust_core::SOURCES, &[krate]).map_err(|d| diagnostics(d, None))?;
    // 2. Check types from `main`, instantiating generic code: the monomorphic typed IR.
    let roots = Roots { main_crate: Some(1), tests: Vec::new() };
    let ir = wasmrust_typeck::check(&program, &roots).map_err(|d| diagnostics(d, Some(&program)))?;
    // 3. Emit WasmGC and validate it: an invalid module never leaves the compiler.
    emit_and_validate(&ir)
}

fn emit_and_validate(ir: &wasmrust_ir::Module) -> Result<Vec<u8>, CompileError> {
    let wasm = wasmrust_emit::emit(ir).map_err(CompileError::Unsupported)?;
    // For compiler developers: keep the module even if it does not validate.
    if let Some(path) = std::env::var_os("WASMRUST_DUMP_WASM") {
        let _ = std::fs::write(path, &wasm);
    }
    wasmrust_emit::validate(&wasm).map_err(CompileError::InvalidModule)?;
    Ok(wasm)
}

fn diagnostics(d: Vec<Diagnostic>, program: Option<&Program>) -> CompileError {
    CompileError::Diagnostics(d, program.map(|p| p.sources.clone()).unwrap_or_default())
}

/// `foo-bar.rs` is crate `foo_bar`, as rustc names single-file crates.
fn crate_name_of(file_name: &str) -> String {
    let stem = Path::new(file_name).file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let name: String = stem.chars().map(|c| if c.is_alphanumeric() { c } else { '_' }).collect();
    if name.is_empty() || name == "main" || name == "lib" { "main".into() } else { name }
}

/// A crate of a package: the name other crates `use` it by and its root source file.
#[derive(Debug, Clone)]
pub struct CrateRoot {
    /// The crate name as Rust code spells it (`my_lib`, with `-` already turned into `_`).
    pub name: String,
    /// The root file (`src/lib.rs`, `tests/basic.rs`); `mod foo;` files are found beside it.
    pub root: PathBuf,
    /// How the root is shown in diagnostics and panic locations, as cargo shows it: relative
    /// to the package directory (`src/lib.rs`, `tests/basic.rs`).
    pub display_name: String,
}

/// A module whose exports are a crate's `#[test]` functions.
///
/// **Contract with the hosts.** The module has the imports and the `memory` export of a
/// program (ABI `wasmrust_v1`) and no `main`. Each test is a nullary export that returns
/// normally when the test passes; a panic prints rustc's report (naming the test as the
/// thread, as libtest does) and calls `exit(101)`. Run every test on a fresh instance.
#[derive(Debug, Clone)]
pub struct TestModule {
    /// The validated module.
    pub wasm: Vec<u8>,
    /// Every `#[test]` function, in source order.
    pub tests: Vec<TestCase>,
}

/// One `#[test]` function.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TestCase {
    /// The path libtest prints: `tests::adds_two`, relative to the crate root.
    pub name: String,
    /// The name of the export that runs it.
    pub export: String,
    /// Marked `#[ignore]`.
    pub ignored: bool,
    /// The reason of `#[ignore = "reason"]`, which libtest prints.
    pub ignore_reason: Option<String>,
    /// Where the test function's name is, `FILE:LINE:COL`, as libtest reports a
    /// `should_panic` test that did not panic.
    pub location: String,
    /// What `#[should_panic]` asks for.
    pub should_panic: ShouldPanic,
}

/// The `#[should_panic]` attribute of a test.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShouldPanic {
    /// No attribute: the test passes when it returns.
    No,
    /// `#[should_panic]`: the test passes when it panics.
    Yes,
    /// `#[should_panic(expected = "...")]`: it passes when it panics with a message
    /// containing this text.
    WithMessage(String),
}

/// Compiles `krate` with `cfg(test)` on, its `#[test]` functions as exports. `deps` are the
/// crates it may `use` by name (for an integration test, the package's library).
pub fn compile_tests(krate: &CrateRoot, deps: &[CrateRoot]) -> Result<TestModule, CompileError> {
    let read = |c: &CrateRoot, cfg_test: bool| -> Result<CrateSource, CompileError> {
        let text = std::fs::read_to_string(&c.root)
            .map_err(|e| CompileError::Unsupported(format!("reading `{}`: {e}", c.root.display())))?;
        Ok(CrateSource {
            name: c.name.clone(),
            root_path: Some(c.root.clone()),
            root: SourceFile { name: c.display_name.clone(), text },
            cfg_test,
        })
    };
    let mut crates = Vec::new();
    for d in deps {
        crates.push(read(d, false)?);
    }
    crates.push(read(krate, true)?);
    let program = Program::load(wasmrust_core::SOURCES, &crates).map_err(|d| diagnostics(d, None))?;
    let tests = find_tests(&program, crates.len() as u32);
    let roots = Roots {
        main_crate: None,
        tests: tests
            .iter()
            .map(|(def, case)| TestRoot { def: *def, export: case.export.clone(), name: case.name.clone() })
            .collect(),
    };
    let ir = wasmrust_typeck::check(&program, &roots).map_err(|d| diagnostics(d, Some(&program)))?;
    let wasm = emit_and_validate(&ir)?;
    Ok(TestModule { wasm, tests: tests.into_iter().map(|(_, case)| case).collect() })
}

/// The `#[test]` functions of the last crate, with libtest's names (module path within
/// the crate) and their `#[ignore]`/`#[should_panic]` attributes.
fn find_tests(program: &Program, krate: u32) -> Vec<(DefId, TestCase)> {
    let mut tests = Vec::new();
    for (i, def) in program.defs.iter().enumerate() {
        if def.krate != krate || !matches!(def.kind, DefKind::Fn(_)) {
            continue;
        }
        if !def.attrs.iter().any(|a| a.path().is_ident("test")) {
            continue;
        }
        let id = DefId(i as u32);
        let path = program.path_of(id);
        let name = path.split_once("::").map_or(path.clone(), |(_, rest)| rest.to_string());
        let ignore = def.attrs.iter().find(|a| a.path().is_ident("ignore"));
        let ignored = ignore.is_some();
        let ignore_reason = ignore.and_then(|a| match &a.meta {
            syn::Meta::NameValue(nv) => match &nv.value {
                syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(s), .. }) => Some(s.value()),
                _ => None,
            },
            _ => None,
        });
        let location = format!("{}:{}:{}", program.file_name(def.span.file), def.span.start.line, def.span.start.col);
        let should_panic =
            def.attrs.iter().find(|a| a.path().is_ident("should_panic")).map_or(ShouldPanic::No, |a| match &a.meta {
                syn::Meta::List(list) => {
                    let expected = list.parse_args::<syn::MetaNameValue>().ok().and_then(|nv| match nv.value {
                        syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(s), .. }) => Some(s.value()),
                        _ => None,
                    });
                    expected.map_or(ShouldPanic::Yes, ShouldPanic::WithMessage)
                }
                _ => ShouldPanic::Yes,
            });
        let export = format!("__test_{}", tests.len());
        tests.push((id, TestCase { name, export, ignored, ignore_reason, location, should_panic }));
    }
    tests
}

impl CompileError {
    /// The error as the user sees it: rustc-style diagnostics, or an internal-error report.
    pub fn render(&self) -> String {
        match self {
            CompileError::Diagnostics(diagnostics, files) => wasmrust_diag::render_all(diagnostics, files),
            CompileError::InvalidModule(reason) => format!(
                "error: internal compiler error: the emitted module is invalid: {reason}\n\
                 note: this is a WasmRust bug; please report it with the program that triggered it\n"
            ),
            CompileError::Unsupported(what) => format!("error: {what} is not supported by the GC-mode compiler yet\n"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn compile_text(text: &str) -> Result<Vec<u8>, CompileError> {
        compile(&SourceFile { name: "test.rs".into(), text: text.into() }, None)
    }

    #[test]
    fn hello_world_compiles_and_validates() {
        let wasm =
            compile_text("fn main() { println!(\"Hello, world!\"); }").map_err(|e| e.render()).expect("compiles");
        assert!(wasm.starts_with(b"\0asm"));
    }
}
