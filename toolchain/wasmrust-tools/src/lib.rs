//! Where the provisioned external tools live: the layout of the `.tools/` folder, in one place.
//!
//! `cargo xtask provision` installs the tools pinned in `toolchain/tools.toml` into
//! [`default_dir`]; everything that runs them (the CLI's JS hosts, the test suites, xtask)
//! finds them through this crate, honouring [`TOOLS_ENV`] when it is set.

use std::path::{Path, PathBuf};

/// The environment variable that points every consumer at a tools folder.
pub const TOOLS_ENV: &str = "WASMRUST_TOOLS";

/// The repository root, where `.tools/` is provisioned.
pub fn repo_root() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
}

/// `.tools/` in the repository: where provisioning installs.
pub fn default_dir() -> PathBuf {
    repo_root().join(".tools")
}

/// The tools folder to use: [`TOOLS_ENV`] if set, otherwise [`default_dir`].
pub fn dir() -> PathBuf {
    std::env::var_os(TOOLS_ENV).map(PathBuf::from).unwrap_or_else(default_dir)
}

/// npm packages, from the generated `npm/package.json`.
pub fn npm_modules(tools: &Path) -> PathBuf {
    tools.join("npm/node_modules")
}

/// PyPI packages (`pip install --target`).
pub fn python(tools: &Path) -> PathBuf {
    tools.join("python")
}

/// The pinned Node 26: the npm package `node` hard-links its platform package's binary here.
pub fn node26(tools: &Path) -> PathBuf {
    npm_modules(tools).join("node/bin/node")
}
