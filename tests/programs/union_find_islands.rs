// Disjoint-set union with path compression and union by size, used to
// count islands on a map, group network connections, and build a
// minimum spanning tree with Kruskal's algorithm.
struct Dsu {
    parent: Vec<usize>,
    size: Vec<usize>,
    sets: usize,
}

impl Dsu {
    fn new(n: usize) -> Dsu {
        Dsu { parent: (0..n).collect(), size: vec![1; n], sets: n }
    }

    fn find(&mut self, x: usize) -> usize {
        let mut root = x;
        while self.parent[root] != root {
            root = self.parent[root];
        }
        let mut cur = x;
        while self.parent[cur] != root {
            let next = self.parent[cur];
            self.parent[cur] = root;
            cur = next;
        }
        root
    }

    fn union(&mut self, a: usize, b: usize) -> bool {
        let (mut ra, mut rb) = (self.find(a), self.find(b));
        if ra == rb {
            return false;
        }
        if self.size[ra] < self.size[rb] {
            std::mem::swap(&mut ra, &mut rb);
        }
        self.parent[rb] = ra;
        self.size[ra] += self.size[rb];
        self.sets -= 1;
        true
    }
}

const MAP: &str = "\
##..#....##
##..#...###
....##......
#.......#..#
##.###..#..#
...#.#.....#
...###..##..";

fn main() {
    let rows: Vec<Vec<bool>> = MAP.lines().map(|l| l.chars().map(|c| c == '#').collect()).collect();
    let h = rows.len();
    let w = rows.iter().map(|r| r.len()).max().unwrap();
    let grid: Vec<Vec<bool>> = rows.into_iter().map(|mut r| {
        r.resize(w, false);
        r
    }).collect();
    let mut dsu = Dsu::new(w * h);
    let mut land = 0;
    for y in 0..h {
        for x in 0..w {
            if !grid[y][x] {
                continue;
            }
            land += 1;
            if x + 1 < w && grid[y][x + 1] {
                dsu.union(y * w + x, y * w + x + 1);
            }
            if y + 1 < h && grid[y + 1][x] {
                dsu.union(y * w + x, (y + 1) * w + x);
            }
        }
    }
    let water = w * h - land;
    let islands = dsu.sets - water;
    println!("map {}x{}: {} land cells, {} islands", w, h, land, islands);
    let mut labels: Vec<usize> = Vec::new();
    let mut sizes: Vec<(usize, usize)> = Vec::new();
    for y in 0..h {
        let mut line = String::new();
        for x in 0..w {
            if grid[y][x] {
                let root = dsu.find(y * w + x);
                let idx = match labels.iter().position(|&r| r == root) {
                    Some(i) => i,
                    None => {
                        labels.push(root);
                        sizes.push((labels.len() - 1, dsu.size[root]));
                        labels.len() - 1
                    }
                };
                line.push((b'A' + idx as u8) as char);
            } else {
                line.push('.');
            }
        }
        println!("  {}", line);
    }
    sizes.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let desc: Vec<String> = sizes.iter().map(|(i, s)| format!("{}={}", (b'A' + *i as u8) as char, s)).collect();
    println!("island sizes: {}", desc.join(" "));

    // network connections
    let links = [(0, 1), (2, 3), (1, 2), (4, 5), (3, 0), (6, 6), (7, 5), (8, 9)];
    let mut net = Dsu::new(10);
    for (a, b) in links {
        let merged = net.union(a, b);
        println!("link {}-{}: {} (groups now {})", a, b, if merged { "merged" } else { "redundant" }, net.sets);
    }
    let roots: Vec<usize> = (0..10).map(|n| net.find(n)).collect();
    let mut groups: Vec<Vec<usize>> = Vec::new();
    for node in 0..10 {
        match groups.iter_mut().find(|g| roots[g[0]] == roots[node]) {
            Some(g) => g.push(node),
            None => groups.push(vec![node]),
        }
    }
    println!("groups: {:?}", groups);
    println!("0 and 3 connected: {}, 0 and 4 connected: {}", net.find(0) == net.find(3), net.find(0) == net.find(4));

    // Kruskal's MST
    let mut edges = vec![(7, 0, 1), (5, 1, 2), (8, 0, 3), (9, 1, 3), (7, 2, 4), (5, 3, 4), (15, 3, 5), (6, 4, 5), (8, 4, 6), (11, 5, 6), (9, 2, 3)];
    edges.sort();
    let mut mst = Dsu::new(7);
    let mut total = 0;
    let mut chosen = Vec::new();
    for &(wgt, a, b) in &edges {
        if mst.union(a, b) {
            total += wgt;
            chosen.push(format!("{}{}({})", (b'A' + a as u8) as char, (b'A' + b as u8) as char, wgt));
        }
    }
    println!("MST weight {} with {} edges: {}", total, chosen.len(), chosen.join(" "));
    assert_eq!(total, 38);
}
