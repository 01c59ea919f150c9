//! Size budgets: modules of small programs must stay small (bytes are deterministic, so these
//! are asserted, unlike timings).

use libtest_mimic::{Arguments, Failed, Trial};
use wasmrust_tests::Invocation;

/// The most bytes `examples/hello.rs` may compile to.
const HELLO_BUDGET: u64 = 1_500;

fn main() {
    let args = Arguments::from_args();
    let trials = vec![Trial::test("size::hello", || check("examples/hello.rs", HELLO_BUDGET))];
    libtest_mimic::run(&args, trials).exit();
}

fn check(source: &str, budget: u64) -> Result<(), Failed> {
    let dir = tempfile::tempdir()?;
    let output = dir.path().join("module.wasm");
    let invocation = Invocation::Build { source, output: &output };
    let built = wasmrust_tests::cargo_wasm(invocation)?;
    if built.code != Some(0) {
        return Err(format!(
            "{source} did not build ({}):\n{}reproduce: {invocation}",
            wasmrust_tests::describe_code(built.code),
            built.stderr
        )
        .into());
    }
    let size = std::fs::metadata(&output).map_err(|e| format!("no module at {}: {e}", output.display()))?.len();
    eprintln!("{source}: {size} bytes (budget {budget})");
    if size >= budget {
        return Err(format!("{source} compiles to {size} bytes, over its budget of {budget}").into());
    }
    Ok(())
}
