// Sudoku: parse puzzles from strings, validate rows/columns/boxes with
// bitmasks, report conflicts, and solve by backtracking.
type Board = [[u8; 9]; 9];

#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Conflict {
    Row { row: usize, digit: u8 },
    Col { col: usize, digit: u8 },
    Box { index: usize, digit: u8 },
}

fn parse(s: &str) -> Result<Board, String> {
    let cells: Vec<char> = s.chars().filter(|c| !c.is_whitespace()).collect();
    if cells.len() != 81 {
        return Err(format!("expected 81 cells, found {}", cells.len()));
    }
    let mut b = [[0u8; 9]; 9];
    for (i, &c) in cells.iter().enumerate() {
        b[i / 9][i % 9] = match c {
            '.' | '0' => 0,
            '1'..='9' => c.to_digit(10).unwrap() as u8,
            other => return Err(format!("bad cell {:?} at {}", other, i)),
        };
    }
    Ok(b)
}

fn conflicts(b: &Board) -> Vec<Conflict> {
    let mut out = Vec::new();
    for i in 0..9 {
        let (mut rows, mut cols, mut boxes) = (0u16, 0u16, 0u16);
        for j in 0..9 {
            let r = b[i][j];
            if r != 0 {
                if rows & (1 << r) != 0 {
                    out.push(Conflict::Row { row: i, digit: r });
                }
                rows |= 1 << r;
            }
            let c = b[j][i];
            if c != 0 {
                if cols & (1 << c) != 0 {
                    out.push(Conflict::Col { col: i, digit: c });
                }
                cols |= 1 << c;
            }
            let x = b[3 * (i / 3) + j / 3][3 * (i % 3) + j % 3];
            if x != 0 {
                if boxes & (1 << x) != 0 {
                    out.push(Conflict::Box { index: i, digit: x });
                }
                boxes |= 1 << x;
            }
        }
    }
    out.sort();
    out.dedup();
    out
}

fn candidates(b: &Board, r: usize, c: usize) -> u16 {
    let mut used = 0u16;
    for k in 0..9 {
        used |= 1 << b[r][k];
        used |= 1 << b[k][c];
        used |= 1 << b[3 * (r / 3) + k / 3][3 * (c / 3) + k % 3];
    }
    !used & 0b11_1111_1110
}

fn solve(b: &mut Board, steps: &mut u32) -> bool {
    // choose the empty cell with fewest candidates
    let mut best: Option<(usize, usize, u16)> = None;
    for r in 0..9 {
        for c in 0..9 {
            if b[r][c] == 0 {
                let cand = candidates(b, r, c);
                match best {
                    Some((_, _, bc)) if bc.count_ones() <= cand.count_ones() => {}
                    _ => best = Some((r, c, cand)),
                }
            }
        }
    }
    let Some((r, c, cand)) = best else {
        return true;
    };
    for d in 1..=9u8 {
        if cand & (1 << d) != 0 {
            *steps += 1;
            b[r][c] = d;
            if solve(b, steps) {
                return true;
            }
        }
    }
    b[r][c] = 0;
    false
}

fn print_board(b: &Board) {
    for (r, row) in b.iter().enumerate() {
        if r % 3 == 0 && r > 0 {
            println!("------+-------+------");
        }
        let mut line = String::new();
        for (c, &v) in row.iter().enumerate() {
            if c % 3 == 0 && c > 0 {
                line.push_str("| ");
            }
            line.push(if v == 0 { '.' } else { char::from_digit(v as u32, 10).unwrap() });
            line.push(' ');
        }
        println!("{}", line.trim_end());
    }
}

const PUZZLE: &str = "
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79";

fn main() {
    let mut board = parse(PUZZLE).expect("puzzle parses");
    let givens = board.iter().flatten().filter(|&&d| d != 0).count();
    println!("puzzle with {} givens:", givens);
    print_board(&board);
    println!("conflicts: {:?}", conflicts(&board));
    let cand = candidates(&board, 0, 2);
    let digits: Vec<u32> = (1..=9).filter(|d| cand & (1 << d) != 0).collect();
    println!("candidates at (0,2): {:?} mask {:#011b}", digits, cand);

    let original = board;
    let mut steps = 0;
    let solved = solve(&mut board, &mut steps);
    println!("solved: {} after {} placements", solved, steps);
    print_board(&board);
    println!("conflicts after solving: {}", conflicts(&board).len());
    let kept = (0..81).all(|i| original[i / 9][i % 9] == 0 || original[i / 9][i % 9] == board[i / 9][i % 9]);
    println!("givens preserved: {}", kept);
    let diag: Vec<u8> = (0..9).map(|i| board[i][i]).collect();
    println!("diagonal: {:?} sum {}", diag, diag.iter().map(|&d| d as u32).sum::<u32>());

    let mut broken = board;
    broken[0][0] = broken[0][1];
    broken[4][4] = 0;
    let cs = conflicts(&broken);
    println!("broken board has {} conflicts:", cs.len());
    for c in &cs {
        match c {
            Conflict::Row { row, digit } => println!("  digit {} twice in row {}", digit, row + 1),
            Conflict::Col { col, digit } => println!("  digit {} twice in column {}", digit, col + 1),
            Conflict::Box { index, digit } => println!("  digit {} twice in box {}", digit, index + 1),
        }
    }
    for bad in ["123", &"x".repeat(81)] {
        println!("parse error: {:?}", parse(bad).err());
    }
    let mut impossible = parse(PUZZLE).unwrap();
    impossible[0][2] = 5; // duplicate 5 in row 0
    let mut steps = 0;
    println!("impossible puzzle solvable? {} ({} placements tried)", conflicts(&impossible).is_empty() && solve(&mut impossible, &mut steps), steps);
}
