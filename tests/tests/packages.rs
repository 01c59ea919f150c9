//! The package suite: for every package under `tests/packages/`, `cargo wasm test` on every
//! host must report the same tests with the same results (ok, FAILED, ignored), the same
//! summaries and the same exit status as native `cargo test`, test binary by test binary.
//! Timings and captured output are not compared.
//!
//! While the compiler's `compile_tests` answers `CompileError::Unsupported` for a package, its
//! trials are ignored with that reason, so the suite goes live by itself when it is supported.

use std::sync::{Arc, OnceLock};

use libtest_mimic::{Arguments, Completion, Failed, Trial};
use wasmrust_driver::{CompileError, CrateRoot};
use wasmrust_tests::{Host, Invocation, Run};

const PACKAGES: &str = "tests/packages";

fn main() {
    let args = Arguments::from_args();
    let mut trials = Vec::new();
    for package in packages() {
        // Shared by the package's trials, made by whichever needs it first.
        let oracle: Arc<OnceLock<Result<Run, String>>> = Arc::default();
        let unsupported: Arc<OnceLock<Option<String>>> = Arc::default();
        for host in Host::ALL {
            let (package, oracle, unsupported) = (package.clone(), Arc::clone(&oracle), Arc::clone(&unsupported));
            let name = format!("packages::{}::{}", package.rsplit('/').next().unwrap_or(&package), host.name());
            trials.push(Trial::ignorable_test(name, move || {
                if let Some(reason) = unsupported.get_or_init(|| unsupported_by_compiler(&package)) {
                    return Ok(Completion::ignored_with(reason));
                }
                check(&package, host, &oracle).map(|()| Completion::Completed)
            }));
        }
    }
    libtest_mimic::run(&args, trials).exit();
}

/// The package directories (`tests/packages/NAME`, relative to the repository root), by name.
fn packages() -> Vec<String> {
    let dir = wasmrust_tests::repo_root().join(PACKAGES);
    let entries = std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("cannot read {PACKAGES}: {e}"));
    let mut packages: Vec<String> = entries
        .map(|entry| entry.unwrap_or_else(|e| panic!("cannot read {PACKAGES}: {e}")).path())
        .filter(|path| path.join("Cargo.toml").is_file())
        .map(|path| format!("{PACKAGES}/{}", path.file_name().expect("an entry has a name").to_string_lossy()))
        .collect();
    packages.sort();
    packages
}

/// Why the compiler cannot compile the package's test crates yet, if its answer for one of
/// them is `CompileError::Unsupported` (a missing feature rather than a rejected program).
fn unsupported_by_compiler(package: &str) -> Option<String> {
    let dir = wasmrust_tests::repo_root().join(package);
    let manifest: toml::Table = std::fs::read_to_string(dir.join("Cargo.toml")).ok()?.parse().ok()?;
    let name = manifest.get("package")?.get("name")?.as_str()?.replace('-', "_");
    let lib = CrateRoot { name, root: dir.join("src/lib.rs"), display_name: "src/lib.rs".into() };
    let mut crates = vec![(lib.clone(), Vec::new())];
    for case in wasmrust_tests::cases(&format!("{package}/tests"), "rs") {
        let root = CrateRoot {
            name: case.name.clone(),
            root: dir.join(format!("tests/{}.rs", case.name)),
            display_name: format!("tests/{}.rs", case.name),
        };
        crates.push((root, vec![lib.clone()]));
    }
    for (krate, deps) in &crates {
        // A compiler panic is not "unsupported": the trial runs and reports it.
        let result = std::panic::catch_unwind(|| wasmrust_driver::compile_tests(krate, deps));
        if let Ok(Err(CompileError::Unsupported(what))) = result {
            return Some(format!("compile_tests: {what} is not supported yet ({})", krate.display_name));
        }
    }
    None
}

fn check(package: &str, host: Host, oracle: &OnceLock<Result<Run, String>>) -> Result<(), Failed> {
    let native = oracle
        .get_or_init(|| wasmrust_tests::native_cargo_test(package))
        .as_ref()
        .map_err(|e| format!("native oracle: {e}"))?;
    let expected = results(native, true).map_err(|e| format!("native cargo test: {e}"))?;
    let invocation = Invocation::Test { package, host };
    let actual = wasmrust_tests::cargo_wasm(invocation)?;
    let got = results(&actual, false).map_err(|e| {
        format!("{e}\nreproduce: {invocation}\n--- stdout\n{}--- stderr\n{}", actual.stdout, actual.stderr)
    })?;
    if got == expected && actual.code == native.code {
        return Ok(());
    }
    let mut message = format!("`cargo wasm test` under {} reports differently from native cargo test\n", host.name());
    if actual.code != native.code {
        message += &format!(
            "native ended with {}, {} with {}\n",
            wasmrust_tests::describe_code(native.code),
            host.name(),
            wasmrust_tests::describe_code(actual.code)
        );
    }
    message += &wasmrust_tests::text_diff(&expected, &got, "native", host.name());
    message += &format!("reproduce: {invocation}\n--- its stderr\n{}", actual.stderr);
    if host != Host::Wasmtime {
        message += &format!("note: if the host did not start, {}", wasmrust_tests::provision_hint());
    }
    Err(message.into())
}

/// What the suite compares of a `cargo test` run, one line each: every test binary's
/// `Running` label, its `test NAME ... RESULT` lines and its `test result:` line without the
/// timing, and cargo's `error:` lines. Native doc tests are left out (`cargo wasm test` does
/// not run them), and must not exist: a package with doc tests is an error.
fn results(run: &Run, native: bool) -> Result<String, String> {
    let mut labels = Vec::new();
    let mut errors = String::new();
    for line in run.stderr.lines() {
        let trimmed = line.trim_start();
        if let Some(rest) = trimmed.strip_prefix("Running ") {
            labels.push(rest.rsplit_once(" (").map_or(rest, |(label, _)| label).to_owned());
        } else if trimmed.starts_with("Doc-tests ") {
            labels.push(trimmed.to_owned());
        } else if line.starts_with("error: ") || (line.starts_with("    `") && line.ends_with('`')) {
            errors += line;
            errors.push('\n');
        }
    }
    // Each binary's console starts with `running N tests`; captured output comes later, in the
    // failures section, so the test lines are the ones right after it.
    let mut consoles = Vec::new();
    let mut lines = run.stdout.lines().peekable();
    while let Some(line) = lines.next() {
        if !(line.starts_with("running ") && (line.ends_with(" tests") || line.ends_with(" test"))) {
            continue;
        }
        let mut console = String::new();
        while let Some(test) = lines.next_if(|l| l.starts_with("test ")) {
            console += test;
            console.push('\n');
        }
        let summary = lines.find(|l| l.starts_with("test result: ")).ok_or("a console without `test result:`")?;
        console += summary.split_once("; finished in ").map_or(summary, |(counts, _)| counts);
        console.push('\n');
        consoles.push((line.to_owned(), console));
    }
    if labels.len() != consoles.len() {
        return Err(format!("{} `Running` lines but {} test consoles", labels.len(), consoles.len()));
    }
    let mut out = String::new();
    for (label, (running, console)) in labels.iter().zip(&consoles) {
        if native && label.starts_with("Doc-tests ") {
            if running != "running 0 tests" {
                return Err(format!("{label}: doc tests, which `cargo wasm test` does not run; move them to tests/"));
            }
            continue;
        }
        out += &format!("{label}\n{running}\n{console}");
    }
    Ok(out + &errors)
}
