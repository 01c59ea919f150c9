// A URL parser: scheme, userinfo, host, port (with defaults), path
// normalization, query parameters with percent-decoding, and fragment.
#[derive(Debug, Clone, PartialEq, Default)]
struct Url {
    scheme: String,
    user: Option<String>,
    host: String,
    port: Option<u16>,
    path: Vec<String>,
    query: Vec<(String, String)>,
    fragment: Option<String>,
}

#[derive(Debug, PartialEq)]
enum UrlError {
    MissingScheme,
    BadScheme(String),
    EmptyHost,
    BadPort(String),
    BadEscape(String),
}

fn default_port(scheme: &str) -> Option<u16> {
    match scheme {
        "http" | "ws" => Some(80),
        "https" | "wss" => Some(443),
        "ftp" => Some(21),
        "ssh" => Some(22),
        _ => None,
    }
}

fn decode(s: &str) -> Result<String, UrlError> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'%' => {
                let hex = s.get(i + 1..i + 3).ok_or_else(|| UrlError::BadEscape(s[i..].to_string()))?;
                let v = u8::from_str_radix(hex, 16).map_err(|_| UrlError::BadEscape(format!("%{}", hex)))?;
                out.push(v);
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            c => {
                out.push(c);
                i += 1;
            }
        }
    }
    String::from_utf8(out).map_err(|_| UrlError::BadEscape(s.to_string()))
}

fn normalize_path(raw: &str) -> Vec<String> {
    let mut parts: Vec<String> = Vec::new();
    for seg in raw.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            s => parts.push(s.to_string()),
        }
    }
    parts
}

fn parse(input: &str) -> Result<Url, UrlError> {
    let (scheme, rest) = input.split_once("://").ok_or(UrlError::MissingScheme)?;
    if scheme.is_empty() || !scheme.chars().next().unwrap().is_ascii_alphabetic() || !scheme.chars().all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c)) {
        return Err(UrlError::BadScheme(scheme.to_string()));
    }
    let scheme = scheme.to_ascii_lowercase();
    let (rest, fragment) = match rest.split_once('#') {
        Some((r, f)) => (r, Some(decode(f)?)),
        None => (rest, None),
    };
    let (rest, query_str) = match rest.split_once('?') {
        Some((r, q)) => (r, Some(q)),
        None => (rest, None),
    };
    let (authority, path) = match rest.find('/') {
        Some(i) => (&rest[..i], &rest[i..]),
        None => (rest, "/"),
    };
    let (user, hostport) = match authority.rsplit_once('@') {
        Some((u, h)) => (Some(decode(u)?), h),
        None => (None, authority),
    };
    let (host, port) = match hostport.rsplit_once(':') {
        Some((h, p)) => {
            let port = p.parse::<u16>().map_err(|_| UrlError::BadPort(p.to_string()))?;
            (h, Some(port))
        }
        None => (hostport, None),
    };
    if host.is_empty() {
        return Err(UrlError::EmptyHost);
    }
    let mut query = Vec::new();
    if let Some(q) = query_str {
        for pair in q.split('&').filter(|p| !p.is_empty()) {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            query.push((decode(k)?, decode(v)?));
        }
    }
    Ok(Url { scheme, user, host: host.to_ascii_lowercase(), port, path: normalize_path(path), query, fragment })
}

impl Url {
    fn effective_port(&self) -> Option<u16> {
        self.port.or_else(|| default_port(&self.scheme))
    }

    fn param(&self, key: &str) -> Option<&str> {
        self.query.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
    }

    fn to_string(&self) -> String {
        let mut s = format!("{}://", self.scheme);
        if let Some(u) = &self.user {
            s += u;
            s.push('@');
        }
        s += &self.host;
        if let Some(p) = self.port.filter(|&p| Some(p) != default_port(&self.scheme)) {
            s += &format!(":{}", p);
        }
        s.push('/');
        s += &self.path.join("/");
        if !self.query.is_empty() {
            let q: Vec<String> = self.query.iter().map(|(k, v)| format!("{}={}", k.replace(' ', "+"), v.replace(' ', "+"))).collect();
            s += &format!("?{}", q.join("&"));
        }
        if let Some(f) = &self.fragment {
            s += &format!("#{}", f);
        }
        s
    }
}

fn main() {
    let inputs = [
        "https://example.com",
        "HTTP://User:Secret@Example.COM:8080/a/b/../c/./d.html?x=1&y=hello+world&empty=&flag#top",
        "https://example.com:443/search?q=caf%C3%A9%20au%20lait&lang=fr",
        "ftp://files.example.org/pub/../../etc/passwd",
        "ssh://git@github.com:22/user/repo.git",
        "custom+proto://host/path?a=%41%42",
        "example.com/no/scheme",
        "1http://bad.scheme",
        "http://:8080/",
        "http://host:99999/",
        "http://host/bad%zzescape",
        "https://host/p?q=%",
        "wss://chat.example.com/room/42#msg-%E2%9C%93",
    ];
    for input in inputs {
        println!("{}", input);
        match parse(input) {
            Ok(u) => {
                println!("  scheme={} user={:?} host={} port={:?} (effective {:?})", u.scheme, u.user, u.host, u.port, u.effective_port());
                println!("  path={:?} query={:?} fragment={:?}", u.path, u.query, u.fragment);
                println!("  normalized: {}", u.to_string());
                if let Some(q) = u.param("q") {
                    println!("  search term: {:?} ({} chars)", q, q.chars().count());
                }
            }
            Err(e) => println!("  error: {:?}", e),
        }
    }
    let a = parse("http://a.com:80/x/../y").unwrap();
    let b = parse("http://A.COM/y/").unwrap();
    println!("equivalent after normalization: {}", a.to_string() == b.to_string());
    println!("{:#?}", parse("http://h/p?k=v").unwrap());
    println!("default: {:?}", Url::default());
}
