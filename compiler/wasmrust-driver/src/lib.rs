//! The compiler pipeline: a Rust source file in, a validated WasmGC module or diagnostics out.
//!
//! This is the only place that sequences the passes; each is pure, and so is this.

use std::path::PathBuf;

use wasmrust_diag::{Diagnostic, SourceFile};

/// Why compilation produced no module.
#[derive(Debug)]
pub enum CompileError {
    /// The program is not accepted; render these for the user.
    Diagnostics(Vec<Diagnostic>),
    /// The compiler produced an invalid module: a compiler bug, never the user's fault.
    InvalidModule(String),
    /// A whole feature the compiler does not have yet (no source location to point at).
    Unsupported(String),
}

/// Compiles one source file (the whole program) to a WebAssembly module.
pub fn compile(file: &SourceFile) -> Result<Vec<u8>, CompileError> {
    // 1. Parse with syn, expand the print/panic macros and resolve names: source to HIR.
    let hir = wasmrust_hir::lower(file).map_err(CompileError::Diagnostics)?;
    // 2. Infer and check types: HIR to the typed IR.
    let ir = wasmrust_typeck::check(&hir, &file.name).map_err(CompileError::Diagnostics)?;
    // 3. Emit WasmGC, with only the runtime helpers and host imports the program uses.
    let wasm = wasmrust_emit::emit(&ir);
    // 4. Validate: an invalid module never leaves the compiler.
    wasmrust_emit::validate(&wasm).map_err(CompileError::InvalidModule)?;
    Ok(wasm)
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
    let _ = (krate, deps);
    Err(CompileError::Unsupported("`cargo wasm test`: compiling test crates".into()))
}

impl CompileError {
    /// The error as the user sees it: rustc-style diagnostics, or an internal-error report.
    pub fn render(&self, file: &SourceFile) -> String {
        match self {
            CompileError::Diagnostics(diagnostics) => wasmrust_diag::render_all(diagnostics, file),
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
        compile(&SourceFile { name: "test.rs".into(), text: text.into() })
    }

    #[test]
    fn hello_world_compiles_and_validates() {
        let wasm = compile_text("fn main() { println!(\"Hello, world!\"); }").expect("compiles");
        assert!(wasm.starts_with(b"\0asm"));
    }

    #[test]
    fn every_supported_form_validates() {
        let program = r#"
            fn fact(n: u64) -> u64 { if n == 0 { 1 } else { n * fact(n - 1) } }
            fn never() -> ! { panic!("no {}", 1) }
            fn main() {
                let mut total: i64 = 0;
                'outer: for i in 0..10 {
                    for j in 0..=i { if j == 7 { continue 'outer; } total += (i * j) as i64; }
                }
                let x = loop { break 5u8; };
                let mut k = 0;
                while k < 3 { k += 1; }
                let f = 1.5 * 2.0;
                let s = "str";
                println!("{} {} {} {} {f} {s} {}", total, fact(10), x, k, true);
                eprint!("{}", -7i8 / 2);
                if total < 0 { never(); }
                if f > 100.0 { std::process::exit(2); }
                let _ = (300.5 as u8, -1i32 as u64, 3u8 << 9, !0u16, 7 % 3);
            }
        "#;
        match compile_text(program) {
            Err(CompileError::Diagnostics(d)) => {
                // Tuples are not supported yet; everything before them must be.
                assert_eq!(d.len(), 1, "{d:?}");
                assert!(d[0].message.contains("tuples"), "{d:?}");
            }
            other => panic!("expected the tuple diagnostic, got {other:?}"),
        }
        let program = program.replace(
            "let _ = (300.5 as u8, -1i32 as u64, 3u8 << 9, !0u16, 7 % 3);",
            "println!(\"{} {} {} {} {}\", 300.5 as u8, -1i32 as u64, 3u8 << 9, !0u16, 7 % 3);",
        );
        compile_text(&program).expect("compiles and validates");
    }
}
