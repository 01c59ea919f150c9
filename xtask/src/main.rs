//! `cargo xtask`: the project's automation, in Rust so that it runs wherever Cargo does.
//!
//! Three commands: `provision` installs the external tools pinned in `toolchain/tools.toml`,
//! `codegen` writes the files generated from Rust definitions, and `test` is the one test
//! entry point (`.ci/run` calls it, and so should a contributor).

mod codegen;
mod provision;
mod testing;
mod tools;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(
    name = "cargo xtask",
    bin_name = "cargo xtask",
    about = "WasmRust project automation.",
    disable_version_flag = true
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Install every tool pinned in toolchain/tools.toml.
    ///
    /// npm and PyPI packages go into the git-ignored folder .tools/ at the repository root;
    /// Debian packages are installed into the system with apt-get (through sudo when not
    /// root). Idempotent: when every tool is present at its pinned version this prints one
    /// line and touches neither the network nor the disk.
    Provision,
    /// Write the files generated from Rust definitions (hosts/js-core/abi.mjs).
    Codegen {
        /// Write nothing; fail if a generated file is out of date.
        #[arg(long)]
        check: bool,
    },
    /// Run every test: provision, then `cargo test --workspace`, then the JS hosts' tests.
    ///
    /// Both suites run with WASMRUST_TOOLS=<repo>/.tools. The JS hosts' tests
    /// (hosts/*/test/*.test.mjs) run under the pinned Node 26 with `node --test`.
    /// Arguments after `--` are passed on to `cargo test`, e.g.
    /// `cargo xtask test -- -- --nocapture`; with `-p <crate>` among them, only those
    /// crates' tests run (`cargo xtask test -- -p xtask`).
    Test {
        /// Extra arguments for `cargo test`.
        #[arg(last = true)]
        cargo_args: Vec<String>,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Provision => provision::provision(),
        Command::Codegen { check } => codegen::codegen(check),
        Command::Test { cargo_args } => testing::test(&cargo_args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: {err:#}");
            ExitCode::FAILURE
        }
    }
}

/// The repository root. xtask always runs from this checkout (`cargo xtask` builds it from
/// source), so the compile-time path is the right one, whatever the current directory.
pub(crate) fn repo_root() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/.."))
        .canonicalize()
        .expect("the repository root exists while xtask runs from it")
}
