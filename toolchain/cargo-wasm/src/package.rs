//! A Cargo package as `cargo wasm test` sees it: its manifest and the crates cargo would
//! test, found by cargo's conventions.

use std::path::{Path, PathBuf};

use anyhow::Context;

/// A package: the directory holding a `Cargo.toml` and its test targets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Package {
    /// `[package] name`, as cargo prints it (`my-lib`).
    pub name: String,
    /// The package directory.
    pub dir: PathBuf,
    /// The library: `[lib] path`, by default `src/lib.rs` when it exists.
    pub lib: Option<Target>,
    /// The binary `src/main.rs`, when it exists.
    pub bin: Option<Target>,
    /// The integration tests `tests/*.rs`, sorted by name as cargo runs them.
    pub tests: Vec<Target>,
}

/// A crate of the package.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    /// The target name cargo's `--lib`/`--bin NAME`/`--test NAME` use (`basic` for `tests/basic.rs`).
    pub name: String,
    /// The crate name Rust code uses (`my_lib`: `-` becomes `_`; `[lib] name` when given).
    pub crate_name: String,
    /// The root file relative to the package directory, with `/` (`src/lib.rs`): how cargo
    /// names it in headers, diagnostics and panic locations.
    pub path: String,
}

impl Package {
    /// Reads the package at `input`: its directory or its `Cargo.toml`.
    pub fn load(input: &Path) -> anyhow::Result<Package> {
        let (dir, manifest) = if input.is_dir() {
            (input.to_path_buf(), input.join("Cargo.toml"))
        } else {
            (input.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new(".")).to_path_buf(), input.into())
        };
        let text = std::fs::read_to_string(&manifest)
            .with_context(|| format!("cannot read the package manifest `{}`", manifest.display()))?;
        let toml: toml::Table = text.parse().with_context(|| format!("`{}` is not valid TOML", manifest.display()))?;
        let name = toml
            .get("package")
            .and_then(|p| p.get("name"))
            .and_then(toml::Value::as_str)
            .with_context(|| format!("`{}` has no `[package] name`", manifest.display()))?
            .to_owned();
        let crate_name = name.replace('-', "_");

        let lib_table = toml.get("lib");
        let lib_path = lib_table.and_then(|l| l.get("path")).and_then(toml::Value::as_str);
        let lib = match lib_path {
            Some(path) => Some(path.trim_start_matches("./").to_owned()),
            None => dir.join("src/lib.rs").is_file().then(|| "src/lib.rs".to_owned()),
        }
        .map(|path| {
            let lib_name = lib_table.and_then(|l| l.get("name")).and_then(toml::Value::as_str);
            let crate_name = lib_name.map_or_else(|| crate_name.clone(), |n| n.replace('-', "_"));
            Target { name: crate_name.clone(), crate_name, path }
        });
        let bin = dir.join("src/main.rs").is_file().then(|| Target {
            name: name.clone(),
            crate_name: crate_name.clone(),
            path: "src/main.rs".into(),
        });

        let mut tests = Vec::new();
        if let Ok(entries) = std::fs::read_dir(dir.join("tests")) {
            for entry in entries {
                let path = entry?.path();
                if path.is_file() && path.extension().is_some_and(|e| e == "rs") {
                    let stem = path.file_stem().expect("a file with an extension has a stem").to_string_lossy();
                    tests.push(Target {
                        name: stem.to_string(),
                        crate_name: stem.replace('-', "_"),
                        path: format!("tests/{stem}.rs"),
                    });
                }
            }
        }
        tests.sort_by(|a, b| a.name.cmp(&b.name));
        Ok(Package { name, dir, lib, bin, tests })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(dir: &Path, path: &str, text: &str) {
        let path = dir.join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }

    #[test]
    fn finds_the_targets_cargo_would_test() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "Cargo.toml", "[package]\nname = \"text-stats\"\nversion = \"0.1.0\"\n");
        write(dir.path(), "src/lib.rs", "");
        write(dir.path(), "tests/words.rs", "");
        write(dir.path(), "tests/basic.rs", "");
        write(dir.path(), "tests/notes.txt", "");
        let package = Package::load(&dir.path().join("Cargo.toml")).unwrap();
        assert_eq!(package.name, "text-stats");
        assert_eq!(
            package.lib,
            Some(Target { name: "text_stats".into(), crate_name: "text_stats".into(), path: "src/lib.rs".into() })
        );
        assert_eq!(package.bin, None);
        let tests: Vec<_> = package.tests.iter().map(|t| (t.name.as_str(), t.path.as_str())).collect();
        assert_eq!(tests, [("basic", "tests/basic.rs"), ("words", "tests/words.rs")]);
    }

    #[test]
    fn honours_the_lib_table() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "Cargo.toml", "[package]\nname = \"a-b\"\n[lib]\nname = \"ab\"\npath = \"lib/root.rs\"\n");
        write(dir.path(), "src/main.rs", "");
        let package = Package::load(dir.path()).unwrap();
        let lib = package.lib.unwrap();
        assert_eq!((lib.crate_name.as_str(), lib.path.as_str()), ("ab", "lib/root.rs"));
        assert_eq!(package.bin.unwrap().name, "a-b");
    }
}
