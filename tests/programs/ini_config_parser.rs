// An INI-style configuration parser: sections, key/value pairs,
// comments, quoted values, typed getters with defaults and errors, line
// continuation, and a normalized re-serialization.
#[derive(Debug, Clone, PartialEq)]
struct Entry {
    key: String,
    value: String,
    line: usize,
}

#[derive(Debug, Clone, PartialEq)]
struct Section {
    name: String,
    entries: Vec<Entry>,
}

#[derive(Debug, PartialEq)]
enum ConfigError {
    Syntax { line: usize, text: String },
    Missing { section: String, key: String },
    Type { key: String, value: String, expected: &'static str },
}

fn unquote(v: &str) -> String {
    let v = v.trim();
    if v.len() >= 2 && ((v.starts_with('"') && v.ends_with('"')) || (v.starts_with('\'') && v.ends_with('\''))) {
        v[1..v.len() - 1].replace("\\n", "\n").replace("\\\"", "\"")
    } else {
        // strip trailing inline comments from unquoted values
        match v.find(" ;").or_else(|| v.find(" #")) {
            Some(i) => v[..i].trim_end().to_string(),
            None => v.to_string(),
        }
    }
}

fn parse(text: &str) -> Result<Vec<Section>, ConfigError> {
    let mut sections = vec![Section { name: String::new(), entries: vec![] }];
    let mut pending: Option<(String, String, usize)> = None;
    for (idx, raw) in text.lines().enumerate() {
        let lineno = idx + 1;
        if let Some((key, mut value, start)) = pending.take() {
            let part = raw.trim();
            if let Some(stripped) = part.strip_suffix('\\') {
                value.push_str(stripped.trim_end());
                value.push(' ');
                pending = Some((key, value, start));
            } else {
                value.push_str(part);
                sections.last_mut().unwrap().entries.push(Entry { key, value: unquote(&value), line: start });
            }
            continue;
        }
        let line = raw.trim();
        if line.is_empty() || line.starts_with(';') || line.starts_with('#') {
            continue;
        }
        if line.starts_with('[') {
            let name = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')).ok_or(ConfigError::Syntax { line: lineno, text: line.to_string() })?;
            sections.push(Section { name: name.trim().to_lowercase(), entries: vec![] });
            continue;
        }
        let (k, v) = line.split_once('=').or_else(|| line.split_once(':')).ok_or(ConfigError::Syntax { line: lineno, text: line.to_string() })?;
        let key = k.trim().to_lowercase().replace(' ', "_");
        if key.is_empty() {
            return Err(ConfigError::Syntax { line: lineno, text: line.to_string() });
        }
        let v = v.trim();
        if let Some(stripped) = v.strip_suffix('\\') {
            pending = Some((key, format!("{} ", stripped.trim_end()), lineno));
        } else {
            sections.last_mut().unwrap().entries.push(Entry { key, value: unquote(v), line: lineno });
        }
    }
    Ok(sections)
}

struct Config {
    sections: Vec<Section>,
}

impl Config {
    fn raw(&self, section: &str, key: &str) -> Option<&str> {
        // later entries override earlier ones
        let mut found = None;
        for s in self.sections.iter().filter(|s| s.name == section) {
            if let Some(e) = s.entries.iter().rev().find(|e| e.key == key) {
                found = Some(e.value.as_str());
            }
        }
        found
    }

    fn get_str(&self, section: &str, key: &str) -> Result<&str, ConfigError> {
        self.raw(section, key).ok_or_else(|| ConfigError::Missing { section: section.to_string(), key: key.to_string() })
    }

    fn get_int(&self, section: &str, key: &str) -> Result<i64, ConfigError> {
        let v = self.get_str(section, key)?;
        let cleaned = v.replace('_', "");
        let parsed = if let Some(hex) = cleaned.strip_prefix("0x") { i64::from_str_radix(hex, 16) } else { cleaned.parse::<i64>() };
        parsed.map_err(|_| ConfigError::Type { key: key.to_string(), value: v.to_string(), expected: "integer" })
    }

    fn get_bool(&self, section: &str, key: &str) -> Result<bool, ConfigError> {
        match self.get_str(section, key)?.to_ascii_lowercase().as_str() {
            "true" | "yes" | "on" | "1" => Ok(true),
            "false" | "no" | "off" | "0" => Ok(false),
            other => Err(ConfigError::Type { key: key.to_string(), value: other.to_string(), expected: "boolean" }),
        }
    }

    fn get_list(&self, section: &str, key: &str) -> Vec<String> {
        self.raw(section, key).map(|v| v.split(',').map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect()).unwrap_or_default()
    }
}

const CONFIG: &str = r#"
; global settings
name = Demo Server
version: 2

[Server]
Host = 0.0.0.0
port = 8080   ; inline comment
max connections = 1_000
timeout_ms = 0x1F4
debug = yes
motd = "Welcome!\nPlease \"behave\"."

[database]
url = postgres://db.internal:5432/app
pool = ten
replicas = db-2, db-3 ,, db-4
options = sslmode=require \
          connect_timeout=10 \
          application_name=demo

[server]
port = 9090
tls: off
"#;

fn main() {
    let sections = match parse(CONFIG) {
        Ok(s) => s,
        Err(e) => {
            println!("parse error: {:?}", e);
            return;
        }
    };
    for s in &sections {
        let label = if s.name.is_empty() { "<global>" } else { s.name.as_str() };
        println!("[{}] {} entries", label, s.entries.len());
        for e in &s.entries {
            println!("  line {:>2}: {:<16} = {:?}", e.line, e.key, e.value);
        }
    }
    let cfg = Config { sections };
    println!("name: {:?}", cfg.get_str("", "name"));
    println!("server.host: {:?}", cfg.get_str("server", "host"));
    println!("server.port: {:?} (later section overrides)", cfg.get_int("server", "port"));
    println!("server.max_connections: {:?}", cfg.get_int("server", "max_connections"));
    println!("server.timeout_ms: {:?}", cfg.get_int("server", "timeout_ms"));
    println!("server.debug: {:?}, server.tls: {:?}", cfg.get_bool("server", "debug"), cfg.get_bool("server", "tls"));
    println!("server.motd:\n{}", cfg.get_str("server", "motd").unwrap_or("-"));
    println!("database.pool: {:?}", cfg.get_int("database", "pool"));
    println!("database.replicas: {:?}", cfg.get_list("database", "replicas"));
    println!("database.options: {:?}", cfg.get_str("database", "options"));
    println!("database.user: {:?}", cfg.get_str("database", "user"));
    println!("cache.size with default: {}", cfg.get_int("cache", "size").unwrap_or(64));
    println!("server.debug as int: {:?}", cfg.get_int("server", "debug"));
    let url = cfg.get_str("database", "url").unwrap();
    let (scheme, rest) = url.split_once("://").unwrap();
    let (hostport, db) = rest.split_once('/').unwrap_or((rest, ""));
    let mut parts = hostport.splitn(2, ':');
    println!("db scheme={} host={:?} port={:?} name={}", scheme, parts.next(), parts.next().map(|p| p.parse::<u16>()), db);

    // normalized output with aligned keys
    let width = cfg.sections.iter().flat_map(|s| s.entries.iter()).map(|e| e.key.len()).max().unwrap_or(0);
    println!("--- normalized ---");
    for s in &cfg.sections {
        if !s.name.is_empty() {
            println!("[{}]", s.name);
        }
        for e in &s.entries {
            let needs_quotes = e.value.contains(['\n', ';', '#']) || e.value.starts_with(' ');
            let v = if needs_quotes { format!("{:?}", e.value) } else { e.value.clone() };
            println!("{:<width$} = {}", e.key, v, width = width);
        }
    }
    for bad in ["[unclosed", "no equals sign", " = value", "[ok]\nkey = v"] {
        match parse(bad) {
            Ok(s) => println!("{:?} -> {} sections", bad, s.len()),
            Err(e) => println!("{:?} -> {:?}", bad, e),
        }
    }
}
