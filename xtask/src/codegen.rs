//! `cargo xtask codegen`: files generated from Rust definitions, written or checked.

use std::fs;
use std::path::PathBuf;

use anyhow::{Context, Result, bail};

use crate::repo_root;

/// One generated file: where it lives (relative to the repository root) and its contents.
struct Generated {
    path: &'static str,
    contents: String,
}

/// Every generated file. A new generator is one more entry here.
fn generated_files() -> Vec<Generated> {
    vec![Generated { path: "hosts/js-core/abi.mjs", contents: wasmrust_abi::javascript_module() }]
}

pub(crate) fn codegen(check: bool) -> Result<()> {
    let root = repo_root();
    let mut stale = Vec::new();
    for file in generated_files() {
        let path: PathBuf = root.join(file.path);
        let current = fs::read_to_string(&path).ok();
        if current.as_deref() == Some(file.contents.as_str()) {
            continue;
        }
        if check {
            stale.push(file.path);
        } else {
            fs::write(&path, &file.contents).with_context(|| format!("writing {}", path.display()))?;
            println!("codegen: wrote {}", file.path);
        }
    }
    if !stale.is_empty() {
        bail!("out of date: {}; run `cargo xtask codegen`", stale.join(", "));
    }
    if check {
        println!("codegen: all generated files are current");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The JS hosts read the ABI from a generated file; it must say what the Rust crate says.
    #[test]
    fn abi_js_is_current() {
        for file in generated_files() {
            let path = repo_root().join(file.path);
            let current = fs::read_to_string(&path).unwrap_or_default();
            assert!(
                current == file.contents,
                "{} is out of date with its Rust definition; run `cargo xtask codegen`",
                file.path
            );
        }
    }
}
