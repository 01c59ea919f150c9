//! Running a module on a host: wasmtime in-process, Node and the browser as child processes;
//! a program's `main`, or a test module's tests.

use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use anyhow::Context;

use crate::Host;

/// The repository this binary was built from: the JS hosts and the provisioned tools live there.
const REPO_ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");

/// The status of a run that failed in the host rather than in the program (a module that
/// cannot be loaded), as the JS hosts report it.
const HOST_ERROR_STATUS: i32 = 1;

/// Runs the module and returns the program's exit status.
pub fn run(host: Host, wasm: &[u8], args: &[String]) -> anyhow::Result<i32> {
    match host {
        // Traps are the program's outcome (the host reports them); an error is the host's.
        Host::Wasmtime => match wasmrust_host_wasmtime::run(wasm) {
            Ok(status) => Ok(status.0),
            Err(error) => {
                eprintln!("error: wasmtime host: {error:#}");
                Ok(HOST_ERROR_STATUS)
            }
        },
        Host::Node => run_script("hosts/node/run.mjs", wasm, args),
        Host::Browser => run_script("hosts/browser/run.mjs", wasm, args),
    }
}

fn run_script(script: &str, wasm: &[u8], args: &[String]) -> anyhow::Result<i32> {
    let dir = tempfile::tempdir()?;
    let module = dir.path().join("program.wasm");
    std::fs::write(&module, wasm)?;
    let status =
        node_command(script)?.arg(&module).args(args).status().with_context(|| format!("cannot start `{script}`"))?;
    // A host killed by a signal has no code; report it as an abort would.
    Ok(status.code().unwrap_or(wasmrust_abi::TRAP_STATUS))
}

/// `node SCRIPT` under the provisioned Node 26, with the tools folder passed on.
fn node_command(script: &str) -> anyhow::Result<Command> {
    let tools = wasmrust_tools::dir();
    let node = wasmrust_tools::node26(&tools);
    anyhow::ensure!(
        node.is_file(),
        "Node 26 is not installed at `{}`; run `cargo xtask provision` in the WasmRust repository",
        node.display()
    );
    let mut command = Command::new(&node);
    command.arg(PathBuf::from(REPO_ROOT).join(script)).env(wasmrust_tools::TOOLS_ENV, &tools);
    Ok(command)
}

/// How one test ended on a host.
pub struct TestRun {
    /// 0 when the test returned, the `exit` code (101 after a panic), 134 after a trap.
    pub status: i32,
    /// Its stdout and stderr, captured together in the order written.
    pub output: String,
}

/// Runs each of the module's nullary exports `exports` (tests) on a fresh instance, in order,
/// capturing its output, and hands each result to `on_result` as soon as it is known. The JS
/// hosts read the module from `path` and start once for all the exports (`run.mjs --batch`).
///
/// `Err` when the host fails rather than a test: the module cannot be loaded, an export is
/// missing, or the host process dies (a browser timeout); the results before it are handed over.
pub fn run_tests(
    host: Host,
    wasm: &[u8],
    path: &Path,
    exports: &[&str],
    mut on_result: impl FnMut(TestRun) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    if exports.is_empty() {
        return Ok(());
    }
    let (script, name) = match host {
        Host::Wasmtime => {
            let host_error = |error| anyhow::anyhow!("error: wasmtime host: {error:#}");
            let program = wasmrust_host_wasmtime::Program::new(wasm).map_err(host_error)?;
            for export in exports {
                let finished = program.run(export, wasmrust_host_wasmtime::Output::Capture).map_err(host_error)?;
                let output = String::from_utf8_lossy(&finished.captured).into_owned();
                on_result(TestRun { status: finished.status.0, output })?;
            }
            return Ok(());
        }
        Host::Node => ("hosts/node/run.mjs", "node"),
        Host::Browser => ("hosts/browser/run.mjs", "browser"),
    };
    let mut child = node_command(script)?
        .arg("--batch")
        .arg(path)
        .args(exports)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .with_context(|| format!("cannot start `{script}`"))?;
    // Drained on a thread of its own, so that a host chatty on stderr never blocks.
    let mut stderr = child.stderr.take().expect("stderr is piped");
    let stderr = std::thread::spawn(move || {
        let mut text = String::new();
        let _ = stderr.read_to_string(&mut text);
        text
    });
    let mut reported = 0;
    let mut result = Ok(());
    for line in BufReader::new(child.stdout.take().expect("stdout is piped")).lines() {
        let run =
            line.context("reading the host's results").and_then(|line| parse_result(&line, exports.get(reported)));
        result = run.and_then(&mut on_result);
        if result.is_err() {
            break;
        }
        reported += 1;
    }
    if result.is_err() {
        let _ = child.kill();
    }
    let status = child.wait()?;
    let stderr = stderr.join().unwrap_or_default();
    result?;
    anyhow::ensure!(
        status.success() && reported == exports.len(),
        "{}",
        if stderr.trim().is_empty() {
            format!("the {name} host ended ({status}) after {reported} of {} tests", exports.len())
        } else {
            stderr.trim_end().to_owned()
        }
    );
    Ok(())
}

/// One JSON line of `run.mjs --batch`: `{"export", "status", "output"}`, for `expected`.
fn parse_result(line: &str, expected: Option<&&str>) -> anyhow::Result<TestRun> {
    let value: serde_json::Value =
        serde_json::from_str(line).with_context(|| format!("the host printed `{line}`, not a test result"))?;
    let export = value.get("export").and_then(serde_json::Value::as_str);
    anyhow::ensure!(export == expected.copied(), "the host reported `{line}` out of order");
    let status = value.get("status").and_then(serde_json::Value::as_i64);
    let output = value.get("output").and_then(serde_json::Value::as_str);
    let (Some(status), Some(output)) = (status, output) else {
        anyhow::bail!("the host printed `{line}`, not a test result");
    };
    Ok(TestRun { status: status as i32, output: output.to_owned() })
}
