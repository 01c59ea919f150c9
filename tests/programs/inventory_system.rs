// Inventory management: items with categories, restocking, orders,
// low-stock reports and value summaries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Category {
    Tools,
    Hardware,
    Garden,
    Paint,
}

#[derive(Debug, Clone)]
struct Item {
    sku: String,
    name: String,
    category: Category,
    qty: u32,
    unit_price: f64,
    reorder_level: u32,
}

#[derive(Debug)]
enum OrderError {
    UnknownSku(String),
    OutOfStock { sku: String, requested: u32, available: u32 },
}

struct Inventory {
    items: Vec<Item>,
}

impl Inventory {
    fn add(&mut self, sku: &str, name: &str, category: Category, qty: u32, unit_price: f64, reorder_level: u32) {
        self.items.push(Item {
            sku: sku.to_string(),
            name: name.to_string(),
            category,
            qty,
            unit_price,
            reorder_level,
        });
    }

    fn position(&self, sku: &str) -> Option<usize> {
        self.items.iter().position(|it| it.sku == sku)
    }

    fn order(&mut self, sku: &str, qty: u32) -> Result<f64, OrderError> {
        let idx = self.position(sku).ok_or_else(|| OrderError::UnknownSku(sku.to_string()))?;
        let item = &mut self.items[idx];
        if item.qty < qty {
            return Err(OrderError::OutOfStock { sku: sku.to_string(), requested: qty, available: item.qty });
        }
        item.qty -= qty;
        Ok(item.unit_price * qty as f64)
    }

    fn restock(&mut self) -> Vec<(String, u32)> {
        let mut done = Vec::new();
        for item in self.items.iter_mut() {
            if item.qty <= item.reorder_level {
                let amount = item.reorder_level * 3 - item.qty;
                item.qty += amount;
                done.push((item.sku.clone(), amount));
            }
        }
        done
    }

    fn total_value(&self) -> f64 {
        self.items.iter().map(|i| i.qty as f64 * i.unit_price).sum()
    }

    fn report(&self) {
        println!("{:<8}|{:<20}|{:<9}|{:>5}|{:>9}|{:>10}", "SKU", "Name", "Category", "Qty", "Price", "Value");
        println!("{}", "-".repeat(8 + 20 + 9 + 5 + 9 + 10 + 5));
        let mut sorted: Vec<&Item> = self.items.iter().collect();
        sorted.sort_by(|a, b| a.category.cmp(&b.category).then(a.name.cmp(&b.name)));
        for it in sorted {
            let cat = format!("{:?}", it.category);
            println!(
                "{:<8}|{:<20}|{:<9}|{:>5}|{:>9.2}|{:>10.2}",
                it.sku,
                it.name,
                cat,
                it.qty,
                it.unit_price,
                it.qty as f64 * it.unit_price
            );
        }
        println!("total inventory value: {:.2}", self.total_value());
    }
}

fn main() {
    let mut inv = Inventory { items: Vec::new() };
    inv.add("T-100", "Hammer", Category::Tools, 12, 14.99, 5);
    inv.add("T-101", "Screwdriver set", Category::Tools, 4, 22.50, 5);
    inv.add("H-200", "Wood screws (100)", Category::Hardware, 80, 4.25, 20);
    inv.add("H-201", "Hinges", Category::Hardware, 15, 2.10, 10);
    inv.add("G-300", "Garden hose 15m", Category::Garden, 3, 29.95, 2);
    inv.add("P-400", "White paint 5L", Category::Paint, 9, 41.00, 4);
    inv.add("P-401", "Brush", Category::Paint, 30, 3.49, 10);

    inv.report();

    let orders = [("T-100", 8), ("H-201", 6), ("X-999", 1), ("G-300", 5), ("P-401", 25), ("H-201", 9), ("P-400", 5)];
    let mut revenue = 0.0;
    for (sku, qty) in orders.iter() {
        match inv.order(sku, *qty) {
            Ok(cost) => {
                revenue += cost;
                println!("order {:>3} x {:<6} -> {:>8.2}", qty, sku, cost);
            }
            Err(OrderError::UnknownSku(s)) => println!("order {:>3} x {:<6} -> unknown sku {:?}", qty, sku, s),
            Err(OrderError::OutOfStock { sku: s, requested, available }) => {
                println!("order {:>3} x {:<6} -> out of stock: {} wants {}, only {}", qty, sku, s, requested, available)
            }
        }
    }
    println!("revenue: {:.2}", revenue);

    let low: Vec<&str> = inv.items.iter().filter(|i| i.qty <= i.reorder_level).map(|i| i.sku.as_str()).collect();
    println!("low stock: {:?}", low);

    let restocked = inv.restock();
    for (sku, amount) in &restocked {
        println!("restocked {} (+{})", sku, amount);
    }

    let categories = [Category::Tools, Category::Hardware, Category::Garden, Category::Paint];
    for cat in categories {
        let count = inv.items.iter().filter(|i| i.category == cat).count();
        let units: u32 = inv.items.iter().filter(|i| i.category == cat).map(|i| i.qty).sum();
        println!("{:>10?}: {} items, {} units", cat, count, units);
    }
    inv.report();
    let priciest = inv.items.iter().max_by(|a, b| a.unit_price.partial_cmp(&b.unit_price).unwrap()).unwrap();
    println!("most expensive: {} at {}", priciest.name, priciest.unit_price);
}
