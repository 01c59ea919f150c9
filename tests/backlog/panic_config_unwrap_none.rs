// Application settings resolved from layered sources (defaults, file,
// command line overrides held in arrays). A required setting is absent
// from every layer and the code calls .unwrap() on the None lookup, so
// the program panics (exit status 101) after printing the resolved
// settings.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Source {
    Default,
    File,
    Override,
}

struct Layer {
    source: Source,
    pairs: Vec<(&'static str, &'static str)>,
}

struct Settings {
    layers: Vec<Layer>,
}

impl Settings {
    /// The value from the highest-priority layer that defines `key`.
    fn lookup(&self, key: &str) -> Option<(&str, Source)> {
        self.layers.iter().rev().find_map(|l| l.pairs.iter().find(|(k, _)| *k == key).map(|(_, v)| (*v, l.source)))
    }
}

fn main() {
    let settings = Settings { layers: vec![
        Layer { source: Source::Default, pairs: vec![("threads", "4"), ("log_level", "info"), ("port", "8080"), ("color", "auto")] },
        Layer { source: Source::File, pairs: vec![("port", "9000"), ("data_dir", "/var/lib/app"), ("log_level", "debug")] },
        Layer { source: Source::Override, pairs: vec![("threads", "16")] },
    ] };
    for key in ["threads", "log_level", "port", "color", "data_dir", "cache_mb"] {
        match settings.lookup(key) {
            Some((v, src)) => println!("{:<10} = {:<14} (from {:?})", key, v, src),
            None => println!("{:<10} is not set", key),
        }
    }
    let threads: u32 = settings.lookup("threads").map(|(v, _)| v.parse().unwrap_or(1)).unwrap_or(1);
    let port: u16 = settings.lookup("port").and_then(|(v, _)| v.parse().ok()).unwrap_or_default();
    let verbose = settings.lookup("log_level").map_or(false, |(v, _)| v == "debug");
    println!("effective: threads={} port={} verbose={}", threads, port, verbose);
    let cache = settings.lookup("cache_mb").map(|(v, _)| v.to_string()).unwrap_or_else(|| "64".to_string());
    println!("cache_mb falls back to {}", cache);
    let count = ["threads", "port", "secret_key"].iter().filter(|k| settings.lookup(k).is_some()).count();
    println!("{} of 3 security-relevant keys are set", count);
    println!("loading secret key...");
    let secret = settings.lookup("secret_key").unwrap();
    println!("secret has {} chars", secret.0.len());
}
