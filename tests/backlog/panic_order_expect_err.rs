// Reads an embedded batch of order lines, totals them per customer, and
// processes a final adjustment line with .expect() on the parse Result.
// That line is malformed, so the program panics with the expect message
// and the ParseIntError (exit status 101) after printing the report.
#[derive(Debug)]
struct Order {
    customer: String,
    sku: String,
    qty: u32,
    unit_cents: u64,
}

fn parse_order(line: &str) -> Result<Order, String> {
    let fields: Vec<&str> = line.split(';').map(str::trim).collect();
    if fields.len() != 4 {
        return Err(format!("expected 4 fields, got {}", fields.len()));
    }
    let qty = fields[2].parse::<u32>().map_err(|e| format!("qty {:?}: {}", fields[2], e))?;
    let unit_cents = fields[3].parse::<u64>().map_err(|e| format!("price {:?}: {}", fields[3], e))?;
    Ok(Order { customer: fields[0].to_string(), sku: fields[1].to_string(), qty, unit_cents })
}

const BATCH: &str = "acme; WIDGET-1; 10; 250
globex; GADGET-7; 3; 1999
acme; GADGET-7; 1; 1999
initech; STAPLER; 40; 35
globex; WIDGET-1; -2; 250
umbrella; WIDGET-1; 5
acme; STAPLER; 2; 35";

fn main() {
    let mut orders = Vec::new();
    for (n, line) in BATCH.lines().enumerate() {
        match parse_order(line) {
            Ok(o) => orders.push(o),
            Err(e) => println!("line {} rejected: {}", n + 1, e),
        }
    }
    let mut customers: Vec<&str> = orders.iter().map(|o| o.customer.as_str()).collect();
    customers.sort();
    customers.dedup();
    for c in &customers {
        let mine: Vec<&Order> = orders.iter().filter(|o| o.customer == *c).collect();
        let total: u64 = mine.iter().map(|o| o.qty as u64 * o.unit_cents).sum();
        let skus: Vec<&str> = mine.iter().map(|o| o.sku.as_str()).collect();
        println!("{:<8} {} orders {:>9} {:?}", c, mine.len(), format!("${}.{:02}", total / 100, total % 100), skus);
    }
    let adjustment = "discount_percent=1O"; // letter O instead of zero
    let (_, value) = adjustment.split_once('=').unwrap();
    println!("applying adjustment {:?}", adjustment);
    let percent: u32 = value.parse().expect("adjustment must be a whole number of percent");
    println!("discount {}%", percent);
}
