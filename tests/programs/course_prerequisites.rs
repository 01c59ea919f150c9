// Course planning: a prerequisite graph parsed from text, topological
// ordering with Kahn's algorithm, semester scheduling with a credit
// limit, and cycle detection with DFS colouring.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Color {
    White,
    Gray,
    Black,
}

#[derive(Debug)]
struct Course {
    code: String,
    credits: u8,
    prereqs: Vec<usize>,
}

fn parse(spec: &str) -> Result<Vec<Course>, String> {
    let mut names: Vec<(String, u8, Vec<String>)> = Vec::new();
    for (lineno, line) in spec.lines().enumerate().map(|(i, l)| (i + 1, l.trim())) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (head, deps) = line.split_once("<-").unwrap_or((line, ""));
        let mut head_parts = head.split_whitespace();
        let code = head_parts.next().ok_or(format!("line {}: missing course code", lineno))?;
        let credits: u8 = match head_parts.next() {
            Some(c) => c.trim_matches(|ch| ch == '(' || ch == ')').parse().map_err(|e| format!("line {}: credits: {}", lineno, e))?,
            None => 3,
        };
        let deps: Vec<String> = deps.split(',').map(|d| d.trim().to_string()).filter(|d| !d.is_empty()).collect();
        names.push((code.to_string(), credits, deps));
    }
    let index = |n: &str| names.iter().position(|(c, _, _)| c == n);
    let mut courses = Vec::new();
    for (code, credits, deps) in &names {
        let mut prereqs = Vec::new();
        for d in deps {
            prereqs.push(index(d).ok_or(format!("{} requires unknown course {}", code, d))?);
        }
        courses.push(Course { code: code.clone(), credits: *credits, prereqs });
    }
    Ok(courses)
}

fn topo_order(courses: &[Course]) -> Result<Vec<usize>, Vec<usize>> {
    let n = courses.len();
    let mut indegree = vec![0; n];
    let mut dependents: Vec<Vec<usize>> = vec![vec![]; n];
    for (i, c) in courses.iter().enumerate() {
        indegree[i] = c.prereqs.len();
        for &p in &c.prereqs {
            dependents[p].push(i);
        }
    }
    let mut ready: Vec<usize> = (0..n).filter(|&i| indegree[i] == 0).collect();
    let mut order = Vec::new();
    while !ready.is_empty() {
        // always take the alphabetically smallest available course
        ready.sort_by(|&a, &b| courses[b].code.cmp(&courses[a].code));
        let c = ready.pop().unwrap();
        order.push(c);
        for &d in &dependents[c] {
            indegree[d] -= 1;
            if indegree[d] == 0 {
                ready.push(d);
            }
        }
    }
    if order.len() == n {
        Ok(order)
    } else {
        Err((0..n).filter(|&i| indegree[i] > 0).collect())
    }
}

fn find_cycle(courses: &[Course]) -> Option<Vec<usize>> {
    fn dfs(u: usize, courses: &[Course], color: &mut Vec<Color>, stack: &mut Vec<usize>) -> Option<Vec<usize>> {
        color[u] = Color::Gray;
        stack.push(u);
        for &v in &courses[u].prereqs {
            match color[v] {
                Color::Gray => {
                    let start = stack.iter().position(|&x| x == v).unwrap();
                    let mut cycle = stack[start..].to_vec();
                    cycle.push(v);
                    return Some(cycle);
                }
                Color::White => {
                    if let Some(c) = dfs(v, courses, color, stack) {
                        return Some(c);
                    }
                }
                Color::Black => {}
            }
        }
        stack.pop();
        color[u] = Color::Black;
        None
    }
    let mut color = vec![Color::White; courses.len()];
    for i in 0..courses.len() {
        if color[i] == Color::White {
            if let Some(c) = dfs(i, courses, &mut color, &mut Vec::new()) {
                return Some(c);
            }
        }
    }
    None
}

fn semesters(courses: &[Course], order: &[usize], max_credits: u8) -> Vec<Vec<usize>> {
    let mut term_of = vec![usize::MAX; courses.len()];
    let mut terms: Vec<Vec<usize>> = Vec::new();
    let mut load: Vec<u8> = Vec::new();
    for &c in order {
        let earliest = courses[c].prereqs.iter().map(|&p| term_of[p] + 1).max().unwrap_or(0);
        let mut t = earliest;
        loop {
            if t == terms.len() {
                terms.push(Vec::new());
                load.push(0);
            }
            if load[t] + courses[c].credits <= max_credits {
                break;
            }
            t += 1;
        }
        terms[t].push(c);
        load[t] += courses[c].credits;
        term_of[c] = t;
    }
    terms
}

const CATALOG: &str = "
# code (credits) <- prerequisites
CS101 (4)
CS102 (4) <- CS101
MATH120 (3)
MATH220 (3) <- MATH120
CS201 (3) <- CS102, MATH120
CS210 (3) <- CS102
CS301 (3) <- CS201, CS210
CS320 (3) <- CS201, MATH220
CS350 (4) <- CS210
CS401 (3) <- CS301, CS320
CS499 (6) <- CS401, CS350
WRIT100 (2)
";

fn main() {
    let courses = parse(CATALOG).expect("catalog parses");
    println!("{} courses, {} credits total", courses.len(), courses.iter().map(|c| c.credits as u32).sum::<u32>());
    let order = topo_order(&courses).expect("no cycles");
    let names: Vec<&str> = order.iter().map(|&i| courses[i].code.as_str()).collect();
    println!("study order: {}", names.join(" -> "));
    for limit in [7, 10, 16] {
        println!("with at most {} credits per semester:", limit);
        for (t, term) in semesters(&courses, &order, limit).iter().enumerate() {
            let credits: u8 = term.iter().map(|&c| courses[c].credits).sum();
            let codes: Vec<&str> = term.iter().map(|&c| courses[c].code.as_str()).collect();
            println!("  semester {:>2} ({:>2} cr): {}", t + 1, credits, codes.join(", "));
        }
    }
    // which courses transitively depend on CS201?
    let target = courses.iter().position(|c| c.code == "CS201").unwrap();
    let mut needs = vec![false; courses.len()];
    needs[target] = true;
    for &c in &order {
        if courses[c].prereqs.iter().any(|&p| needs[p]) {
            needs[c] = true;
        }
    }
    let blocked: Vec<&str> = order.iter().filter(|&&c| needs[c] && c != target).map(|&c| courses[c].code.as_str()).collect();
    println!("failing CS201 blocks: {:?}", blocked);
    println!("cycle in catalog: {:?}", find_cycle(&courses));

    let cyclic = parse("A <- C\nB <- A\nC <- B\nD\nE <- D, B").unwrap();
    match topo_order(&cyclic) {
        Ok(o) => println!("unexpected order {:?}", o),
        Err(stuck) => {
            let stuck: Vec<&str> = stuck.iter().map(|&i| cyclic[i].code.as_str()).collect();
            println!("cyclic catalog: stuck courses {:?}", stuck);
        }
    }
    if let Some(cycle) = find_cycle(&cyclic) {
        let path: Vec<&str> = cycle.iter().map(|&i| cyclic[i].code.as_str()).collect();
        println!("cycle: {}", path.join(" requires "));
    }
    for bad in ["X <- Y", "A (x)"] {
        println!("parse {:?}: {:?}", bad, parse(bad).err());
    }
}
