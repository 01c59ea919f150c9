//! The differential corpus: every `tests/programs/*.rs` must behave under WasmRust, on every
//! host, exactly as its native `rustc` build does (stdout, stderr and exit status).

use std::sync::{Arc, OnceLock};

use libtest_mimic::{Arguments, Failed, Trial};
use wasmrust_tests::{Case, Host, Invocation, Run};

fn main() {
    let args = Arguments::from_args();
    let mut trials = Vec::new();
    // The examples users start from are held to the same standard as the corpus.
    let cases = wasmrust_tests::cases("tests/programs", "rs")
        .into_iter()
        .map(|case| ("corpus", case))
        .chain(wasmrust_tests::cases("examples", "rs").into_iter().map(|case| ("examples", case)));
    for (suite, case) in cases {
        // The native build is shared by the program's trials and made by whichever runs first.
        let oracle: Arc<OnceLock<Result<Run, String>>> = Arc::default();
        for host in Host::ALL {
            let (case, oracle) = (case.clone(), Arc::clone(&oracle));
            let name = format!("{suite}::{}::{}", case.name, host.name());
            trials.push(Trial::test(name, move || check(&case, host, &oracle)));
        }
    }
    libtest_mimic::run(&args, trials).exit();
}

fn check(case: &Case, host: Host, oracle: &OnceLock<Result<Run, String>>) -> Result<(), Failed> {
    let expected = oracle
        .get_or_init(|| wasmrust_tests::native(&case.path))
        .as_ref()
        .map_err(|e| format!("native oracle: {e}"))?;
    let invocation = Invocation::Run { source: &case.path, host };
    let actual = wasmrust_tests::cargo_wasm(invocation)?;
    let Some(report) = wasmrust_tests::compare_runs(expected, &actual, "native", host.name()) else {
        return Ok(());
    };
    let mut message =
        format!("{} under {} differs from native rustc\n{report}reproduce: {invocation}", case.path, host.name());
    if host != Host::Wasmtime && actual.code != expected.code {
        message += &format!("\nnote: if the host did not start, {}", wasmrust_tests::provision_hint());
    }
    Err(message.into())
}
