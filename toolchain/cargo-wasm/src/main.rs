//! `cargo wasm`: build, run and test Rust programs as WasmGC modules.
//!
//! Usable as a cargo subcommand (`cargo wasm run ...`, where cargo passes `wasm` as the first
//! argument) and directly (`cargo-wasm run ...`).

mod hosts;
mod package;
mod test;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use wasmrust_diag::SourceFile;

/// Build, run and test Rust programs as WebAssembly GC modules.
///
/// GC mode compiles Rust straight to WasmGC with WasmRust's own compiler: no LLVM, no linear
/// memory heap; structs, strings and vectors are objects of the host's garbage collector.
#[derive(Parser)]
#[command(name = "cargo wasm", bin_name = "cargo wasm", version, propagate_version = true)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Compile a program to a WasmGC module.
    ///
    /// INPUT is a single `.rs` file (the whole program, like `rustc FILE.rs`) or a package
    /// directory with a `Cargo.toml`, whose `src/main.rs` is compiled. The module is
    /// validated before it is written; on an error nothing is written.
    Build {
        /// A `.rs` file or a package directory.
        input: PathBuf,
        /// Where to write the module [default: `NAME.wasm` in the current directory for a file,
        /// `target/wasm-gc/NAME.wasm` in the package for a package].
        #[arg(short, long, value_name = "OUT.wasm")]
        output: Option<PathBuf>,
    },
    /// Compile a program and run it, as if it were the native program.
    ///
    /// The program's stdout and stderr are this command's, and its exit status is this
    /// command's: 0 when `main` returns, 101 after a panic, N after `std::process::exit(N)`.
    /// A compile error exits with 1.
    Run {
        /// A `.rs` file or a package directory.
        input: PathBuf,
        /// Where to run it: `wasmtime` is embedded in this binary and needs nothing installed;
        /// `node` and `browser` (headless Chromium) need the project's tools, installed by
        /// `cargo xtask provision`.
        #[arg(long, value_enum, default_value_t = Host::Wasmtime)]
        host: Host,
        /// Arguments for the program, after `--`.
        #[arg(last = true)]
        args: Vec<String>,
    },
    /// Compile a package's tests and run them, as `cargo test` does.
    ///
    /// The library's unit tests (`#[cfg(test)]` in `src/lib.rs`), the binary's (`src/main.rs`)
    /// and each integration test (`tests/*.rs`, which use the library by its crate name) are
    /// compiled to one module each, then run in that order. Each test runs on a fresh instance
    /// with its output captured; the report is libtest's, on stdout, with cargo's `Running`
    /// lines on stderr. The first crate with a failing test ends the run, unless
    /// `--no-fail-fast`. Exits with 101 when a test failed or a crate did not compile, as
    /// `cargo test`. Modules are written to `target/wasm-gc/test/` (honouring
    /// `CARGO_TARGET_DIR`). Doc tests are not run.
    Test {
        /// The package directory [default: the current directory].
        package: Option<PathBuf>,
        /// The package's `Cargo.toml`, instead of its directory.
        #[arg(long, value_name = "PATH", conflicts_with = "package")]
        manifest_path: Option<PathBuf>,
        /// Where to run the tests: `wasmtime` is embedded in this binary; `node` and `browser`
        /// (headless Chromium, started once per test crate) need the project's tools, installed
        /// by `cargo xtask provision`.
        #[arg(long, value_enum, default_value_t = Host::Wasmtime)]
        host: Host,
        /// Only the library's unit tests.
        #[arg(long)]
        lib: bool,
        /// Only this binary's unit tests.
        #[arg(long, value_name = "NAME")]
        bin: Vec<String>,
        /// Only the integration test `tests/NAME.rs` (may be repeated).
        #[arg(long, value_name = "NAME")]
        test: Vec<String>,
        /// Run every test crate, even after one has failed.
        #[arg(long)]
        no_fail_fast: bool,
        /// The test harness's arguments, after `--`, as libtest takes them: FILTER... (run the
        /// tests whose name contains one), `--exact`, `--skip FILTER`, `--include-ignored`
        /// (run `#[ignore]` tests too), `--ignored` (run only them).
        #[arg(last = true, value_name = "HARNESS_ARGS")]
        harness_args: Vec<String>,
    },
}

/// A host that runs modules.
#[derive(Clone, Copy, ValueEnum)]
pub enum Host {
    /// wasmtime, embedded (the default).
    Wasmtime,
    /// Node.js 26, through `hosts/node`.
    Node,
    /// Headless Chromium, through `hosts/browser`.
    Browser,
}

/// Exit status for a program that does not compile (as `cargo build` and `rustc`).
const COMPILE_ERROR_STATUS: u8 = 1;

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().collect();
    // Invoked as `cargo wasm ...`, cargo passes the subcommand name first.
    if args.get(1).map(String::as_str) == Some("wasm") {
        args.remove(1);
    }
    let cli = Cli::parse_from(args);
    match run_cli(cli) {
        Ok(code) => code,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::from(COMPILE_ERROR_STATUS)
        }
    }
}

fn run_cli(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Build { input, output } => {
            let program = Program::load(&input)?;
            let Some(wasm) = program.compile() else { return Ok(ExitCode::from(COMPILE_ERROR_STATUS)) };
            let output = output.unwrap_or_else(|| program.default_output());
            write_atomically(&output, &wasm)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Run { input, host, args } => {
            let program = Program::load(&input)?;
            let Some(wasm) = program.compile() else { return Ok(ExitCode::from(COMPILE_ERROR_STATUS)) };
            let status = hosts::run(host, &wasm, &args)?;
            // Exit statuses are 8 bits on every platform we run on, as for native processes.
            Ok(ExitCode::from(status as u8))
        }
        Command::Test { package, manifest_path, host, lib, bin, test, no_fail_fast, harness_args } => {
            let only = lib
                .then_some(test::TargetKind::Lib)
                .into_iter()
                .chain(bin.into_iter().map(test::TargetKind::Bin))
                .chain(test.into_iter().map(test::TargetKind::Test))
                .collect();
            let package = manifest_path.or(package).unwrap_or_else(|| PathBuf::from("."));
            test::run(&test::TestCommand { package, host, no_fail_fast, only, harness_args })
        }
    }
}

/// A program to compile: its source and where it came from.
struct Program {
    source: SourceFile,
    /// Where the root file is on disk (`mod name;` files are found beside it).
    root_path: PathBuf,
    /// The module's base name.
    name: String,
    /// For packages, the package directory.
    package_dir: Option<PathBuf>,
}

impl Program {
    fn load(input: &Path) -> anyhow::Result<Program> {
        if input.is_dir() {
            let manifest = input.join("Cargo.toml");
            anyhow::ensure!(manifest.is_file(), "`{}` is a directory without a Cargo.toml", input.display());
            let main = input.join("src/main.rs");
            let text =
                std::fs::read_to_string(&main).map_err(|e| anyhow::anyhow!("cannot read `{}`: {e}", main.display()))?;
            let name = package_name(&std::fs::read_to_string(&manifest)?).unwrap_or_else(|| dir_name(input));
            // Cargo runs rustc from the package root, so panics say `src/main.rs`.
            let source = SourceFile { name: "src/main.rs".into(), text };
            Ok(Program { source, root_path: main, name, package_dir: Some(input.to_path_buf()) })
        } else {
            let text = std::fs::read_to_string(input)
                .map_err(|e| anyhow::anyhow!("cannot read `{}`: {e}", input.display()))?;
            let name = input.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| "main".into());
            let source = SourceFile { name: input.display().to_string(), text };
            Ok(Program { source, root_path: input.to_path_buf(), name, package_dir: None })
        }
    }

    /// Compiles, printing diagnostics; `None` when there were errors.
    fn compile(&self) -> Option<Vec<u8>> {
        let result = std::panic::catch_unwind(|| wasmrust_driver::compile(&self.source, Some(&self.root_path)));
        match result {
            Ok(Ok(wasm)) => Some(wasm),
            Ok(Err(error)) => {
                eprint!("{}", error.render());
                None
            }
            Err(_) => {
                eprintln!(
                    "note: this is a WasmRust bug (the compiler panicked); please report it with the program that triggered it"
                );
                None
            }
        }
    }

    fn default_output(&self) -> PathBuf {
        match &self.package_dir {
            Some(dir) => dir.join("target/wasm-gc").join(format!("{}.wasm", self.name)),
            None => PathBuf::from(format!("{}.wasm", self.name)),
        }
    }
}

fn package_name(manifest: &str) -> Option<String> {
    // A document parses as a table; `toml::Value` would parse a single value.
    let value: toml::Table = manifest.parse().ok()?;
    Some(value.get("package")?.get("name")?.as_str()?.to_string())
}

fn dir_name(path: &Path) -> String {
    path.canonicalize()
        .ok()
        .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
        .unwrap_or_else(|| "main".into())
}

/// Writes through a temporary file and a rename, so a crash never leaves a partial module.
fn write_atomically(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let mut temp = tempfile::NamedTempFile::new_in(dir)?;
    std::io::Write::write_all(&mut temp, bytes)?;
    temp.persist(path).map_err(|e| anyhow::anyhow!("cannot write `{}`: {}", path.display(), e.error))?;
    Ok(())
}
