// Hand-written sorting algorithms on Vec<i32>, checked against the
// standard library sort, with comparison counters.
struct Stats {
    comparisons: u64,
    swaps: u64,
}

impl Stats {
    fn new() -> Stats {
        Stats { comparisons: 0, swaps: 0 }
    }
    fn less(&mut self, a: i32, b: i32) -> bool {
        self.comparisons += 1;
        a < b
    }
}

fn bubble_sort(v: &mut [i32], st: &mut Stats) {
    let n = v.len();
    for i in 0..n {
        let mut swapped = false;
        for j in 0..n - 1 - i {
            if st.less(v[j + 1], v[j]) {
                v.swap(j, j + 1);
                st.swaps += 1;
                swapped = true;
            }
        }
        if !swapped {
            break;
        }
    }
}

fn insertion_sort(v: &mut [i32], st: &mut Stats) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && st.less(v[j], v[j - 1]) {
            v.swap(j, j - 1);
            st.swaps += 1;
            j -= 1;
        }
    }
}

fn quicksort(v: &mut [i32], st: &mut Stats) {
    if v.len() <= 1 {
        return;
    }
    // median of three pivot
    let mid = v.len() / 2;
    let last = v.len() - 1;
    if st.less(v[mid], v[0]) {
        v.swap(mid, 0);
    }
    if st.less(v[last], v[0]) {
        v.swap(last, 0);
    }
    if st.less(v[mid], v[last]) {
        v.swap(mid, last);
    }
    let pivot = v[last];
    let mut store = 0;
    for i in 0..last {
        if st.less(v[i], pivot) {
            v.swap(i, store);
            st.swaps += 1;
            store += 1;
        }
    }
    v.swap(store, last);
    let (left, right) = v.split_at_mut(store);
    quicksort(left, st);
    quicksort(&mut right[1..], st);
}

fn merge_sort(v: &[i32], st: &mut Stats) -> Vec<i32> {
    if v.len() <= 1 {
        return v.to_vec();
    }
    let (a, b) = v.split_at(v.len() / 2);
    let a = merge_sort(a, st);
    let b = merge_sort(b, st);
    let mut out = Vec::with_capacity(v.len());
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        if st.less(b[j], a[i]) {
            out.push(b[j]);
            j += 1;
        } else {
            out.push(a[i]);
            i += 1;
        }
    }
    out.extend_from_slice(&a[i..]);
    out.extend_from_slice(&b[j..]);
    out
}

fn sift_down(v: &mut [i32], mut root: usize, end: usize, st: &mut Stats) {
    loop {
        let mut child = 2 * root + 1;
        if child >= end {
            break;
        }
        if child + 1 < end && st.less(v[child], v[child + 1]) {
            child += 1;
        }
        if st.less(v[root], v[child]) {
            v.swap(root, child);
            st.swaps += 1;
            root = child;
        } else {
            break;
        }
    }
}

fn heap_sort(v: &mut [i32], st: &mut Stats) {
    let n = v.len();
    for i in (0..n / 2).rev() {
        sift_down(v, i, n, st);
    }
    for end in (1..n).rev() {
        v.swap(0, end);
        st.swaps += 1;
        sift_down(v, 0, end, st);
    }
}

fn counting_sort(v: &[i32]) -> Vec<i32> {
    let (lo, hi) = match (v.iter().min(), v.iter().max()) {
        (Some(&lo), Some(&hi)) => (lo, hi),
        _ => return Vec::new(),
    };
    let mut counts = vec![0usize; (hi - lo + 1) as usize];
    for &x in v {
        counts[(x - lo) as usize] += 1;
    }
    let mut out = Vec::with_capacity(v.len());
    for (i, &c) in counts.iter().enumerate() {
        for _ in 0..c {
            out.push(i as i32 + lo);
        }
    }
    out
}

fn make_data(n: usize, seed: &mut u64) -> Vec<i32> {
    (0..n)
        .map(|_| {
            *seed ^= *seed << 13;
            *seed ^= *seed >> 7;
            *seed ^= *seed << 17;
            (*seed % 1000) as i32 - 500
        })
        .collect()
}

fn main() {
    let mut seed = 0x2545F4914F6CDD1D_u64;
    let datasets: Vec<(&str, Vec<i32>)> = vec![
        ("random-20", make_data(20, &mut seed)),
        ("random-300", make_data(300, &mut seed)),
        ("sorted-100", (0..100).collect()),
        ("reversed-100", (0..100).rev().collect()),
        ("dups-50", (0..50).map(|i| (i * 7) % 5).collect()),
        ("empty", vec![]),
        ("single", vec![42]),
    ];
    println!("{:<13} {:>6} {:>10} {:>8}", "dataset", "algo", "compares", "swaps");
    for (name, data) in &datasets {
        let mut expected = data.clone();
        expected.sort();

        let mut v = data.clone();
        let mut st = Stats::new();
        bubble_sort(&mut v, &mut st);
        assert_eq!(v, expected);
        println!("{:<13} {:>6} {:>10} {:>8}", name, "bubble", st.comparisons, st.swaps);

        let mut v = data.clone();
        let mut st = Stats::new();
        insertion_sort(&mut v, &mut st);
        assert_eq!(v, expected);
        println!("{:<13} {:>6} {:>10} {:>8}", "", "insert", st.comparisons, st.swaps);

        let mut v = data.clone();
        let mut st = Stats::new();
        quicksort(&mut v, &mut st);
        assert_eq!(v, expected, "quicksort failed on {}", name);
        println!("{:<13} {:>6} {:>10} {:>8}", "", "quick", st.comparisons, st.swaps);

        let mut st = Stats::new();
        let v = merge_sort(data, &mut st);
        assert_eq!(v, expected);
        println!("{:<13} {:>6} {:>10} {:>8}", "", "merge", st.comparisons, "-");

        let mut v = data.clone();
        let mut st = Stats::new();
        heap_sort(&mut v, &mut st);
        assert_eq!(v, expected);
        println!("{:<13} {:>6} {:>10} {:>8}", "", "heap", st.comparisons, st.swaps);

        assert_eq!(counting_sort(data), expected);
    }
    let sample = &datasets[0].1;
    println!("random-20 input:  {:?}", sample);
    let mut s = sample.clone();
    s.sort_unstable_by(|a, b| b.cmp(a));
    println!("descending:       {:?}", s);
    s.sort_by_key(|x| x.abs());
    println!("by abs value:     {:?}", s);
    let mut d = datasets[4].1.clone();
    d.sort();
    d.dedup();
    println!("dups deduped:     {:?}", d);
    match s.iter().position(|&x| x > 400) {
        Some(i) => println!("first > 400 at index {}", i),
        None => println!("nothing > 400"),
    }
}
