//! The embedded wasmtime host: runs a WasmRust module's `main` with the host ABI.
//!
//! This is the default host of `cargo wasm run`; being a library linked into the CLI, it
//! needs nothing installed. It implements every function of `wasmrust_abi::FUNCTIONS`.

use std::io::Write;

use wasmtime::{Caller, Config, Engine, Linker, Module, Store};

/// How a program run ended, seen from outside, as for a native process.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExitStatus(pub i32);

/// The payload of the trap that `exit` raises to unwind out of the module.
#[derive(Debug)]
struct ExitRequest(i32);

impl std::fmt::Display for ExitRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "exit({})", self.0)
    }
}

impl std::error::Error for ExitRequest {}

/// Wasm stack for the program: as much as a native main thread gets (8 MiB), so that
/// recursion that runs natively runs here too.
const WASM_STACK_BYTES: usize = 8 << 20;

/// The engine configuration every WasmRust module needs: WasmGC and its prerequisites.
fn engine() -> wasmtime::Result<Engine> {
    let mut config = Config::new();
    config
        .wasm_gc(true)
        .wasm_function_references(true)
        .wasm_reference_types(true)
        .max_wasm_stack(WASM_STACK_BYTES)
        // Async stacks (for future suspending calls) must be able to hold the wasm stack.
        .async_stack_size(WASM_STACK_BYTES + (1 << 20));
    Engine::new(&config)
}

/// Runs the module's entry point, writing its output to this process's stdout and stderr.
///
/// Returns the program's exit status; `Err` only for a module that cannot be loaded or
/// that traps (a compiler bug, reported with the trap's message).
pub fn run(wasm: &[u8]) -> wasmtime::Result<ExitStatus> {
    // Wasm frames live on the native stack of the calling thread: give the program a thread
    // whose stack holds the whole wasm stack plus the host's own frames.
    std::thread::scope(|scope| {
        std::thread::Builder::new()
            .name("main".into())
            .stack_size(2 * WASM_STACK_BYTES)
            .spawn_scoped(scope, || run_on_this_thread(wasm))
            .expect("spawning the program's thread")
            .join()
            .unwrap_or_else(|_| Err(wasmtime::Error::msg("the host panicked")))
    })
}

fn run_on_this_thread(wasm: &[u8]) -> wasmtime::Result<ExitStatus> {
    let engine = engine()?;
    let module = Module::new(&engine, wasm)?;
    let mut linker: Linker<()> = Linker::new(&engine);
    let m = wasmrust_abi::IMPORT_MODULE;
    linker.func_wrap(
        m,
        wasmrust_abi::WRITE.name,
        |mut caller: Caller<'_, ()>, fd: i32, ptr: i32, len: i32| -> wasmtime::Result<()> {
            let bytes = memory_slice(&mut caller, ptr, len)?;
            let result = match fd {
                wasmrust_abi::STDOUT => write_all_flush(&mut std::io::stdout().lock(), &bytes),
                wasmrust_abi::STDERR => write_all_flush(&mut std::io::stderr().lock(), &bytes),
                _ => return Err(wasmtime::Error::msg(format!("write to unknown fd {fd}"))),
            };
            // A closed pipe (`| head`) is not the program's fault; Rust's own stdout ignores
            // nothing here either, but a host crash would be worse than dropping output.
            let _ = result;
            Ok(())
        },
    )?;
    linker.func_wrap(m, wasmrust_abi::EXIT.name, |_: Caller<'_, ()>, code: i32| -> wasmtime::Result<()> {
        Err(wasmtime::Error::new(ExitRequest(code)))
    })?;
    linker.func_wrap(
        m,
        wasmrust_abi::FORMAT_F64.name,
        |mut caller: Caller<'_, ()>, value: f64, ptr: i32| -> wasmtime::Result<i32> {
            let text = format!("{value}");
            let memory = exported_memory(&mut caller)?;
            memory.write(&mut caller, ptr as u32 as usize, text.as_bytes())?;
            Ok(text.len() as i32)
        },
    )?;
    let mut store = Store::new(&engine, ());
    let instance = linker.instantiate(&mut store, &module)?;
    let main = instance.get_typed_func::<(), ()>(&mut store, wasmrust_abi::MAIN_EXPORT)?;
    match main.call(&mut store, ()) {
        Ok(()) => Ok(ExitStatus(0)),
        Err(error) => {
            if let Some(ExitRequest(code)) = error.downcast_ref::<ExitRequest>() {
                return Ok(ExitStatus(*code));
            }
            if error.downcast_ref::<wasmtime::Trap>() == Some(&wasmtime::Trap::StackOverflow) {
                let _ = write_all_flush(&mut std::io::stderr().lock(), wasmrust_abi::STACK_OVERFLOW_REPORT.as_bytes());
                return Ok(ExitStatus(wasmrust_abi::STACK_OVERFLOW_STATUS));
            }
            Err(error)
        }
    }
}

fn write_all_flush(out: &mut dyn Write, bytes: &[u8]) -> std::io::Result<()> {
    out.write_all(bytes)?;
    out.flush()
}

fn exported_memory(caller: &mut Caller<'_, ()>) -> wasmtime::Result<wasmtime::Memory> {
    caller
        .get_export(wasmrust_abi::MEMORY_EXPORT)
        .and_then(|export| export.into_memory())
        .ok_or_else(|| wasmtime::Error::msg("module does not export its memory"))
}

fn memory_slice(caller: &mut Caller<'_, ()>, ptr: i32, len: i32) -> wasmtime::Result<Vec<u8>> {
    let memory = exported_memory(caller)?;
    let mut bytes = vec![0; len as u32 as usize];
    memory.read(&caller, ptr as u32 as usize, &mut bytes)?;
    Ok(bytes)
}
