//! The compiler pipeline: a Rust source file in, a validated WasmGC module or diagnostics out.
//!
//! This is the only place that sequences the passes; each is pure, and so is this.

use wasmrust_diag::{Diagnostic, SourceFile};

/// Why compilation produced no module.
#[derive(Debug)]
pub enum CompileError {
    /// The program is not accepted; render these for the user.
    Diagnostics(Vec<Diagnostic>),
    /// The compiler produced an invalid module: a compiler bug, never the user's fault.
    InvalidModule(String),
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
