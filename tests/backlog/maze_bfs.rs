// Maze solving with breadth-first search using a Vec as a FIFO queue
// (head index), path reconstruction and an ASCII rendering.
const MAZE: &str = "\
###################
#S    #     #     #
# ### # ### # ### #
#   #   #   #   # #
### ##### ##### # #
#   #     #     # #
# ### ##### ##### #
#     #   #     # #
# ##### # ##### # #
#       #       #E#
###################";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Pos {
    r: usize,
    c: usize,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Cell {
    Wall,
    Open,
    Start,
    End,
}

struct Maze {
    cells: Vec<Vec<Cell>>,
    start: Pos,
    end: Pos,
}

fn parse(text: &str) -> Result<Maze, String> {
    let mut cells = Vec::new();
    let mut start = None;
    let mut end = None;
    for (r, line) in text.lines().enumerate() {
        let mut row = Vec::new();
        for (c, ch) in line.chars().enumerate() {
            let cell = match ch {
                '#' => Cell::Wall,
                ' ' => Cell::Open,
                'S' => {
                    start = Some(Pos { r, c });
                    Cell::Start
                }
                'E' => {
                    end = Some(Pos { r, c });
                    Cell::End
                }
                other => return Err(format!("bad char {:?} at {},{}", other, r, c)),
            };
            row.push(cell);
        }
        cells.push(row);
    }
    let start = start.ok_or("no start")?;
    let end = end.ok_or("no end")?;
    Ok(Maze { cells, start, end })
}

impl Maze {
    fn neighbours(&self, p: Pos) -> Vec<Pos> {
        let mut out = Vec::with_capacity(4);
        let deltas: [(isize, isize); 4] = [(-1, 0), (0, 1), (1, 0), (0, -1)];
        for (dr, dc) in deltas {
            let r = p.r as isize + dr;
            let c = p.c as isize + dc;
            if r < 0 || c < 0 {
                continue;
            }
            let (r, c) = (r as usize, c as usize);
            if let Some(&cell) = self.cells.get(r).and_then(|row| row.get(c)) {
                if cell != Cell::Wall {
                    out.push(Pos { r, c });
                }
            }
        }
        out
    }

    fn solve(&self) -> Option<(Vec<Pos>, usize)> {
        let h = self.cells.len();
        let w = self.cells[0].len();
        let mut prev: Vec<Vec<Option<Pos>>> = vec![vec![None; w]; h];
        let mut seen = vec![vec![false; w]; h];
        let mut queue = vec![self.start];
        let mut head = 0;
        seen[self.start.r][self.start.c] = true;
        while head < queue.len() {
            let p = queue[head];
            head += 1;
            if p == self.end {
                let mut path = vec![p];
                let mut cur = p;
                while let Some(q) = prev[cur.r][cur.c] {
                    path.push(q);
                    cur = q;
                }
                path.reverse();
                return Some((path, head));
            }
            for n in self.neighbours(p) {
                if !seen[n.r][n.c] {
                    seen[n.r][n.c] = true;
                    prev[n.r][n.c] = Some(p);
                    queue.push(n);
                }
            }
        }
        None
    }

    fn distances(&self) -> Vec<Vec<i32>> {
        let mut dist = vec![vec![-1; self.cells[0].len()]; self.cells.len()];
        let mut queue = vec![self.start];
        dist[self.start.r][self.start.c] = 0;
        let mut i = 0;
        while let Some(&p) = queue.get(i) {
            i += 1;
            for n in self.neighbours(p) {
                if dist[n.r][n.c] < 0 {
                    dist[n.r][n.c] = dist[p.r][p.c] + 1;
                    queue.push(n);
                }
            }
        }
        dist
    }
}

fn direction(a: Pos, b: Pos) -> char {
    match (b.r as i64 - a.r as i64, b.c as i64 - a.c as i64) {
        (-1, 0) => 'N',
        (1, 0) => 'S',
        (0, 1) => 'E',
        (0, -1) => 'W',
        d => panic!("not adjacent: {:?}", d),
    }
}

fn main() {
    let mut maze = parse(MAZE).expect("valid maze");
    println!("maze {}x{}, start {:?}, end {:?}", maze.cells.len(), maze.cells[0].len(), maze.start, maze.end);
    let (path, explored) = maze.solve().expect("solvable");
    println!("path length {} steps, explored {} cells", path.len() - 1, explored);
    let dirs: String = path.windows(2).map(|w| direction(w[0], w[1])).collect();
    println!("directions: {}", dirs);
    // compress directions: "EEEE" -> "4E"
    let mut compressed = Vec::new();
    let bytes = dirs.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let mut j = i;
        while j < bytes.len() && bytes[j] == bytes[i] {
            j += 1;
        }
        compressed.push(format!("{}{}", j - i, bytes[i] as char));
        i = j;
    }
    println!("compressed: {}", compressed.join(" "));

    let mut grid: Vec<Vec<char>> = MAZE.lines().map(|l| l.chars().collect()).collect();
    for p in &path[1..path.len() - 1] {
        grid[p.r][p.c] = '.';
    }
    for row in &grid {
        println!("{}", row.iter().collect::<String>());
    }

    let dist = maze.distances();
    let max = dist.iter().flatten().copied().max().unwrap();
    let reachable = dist.iter().flatten().filter(|&&d| d >= 0).count();
    println!("reachable cells {}, farthest distance {}", reachable, max);
    for row in dist.iter().skip(1).take(3) {
        let cells: Vec<String> = row.iter().map(|&d| if d < 0 { "  ".to_string() } else { format!("{:2}", d % 100) }).collect();
        println!("{}", cells.join(""));
    }

    // block the exit and try again
    maze.cells[8][17] = Cell::Wall;
    maze.cells[9][16] = Cell::Wall;
    println!("after blocking: {:?}", maze.solve().map(|(p, _)| p.len()));
    println!("bad maze: {:?}", parse("#S#\n#?#").err());
    println!("no end: {:?}", parse("S  ").err());
}
