// Conway's game of life on a fixed-size array torus.
const W: usize = 20;
const H: usize = 12;

type Grid = [[bool; W]; H];

fn parse(pattern: &[&str], top: usize, left: usize, grid: &mut Grid) {
    for (r, line) in pattern.iter().enumerate() {
        for (c, ch) in line.chars().enumerate() {
            if ch == '#' {
                grid[(top + r) % H][(left + c) % W] = true;
            }
        }
    }
}

fn neighbours(g: &Grid, r: usize, c: usize) -> u8 {
    let mut n = 0;
    for dr in [H - 1, 0, 1] {
        for dc in [W - 1, 0, 1] {
            if dr == 0 && dc == 0 {
                continue;
            }
            if g[(r + dr) % H][(c + dc) % W] {
                n += 1;
            }
        }
    }
    n
}

fn step(g: &Grid) -> Grid {
    let mut next = [[false; W]; H];
    for r in 0..H {
        for c in 0..W {
            let n = neighbours(g, r, c);
            next[r][c] = matches!((g[r][c], n), (true, 2) | (true, 3) | (false, 3));
        }
    }
    next
}

fn population(g: &Grid) -> usize {
    g.iter().map(|row| row.iter().filter(|&&x| x).count()).sum()
}

fn render(g: &Grid) {
    for row in g.iter() {
        let line: String = row.iter().map(|&alive| if alive { '#' } else { '.' }).collect();
        println!("{}", line);
    }
}

fn bounding_box(g: &Grid) -> Option<(usize, usize, usize, usize)> {
    let mut bb: Option<(usize, usize, usize, usize)> = None;
    for (r, row) in g.iter().enumerate() {
        for (c, &alive) in row.iter().enumerate() {
            if alive {
                bb = Some(match bb {
                    None => (r, c, r, c),
                    Some((r0, c0, r1, c1)) => (r0.min(r), c0.min(c), r1.max(r), c1.max(c)),
                });
            }
        }
    }
    bb
}

fn main() {
    let mut grid: Grid = [[false; W]; H];
    parse(&[".#.", "..#", "###"], 0, 0, &mut grid); // glider
    parse(&["###"], 5, 12, &mut grid); // blinker
    parse(&["##", "##"], 9, 16, &mut grid); // block

    let initial = grid; // arrays are Copy
    let mut history: Vec<usize> = Vec::new();
    for gen in 0..=8 {
        let pop = population(&grid);
        history.push(pop);
        if gen % 4 == 0 {
            println!("generation {} (population {}):", gen, pop);
            render(&grid);
            println!("bbox: {:?}", bounding_box(&grid));
        }
        grid = step(&grid);
    }
    println!("population history: {:?}", history);
    println!("initial unchanged: population {}", population(&initial));

    // the glider returns to its shape after 4 generations, shifted by (1,1)
    let mut g2: Grid = [[false; W]; H];
    parse(&[".#.", "..#", "###"], 0, 0, &mut g2);
    let mut g = g2;
    for _ in 0..4 {
        g = step(&g);
    }
    let mut shifted = [[false; W]; H];
    for r in 0..H {
        for c in 0..W {
            shifted[(r + 1) % H][(c + 1) % W] = g2[r][c];
        }
    }
    println!("glider moved diagonally: {}", g == shifted);

    // run the glider long enough to wrap around the torus
    let mut period = 0;
    let mut g = g2;
    loop {
        g = step(&g);
        period += 1;
        if g == g2 || period > 1000 {
            break;
        }
    }
    println!("glider returns home after {} generations", period);
    assert_eq!(period, 4 * 60);
}
