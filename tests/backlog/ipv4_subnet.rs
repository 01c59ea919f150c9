// IPv4 subnet calculator: parse CIDR notation, compute network and
// broadcast addresses, host ranges, masks, containment, and split or
// summarize networks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Ipv4(u32);

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Cidr {
    addr: Ipv4,
    prefix: u8,
}

#[derive(Debug, PartialEq)]
enum ParseError {
    Octets(usize),
    Octet(String),
    Prefix(String),
}

impl Ipv4 {
    fn parse(s: &str) -> Result<Ipv4, ParseError> {
        let parts: Vec<&str> = s.split('.').collect();
        if parts.len() != 4 {
            return Err(ParseError::Octets(parts.len()));
        }
        let mut v = 0u32;
        for p in parts {
            let o: u8 = p.parse().map_err(|_| ParseError::Octet(p.to_string()))?;
            v = (v << 8) | o as u32;
        }
        Ok(Ipv4(v))
    }
    fn show(self) -> String {
        let b = self.0.to_be_bytes();
        format!("{}.{}.{}.{}", b[0], b[1], b[2], b[3])
    }
    fn class(self) -> char {
        match self.0 >> 28 {
            0..=7 => 'A',
            8..=11 => 'B',
            12..=13 => 'C',
            14 => 'D',
            _ => 'E',
        }
    }
}

impl Cidr {
    fn parse(s: &str) -> Result<Cidr, ParseError> {
        let (a, p) = s.split_once('/').unwrap_or((s, "32"));
        let prefix: u8 = p.parse().map_err(|_| ParseError::Prefix(p.to_string()))?;
        if prefix > 32 {
            return Err(ParseError::Prefix(p.to_string()));
        }
        Ok(Cidr { addr: Ipv4::parse(a)?, prefix })
    }
    fn mask(self) -> u32 {
        if self.prefix == 0 {
            0
        } else {
            u32::MAX << (32 - self.prefix)
        }
    }
    fn network(self) -> Ipv4 {
        Ipv4(self.addr.0 & self.mask())
    }
    fn broadcast(self) -> Ipv4 {
        Ipv4(self.network().0 | !self.mask())
    }
    fn size(self) -> u64 {
        1u64 << (32 - self.prefix)
    }
    fn usable_hosts(self) -> u64 {
        match self.prefix {
            32 => 1,
            31 => 2,
            _ => self.size() - 2,
        }
    }
    fn contains(self, ip: Ipv4) -> bool {
        ip.0 & self.mask() == self.network().0
    }
    fn split(self) -> Option<(Cidr, Cidr)> {
        if self.prefix >= 32 {
            return None;
        }
        let p = self.prefix + 1;
        let lo = Cidr { addr: self.network(), prefix: p };
        let hi = Cidr { addr: Ipv4(self.network().0 | (1 << (32 - p))), prefix: p };
        Some((lo, hi))
    }
    fn show(self) -> String {
        format!("{}/{}", self.network().show(), self.prefix)
    }
}

fn summarize(mut nets: Vec<Cidr>) -> Vec<Cidr> {
    nets.iter_mut().for_each(|n| n.addr = n.network());
    nets.sort();
    nets.dedup();
    loop {
        let mut merged = false;
        let mut out: Vec<Cidr> = Vec::new();
        let mut i = 0;
        while i < nets.len() {
            let a = nets[i];
            if let Some(&b) = nets.get(i + 1) {
                if a.prefix == b.prefix && a.prefix > 0 {
                    let parent = Cidr { addr: a.network(), prefix: a.prefix - 1 };
                    if parent.network() == a.network() && parent.split() == Some((a, b)) {
                        out.push(Cidr { addr: parent.network(), prefix: parent.prefix });
                        i += 2;
                        merged = true;
                        continue;
                    }
                }
            }
            if out.last().map_or(false, |l| l.contains(a.network()) && l.prefix <= a.prefix) {
                merged = true;
            } else {
                out.push(a);
            }
            i += 1;
        }
        nets = out;
        if !merged {
            return nets;
        }
    }
}

fn main() {
    for s in ["192.168.1.77/24", "10.0.0.1/8", "172.20.15.3/20", "203.0.113.9/30", "198.51.100.5/31", "8.8.8.8", "0.0.0.0/0", "224.0.0.251/4"] {
        let c = Cidr::parse(s).unwrap();
        println!("{:<18} class {} network {:<15} broadcast {:<15} mask {:<15} ({:#010x}) hosts {}", s, c.addr.class(), c.network().show(), c.broadcast().show(), Ipv4(c.mask()).show(), c.mask(), c.usable_hosts());
    }
    for bad in ["1.2.3", "1.2.3.256/24", "1.2.3.4/33", "a.b.c.d", "1.2.3.4/x"] {
        println!("parse {:<14} -> {:?}", bad, Cidr::parse(bad));
    }
    let lan = Cidr::parse("192.168.0.0/22").unwrap();
    for ip in ["192.168.0.1", "192.168.3.255", "192.168.4.0", "10.0.0.1"] {
        println!("{} in {}? {}", ip, lan.show(), lan.contains(Ipv4::parse(ip).unwrap()));
    }
    let (a, b) = lan.split().unwrap();
    let (a1, a2) = a.split().unwrap();
    println!("split {} -> {} + {}; {} -> {} + {}", lan.show(), a.show(), b.show(), a.show(), a1.show(), a2.show());
    println!("split /32: {:?}", Cidr::parse("1.1.1.1/32").unwrap().split());

    let mut subnets = Vec::new();
    let mut queue = vec![Cidr::parse("10.10.0.0/24").unwrap()];
    while let Some(n) = queue.pop() {
        if n.prefix == 26 {
            subnets.push(n);
        } else {
            let (x, y) = n.split().unwrap();
            queue.push(y);
            queue.push(x);
        }
    }
    println!("10.10.0.0/24 as /26 blocks:");
    for s in &subnets {
        let first = Ipv4(s.network().0 + 1);
        let last = Ipv4(s.broadcast().0 - 1);
        println!("  {:<16} hosts {} - {}", s.show(), first.show(), last.show());
    }
    let routes: Vec<Cidr> = ["10.1.0.0/24", "10.1.1.0/24", "10.1.2.0/24", "10.1.3.0/24", "10.1.3.128/25", "10.2.0.0/16", "10.3.0.0/16", "192.168.5.0/24"].iter().map(|s| Cidr::parse(s).unwrap()).collect();
    let summary = summarize(routes.clone());
    println!("{} routes summarized to {}: {}", routes.len(), summary.len(), summary.iter().map(|c| c.show()).collect::<Vec<_>>().join(", "));
    let mut ips: Vec<Ipv4> = ["10.0.0.10", "9.255.255.255", "10.0.0.9", "192.168.0.1", "10.0.0.100"].iter().map(|s| Ipv4::parse(s).unwrap()).collect();
    ips.sort();
    println!("sorted: {:?}", ips.iter().map(|i| i.show()).collect::<Vec<_>>());
    println!("{:?}", Cidr::parse("127.0.0.1/8").unwrap());
}
