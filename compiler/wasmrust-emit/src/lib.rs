//! WasmGC emission: the typed IR to a WebAssembly module, and its validation.
//!
//! **Architecture Invariant.** This is the only crate that produces wasm bytes, and only
//! through `wasm-encoder`. [`emit`] emits just what is reachable from `main`: user functions
//! by call-graph reachability, runtime helpers and host imports by what those functions use
//! (see [`runtime::Needs`]). The driver validates every module with [`validate`] before it
//! leaves the compiler.
//!
//! Representation: integers, `f64` and `bool` are wasm scalars (types narrower than 32 bits
//! live in `i32`, kept canonical: sign- or zero-extended after every operation that could
//! leave the range); `&str` is a GC byte array (`(array (mut i8))`, UTF-8, length in bytes);
//! `()` and `!` have no wasm value. Linear memory holds only the output buffer and static
//! text; see [`layout`].

mod arith;
mod function;
pub mod layout;
mod module;
mod runtime;
mod types;

pub use module::emit;

/// Validates a module with every proposal the emitter uses (GC and its prerequisites).
pub fn validate(wasm: &[u8]) -> Result<(), String> {
    let features = wasmparser::WasmFeatures::default()
        | wasmparser::WasmFeatures::GC
        | wasmparser::WasmFeatures::FUNCTION_REFERENCES
        | wasmparser::WasmFeatures::REFERENCE_TYPES
        | wasmparser::WasmFeatures::BULK_MEMORY
        | wasmparser::WasmFeatures::SIGN_EXTENSION
        | wasmparser::WasmFeatures::SATURATING_FLOAT_TO_INT;
    wasmparser::Validator::new_with_features(features).validate_all(wasm).map(|_| ()).map_err(|e| e.to_string())
}
