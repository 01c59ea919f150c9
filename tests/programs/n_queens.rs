// The N-queens puzzle: counting all solutions with bitmasks for N up
// to 10, printing the first solution boards, and checking symmetry.
fn solve_count(n: u32, row: u32, cols: u32, d1: u32, d2: u32) -> u64 {
    if row == n {
        return 1;
    }
    let full = (1u32 << n) - 1;
    let mut avail = full & !(cols | d1 | d2);
    let mut count = 0;
    while avail != 0 {
        let bit = avail & avail.wrapping_neg();
        avail &= avail - 1;
        count += solve_count(n, row + 1, cols | bit, (d1 | bit) << 1, (d2 | bit) >> 1);
    }
    count
}

fn first_solution(n: usize) -> Option<Vec<usize>> {
    fn place(queens: &mut Vec<usize>, n: usize) -> bool {
        let row = queens.len();
        if row == n {
            return true;
        }
        for col in 0..n {
            let safe = queens.iter().enumerate().all(|(r, &c)| c != col && (row - r) != (col as isize - c as isize).unsigned_abs());
            if safe {
                queens.push(col);
                if place(queens, n) {
                    return true;
                }
                queens.pop();
            }
        }
        false
    }
    let mut q = Vec::with_capacity(n);
    if place(&mut q, n) {
        Some(q)
    } else {
        None
    }
}

fn all_solutions(n: usize) -> Vec<Vec<usize>> {
    let mut out = Vec::new();
    let mut q: Vec<usize> = Vec::new();
    // iterative backtracking with an explicit "next column to try" stack
    let mut next_col = vec![0usize];
    while let Some(start) = next_col.pop() {
        let row = q.len();
        let mut placed = false;
        for col in start..n {
            if q.iter().enumerate().all(|(r, &c)| c != col && row - r != c.abs_diff(col)) {
                q.push(col);
                next_col.push(col + 1);
                if q.len() == n {
                    out.push(q.clone());
                    q.pop();
                } else {
                    next_col.push(0);
                }
                placed = true;
                break;
            }
        }
        if !placed && q.pop().is_none() {
            break;
        }
    }
    out
}

fn board(q: &[usize]) -> Vec<String> {
    q.iter().map(|&c| (0..q.len()).map(|i| if i == c { 'Q' } else { '.' }).collect()).collect()
}

fn mirror(q: &[usize]) -> Vec<usize> {
    q.iter().map(|&c| q.len() - 1 - c).collect()
}

fn rotate(q: &[usize]) -> Vec<usize> {
    let n = q.len();
    let mut r = vec![0; n];
    for (row, &col) in q.iter().enumerate() {
        r[col] = n - 1 - row;
    }
    r
}

fn main() {
    let known = [1u64, 0, 0, 2, 10, 4, 40, 92, 352, 724];
    for n in 1..=10u32 {
        let c = solve_count(n, 0, 0, 0, 0);
        println!("N={:>2}: {:>4} solutions {}", n, c, if c == known[n as usize - 1] { "ok" } else { "WRONG" });
    }
    for n in [4, 5, 8] {
        match first_solution(n) {
            Some(q) => {
                println!("first solution for N={}: {:?}", n, q);
                for line in board(&q) {
                    println!("    {}", line);
                }
            }
            None => println!("no solution for N={}", n),
        }
    }
    println!("N=3: {:?}", first_solution(3));

    let sols = all_solutions(6);
    println!("all {} solutions for N=6:", sols.len());
    for s in &sols {
        println!("  {:?}  mirror {:?}  rotated {:?}", s, mirror(s), rotate(s));
        assert!(sols.contains(&mirror(s)));
        assert!(sols.contains(&rotate(s)));
    }
    let eight = all_solutions(8);
    println!("iterative search found {} solutions for N=8", eight.len());
    // count fundamentally distinct solutions (up to rotation and reflection)
    let mut canonical: Vec<Vec<usize>> = Vec::new();
    for s in &eight {
        let mut variants = Vec::new();
        let mut cur = s.clone();
        for _ in 0..4 {
            variants.push(cur.clone());
            variants.push(mirror(&cur));
            cur = rotate(&cur);
        }
        let min = variants.into_iter().min().unwrap();
        if !canonical.contains(&min) {
            canonical.push(min);
        }
    }
    canonical.sort();
    println!("distinct solutions for N=8: {}", canonical.len());
    println!("lexicographically first: {:?}", canonical[0]);
    println!("lexicographically last:  {:?}", canonical.last().unwrap());
}
