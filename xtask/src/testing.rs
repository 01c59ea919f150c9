//! `cargo xtask test`: the one test entry point (provision, Rust tests, JS host tests).

use std::ffi::OsString;
use std::fs;
use std::path::PathBuf;
use std::process::Command;

use anyhow::{Context, Result, bail};

use crate::{provision, repo_root, tools};

pub(crate) fn test(cargo_args: &[String]) -> Result<()> {
    provision::provision()?;
    let root = repo_root();
    let tools_dir = tools::tools_dir();

    // Both suites run even when the first fails, so one run reports every failure.
    let mut failed = Vec::new();

    // Step 1: the CLI the cross-cutting suites drive. `cargo test` builds a package's binary
    // only for that package's own integration tests, so the `tests/` suites would not find it.
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| OsString::from("cargo"));
    let status = Command::new(&cargo)
        .args(["build", "--package", "cargo-wasm"])
        .current_dir(&root)
        .status()
        .context("starting cargo build")?;
    if !status.success() {
        bail!("building cargo-wasm failed");
    }

    // Step 2: every Rust crate's tests, with the pinned tools visible to them.
    // `--workspace` would override a `-p` given after `--`, so a narrowed run drops it.
    let narrowed = cargo_args.iter().any(|a| a.starts_with("-p") || a.starts_with("--package"));
    let mut command = Command::new(&cargo);
    command.arg("test");
    if !narrowed {
        command.arg("--workspace");
    }
    let status = command
        .args(cargo_args)
        .env(wasmrust_tools::TOOLS_ENV, &tools_dir)
        .current_dir(&root)
        .status()
        .context("starting cargo test")?;
    if !status.success() {
        failed.push("cargo test");
    }

    // Step 3: the JS hosts' own tests, under the pinned Node 26.
    let files = js_test_files()?;
    if files.is_empty() {
        bail!("no JS host tests found under hosts/*/test/");
    }
    let status = Command::new(tools::node26())
        .arg("--test")
        .args(&files)
        .env(wasmrust_tools::TOOLS_ENV, &tools_dir)
        .current_dir(&root)
        .status()
        .with_context(|| format!("starting {}", tools::node26().display()))?;
    if !status.success() {
        failed.push("JS host tests");
    }

    if !failed.is_empty() {
        bail!("failed: {}", failed.join(", "));
    }
    Ok(())
}

/// `hosts/*/test/*.test.mjs`, relative to the repository root, in a stable order. Listed
/// here rather than left to `node --test`'s own discovery, whose rules changed across majors.
fn js_test_files() -> Result<Vec<PathBuf>> {
    let root = repo_root();
    let mut files = Vec::new();
    for host in fs::read_dir(root.join("hosts")).context("reading hosts/")? {
        let test_dir = host?.path().join("test");
        let Ok(entries) = fs::read_dir(&test_dir) else {
            continue;
        };
        for entry in entries {
            let path = entry?.path();
            if path.to_string_lossy().ends_with(".test.mjs") {
                files.push(path.strip_prefix(&root).unwrap_or(&path).to_path_buf());
            }
        }
    }
    files.sort();
    Ok(files)
}
