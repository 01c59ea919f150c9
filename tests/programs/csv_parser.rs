// A CSV parser supporting quoted fields with embedded commas, quotes
// and newlines; typed column conversion and a per-city report.
const DATA: &str = r#"id,name,city,age,salary,active
1,Alice Smith,Berlin,34,72000.50,true
2,"Bob ""The Builder"" Jones",Paris,45,58000,false
3,Chloé Martin,Paris,29,61000.75,true
4,"Dmitri, Jr.",Berlin,,50000,true
5,Eve,"New
York",51,99000,yes
6,Farid,Berlin,38,abc,true
7,Grace,Tokyo,27,83500.25,false
"#;

#[derive(Debug, Clone, PartialEq)]
struct Employee {
    id: u32,
    name: String,
    city: String,
    age: Option<u8>,
    salary: f64,
    active: bool,
}

fn parse_csv(text: &str) -> Result<Vec<Vec<String>>, String> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut in_quotes = false;
    let mut chars = text.chars().peekable();
    let mut line = 1;
    while let Some(c) = chars.next() {
        if in_quotes {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => in_quotes = false,
                '\n' => {
                    line += 1;
                    field.push(c);
                }
                _ => field.push(c),
            }
        } else {
            match c {
                '"' if field.is_empty() => in_quotes = true,
                '"' => return Err(format!("line {}: stray quote in field {:?}", line, field)),
                ',' => row.push(std::mem::take(&mut field)),
                '\n' => {
                    row.push(std::mem::take(&mut field));
                    rows.push(std::mem::take(&mut row));
                    line += 1;
                }
                '\r' => {}
                _ => field.push(c),
            }
        }
    }
    if in_quotes {
        return Err("unterminated quoted field".to_string());
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push(row);
    }
    Ok(rows)
}

fn parse_bool(s: &str) -> Result<bool, String> {
    match s.to_ascii_lowercase().as_str() {
        "true" | "1" => Ok(true),
        "false" | "0" => Ok(false),
        other => Err(format!("not a boolean: {:?}", other)),
    }
}

fn to_employee(header: &[String], rec: &[String]) -> Result<Employee, String> {
    if rec.len() != header.len() {
        return Err(format!("expected {} fields, got {}", header.len(), rec.len()));
    }
    let get = |name: &str| -> &str {
        let i = header.iter().position(|h| h == name).unwrap();
        rec[i].as_str()
    };
    Ok(Employee {
        id: get("id").parse().map_err(|e| format!("id: {}", e))?,
        name: get("name").to_string(),
        city: get("city").replace('\n', " "),
        age: if get("age").is_empty() { None } else { Some(get("age").parse().map_err(|e| format!("age: {}", e))?) },
        salary: get("salary").parse().map_err(|e| format!("salary {:?}: {}", get("salary"), e))?,
        active: parse_bool(get("active"))?,
    })
}

fn main() {
    let rows = parse_csv(DATA).expect("well-formed csv");
    println!("{} rows including header", rows.len());
    let (header, records) = rows.split_first().unwrap();
    println!("columns: {:?}", header);
    let mut employees = Vec::new();
    for rec in records {
        match to_employee(header, rec) {
            Ok(e) => employees.push(e),
            Err(msg) => println!("skipping record {:?}: {}", rec[0], msg),
        }
    }
    println!("{} valid employees", employees.len());
    for e in &employees {
        let age = e.age.map(|a| a.to_string()).unwrap_or_else(|| "?".to_string());
        println!("{:>3} | {:<26} | {:<8} | {:>3} | {:>10.2} | {}", e.id, e.name, e.city, age, e.salary, if e.active { "yes" } else { "no" });
    }

    let mut cities: Vec<String> = employees.iter().map(|e| e.city.clone()).collect();
    cities.sort();
    cities.dedup();
    for city in &cities {
        let staff: Vec<&Employee> = employees.iter().filter(|e| &e.city == city).collect();
        let total: f64 = staff.iter().map(|e| e.salary).sum();
        let names: Vec<&str> = staff.iter().map(|e| e.name.as_str()).collect();
        println!("{:<8} n={} avg salary {:>10.2} [{}]", city, staff.len(), total / staff.len() as f64, names.join("; "));
    }
    let known_ages: Vec<u8> = employees.iter().filter_map(|e| e.age).collect();
    let avg_age = known_ages.iter().map(|&a| a as u32).sum::<u32>() as f64 / known_ages.len() as f64;
    println!("average known age {:.1} over {} people", avg_age, known_ages.len());
    let oldest = employees.iter().filter(|e| e.age.is_some()).max_by_key(|e| e.age).unwrap();
    println!("oldest: {:?}", oldest);

    println!("{:#?}", employees[1]);

    for bad in ["a,b\n\"unterminated", "x,y\"z\n", "one\r\ntwo,three\r\n"] {
        match parse_csv(bad) {
            Ok(r) => println!("{:?} -> {:?}", bad, r),
            Err(e) => println!("{:?} -> error: {}", bad, e),
        }
    }
}
