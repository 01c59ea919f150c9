// Builds a quarterly sales report into Strings with std::fmt::Write
// (write!/writeln!), in three output styles selected by unit structs,
// using statics for reference data and precision/width arguments.
use std::fmt::Write;

static COMPANY: &str = "Northwind Trading";
static REGIONS: [&str; 4] = ["North", "South", "East", "West"];
static MONTHS: [&str; 3] = ["Jan", "Feb", "Mar"];
const TARGET_PER_REGION: u32 = 180_000;

/// Unit structs naming the output styles.
struct PlainText;
struct Markdown;
struct Csv;

#[derive(Debug, Clone, Copy, PartialEq)]
struct Sale {
    region: usize,
    month: usize,
    amount_cents: u64,
}

fn thousands(n: u64) -> String {
    let mut s = n.to_string();
    let mut i = s.len() as isize - 3;
    while i > 0 {
        s.insert(i as usize, ',');
        i -= 3;
    }
    s
}

fn money(cents: u64) -> String {
    let mut s = thousands(cents / 100);
    s.insert(0, '$');
    s.push('.');
    s.insert_str(s.len(), &format!("{:02}", cents % 100));
    s
}

fn totals(sales: &[Sale]) -> [[u64; 3]; 4] {
    let mut t = [[0u64; 3]; 4];
    for s in sales {
        t[s.region][s.month] += s.amount_cents;
    }
    t
}

impl PlainText {
    fn render(&self, t: &[[u64; 3]; 4]) -> String {
        let mut out = String::new();
        let width = 14;
        writeln!(out, "{:=^1$}", format!(" {} Q1 ", COMPANY), width * 5 + 6).unwrap();
        write!(out, "{:<8}", "region").unwrap();
        for m in MONTHS.iter() {
            write!(out, "{:>width$}", m, width = width).unwrap();
        }
        writeln!(out, "{:>width$}{:>8}", "total", "target", width = width).unwrap();
        for (r, row) in t.iter().enumerate() {
            let total: u64 = row.iter().sum();
            write!(out, "{:<8}", REGIONS[r]).unwrap();
            for &c in row {
                write!(out, "{:>width$}", money(c), width = width).unwrap();
            }
            let pct = total as f64 / (TARGET_PER_REGION as f64 * 100.0) * 100.0;
            let prec = if pct < 100.0 { 2 } else { 1 };
            writeln!(out, "{:>width$}{:>7.prec$}%", money(total), pct, width = width, prec = prec).unwrap();
        }
        out
    }
}

impl Markdown {
    fn render(&self, t: &[[u64; 3]; 4]) -> String {
        let mut out = String::new();
        writeln!(out, "## {} — Q1", COMPANY).unwrap();
        writeln!(out).unwrap();
        writeln!(out, "| Region | {} | Total |", MONTHS.join(" | ")).unwrap();
        writeln!(out, "|:-------|{}------:|", "-----:|".repeat(MONTHS.len())).unwrap();
        for (r, row) in t.iter().enumerate() {
            let cells: Vec<String> = row.iter().map(|&c| money(c)).collect();
            writeln!(out, "| {} | {} | **{}** |", REGIONS[r], cells.join(" | "), money(row.iter().sum())).unwrap();
        }
        out
    }
}

impl Csv {
    fn render(&self, t: &[[u64; 3]; 4]) -> String {
        let mut out = String::from("region,month,amount\n");
        for (r, row) in t.iter().enumerate() {
            for (m, &c) in row.iter().enumerate() {
                let _ = writeln!(&mut out, "{},{},{}.{:02}", REGIONS[r], MONTHS[m], c / 100, c % 100);
            }
        }
        out
    }
}

fn main() {
    // generate sales deterministically
    let mut sales = Vec::new();
    let mut x: u32 = 7;
    for i in 0..60 {
        x = x.wrapping_mul(1103515245).wrapping_add(12345) & 0x7fff_ffff;
        let region = (x >> 7) as usize % REGIONS.len();
        let month = i % 3;
        let amount_cents = 500_000 + (x as u64 % 1_500_000);
        sales.push(Sale { region, month, amount_cents });
    }
    println!("{} sales records, first {:?}", sales.len(), sales[0]);
    let t = totals(&sales);
    let grand: u64 = t.iter().flatten().sum();
    assert_eq!(grand, sales.iter().map(|s| s.amount_cents).sum::<u64>());
    assert_ne!(grand, 0, "no sales recorded");

    print!("{}", PlainText.render(&t));
    println!();
    let md = Markdown.render(&t);
    print!("{}", md);
    println!();
    let csv = Csv.render(&t);
    println!("csv: {} lines, {} bytes; first rows:", csv.lines().count(), csv.len());
    for line in csv.lines().take(4) {
        println!("  {}", line);
    }

    let best = (0..4).max_by_key(|&r| t[r].iter().sum::<u64>()).unwrap();
    let worst = (0..4).min_by_key(|&r| t[r].iter().sum::<u64>()).unwrap();
    assert_ne!(best, worst);
    let mut summary = String::new();
    write!(summary, "grand total {}", money(grand)).unwrap();
    write!(summary, "; best region {} ({})", REGIONS[best], money(t[best].iter().sum())).unwrap();
    write!(summary, "; worst region {} ({})", REGIONS[worst], money(t[worst].iter().sum())).unwrap();
    println!("{}", summary);
    for (n, prec) in [(grand, 0usize), (grand, 3), (12, 1)] {
        let v = n as f64 / 100.0;
        println!("{0:>12.prec$} | {0:<14.prec$e}| {0:>1$}", v, prec + 12, prec = prec);
    }
    for n in [0u64, 7, 999, 1000, 65_536, 1_234_567, 10_000_000_000] {
        println!("{:>16} -> {:>20} -> {}", n, thousands(n), money(n));
    }
}
