// Chess knight problems on a fixed-size array board: shortest knight
// path by BFS, Warnsdorff's heuristic for an open knight's tour, and
// algebraic notation parsing.
const N: usize = 8;
const MOVES: [(i8, i8); 8] = [(1, 2), (2, 1), (2, -1), (1, -2), (-1, -2), (-2, -1), (-2, 1), (-1, 2)];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Square {
    file: u8, // 0..8 => a..h
    rank: u8, // 0..8 => 1..8
}

impl Square {
    fn parse(s: &str) -> Result<Square, String> {
        let b = s.as_bytes();
        match b {
            [f @ b'a'..=b'h', r @ b'1'..=b'8'] => Ok(Square { file: f - b'a', rank: r - b'1' }),
            [_, _] => Err(format!("square {:?} off the board", s)),
            _ => Err(format!("bad square {:?}", s)),
        }
    }
    fn name(self) -> String {
        format!("{}{}", (b'a' + self.file) as char, self.rank + 1)
    }
    fn jumps(self) -> Vec<Square> {
        MOVES
            .iter()
            .filter_map(|&(df, dr)| {
                let f = self.file as i8 + df;
                let r = self.rank as i8 + dr;
                if (0..N as i8).contains(&f) && (0..N as i8).contains(&r) {
                    Some(Square { file: f as u8, rank: r as u8 })
                } else {
                    None
                }
            })
            .collect()
    }
}

fn shortest_path(from: Square, to: Square) -> Vec<Square> {
    let mut prev: [[Option<Square>; N]; N] = [[None; N]; N];
    let mut seen = [[false; N]; N];
    let mut queue = vec![from];
    seen[from.rank as usize][from.file as usize] = true;
    let mut head = 0;
    while head < queue.len() {
        let cur = queue[head];
        head += 1;
        if cur == to {
            break;
        }
        for nxt in cur.jumps() {
            let (r, f) = (nxt.rank as usize, nxt.file as usize);
            if !seen[r][f] {
                seen[r][f] = true;
                prev[r][f] = Some(cur);
                queue.push(nxt);
            }
        }
    }
    let mut path = vec![to];
    let mut cur = to;
    while let Some(p) = prev[cur.rank as usize][cur.file as usize] {
        path.push(p);
        cur = p;
    }
    path.reverse();
    path
}

fn distance_table(from: Square) -> [[u8; N]; N] {
    let mut dist = [[u8::MAX; N]; N];
    dist[from.rank as usize][from.file as usize] = 0;
    let mut frontier = vec![from];
    let mut d = 0;
    while !frontier.is_empty() {
        d += 1;
        let mut next = Vec::new();
        for sq in frontier {
            for j in sq.jumps() {
                let cell = &mut dist[j.rank as usize][j.file as usize];
                if *cell == u8::MAX {
                    *cell = d;
                    next.push(j);
                }
            }
        }
        frontier = next;
    }
    dist
}

fn warnsdorff(start: Square) -> Option<Vec<Square>> {
    let mut visited = [[false; N]; N];
    let mut tour = vec![start];
    visited[start.rank as usize][start.file as usize] = true;
    let mut cur = start;
    while tour.len() < N * N {
        let onward = |s: Square, visited: &[[bool; N]; N]| s.jumps().iter().filter(|j| !visited[j.rank as usize][j.file as usize]).count();
        let next = cur
            .jumps()
            .into_iter()
            .filter(|j| !visited[j.rank as usize][j.file as usize])
            .min_by_key(|&j| (onward(j, &visited), j.file, j.rank))?;
        visited[next.rank as usize][next.file as usize] = true;
        tour.push(next);
        cur = next;
    }
    Some(tour)
}

fn main() {
    for (a, b) in [("a1", "h8"), ("b1", "c3"), ("a1", "b2"), ("d4", "d4"), ("g7", "a1")] {
        let from = Square::parse(a).unwrap();
        let to = Square::parse(b).unwrap();
        let path = shortest_path(from, to);
        let names: Vec<String> = path.iter().map(|s| s.name()).collect();
        println!("{} -> {}: {} moves: {}", a, b, path.len() - 1, names.join(" "));
    }
    for bad in ["i1", "a9", "a10", "", "e4"] {
        println!("parse {:?}: {:?}", bad, Square::parse(bad).map(|s| s.name()));
    }
    let dist = distance_table(Square::parse("a1").unwrap());
    println!("knight distance from a1:");
    for rank in (0..N).rev() {
        let row: Vec<String> = dist[rank].iter().map(|d| d.to_string()).collect();
        println!("  {} | {}", rank + 1, row.join(" "));
    }
    println!("    +----------------");
    println!("      a b c d e f g h");
    let mut degree_counts = [0u32; 9];
    for r in 0..N as u8 {
        for f in 0..N as u8 {
            degree_counts[Square { file: f, rank: r }.jumps().len()] += 1;
        }
    }
    println!("squares by number of knight moves: {:?}", degree_counts);

    match warnsdorff(Square::parse("a1").unwrap()) {
        Some(tour) => {
            let mut board = [[0u8; N]; N];
            for (i, s) in tour.iter().enumerate() {
                board[s.rank as usize][s.file as usize] = (i + 1) as u8;
            }
            println!("knight's tour from a1 ({} squares):", tour.len());
            for rank in (0..N).rev() {
                println!("  {}", board[rank].iter().map(|n| format!("{:>3}", n)).collect::<String>());
            }
            let valid = tour.windows(2).all(|w| w[0].jumps().contains(&w[1]));
            println!("every step is a knight move: {}; ends on {}", valid, tour.last().unwrap().name());
        }
        None => println!("heuristic got stuck"),
    }
}
