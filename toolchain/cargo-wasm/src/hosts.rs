//! Running a module on a host: wasmtime in-process, Node and the browser as child processes.

use std::path::PathBuf;
use std::process::Command;

use anyhow::Context;

use crate::Host;

/// The repository this binary was built from: the JS hosts and the provisioned tools live there.
const REPO_ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");

/// Runs the module and returns the program's exit status.
pub fn run(host: Host, wasm: &[u8], args: &[String]) -> anyhow::Result<i32> {
    match host {
        Host::Wasmtime => match wasmrust_host_wasmtime::run(wasm) {
            Ok(status) => Ok(status.0),
            Err(trap) => {
                eprintln!("error: wasm trap: {trap:#}");
                Ok(wasmrust_abi::TRAP_STATUS)
            }
        },
        Host::Node => run_script("hosts/node/run.mjs", wasm, args),
        Host::Browser => run_script("hosts/browser/run.mjs", wasm, args),
    }
}

fn run_script(script: &str, wasm: &[u8], args: &[String]) -> anyhow::Result<i32> {
    let tools = wasmrust_tools::dir();
    let node = wasmrust_tools::node26(&tools);
    anyhow::ensure!(
        node.is_file(),
        "Node 26 is not installed at `{}`; run `cargo xtask provision` in the WasmRust repository",
        node.display()
    );
    let dir = tempfile::tempdir()?;
    let module = dir.path().join("program.wasm");
    std::fs::write(&module, wasm)?;
    let status = Command::new(&node)
        .arg(PathBuf::from(REPO_ROOT).join(script))
        .arg(&module)
        .args(args)
        .env(wasmrust_tools::TOOLS_ENV, &tools)
        .status()
        .with_context(|| format!("cannot start `{}`", node.display()))?;
    // A host killed by a signal has no code; report it as an abort would.
    Ok(status.code().unwrap_or(wasmrust_abi::TRAP_STATUS))
}
