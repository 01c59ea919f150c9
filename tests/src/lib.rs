//! Support shared by the suites: where the data lives, the native `rustc` oracle, the one
//! function that drives the `cargo-wasm` CLI, and readable differences between two runs.
//!
//! Every command runs with the repository root as its working directory and gets source
//! paths relative to it (`tests/programs/NAME.rs`), because those paths appear verbatim in
//! panic messages and diagnostics, which the suites compare byte for byte.

use std::ffi::OsString;
use std::fmt;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

/// How long any one compile or program run may take before the suite kills it and fails.
/// Generous because the browser host starts a browser; it only exists to turn a hang into a
/// failure.
const TIMEOUT: Duration = Duration::from_secs(180);

/// The repository root, the working directory of every command the suites run.
pub fn repo_root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("the tests package lives in the repository root")
}

/// One data file of a suite, such as `tests/programs/fibonacci.rs`.
#[derive(Clone, Debug)]
pub struct Case {
    /// The file stem, used in the trial name (`fibonacci`).
    pub name: String,
    /// The path relative to the repository root, with `/` separators.
    pub path: String,
}

/// The files `dir/*.ext` (with `dir` relative to the repository root), sorted by name.
pub fn cases(dir: &str, ext: &str) -> Vec<Case> {
    let entries = std::fs::read_dir(repo_root().join(dir)).unwrap_or_else(|e| panic!("cannot read {dir}: {e}"));
    let mut cases: Vec<Case> = entries
        .map(|entry| entry.unwrap_or_else(|e| panic!("cannot read {dir}: {e}")).path())
        .filter(|path| path.extension().is_some_and(|e| e == ext))
        .map(|path| {
            let name = path.file_stem().expect("a file with an extension has a stem").to_string_lossy().into_owned();
            Case { path: format!("{dir}/{name}.{ext}"), name }
        })
        .collect();
    cases.sort_by(|a, b| a.name.cmp(&b.name));
    cases
}

/// Whether the run should rewrite expectation files instead of checking them (`BLESS=1`).
pub fn blessing() -> bool {
    std::env::var_os("BLESS").is_some_and(|v| v == "1")
}

/// A host that `cargo-wasm run --host` can run a module on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Host {
    /// The embedded wasmtime host.
    Wasmtime,
    /// Node, from the provisioned tools.
    Node,
    /// Headless Chromium driven by playwright-core, from the provisioned tools.
    Browser,
}

impl Host {
    /// Every host, in the order the corpus runs them.
    pub const ALL: [Host; 3] = [Host::Wasmtime, Host::Node, Host::Browser];

    /// The name `--host` takes.
    pub fn name(self) -> &'static str {
        match self {
            Host::Wasmtime => "wasmtime",
            Host::Node => "node",
            Host::Browser => "browser",
        }
    }

    /// The JS hosts run on tools that `cargo xtask provision` installs.
    fn needs_tools(self) -> bool {
        self != Host::Wasmtime
    }
}

/// What a finished process left behind.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Run {
    /// Standard output, decoded lossily as UTF-8.
    pub stdout: String,
    /// Standard error, decoded lossily as UTF-8.
    pub stderr: String,
    /// The exit status as a shell reports it (128 + N after signal N).
    pub code: Option<i32>,
}

/// The status a shell reports: the exit code, or 128 + the signal that ended the process (an
/// aborting native program, such as one whose stack overflowed, is 134 like the hosts report).
fn shell_status(status: std::process::ExitStatus) -> Option<i32> {
    use std::os::unix::process::ExitStatusExt;
    status.code().or_else(|| status.signal().map(|signal| 128 + signal))
}

/// Renders an exit code the way a failure message names it.
pub fn describe_code(code: Option<i32>) -> String {
    match code {
        Some(code) => format!("exit status {code}"),
        None => "killed by a signal".to_owned(),
    }
}

/// A `cargo-wasm` command line, as the suites use it.
#[derive(Clone, Copy, Debug)]
pub enum Invocation<'a> {
    /// `cargo-wasm run SOURCE --host HOST`.
    Run {
        /// Path of the program, relative to the repository root.
        source: &'a str,
        /// Where to run it.
        host: Host,
    },
    /// `cargo-wasm build SOURCE -o OUTPUT`.
    Build {
        /// Path of the program, relative to the repository root.
        source: &'a str,
        /// Where the module goes.
        output: &'a Path,
    },
    /// `cargo-wasm test PACKAGE --host HOST --no-fail-fast`, with the modules written under
    /// [`packages_target_dir`].
    Test {
        /// The package directory, relative to the repository root.
        package: &'a str,
        /// Where to run the tests.
        host: Host,
    },
}

impl Invocation<'_> {
    fn args(&self) -> Vec<OsString> {
        match *self {
            Invocation::Run { source, host } => vec!["run".into(), source.into(), "--host".into(), host.name().into()],
            Invocation::Build { source, output } => vec!["build".into(), source.into(), "-o".into(), output.into()],
            Invocation::Test { package, host } => {
                vec!["test".into(), package.into(), "--host".into(), host.name().into(), "--no-fail-fast".into()]
            }
        }
    }
}

impl fmt::Display for Invocation<'_> {
    /// The command line to paste into a shell at the repository root to reproduce a failure.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let exe = cargo_wasm_path();
        let exe = exe.strip_prefix(repo_root()).unwrap_or(&exe);
        write!(f, "{}", exe.display())?;
        for arg in self.args() {
            write!(f, " {}", arg.to_string_lossy())?;
        }
        Ok(())
    }
}

/// The cargo profile directory of the running test executable (`target/debug`).
fn profile_dir() -> PathBuf {
    let exe = std::env::current_exe().expect("the test executable has a path");
    exe.parent().and_then(Path::parent).expect("test executables live in target/PROFILE/deps").to_path_buf()
}

/// Where `cargo build` puts the `cargo-wasm` binary: next to the `deps` folder that holds the
/// running test executable.
fn cargo_wasm_path() -> PathBuf {
    profile_dir().join(format!("cargo-wasm{}", std::env::consts::EXE_SUFFIX))
}

/// The `CARGO_TARGET_DIR` shared by the package suite's builds, native and WasmRust: a folder of
/// the target directory these tests were built in, so the packages' folders stay clean.
pub fn packages_target_dir() -> PathBuf {
    profile_dir().parent().expect("a profile directory lives in the target directory").join("packages")
}

/// The advice printed whenever a JS host may be missing its tools.
pub fn provision_hint() -> String {
    format!(
        "the node and browser hosts need the tools in {}: run `cargo xtask provision`",
        wasmrust_tools::dir().display()
    )
}

/// Runs the `cargo-wasm` CLI from the repository root. This is the only code in the suites
/// that calls the CLI.
///
/// An error means the command could not be run at all (binary or tools missing, timeout); a
/// command that ran and failed is an `Ok` with its exit code.
pub fn cargo_wasm(invocation: Invocation<'_>) -> Result<Run, String> {
    let exe = cargo_wasm_path();
    if !exe.is_file() {
        return Err(format!(
            "the cargo-wasm binary is missing at {}; build it with `cargo build -p cargo-wasm` \
             (`cargo test --workspace` builds it too)",
            exe.display()
        ));
    }
    if let Invocation::Run { host, .. } = invocation {
        // Node itself is the one tool both JS hosts need; without it nothing else can work.
        let node = wasmrust_tools::node26(&wasmrust_tools::dir());
        if host.needs_tools() && !node.exists() {
            return Err(format!("{} is missing; {}", node.display(), provision_hint()));
        }
    }
    let mut command = Command::new(&exe);
    command.args(invocation.args()).env(wasmrust_tools::TOOLS_ENV, wasmrust_tools::dir()).env_remove("RUST_BACKTRACE");
    if let Invocation::Test { .. } = invocation {
        command.env("CARGO_TARGET_DIR", packages_target_dir());
    }
    run_command(command).map_err(|e| format!("`{invocation}`: {e}"))
}

/// Runs `cargo test --no-fail-fast -- --test-threads=1` in the package: the oracle of the
/// package suite. One thread, so that libtest prints the tests in their (sorted) order, as
/// `cargo wasm test` runs them. Thread ids are removed from panic reports, as for [`native`].
pub fn native_cargo_test(package: &str) -> Result<Run, String> {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut command = Command::new(cargo);
    command
        .args(["test", "--offline", "--no-fail-fast", "--manifest-path"])
        .arg(format!("{package}/Cargo.toml"))
        .args(["--", "--test-threads=1"])
        .env("CARGO_TARGET_DIR", packages_target_dir())
        .env_remove("RUST_BACKTRACE");
    let mut run = run_command(command).map_err(|e| format!("cargo test in {package}: {e}"))?;
    run.stdout = strip_thread_ids(&run.stdout);
    Ok(run)
}

/// Builds `source` with stock `rustc` and runs it: the oracle the corpus compares against.
///
/// The build is optimised, so integer overflow wraps as it does in WasmRust's release
/// semantics. The thread id that newer Rust versions print in panic messages is removed,
/// since it differs from run to run.
pub fn native(source: &str) -> Result<Run, String> {
    let dir = tempfile::tempdir().map_err(|e| format!("cannot create a temporary directory: {e}"))?;
    let exe = dir.path().join(format!("prog{}", std::env::consts::EXE_SUFFIX));
    let rustc = std::env::var_os("RUSTC").unwrap_or_else(|| "rustc".into());
    let mut build = Command::new(&rustc);
    build.args(["-O", "--edition", "2021", "-o"]).arg(&exe).arg(source);
    let built = run_command(build).map_err(|e| format!("rustc: {e}"))?;
    if built.code != Some(0) {
        return Err(format!("rustc could not build {source} natively:\n{}", built.stderr));
    }
    let mut program = Command::new(&exe);
    program.env_remove("RUST_BACKTRACE");
    let mut run = run_command(program).map_err(|e| format!("native {source}: {e}"))?;
    run.stderr = strip_thread_ids(&run.stderr);
    Ok(run)
}

/// Rewrites `thread 'main' (12345) panicked at` as `thread 'main' panicked at`, and the
/// same in `thread 'main' (12345) has overflowed its stack`: the native thread id has no
/// counterpart in a module.
pub fn strip_thread_ids(stderr: &str) -> String {
    stderr.split_inclusive('\n').map(strip_thread_id).collect()
}

fn strip_thread_id(line: &str) -> String {
    if let Some(rest) = line.strip_prefix("thread '")
        && let Some(quote) = rest.find("' (")
    {
        let after = &rest[quote + "' (".len()..];
        let digits = after.bytes().take_while(u8::is_ascii_digit).count();
        let tail = &after[digits..];
        if digits > 0 && (tail.starts_with(") panicked at") || tail.starts_with(") has overflowed its stack")) {
            return format!("thread '{}'{}", &rest[..quote], &after[digits + ")".len()..]);
        }
    }
    line.to_owned()
}

/// Runs a command from the repository root with no stdin, capturing its output, and kills it
/// after [`TIMEOUT`].
fn run_command(mut command: Command) -> Result<Run, String> {
    command.current_dir(repo_root()).stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped());
    let program = command.get_program().to_string_lossy().into_owned();
    let mut child = command.spawn().map_err(|e| format!("cannot start {program}: {e}"))?;
    // Both pipes are drained concurrently so that a chatty child never blocks on a full pipe.
    let stdout = drain(child.stdout.take().expect("stdout is piped"));
    let stderr = drain(child.stderr.take().expect("stderr is piped"));
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().map_err(|e| format!("cannot wait for {program}: {e}"))? {
            break status;
        }
        if started.elapsed() > TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            return Err(format!("{program} did not finish within {} seconds and was killed", TIMEOUT.as_secs()));
        }
        thread::sleep(Duration::from_millis(5));
    };
    // A grandchild that inherited a pipe could keep it open; don't wait for it forever.
    let collect = |pipe: mpsc::Receiver<Vec<u8>>| -> Result<String, String> {
        let bytes = pipe
            .recv_timeout(Duration::from_secs(10))
            .map_err(|_| format!("{program} exited but its output stayed open"))?;
        Ok(String::from_utf8_lossy(&bytes).into_owned())
    };
    Ok(Run { stdout: collect(stdout)?, stderr: collect(stderr)?, code: shell_status(status) })
}

fn drain(mut pipe: impl Read + Send + 'static) -> mpsc::Receiver<Vec<u8>> {
    let (send, receive) = mpsc::channel();
    thread::spawn(move || {
        let mut bytes = Vec::new();
        let _ = pipe.read_to_end(&mut bytes);
        let _ = send.send(bytes);
    });
    receive
}

/// Describes how `actual` differs from `expected`, stream by stream, or `None` if they agree.
pub fn compare_runs(expected: &Run, actual: &Run, expected_name: &str, actual_name: &str) -> Option<String> {
    let mut report = String::new();
    if expected.code != actual.code {
        report += &format!(
            "{expected_name} ended with {}, {actual_name} with {}\n",
            describe_code(expected.code),
            describe_code(actual.code)
        );
    }
    // stderr first: when both differ it usually holds the reason (a diagnostic, a trap, a panic).
    for (stream, want, got) in
        [("stderr", &expected.stderr, &actual.stderr), ("stdout", &expected.stdout, &actual.stdout)]
    {
        if want != got {
            report += &format!("{stream} differs:\n{}", text_diff(want, got, expected_name, actual_name));
        }
    }
    (!report.is_empty()).then_some(report)
}

/// The most lines of one diff a failure message shows.
const MAX_DIFF_LINES: usize = 60;

/// A unified line diff from `expected` to `actual`, cut after [`MAX_DIFF_LINES`] lines, with an
/// explicit note when one side is empty so that a missing stream is not mistaken for a blank
/// diff.
pub fn text_diff(expected: &str, actual: &str, expected_name: &str, actual_name: &str) -> String {
    let diff = similar::TextDiff::from_lines(expected, actual)
        .unified_diff()
        .context_radius(3)
        .header(expected_name, actual_name)
        .to_string();
    let mut out = String::new();
    for (name, text) in [(expected_name, expected), (actual_name, actual)] {
        if text.is_empty() {
            out += &format!("({name} is empty)\n");
        }
    }
    let lines: Vec<&str> = diff.split_inclusive('\n').collect();
    out.extend(lines.iter().take(MAX_DIFF_LINES).copied());
    if lines.len() > MAX_DIFF_LINES {
        out += &format!("... ({} more diff lines)\n", lines.len() - MAX_DIFF_LINES);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_only_thread_ids_in_panic_headers() {
        let stderr = "\nthread 'main' (4242) panicked at tests/programs/x.rs:4:5:\nthread 'main' (no id)\n";
        assert_eq!(
            strip_thread_ids(stderr),
            "\nthread 'main' panicked at tests/programs/x.rs:4:5:\nthread 'main' (no id)\n"
        );
        assert_eq!(strip_thread_ids("thread 'main' panicked at a.rs:1:1:\n"), "thread 'main' panicked at a.rs:1:1:\n");
    }

    #[test]
    fn the_native_oracle_runs_a_package_s_tests() {
        let run = native_cargo_test("tests/packages/failing_tests").unwrap();
        assert_eq!(run.code, Some(101), "{}", run.stderr);
        assert!(
            run.stdout.contains("\nthread 'tests::average_rounds_to_nearest' panicked at src/lib.rs:"),
            "{}",
            run.stdout
        );
        assert!(run.stderr.contains("error: 2 targets failed:\n"), "{}", run.stderr);
    }

    #[test]
    fn the_native_oracle_runs_a_corpus_program() {
        let run = native("tests/programs/div_zero.rs").unwrap();
        assert_eq!(run.code, Some(101));
        assert!(run.stdout.starts_with("remaining 4, total 40"), "{}", run.stdout);
        assert!(
            run.stderr
                .contains("\nthread 'main' panicked at tests/programs/div_zero.rs:4:5:\nattempt to divide by zero\n"),
            "{}",
            run.stderr
        );
    }

    #[test]
    fn differences_name_the_stream_and_both_sides() {
        let native = Run { stdout: "a\nb\n".into(), stderr: String::new(), code: Some(0) };
        let wasm = Run { stdout: "a\nc\n".into(), stderr: "oops\n".into(), code: Some(101) };
        let report = compare_runs(&native, &wasm, "native", "wasmtime").unwrap();
        assert_eq!(
            report,
            "native ended with exit status 0, wasmtime with exit status 101\n\
             stderr differs:\n(native is empty)\n--- native\n+++ wasmtime\n@@ -0,0 +1 @@\n+oops\n\
             stdout differs:\n--- native\n+++ wasmtime\n@@ -1,2 +1,2 @@\n a\n-b\n+c\n"
        );
        assert_eq!(compare_runs(&native, &native, "native", "node"), None);
    }
}
