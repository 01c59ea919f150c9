// Shortest routes between cities with Dijkstra's algorithm (simple
// O(n^2) selection, no heap), path reconstruction, and a table of
// all-pairs distances via Floyd-Warshall for comparison.
const CITIES: [&str; 8] = ["Amsterdam", "Berlin", "Copenhagen", "Dresden", "Essen", "Frankfurt", "Geneva", "Hamburg"];

const ROADS: [(usize, usize, u32); 13] = [
    (0, 4, 205),
    (0, 7, 465),
    (4, 5, 250),
    (4, 7, 360),
    (7, 1, 290),
    (7, 2, 345),
    (1, 3, 195),
    (1, 2, 440),
    (5, 3, 460),
    (5, 6, 570),
    (3, 6, 890),
    (5, 1, 545),
    (0, 5, 440),
];

struct Graph {
    adj: Vec<Vec<(usize, u32)>>,
}

impl Graph {
    fn new(n: usize, edges: &[(usize, usize, u32)]) -> Graph {
        let mut adj = vec![Vec::new(); n];
        for &(a, b, w) in edges {
            adj[a].push((b, w));
            adj[b].push((a, w));
        }
        for list in adj.iter_mut() {
            list.sort();
        }
        Graph { adj }
    }

    fn dijkstra(&self, src: usize) -> (Vec<Option<u32>>, Vec<Option<usize>>) {
        let n = self.adj.len();
        let mut dist: Vec<Option<u32>> = vec![None; n];
        let mut prev = vec![None; n];
        let mut done = vec![false; n];
        dist[src] = Some(0);
        loop {
            let mut best: Option<(usize, u32)> = None;
            for v in 0..n {
                if let (false, Some(d)) = (done[v], dist[v]) {
                    if best.map_or(true, |(_, bd)| d < bd) {
                        best = Some((v, d));
                    }
                }
            }
            let Some((u, du)) = best else { break };
            done[u] = true;
            for &(v, w) in &self.adj[u] {
                let nd = du + w;
                if dist[v].map_or(true, |dv| nd < dv) {
                    dist[v] = Some(nd);
                    prev[v] = Some(u);
                }
            }
        }
        (dist, prev)
    }

    fn path(prev: &[Option<usize>], to: usize) -> Vec<usize> {
        let mut p = vec![to];
        let mut cur = to;
        while let Some(u) = prev[cur] {
            p.push(u);
            cur = u;
        }
        p.reverse();
        p
    }
}

fn floyd(n: usize, edges: &[(usize, usize, u32)]) -> Vec<Vec<u32>> {
    const INF: u32 = u32::MAX / 2;
    let mut d = vec![vec![INF; n]; n];
    for i in 0..n {
        d[i][i] = 0;
    }
    for &(a, b, w) in edges {
        d[a][b] = d[a][b].min(w);
        d[b][a] = d[b][a].min(w);
    }
    for k in 0..n {
        for i in 0..n {
            for j in 0..n {
                if d[i][k] + d[k][j] < d[i][j] {
                    d[i][j] = d[i][k] + d[k][j];
                }
            }
        }
    }
    d
}

fn main() {
    let g = Graph::new(CITIES.len(), &ROADS);
    for (i, list) in g.adj.iter().enumerate() {
        let n: Vec<String> = list.iter().map(|&(v, w)| format!("{}:{}", &CITIES[v][..3], w)).collect();
        println!("{:<10} degree {} -> {}", CITIES[i], list.len(), n.join(" "));
    }
    let (dist, prev) = g.dijkstra(0);
    println!("from {}:", CITIES[0]);
    for (v, d) in dist.iter().enumerate() {
        let route: Vec<&str> = Graph::path(&prev, v).iter().map(|&i| CITIES[i]).collect();
        match d {
            Some(km) => println!("  {:<10} {:>5} km  via {}", CITIES[v], km, route.join(" -> ")),
            None => println!("  {:<10} unreachable", CITIES[v]),
        }
    }
    let all = floyd(CITIES.len(), &ROADS);
    print!("{:>5}", "");
    for c in CITIES.iter() {
        print!("{:>6}", &c[..3]);
    }
    println!();
    for (i, row) in all.iter().enumerate() {
        print!("{:>5}", &CITIES[i][..3]);
        for &d in row {
            print!("{:>6}", d);
        }
        println!();
    }
    for src in 0..CITIES.len() {
        let (dist, _) = g.dijkstra(src);
        for (dst, d) in dist.iter().enumerate() {
            assert_eq!(d.unwrap(), all[src][dst], "mismatch {} -> {}", src, dst);
        }
    }
    println!("dijkstra agrees with floyd-warshall on all {} pairs", CITIES.len() * CITIES.len());
    let (far_i, far_j, far_d) = (0..CITIES.len())
        .flat_map(|i| (0..CITIES.len()).map(move |j| (i, j)))
        .map(|(i, j)| (i, j, all[i][j]))
        .max_by_key(|&(i, j, d)| (d, std::cmp::Reverse((i, j))))
        .unwrap();
    println!("diameter: {} - {} = {} km", CITIES[far_i], CITIES[far_j], far_d);
    let center = (0..CITIES.len()).min_by_key(|&i| all[i].iter().max().copied()).unwrap();
    println!("most central city: {} (max distance {})", CITIES[center], all[center].iter().max().unwrap());

    // remove the Frankfurt-Geneva road: Geneva only via Dresden
    let reduced: Vec<(usize, usize, u32)> = ROADS.iter().copied().filter(|&(a, b, _)| !((a, b) == (5, 6) || (a, b) == (6, 5))).collect();
    let g2 = Graph::new(CITIES.len(), &reduced);
    let (d2, p2) = g2.dijkstra(0);
    let route: Vec<&str> = Graph::path(&p2, 6).iter().map(|&i| CITIES[i]).collect();
    println!("without Fra-Gen: Amsterdam -> Geneva {:?} km via {:?}", d2[6], route);
    let isolated = Graph::new(3, &[(0, 1, 5)]);
    println!("isolated graph distances: {:?}", isolated.dijkstra(0).0);
}
