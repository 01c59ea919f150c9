// A miniature spreadsheet: cells hold numbers, text or formulas with
// cell references and SUM/AVG/MIN/MAX over ranges; evaluation is
// recursive with cycle detection, and the sheet is printed as a grid.
#[derive(Debug, Clone, PartialEq)]
enum Cell {
    Empty,
    Number(f64),
    Text(String),
    Formula(String),
}

#[derive(Debug, Clone, PartialEq)]
enum Value {
    Num(f64),
    Str(String),
    Error(String),
}

const COLS: usize = 5;
const ROWS: usize = 8;

struct Sheet {
    cells: Vec<Vec<Cell>>,
}

fn parse_ref(s: &str) -> Option<(usize, usize)> {
    let mut chars = s.chars();
    let col = chars.next()?.to_ascii_uppercase();
    if !('A'..='Z').contains(&col) {
        return None;
    }
    let row: usize = chars.as_str().parse().ok()?;
    let c = (col as u8 - b'A') as usize;
    if row == 0 || row > ROWS || c >= COLS {
        return None;
    }
    Some((row - 1, c))
}

impl Sheet {
    fn set(&mut self, r: &str, text: &str) {
        let (row, col) = parse_ref(r).expect("valid cell reference");
        self.cells[row][col] = if text.is_empty() {
            Cell::Empty
        } else if let Some(f) = text.strip_prefix('=') {
            Cell::Formula(f.to_string())
        } else if let Ok(n) = text.parse::<f64>() {
            Cell::Number(n)
        } else {
            Cell::Text(text.to_string())
        };
    }

    fn eval_cell(&self, row: usize, col: usize, visiting: &mut Vec<(usize, usize)>) -> Value {
        if visiting.contains(&(row, col)) {
            return Value::Error("#CYCLE".into());
        }
        match &self.cells[row][col] {
            Cell::Empty => Value::Num(0.0),
            Cell::Number(n) => Value::Num(*n),
            Cell::Text(t) => Value::Str(t.clone()),
            Cell::Formula(f) => {
                visiting.push((row, col));
                let v = self.eval_expr(f, visiting);
                visiting.pop();
                v
            }
        }
    }

    fn range_values(&self, spec: &str, visiting: &mut Vec<(usize, usize)>) -> Result<Vec<f64>, String> {
        let (a, b) = spec.split_once(':').unwrap_or((spec, spec));
        let (r1, c1) = parse_ref(a.trim()).ok_or(format!("#REF {}", a))?;
        let (r2, c2) = parse_ref(b.trim()).ok_or(format!("#REF {}", b))?;
        let mut out = Vec::new();
        for r in r1.min(r2)..=r1.max(r2) {
            for c in c1.min(c2)..=c1.max(c2) {
                match self.eval_cell(r, c, visiting) {
                    Value::Num(n) => out.push(n),
                    Value::Str(_) => {}
                    Value::Error(e) => return Err(e),
                }
            }
        }
        Ok(out)
    }

    // expression: term (('+'|'-') term)* ; term: factor (('*'|'/') factor)*
    fn eval_expr(&self, src: &str, visiting: &mut Vec<(usize, usize)>) -> Value {
        let tokens = tokenize(src);
        let mut pos = 0;
        match self.expr(&tokens, &mut pos, visiting) {
            Ok(v) if pos == tokens.len() => Value::Num(v),
            Ok(_) => Value::Error(format!("#PARSE at {:?}", tokens[pos])),
            Err(e) => Value::Error(e),
        }
    }

    fn expr(&self, t: &[String], pos: &mut usize, vis: &mut Vec<(usize, usize)>) -> Result<f64, String> {
        let mut v = self.term(t, pos, vis)?;
        while let Some(op) = t.get(*pos).filter(|s| *s == "+" || *s == "-") {
            *pos += 1;
            let rhs = self.term(t, pos, vis)?;
            if op == "+" {
                v += rhs
            } else {
                v -= rhs
            }
        }
        Ok(v)
    }

    fn term(&self, t: &[String], pos: &mut usize, vis: &mut Vec<(usize, usize)>) -> Result<f64, String> {
        let mut v = self.factor(t, pos, vis)?;
        while let Some(op) = t.get(*pos).filter(|s| *s == "*" || *s == "/") {
            *pos += 1;
            let rhs = self.factor(t, pos, vis)?;
            if op == "*" {
                v *= rhs;
            } else if rhs == 0.0 {
                return Err("#DIV/0".into());
            } else {
                v /= rhs;
            }
        }
        Ok(v)
    }

    fn factor(&self, t: &[String], pos: &mut usize, vis: &mut Vec<(usize, usize)>) -> Result<f64, String> {
        let tok = t.get(*pos).ok_or("#PARSE end")?.clone();
        *pos += 1;
        if tok == "-" {
            return Ok(-self.factor(t, pos, vis)?);
        }
        if tok == "(" {
            let v = self.expr(t, pos, vis)?;
            if t.get(*pos).map(String::as_str) != Some(")") {
                return Err("#PARSE missing )".into());
            }
            *pos += 1;
            return Ok(v);
        }
        if let Ok(n) = tok.parse::<f64>() {
            return Ok(n);
        }
        let upper = tok.to_ascii_uppercase();
        if let Some(func) = ["SUM", "AVG", "MIN", "MAX", "COUNT"].iter().find(|f| **f == upper) {
            if t.get(*pos).map(String::as_str) != Some("(") {
                return Err(format!("#PARSE {} needs (", func));
            }
            let close = t[*pos..].iter().position(|s| s == ")").ok_or("#PARSE missing )")? + *pos;
            let spec: String = t[*pos + 1..close].concat();
            *pos = close + 1;
            let vals = self.range_values(&spec, vis)?;
            return Ok(match *func {
                "SUM" => vals.iter().sum(),
                "AVG" if vals.is_empty() => return Err("#DIV/0".into()),
                "AVG" => vals.iter().sum::<f64>() / vals.len() as f64,
                "MIN" => vals.iter().cloned().fold(f64::INFINITY, f64::min),
                "MAX" => vals.iter().cloned().fold(f64::NEG_INFINITY, f64::max),
                _ => vals.len() as f64,
            });
        }
        let (r, c) = parse_ref(&tok).ok_or(format!("#NAME {}", tok))?;
        match self.eval_cell(r, c, vis) {
            Value::Num(n) => Ok(n),
            Value::Str(s) => Err(format!("#VALUE {:?}", s)),
            Value::Error(e) => Err(e),
        }
    }
}

fn tokenize(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    for ch in s.chars() {
        if "+-*/():".contains(ch) || ch.is_whitespace() {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            if !ch.is_whitespace() {
                out.push(ch.to_string());
            }
        } else {
            cur.push(ch);
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

fn show(v: &Value) -> String {
    match v {
        Value::Num(n) if n.fract() == 0.0 && n.abs() < 1e12 => format!("{}", *n as i64),
        Value::Num(n) => format!("{:.2}", n),
        Value::Str(s) => s.clone(),
        Value::Error(e) => e.clone(),
    }
}

fn main() {
    let mut sheet = Sheet { cells: vec![vec![Cell::Empty; COLS]; ROWS] };
    let inputs = [
        ("A1", "Item"), ("B1", "Qty"), ("C1", "Price"), ("D1", "Total"),
        ("A2", "Apples"), ("B2", "12"), ("C2", "0.5"), ("D2", "=B2*C2"),
        ("A3", "Pears"), ("B3", "7"), ("C3", "0.75"), ("D3", "=B3*C3"),
        ("A4", "Melons"), ("B4", "2"), ("C4", "3.2"), ("D4", "=B4 * C4"),
        ("A5", "Sum"), ("B5", "=SUM(B2:B4)"), ("D5", "=sum(D2:D4)"),
        ("A6", "Stats"), ("B6", "=AVG(C2:C4)"), ("C6", "=MAX(D2:D4) - MIN(D2:D4)"), ("D6", "=COUNT(A1:D4)"),
        ("A7", "Errors"), ("B7", "=A2*2"), ("C7", "=C7+1"), ("D7", "=1/(B2-12)"),
        ("A8", "More"), ("B8", "=E8"), ("C8", "=-(D5+1)*2"), ("D8", "=Z9"), ("E8", "=B8"),
    ];
    for (r, text) in inputs {
        sheet.set(r, text);
    }
    let mut header = String::from("    ");
    for c in 0..COLS {
        header.push_str(&format!("{:^12}", (b'A' + c as u8) as char));
    }
    println!("{}", header.trim_end());
    for r in 0..ROWS {
        let mut line = format!("{:>2} |", r + 1);
        for c in 0..COLS {
            let v = sheet.eval_cell(r, c, &mut Vec::new());
            let text = match sheet.cells[r][c] {
                Cell::Empty => String::new(),
                _ => show(&v),
            };
            let cell = if matches!(v, Value::Num(_)) { format!("{:>11}|", text) } else { format!("{:<11}|", text) };
            line.push_str(&cell);
        }
        println!("{}", line);
    }
    println!("formulas:");
    for (r, row) in sheet.cells.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            if let Cell::Formula(f) = cell {
                println!("  {}{} = {:<26} -> {:?}", (b'A' + c as u8) as char, r + 1, f, sheet.eval_cell(r, c, &mut vec![]));
            }
        }
    }
    // change an input and recompute dependents
    sheet.set("B2", "20");
    println!("after B2=20: D2={} D5={} C8={}", show(&sheet.eval_cell(1, 3, &mut vec![])), show(&sheet.eval_cell(4, 3, &mut vec![])), show(&sheet.eval_cell(7, 2, &mut vec![])));
    println!("tokens: {:?}", tokenize("SUM(A1:B2)*-3 + (C4/2)"));
    println!("refs: {:?} {:?} {:?} {:?}", parse_ref("a1"), parse_ref("E8"), parse_ref("F1"), parse_ref("A0"));
}
