// Tic-tac-toe with a full minimax search (with alpha-beta pruning),
// playing several games between strategies and printing the boards.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cell {
    Empty,
    X,
    O,
}

impl Cell {
    fn other(self) -> Cell {
        match self {
            Cell::X => Cell::O,
            Cell::O => Cell::X,
            Cell::Empty => Cell::Empty,
        }
    }
    fn symbol(self) -> char {
        match self {
            Cell::X => 'X',
            Cell::O => 'O',
            Cell::Empty => '.',
        }
    }
}

const LINES: [[usize; 3]; 8] = [[0, 1, 2], [3, 4, 5], [6, 7, 8], [0, 3, 6], [1, 4, 7], [2, 5, 8], [0, 4, 8], [2, 4, 6]];

#[derive(Debug, Clone, Copy)]
struct Board {
    cells: [Cell; 9],
}

impl Board {
    fn winner(&self) -> Option<Cell> {
        for line in LINES.iter() {
            let [a, b, c] = *line;
            if self.cells[a] != Cell::Empty && self.cells[a] == self.cells[b] && self.cells[b] == self.cells[c] {
                return Some(self.cells[a]);
            }
        }
        None
    }
    fn full(&self) -> bool {
        self.cells.iter().all(|&c| c != Cell::Empty)
    }
    fn moves(&self) -> Vec<usize> {
        (0..9).filter(|&i| self.cells[i] == Cell::Empty).collect()
    }
    fn show(&self) {
        for row in self.cells.chunks(3) {
            let s: String = row.iter().map(|c| c.symbol()).collect();
            println!("   {}", s);
        }
    }
}

fn minimax(b: &mut Board, player: Cell, me: Cell, mut alpha: i32, mut beta: i32, nodes: &mut u64) -> i32 {
    *nodes += 1;
    if let Some(w) = b.winner() {
        let depth = b.moves().len() as i32;
        return if w == me { 10 + depth } else { -10 - depth };
    }
    if b.full() {
        return 0;
    }
    let maximizing = player == me;
    let mut best = if maximizing { i32::MIN } else { i32::MAX };
    for m in b.moves() {
        b.cells[m] = player;
        let score = minimax(b, player.other(), me, alpha, beta, nodes);
        b.cells[m] = Cell::Empty;
        if maximizing {
            best = best.max(score);
            alpha = alpha.max(score);
        } else {
            best = best.min(score);
            beta = beta.min(score);
        }
        if beta <= alpha {
            break;
        }
    }
    best
}

fn best_move(b: &Board, player: Cell, nodes: &mut u64) -> usize {
    let mut best = (i32::MIN, 9);
    let mut scratch = *b;
    for m in b.moves() {
        scratch.cells[m] = player;
        let s = minimax(&mut scratch, player.other(), player, i32::MIN, i32::MAX, nodes);
        scratch.cells[m] = Cell::Empty;
        if s > best.0 {
            best = (s, m);
        }
    }
    best.1
}

#[derive(Debug, Clone, Copy)]
enum Strategy {
    Perfect,
    FirstFree,
    Scripted([usize; 5]),
}

fn choose(strategy: Strategy, b: &Board, player: Cell, turn: usize, nodes: &mut u64) -> usize {
    match strategy {
        Strategy::Perfect => best_move(b, player, nodes),
        Strategy::FirstFree => b.moves()[0],
        Strategy::Scripted(script) => {
            let wanted = script[turn / 2];
            if b.cells[wanted] == Cell::Empty {
                wanted
            } else {
                b.moves()[0]
            }
        }
    }
}

fn play(x: Strategy, o: Strategy) -> Option<Cell> {
    let mut b = Board { cells: [Cell::Empty; 9] };
    let mut player = Cell::X;
    let mut nodes = 0u64;
    let mut history = Vec::new();
    for turn in 0..9 {
        let strategy = if player == Cell::X { x } else { o };
        let m = choose(strategy, &b, player, turn, &mut nodes);
        b.cells[m] = player;
        history.push(format!("{}{}", player.symbol(), m));
        if b.winner().is_some() {
            break;
        }
        player = player.other();
    }
    println!("X={:?} vs O={:?}", x, o);
    println!("   moves: {}", history.join(" "));
    b.show();
    let result = b.winner();
    match result {
        Some(w) => println!("   winner: {:?} (searched {} nodes)", w, nodes),
        None => println!("   draw (searched {} nodes)", nodes),
    }
    result
}

fn main() {
    let mut empty = Board { cells: [Cell::Empty; 9] };
    let mut nodes = 0;
    let score = minimax(&mut empty, Cell::X, Cell::X, i32::MIN, i32::MAX, &mut nodes);
    println!("value of the empty board for X: {} ({} nodes)", score, nodes);

    let games = [
        (Strategy::Perfect, Strategy::Perfect),
        (Strategy::Perfect, Strategy::FirstFree),
        (Strategy::FirstFree, Strategy::Perfect),
        (Strategy::Scripted([4, 0, 8, 2, 6]), Strategy::Perfect),
        (Strategy::Perfect, Strategy::Scripted([1, 3, 5, 7, 0])),
    ];
    let mut tally = [0u32; 3]; // x wins, o wins, draws
    for (x, o) in games {
        match play(x, o) {
            Some(Cell::X) => tally[0] += 1,
            Some(Cell::O) => tally[1] += 1,
            Some(Cell::Empty) => unreachable!(),
            None => tally[2] += 1,
        }
    }
    println!("X wins {}, O wins {}, draws {}", tally[0], tally[1], tally[2]);

    // a position where X must block
    let mut b = Board { cells: [Cell::Empty; 9] };
    b.cells[0] = Cell::O;
    b.cells[1] = Cell::O;
    b.cells[4] = Cell::X;
    let mut n = 0;
    println!("X should block at 2: chooses {}", best_move(&b, Cell::X, &mut n));
    b.cells[8] = Cell::X;
    b.cells[3] = Cell::O;
    b.show();
    println!("O to move, best: {}", best_move(&b, Cell::O, &mut n));
}
