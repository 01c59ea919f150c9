// A network packet classifier that uses every pattern form: literals,
// ranges, tuples, structs, enums, nesting, @ bindings, guards, |, ..,
// slice patterns, if let, while let and let else.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Proto {
    Tcp,
    Udp,
    Icmp { kind: u8, code: u8 },
}

#[derive(Debug, Clone, PartialEq)]
struct Packet {
    src: [u8; 4],
    dst: [u8; 4],
    port: u16,
    proto: Proto,
    payload: Vec<u8>,
}

#[derive(Debug)]
enum Verdict {
    Allow(&'static str),
    Deny(String),
    Log { level: u8, note: String },
}

fn port_class(port: u16) -> &'static str {
    match port {
        0 => "reserved",
        22 | 2222 => "ssh",
        80 | 443 | 8080 => "web",
        1..=1023 => "well-known",
        1024..=49151 => "registered",
        _ => "ephemeral",
    }
}

fn classify(p: &Packet) -> Verdict {
    match p {
        Packet { src: [127, ..], .. } => Verdict::Allow("loopback"),
        Packet { src: [10, _, _, _], dst: [10, ..], .. } => Verdict::Allow("internal"),
        Packet { proto: Proto::Icmp { kind: 8, .. }, payload, .. } if payload.len() > 64 => Verdict::Deny(format!("oversized ping ({} bytes)", payload.len())),
        Packet { proto: Proto::Icmp { kind: k @ (0 | 8), code: 0 }, .. } => Verdict::Log { level: 1, note: format!("echo kind {}", k) },
        Packet { proto: Proto::Icmp { kind, code }, .. } => Verdict::Deny(format!("icmp {}/{}", kind, code)),
        Packet { proto: Proto::Tcp, port: port @ (22 | 2222), src, .. } => Verdict::Log { level: 2, note: format!("ssh on {} from {}.{}.{}.{}", port, src[0], src[1], src[2], src[3]) },
        Packet { proto: Proto::Tcp | Proto::Udp, port: 80 | 443, .. } => Verdict::Allow("web"),
        Packet { proto: Proto::Udp, port: 53, payload, .. } => match payload.as_slice() {
            [] => Verdict::Deny("empty dns".to_string()),
            [_, _, flags, ..] if flags & 0x80 != 0 => Verdict::Allow("dns response"),
            [_, _, ..] => Verdict::Allow("dns query"),
            [_] => Verdict::Deny("truncated dns".to_string()),
        },
        Packet { port: p @ 6000..=6063, .. } => Verdict::Deny(format!("X11 port {}", p)),
        _ => Verdict::Log { level: 3, note: format!("unclassified {:?}:{} ({})", p.proto, p.port, port_class(p.port)) },
    }
}

fn describe_payload(bytes: &[u8]) -> String {
    match bytes {
        [] => "empty".into(),
        [b'G', b'E', b'T', b' ', rest @ ..] => format!("HTTP GET ({} more bytes)", rest.len()),
        [b'P', b'O', b'S', b'T', ..] => "HTTP POST".into(),
        [0x16, 0x03, minor @ 0..=4, ..] => format!("TLS record 3.{}", minor),
        [first, .., last] if first == last => format!("framed by {:#04x}", first),
        [single] => format!("one byte {}", single),
        [first, second, ..] => format!("starts {:02x}{:02x}", first, second),
    }
}

fn summarize(pair: (Option<u16>, Result<u8, String>)) -> String {
    match pair {
        (Some(0), _) => "port zero".to_string(),
        (Some(p), Ok(ttl)) if ttl < 5 => format!("port {} nearly expired", p),
        (Some(p @ 1..=1023), Ok(_)) => format!("privileged {}", p),
        (Some(p), Ok(t)) => format!("port {} ttl {}", p, t),
        (None, Ok(t)) => format!("no port, ttl {}", t),
        (_, Err(ref e)) if e.is_empty() => "unknown error".to_string(),
        (_, Err(e)) => format!("error: {}", e),
    }
}

fn parse_addr(s: &str) -> Option<[u8; 4]> {
    let parts: Vec<&str> = s.split('.').collect();
    let [a, b, c, d] = parts.as_slice() else {
        return None;
    };
    Some([a.parse().ok()?, b.parse().ok()?, c.parse().ok()?, d.parse().ok()?])
}

fn main() {
    let packets = vec![
        Packet { src: [127, 0, 0, 1], dst: [127, 0, 0, 1], port: 9000, proto: Proto::Tcp, payload: vec![] },
        Packet { src: [10, 1, 2, 3], dst: [10, 9, 9, 9], port: 5432, proto: Proto::Tcp, payload: b"GET /".to_vec() },
        Packet { src: [8, 8, 8, 8], dst: [192, 168, 1, 2], port: 0, proto: Proto::Icmp { kind: 8, code: 0 }, payload: vec![0; 100] },
        Packet { src: [8, 8, 8, 8], dst: [192, 168, 1, 2], port: 0, proto: Proto::Icmp { kind: 0, code: 0 }, payload: vec![1, 2, 1] },
        Packet { src: [8, 8, 4, 4], dst: [192, 168, 1, 2], port: 0, proto: Proto::Icmp { kind: 3, code: 13 }, payload: vec![] },
        Packet { src: [203, 0, 113, 9], dst: [192, 168, 1, 2], port: 2222, proto: Proto::Tcp, payload: b"SSH-2.0".to_vec() },
        Packet { src: [198, 51, 100, 7], dst: [192, 168, 1, 2], port: 443, proto: Proto::Tcp, payload: vec![0x16, 0x03, 0x03, 0x00] },
        Packet { src: [1, 1, 1, 1], dst: [192, 168, 1, 2], port: 53, proto: Proto::Udp, payload: vec![0x12, 0x34, 0x81, 0x80] },
        Packet { src: [1, 1, 1, 1], dst: [192, 168, 1, 2], port: 53, proto: Proto::Udp, payload: vec![0x12, 0x34, 0x01] },
        Packet { src: [1, 1, 1, 1], dst: [192, 168, 1, 2], port: 53, proto: Proto::Udp, payload: vec![0x12] },
        Packet { src: [1, 1, 1, 1], dst: [192, 168, 1, 2], port: 53, proto: Proto::Udp, payload: vec![] },
        Packet { src: [5, 6, 7, 8], dst: [192, 168, 1, 2], port: 6001, proto: Proto::Tcp, payload: b"POST /x".to_vec() },
        Packet { src: [5, 6, 7, 8], dst: [192, 168, 1, 2], port: 31337, proto: Proto::Udp, payload: vec![7] },
        Packet { src: [5, 6, 7, 8], dst: [192, 168, 1, 2], port: 60000, proto: Proto::Udp, payload: vec![0xAB, 0xCD, 0xEF] },
    ];
    let mut allowed = 0;
    let mut denied = Vec::new();
    for (i, p) in packets.iter().enumerate() {
        let v = classify(p);
        println!("#{:<2} {:<15} {:<10} payload: {:<22} => {:?}", i, format!("{}.{}.{}.{}", p.src[0], p.src[1], p.src[2], p.src[3]), port_class(p.port), describe_payload(&p.payload), v);
        match v {
            Verdict::Allow(why) if why.starts_with("dns") => allowed += 1,
            Verdict::Allow(_) => allowed += 1,
            Verdict::Deny(reason) => denied.push(reason),
            Verdict::Log { level: 3.., note } => println!("    (needs review: {} chars of notes)", note.len()),
            Verdict::Log { .. } => {}
        }
    }
    println!("allowed {}, denied {:?}", allowed, denied);

    let inputs = [(Some(0), Ok(64)), (Some(8080), Ok(3)), (Some(22), Ok(64)), (Some(9999), Ok(128)), (None, Ok(1)), (None, Err(String::new())), (Some(1), Err("timeout".to_string()))];
    for inp in inputs {
        println!("{:?} -> {}", inp, summarize(inp.clone()));
    }

    for s in ["192.168.0.1", "10.0.0", "256.1.1.1", "1.2.3.4.5", "a.b.c.d"] {
        if let Some(addr) = parse_addr(s) {
            let kind = match addr {
                [10, ..] | [192, 168, ..] => "private",
                [172, b, ..] if (16..=31).contains(&b) => "private",
                [127, ..] => "loopback",
                [a, ..] if a >= 224 => "multicast/reserved",
                _ => "public",
            };
            println!("{:<12} parsed {:?} ({})", s, addr, kind);
        } else {
            println!("{:<12} invalid", s);
        }
    }

    let mut stack = vec![1, 2, 3, 4, 5, 6];
    while let Some(top) = stack.pop() {
        if let 4 | 5 = top {
            continue;
        }
        match stack.as_slice() {
            [] => println!("popped {} — stack now empty", top),
            [only] => println!("popped {} — one left: {}", top, only),
            [first, .., last] => println!("popped {} — {} left, first {} last {}", top, stack.len(), first, last),
        }
    }
    let tuple = (1, ('x', [2.5, -1.0]), "tail");
    let (a, (ch, [f1, _]), rest) = tuple;
    println!("nested destructure: {} {} {} {}", a, ch, f1, rest);
    let c = 'q';
    let kind = match c {
        'a' | 'e' | 'i' | 'o' | 'u' => "vowel",
        'a'..='z' => "consonant",
        '0'..='9' => "digit",
        _ => "other",
    };
    println!("{:?} is a {}", c, kind);
    let n = -7i64;
    let msg = match n {
        i64::MIN..=-1 => "negative",
        0 => "zero",
        1.. => "positive",
    };
    println!("{} is {}", n, msg);
    let x = 42u8;
    let b = match x {
        small @ 0..=9 => format!("single digit {}", small),
        big @ 10..=99 if big % 2 == 0 => format!("even two-digit {}", big),
        other => format!("other {}", other),
    };
    println!("{}", b);
}
