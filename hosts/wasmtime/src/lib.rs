//! The embedded wasmtime host: runs a WasmRust module's `main`, or any nullary export (a
//! test), with the host ABI.
//!
//! This is the default host of `cargo wasm run` and `cargo wasm test`; being a library linked
//! into the CLI, it needs nothing installed. It implements every function of
//! `wasmrust_abi::FUNCTIONS`.
//!
//! A [`Program`] is compiled once and run any number of times, each run on a fresh instance
//! (as every test must be). Output either goes to this process's stdout and stderr, as a
//! program's own, or is captured into one buffer, as libtest captures a test's output.

use std::io::Write;

use wasmtime::{Caller, Config, Engine, InstancePre, Linker, Module, Store};

/// How a program run ended, seen from outside, as for a native process.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExitStatus(pub i32);

/// Where a run's output goes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Output {
    /// To this process's stdout and stderr, as the program's own (`cargo wasm run`).
    #[default]
    Inherit,
    /// Into one buffer, both streams interleaved in the order they were written: what libtest
    /// captures of a test, to show only if the test fails.
    Capture,
}

/// A finished run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finished {
    /// 0 when the export returned, the code given to `exit`, or 134 after a trap or a stack
    /// overflow (reported in the output, as Rust reports them).
    pub status: ExitStatus,
    /// Everything written to stdout and stderr, with [`Output::Capture`]; empty otherwise.
    pub captured: Vec<u8>,
}

/// The payload of the trap that `exit` raises to unwind out of the module.
#[derive(Debug)]
struct ExitRequest(i32);

impl std::fmt::Display for ExitRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "exit({})", self.0)
    }
}

impl std::error::Error for ExitRequest {}

/// The state of one run, reachable from the host functions.
struct RunState {
    output: Output,
    captured: Vec<u8>,
}

impl RunState {
    /// Writes program output to `fd` ([`wasmrust_abi::STDOUT`] or [`wasmrust_abi::STDERR`]).
    fn write(&mut self, fd: i32, bytes: &[u8]) {
        match self.output {
            Output::Capture => self.captured.extend_from_slice(bytes),
            Output::Inherit => {
                let result = if fd == wasmrust_abi::STDOUT {
                    write_all_flush(&mut std::io::stdout().lock(), bytes)
                } else {
                    write_all_flush(&mut std::io::stderr().lock(), bytes)
                };
                // A closed pipe (`| head`) is not the program's fault, and a host crash would
                // be worse than dropping output.
                let _ = result;
            }
        }
    }
}

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

/// Runs the module's `main`, writing its output to this process's stdout and stderr.
///
/// Returns the program's exit status; `Err` only for a module that cannot be loaded (not a
/// module, missing imports or exports), a failure of the host rather than of the program.
pub fn run(wasm: &[u8]) -> wasmtime::Result<ExitStatus> {
    let program = Program::new(wasm)?;
    Ok(program.run(wasmrust_abi::MAIN_EXPORT, Output::Inherit)?.status)
}

/// A module compiled for this host, with its imports resolved: ready to be run any number of
/// times, each time on a fresh instance.
pub struct Program {
    engine: Engine,
    instance_pre: InstancePre<RunState>,
}

impl Program {
    /// Compiles the module and links it against the host ABI.
    pub fn new(wasm: &[u8]) -> wasmtime::Result<Program> {
        let engine = engine()?;
        let module = Module::new(&engine, wasm)?;
        let instance_pre = linker(&engine)?.instantiate_pre(&module)?;
        Ok(Program { engine, instance_pre })
    }

    /// Runs the nullary export `export` (`main`, or a test) on a fresh instance.
    ///
    /// `exit(code)` ends the run with that status; a trap or a stack overflow is reported in
    /// the output and ends it with 134, as the JS hosts do. `Err` only when the module cannot
    /// be run at all (it lacks the export or its memory, or instantiating it fails).
    pub fn run(&self, export: &str, output: Output) -> wasmtime::Result<Finished> {
        // Wasm frames live on the native stack of the calling thread: give the run a thread
        // whose stack holds the whole wasm stack plus the host's own frames.
        std::thread::scope(|scope| {
            std::thread::Builder::new()
                .name("main".into())
                .stack_size(2 * WASM_STACK_BYTES)
                .spawn_scoped(scope, || self.run_on_this_thread(export, output))
                .expect("spawning the program's thread")
                .join()
                .unwrap_or_else(|_| Err(wasmtime::Error::msg("the host panicked")))
        })
    }

    fn run_on_this_thread(&self, export: &str, output: Output) -> wasmtime::Result<Finished> {
        let mut store = Store::new(&self.engine, RunState { output, captured: Vec::new() });
        let instance = self.instance_pre.instantiate(&mut store)?;
        if instance.get_memory(&mut store, wasmrust_abi::MEMORY_EXPORT).is_none() {
            return Err(wasmtime::Error::msg(format!(
                "the module does not export its memory as \"{}\"",
                wasmrust_abi::MEMORY_EXPORT
            )));
        }
        let entry = instance.get_typed_func::<(), ()>(&mut store, export)?;
        let status = match entry.call(&mut store, ()) {
            Ok(()) => ExitStatus(0),
            Err(error) => {
                if let Some(ExitRequest(code)) = error.downcast_ref::<ExitRequest>() {
                    ExitStatus(*code)
                } else if error.downcast_ref::<wasmtime::Trap>() == Some(&wasmtime::Trap::StackOverflow) {
                    let report = wasmrust_abi::STACK_OVERFLOW_REPORT.as_bytes();
                    store.data_mut().write(wasmrust_abi::STDERR, report);
                    ExitStatus(wasmrust_abi::STACK_OVERFLOW_STATUS)
                } else {
                    // Only a compiler bug makes a module trap; the full error (with the wasm
                    // backtrace) helps find it.
                    let report = format!("error: wasm trap: {error:#}\n");
                    store.data_mut().write(wasmrust_abi::STDERR, report.as_bytes());
                    ExitStatus(wasmrust_abi::TRAP_STATUS)
                }
            }
        };
        Ok(Finished { status, captured: std::mem::take(&mut store.data_mut().captured) })
    }
}

/// The host ABI's functions, for one engine.
fn linker(engine: &Engine) -> wasmtime::Result<Linker<RunState>> {
    let mut linker: Linker<RunState> = Linker::new(engine);
    let m = wasmrust_abi::IMPORT_MODULE;
    linker.func_wrap(
        m,
        wasmrust_abi::WRITE.name,
        |mut caller: Caller<'_, RunState>, fd: i32, ptr: i32, len: i32| -> wasmtime::Result<()> {
            if fd != wasmrust_abi::STDOUT && fd != wasmrust_abi::STDERR {
                return Err(wasmtime::Error::msg(format!("write to unknown fd {fd}")));
            }
            let bytes = memory_slice(&mut caller, ptr, len)?;
            caller.data_mut().write(fd, &bytes);
            Ok(())
        },
    )?;
    linker.func_wrap(m, wasmrust_abi::EXIT.name, |_: Caller<'_, RunState>, code: i32| -> wasmtime::Result<()> {
        Err(wasmtime::Error::new(ExitRequest(code)))
    })?;
    linker.func_wrap(
        m,
        wasmrust_abi::FORMAT_F64.name,
        |mut caller: Caller<'_, RunState>, value: f64, ptr: i32| -> wasmtime::Result<i32> {
            let text = format!("{value}");
            let memory = exported_memory(&mut caller)?;
            memory.write(&mut caller, ptr as u32 as usize, text.as_bytes())?;
            Ok(text.len() as i32)
        },
    )?;
    Ok(linker)
}

fn write_all_flush(out: &mut dyn Write, bytes: &[u8]) -> std::io::Result<()> {
    out.write_all(bytes)?;
    out.flush()
}

fn exported_memory(caller: &mut Caller<'_, RunState>) -> wasmtime::Result<wasmtime::Memory> {
    caller
        .get_export(wasmrust_abi::MEMORY_EXPORT)
        .and_then(|export| export.into_memory())
        .ok_or_else(|| wasmtime::Error::msg("module does not export its memory"))
}

fn memory_slice(caller: &mut Caller<'_, RunState>, ptr: i32, len: i32) -> wasmtime::Result<Vec<u8>> {
    let memory = exported_memory(caller)?;
    let mut bytes = vec![0; len as u32 as usize];
    memory.read(&caller, ptr as u32 as usize, &mut bytes)?;
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A WAT test module shared with the JS hosts' tests (`hosts/node/test/modules/`).
    fn shared_module(wat: &str) -> Program {
        Program::new(&wat::parse_str(wat).expect("valid WAT")).expect("loads")
    }

    fn tests_module() -> Program {
        shared_module(include_str!("../../node/test/modules/tests.wat"))
    }

    fn captured(program: &Program, export: &str) -> (i32, String) {
        let finished = program.run(export, Output::Capture).expect("runs");
        (finished.status.0, String::from_utf8(finished.captured).expect("UTF-8 output"))
    }

    #[test]
    fn a_passing_test_returns_status_0_with_both_streams_captured_in_order() {
        assert_eq!(captured(&tests_module(), "passes"), (0, "run 1\nto stderr\n".into()));
    }

    #[test]
    fn every_run_gets_a_fresh_instance() {
        let program = tests_module();
        for export in ["passes", "passes", "fails", "passes"] {
            let (_, output) = captured(&program, export);
            assert!(output.starts_with("run 1\n"), "{export}: {output:?}");
        }
    }

    #[test]
    fn a_panic_is_status_101_with_its_report_captured() {
        let (status, output) = captured(&tests_module(), "fails");
        assert_eq!(status, 101);
        assert_eq!(
            output,
            "run 1\n\nthread 'tests::fails' panicked at src/lib.rs:3:5:\nboom\n\
             note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n"
        );
    }

    #[test]
    fn a_trap_is_reported_in_the_output_with_status_134() {
        let (status, output) = captured(&tests_module(), "traps");
        assert_eq!(status, wasmrust_abi::TRAP_STATUS);
        assert!(output.starts_with("run 1\nerror: wasm trap: "), "{output:?}");
        assert!(output.contains("unreachable"), "{output:?}");
    }

    #[test]
    fn a_stack_overflow_is_reported_as_rust_does() {
        let program = shared_module(r#"(module (memory (export "memory") 1) (func $f (export "main") (call $f)))"#);
        let (status, output) = captured(&program, "main");
        assert_eq!(
            (status, output.as_str()),
            (wasmrust_abi::STACK_OVERFLOW_STATUS, wasmrust_abi::STACK_OVERFLOW_REPORT)
        );
    }

    #[test]
    fn main_runs_through_the_same_path_with_exit_and_host_functions() {
        let program = shared_module(include_str!("../../node/test/modules/hello.wat"));
        let (status, output) = captured(&program, wasmrust_abi::MAIN_EXPORT);
        assert_eq!((status, output.as_str()), (3, "hi\nerr\n1000000000000000000000\n0.30000000000000004\n"));
    }

    #[test]
    fn a_missing_export_is_a_host_error() {
        let error = tests_module().run("no_such_test", Output::Capture).unwrap_err();
        assert!(format!("{error:#}").contains("no_such_test"), "{error:#}");
    }
}
