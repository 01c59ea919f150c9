// Sensor readings grouped by zone with integer averages. A zone that
// reported no readings divides an integer sum by a zero count, so the
// program panics with "attempt to divide by zero" (exit status 101)
// after printing the zones that had data.
struct Zone {
    name: String,
    readings: Vec<i32>,
}

fn integer_average(sum: i32, count: i32) -> i32 {
    sum / count
}

fn main() {
    let raw = "north:21,22,23,25 south:30,29,31 east:18,17 west: attic:40,41,39,42,38";
    let mut zones: Vec<Zone> = Vec::new();
    for group in raw.split_whitespace() {
        let (name, values) = group.split_once(':').expect("zone:values");
        let readings: Vec<i32> = values.split(',').filter(|s| !s.is_empty()).map(|s| s.parse().unwrap()).collect();
        zones.push(Zone { name: name.to_string(), readings });
    }
    let all: Vec<i32> = zones.iter().flat_map(|z| z.readings.iter().copied()).collect();
    println!("{} zones, {} readings, overall min {:?} max {:?}", zones.len(), all.len(), all.iter().min(), all.iter().max());
    zones.sort_by_key(|z| std::cmp::Reverse(z.readings.len()));
    for z in &zones {
        let sum: i32 = z.readings.iter().sum();
        let count = z.readings.len() as i32;
        println!("zone {:<6} {} readings, sum {}", z.name, count, sum);
        let avg = integer_average(sum, count);
        let spread = z.readings.iter().max().unwrap() - z.readings.iter().min().unwrap();
        println!("           average {} spread {}", avg, spread);
    }
    println!("not reached");
}
