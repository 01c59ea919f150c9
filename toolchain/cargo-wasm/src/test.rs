//! `cargo wasm test`: compiles a package's test crates and runs their tests on a host, with
//! the output `cargo test` gives (cargo's `Running` lines on stderr, libtest's console on
//! stdout) and its exit status.
//!
//! Like cargo, it compiles every test crate before running any, runs them library first,
//! then the binary, then the integration tests by name, and stops at the first that fails
//! unless `--no-fail-fast`. Each crate is one module (`wasmrust_driver::compile_tests`); its
//! tests run one at a time, each on a fresh instance, with one host start for all of them.

mod libtest;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use wasmrust_driver::{CompileError, CrateRoot, TestModule};

use crate::Host;
use crate::hosts;
use crate::package::{Package, Target};

/// Exit status when a test failed or a test crate did not compile, as `cargo test`'s.
const FAILURE_STATUS: u8 = 101;

/// What `cargo wasm test` was asked to do.
pub struct TestCommand {
    /// The package directory or its `Cargo.toml`.
    pub package: PathBuf,
    /// Where the tests run.
    pub host: Host,
    /// Run every test crate even after one fails.
    pub no_fail_fast: bool,
    /// Only these targets (`--lib`, `--bin NAME`, `--test NAME`); all when empty.
    pub only: Vec<TargetKind>,
    /// The test harness's arguments, after `--`.
    pub harness_args: Vec<String>,
}

/// The kinds of test crates, as cargo's target selection names them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TargetKind {
    /// The library's unit tests (`--lib`).
    Lib,
    /// The binary's unit tests (`--bin NAME`).
    Bin(String),
    /// An integration test (`--test NAME`).
    Test(String),
}

/// One test crate to build and run.
struct TestBinary<'p> {
    kind: TargetKind,
    target: &'p Target,
    /// The crates it may `use`: the library, for binaries and integration tests.
    deps: Vec<&'p Target>,
}

impl TestBinary<'_> {
    /// How cargo names the target in `Running` lines: `unittests src/lib.rs`, `tests/basic.rs`.
    fn label(&self) -> String {
        match self.kind {
            TargetKind::Lib | TargetKind::Bin(_) => format!("unittests {}", self.target.path),
            TargetKind::Test(_) => self.target.path.clone(),
        }
    }

    /// What to pass cargo to run only this target again.
    fn rerun_hint(&self) -> String {
        match &self.kind {
            TargetKind::Lib => "--lib".into(),
            TargetKind::Bin(name) => format!("--bin {name}"),
            TargetKind::Test(name) => format!("--test {name}"),
        }
    }

    /// How cargo's `could not compile` line names the target: `lib test`, `test "basic"`.
    fn compile_label(&self) -> String {
        match &self.kind {
            TargetKind::Lib => "lib test".into(),
            TargetKind::Bin(name) => format!("bin \"{name}\" test"),
            TargetKind::Test(name) => format!("test \"{name}\""),
        }
    }
}

/// Runs `cargo wasm test` and returns its exit status.
pub fn run(command: &TestCommand) -> anyhow::Result<ExitCode> {
    let options = match libtest::Options::parse(&command.harness_args) {
        Ok(options) => options,
        Err(message) => {
            eprintln!("error: {message}");
            return Ok(ExitCode::from(FAILURE_STATUS));
        }
    };
    let package = Package::load(&command.package)?;
    let binaries = select(&package, &command.only)?;

    // Step 1: compile every test crate, as cargo builds all before running any.
    let mut modules = Vec::new();
    for binary in &binaries {
        let Some(module) = compile(&package, binary)? else { return Ok(ExitCode::from(FAILURE_STATUS)) };
        modules.push(module);
    }

    // Step 2: run them in order, each under cargo's `Running` line.
    let out_dir = target_dir(&package)?.join("wasm-gc/test").join(&package.name);
    let mut failed = Vec::new();
    for (binary, module) in binaries.iter().zip(&modules) {
        let path = out_dir.join(Path::new(&binary.target.path).with_extension("wasm"));
        crate::write_atomically(&path, &module.wasm)?;
        eprintln!("     Running {} ({})", binary.label(), path.display());
        let result = run_binary(command.host, module, &path, &options, &mut std::io::stdout());
        match result {
            Ok(true) => continue,
            Ok(false) => eprintln!("error: test failed, to rerun pass `{}`", binary.rerun_hint()),
            // The host died under the tests, as a test binary can crash: cargo's report for that.
            Err(error) => eprintln!(
                "error: test failed, to rerun pass `{}`\n\nCaused by:\n  {}",
                binary.rerun_hint(),
                format!("{error:#}").trim_end().replace('\n', "\n  ")
            ),
        }
        failed.push(binary.rerun_hint());
        if !command.no_fail_fast {
            break;
        }
    }
    if command.no_fail_fast && !failed.is_empty() {
        let s = if failed.len() == 1 { "" } else { "s" };
        eprintln!("error: {} target{s} failed:", failed.len());
        for hint in &failed {
            eprintln!("    `{hint}`");
        }
    }
    Ok(if failed.is_empty() { ExitCode::SUCCESS } else { ExitCode::from(FAILURE_STATUS) })
}

/// The test crates to run, in cargo's order: library, binary, integration tests by name.
fn select<'p>(package: &'p Package, only: &[TargetKind]) -> anyhow::Result<Vec<TestBinary<'p>>> {
    let mut all = Vec::new();
    if let Some(lib) = &package.lib {
        all.push(TestBinary { kind: TargetKind::Lib, target: lib, deps: Vec::new() });
    }
    let lib_deps: Vec<&Target> = package.lib.iter().collect();
    if let Some(bin) = &package.bin {
        all.push(TestBinary { kind: TargetKind::Bin(bin.name.clone()), target: bin, deps: lib_deps.clone() });
    }
    for test in &package.tests {
        all.push(TestBinary { kind: TargetKind::Test(test.name.clone()), target: test, deps: lib_deps.clone() });
    }
    for wanted in only {
        anyhow::ensure!(
            all.iter().any(|b| &b.kind == wanted),
            "no {} in package `{}`",
            match wanted {
                TargetKind::Lib => "library".to_owned(),
                TargetKind::Bin(name) => format!("bin target named `{name}`"),
                TargetKind::Test(name) => format!("test target named `{name}`"),
            },
            package.name
        );
    }
    all.retain(|b| only.is_empty() || only.contains(&b.kind));
    Ok(all)
}

/// Compiles one test crate, printing diagnostics as cargo does; `None` when it failed.
fn compile(package: &Package, binary: &TestBinary<'_>) -> anyhow::Result<Option<TestModule>> {
    let root = crate_root(package, binary.target);
    let deps: Vec<CrateRoot> = binary.deps.iter().map(|dep| crate_root(package, dep)).collect();
    let result = std::panic::catch_unwind(|| wasmrust_driver::compile_tests(&root, &deps));
    let error = match result {
        Ok(Ok(module)) => return Ok(Some(module)),
        Ok(Err(error)) => error,
        Err(_) => {
            eprintln!(
                "note: this is a WasmRust bug (the compiler panicked); please report it with the program that triggered it"
            );
            return Ok(None);
        }
    };
    eprint!("{}", error.render());
    let count = match &error {
        CompileError::Diagnostics(diagnostics, _) => {
            let s = if diagnostics.len() == 1 { "" } else { "s" };
            format!(" due to {} previous error{s}", diagnostics.len())
        }
        CompileError::InvalidModule(_) | CompileError::Unsupported(_) => String::new(),
    };
    eprintln!("error: could not compile `{}` ({}){count}", package.name, binary.compile_label());
    Ok(None)
}

fn crate_root(package: &Package, target: &Target) -> CrateRoot {
    CrateRoot {
        name: target.crate_name.clone(),
        root: package.dir.join(&target.path),
        display_name: target.path.clone(),
    }
}

/// Runs one test binary's tests, printing libtest's console to `out`; `Ok(false)` when a test
/// failed, `Err` when the host failed (could not load the module, or died under a test).
fn run_binary(
    host: Host,
    module: &TestModule,
    path: &Path,
    options: &libtest::Options,
    out: &mut dyn Write,
) -> anyhow::Result<bool> {
    let tests: Vec<libtest::TestDesc> = module
        .tests
        .iter()
        .map(|case| libtest::TestDesc {
            name: case.name.clone(),
            ignore: case.ignored,
            ignore_message: case.ignore_reason.clone(),
            should_panic: case.should_panic.clone(),
            location: Some(case.location.clone()),
        })
        .collect();
    let plan = libtest::plan(&tests, options);
    let exports: Vec<&str> =
        plan.tests.iter().filter(|t| !t.desc.ignore).map(|t| module.tests[t.index].export.as_str()).collect();

    let started = Instant::now();
    let mut console = libtest::Console::new(&plan);
    // Flushed at every step, so a test's name shows while it runs, and cargo's lines on
    // stderr come after the console's on a terminal.
    let mut print = |text: String| -> anyhow::Result<()> {
        out.write_all(text.as_bytes())?;
        Ok(out.flush()?)
    };
    print(console.start())?;
    hosts::run_tests(host, &module.wasm, path, &exports, |run| {
        print(console.record(libtest::Outcome { status: run.status, output: run.output }))
    })?;
    let summary = console.finish(started.elapsed());
    print(summary.text)?;
    Ok(summary.passed)
}

/// Cargo's target directory for the package: `CARGO_TARGET_DIR`, else `target/` in it.
fn target_dir(package: &Package) -> anyhow::Result<PathBuf> {
    let dir = match std::env::var_os("CARGO_TARGET_DIR") {
        Some(dir) => PathBuf::from(dir),
        None => package.dir.join("target"),
    };
    // Absolute, as cargo prints test binaries.
    Ok(std::path::absolute(dir)?)
}

#[cfg(test)]
mod tests {
    use wasmrust_driver::{ShouldPanic, TestCase};

    use super::*;

    fn case(name: &str, export: &str, should_panic: ShouldPanic) -> TestCase {
        TestCase {
            name: name.into(),
            export: export.into(),
            ignored: false,
            ignore_reason: None,
            location: "src/lib.rs:1:1".into(),
            should_panic,
        }
    }

    /// The JS hosts' test module (`hosts/node/test/modules/tests.wat`), as the compiler's
    /// `compile_tests` would describe it.
    fn test_module() -> TestModule {
        let wat = include_str!("../../../hosts/node/test/modules/tests.wat");
        TestModule {
            wasm: wat::parse_str(wat).expect("valid WAT"),
            tests: vec![
                case("tests::passes", "passes", ShouldPanic::No),
                case("tests::fails", "fails", ShouldPanic::No),
                case("tests::fails_as_it_should", "fails", ShouldPanic::WithMessage("boo".into())),
                TestCase { ignored: true, ..case("tests::traps", "traps", ShouldPanic::No) },
            ],
        }
    }

    /// Runs the module's tests on `host` and returns the report without its timing.
    fn report(host: Host, module: &TestModule, options: &libtest::Options) -> (bool, String) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("tests.wasm");
        std::fs::write(&path, &module.wasm).unwrap();
        let mut out = Vec::new();
        let passed = run_binary(host, module, &path, options, &mut out)
            .unwrap_or_else(|e| panic!("{e:#}\n(the node and browser hosts need `cargo xtask provision`)"));
        let out = String::from_utf8(out).unwrap();
        let (report, timing) = out.rsplit_once("finished in ").unwrap();
        assert!(timing.ends_with("s\n\n"), "{timing:?}");
        (passed, report.to_owned())
    }

    #[test]
    fn every_host_runs_a_test_binary_with_libtests_report() {
        let module = test_module();
        let options = libtest::Options::default();
        let (passed, wasmtime) = report(Host::Wasmtime, &module, &options);
        assert!(!passed);
        expect_test::expect![[r#"

            running 4 tests
            test tests::fails ... FAILED
            test tests::fails_as_it_should - should panic ... ok
            test tests::passes ... ok
            test tests::traps ... ignored

            failures:

            ---- tests::fails stdout ----
            run 1

            thread 'tests::fails' panicked at src/lib.rs:3:5:
            boom
            note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace


            failures:
                tests::fails

            test result: FAILED. 2 passed; 1 failed; 1 ignored; 0 measured; 0 filtered out; "#]]
        .assert_eq(&wasmtime);
        // One Node or Chromium start runs them all (`run.mjs --batch`), with the same results.
        for host in [Host::Node, Host::Browser] {
            assert_eq!(report(host, &module, &options), (false, wasmtime.clone()));
        }
    }

    #[test]
    fn a_missing_export_is_the_hosts_failure_after_the_tests_before_it() {
        let mut module = test_module();
        module.tests.push(case("tests::zz_missing", "no_such_export", ShouldPanic::No));
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("tests.wasm");
        std::fs::write(&path, &module.wasm).unwrap();
        for host in [Host::Wasmtime, Host::Node, Host::Browser] {
            let mut out = Vec::new();
            let error = run_binary(host, &module, &path, &libtest::Options::default(), &mut out).unwrap_err();
            let error = format!("{error:#}");
            assert!(error.contains("no_such_export"), "{error}");
            let out = String::from_utf8(out).unwrap();
            assert!(out.ends_with("test tests::traps ... ignored\ntest tests::zz_missing ... "), "{out}");
        }
    }

    #[test]
    fn a_trap_fails_the_test_with_the_hosts_report() {
        let options = libtest::Options::parse(&["--ignored".into()]).unwrap();
        let (passed, out) = report(Host::Wasmtime, &test_module(), &options);
        assert!(!passed);
        assert!(out.contains("test tests::traps ... FAILED\n"), "{out}");
        assert!(out.contains("---- tests::traps stdout ----\nrun 1\nerror: wasm trap: "), "{out}");
        assert!(out.contains("note: got unexpected return code 134\n"), "{out}");
    }
}
