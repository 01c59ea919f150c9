// A binary search tree of i32 keys with String values, built from
// Option<Box<Node>>: insert, lookup, delete, traversals, height.
#[derive(Debug)]
struct Node {
    key: i32,
    value: String,
    left: Option<Box<Node>>,
    right: Option<Box<Node>>,
}

#[derive(Debug, Default)]
struct Tree {
    root: Option<Box<Node>>,
    size: usize,
}

impl Tree {
    fn insert(&mut self, key: i32, value: &str) -> Option<String> {
        let mut cur = &mut self.root;
        while let Some(node) = cur {
            if key == node.key {
                return Some(std::mem::replace(&mut node.value, value.to_string()));
            }
            cur = if key < node.key { &mut node.left } else { &mut node.right };
        }
        *cur = Some(Box::new(Node { key, value: value.to_string(), left: None, right: None }));
        self.size += 1;
        None
    }

    fn get(&self, key: i32) -> Option<&String> {
        let mut cur = self.root.as_ref();
        while let Some(node) = cur {
            match key.cmp(&node.key) {
                std::cmp::Ordering::Equal => return Some(&node.value),
                std::cmp::Ordering::Less => cur = node.left.as_ref(),
                std::cmp::Ordering::Greater => cur = node.right.as_ref(),
            }
        }
        None
    }

    fn remove(&mut self, key: i32) -> Option<String> {
        let removed = remove_from(&mut self.root, key);
        if removed.is_some() {
            self.size -= 1;
        }
        removed
    }

    fn height(&self) -> usize {
        fn h(n: &Option<Box<Node>>) -> usize {
            match n {
                None => 0,
                Some(b) => 1 + h(&b.left).max(h(&b.right)),
            }
        }
        h(&self.root)
    }

    fn in_order(&self) -> Vec<i32> {
        fn walk(n: &Option<Box<Node>>, out: &mut Vec<i32>) {
            if let Some(b) = n {
                walk(&b.left, out);
                out.push(b.key);
                walk(&b.right, out);
            }
        }
        let mut out = Vec::new();
        walk(&self.root, &mut out);
        out
    }

    fn pre_order(&self) -> Vec<i32> {
        let mut out = Vec::new();
        let mut stack: Vec<&Node> = Vec::new();
        if let Some(r) = &self.root {
            stack.push(r);
        }
        while let Some(n) = stack.pop() {
            out.push(n.key);
            if let Some(r) = &n.right {
                stack.push(r);
            }
            if let Some(l) = &n.left {
                stack.push(l);
            }
        }
        out
    }

    fn range(&self, lo: i32, hi: i32) -> Vec<(i32, String)> {
        fn walk(n: &Option<Box<Node>>, lo: i32, hi: i32, out: &mut Vec<(i32, String)>) {
            if let Some(b) = n {
                if b.key > lo {
                    walk(&b.left, lo, hi, out);
                }
                if (lo..=hi).contains(&b.key) {
                    out.push((b.key, b.value.clone()));
                }
                if b.key < hi {
                    walk(&b.right, lo, hi, out);
                }
            }
        }
        let mut out = Vec::new();
        walk(&self.root, lo, hi, &mut out);
        out
    }

    fn min(&self) -> Option<i32> {
        let mut n = self.root.as_ref()?;
        while let Some(l) = n.left.as_ref() {
            n = l;
        }
        Some(n.key)
    }
}

fn remove_from(slot: &mut Option<Box<Node>>, key: i32) -> Option<String> {
    let node = slot.as_mut()?;
    if key < node.key {
        return remove_from(&mut node.left, key);
    }
    if key > node.key {
        return remove_from(&mut node.right, key);
    }
    let mut boxed = slot.take().unwrap();
    *slot = match (boxed.left.take(), boxed.right.take()) {
        (None, None) => None,
        (Some(l), None) => Some(l),
        (None, Some(r)) => Some(r),
        (Some(l), Some(r)) => {
            // replace with the minimum of the right subtree
            let mut right = Some(r);
            let (k, v) = take_min(&mut right);
            Some(Box::new(Node { key: k, value: v, left: Some(l), right }))
        }
    };
    Some(boxed.value)
}

fn take_min(slot: &mut Option<Box<Node>>) -> (i32, String) {
    if slot.as_ref().unwrap().left.is_some() {
        return take_min(&mut slot.as_mut().unwrap().left);
    }
    let mut node = slot.take().unwrap();
    *slot = node.right.take();
    (node.key, node.value)
}

fn main() {
    let mut t = Tree::default();
    let words = ["fifty", "thirty", "seventy", "twenty", "forty", "sixty", "eighty", "ten", "thirtyfive", "ninety"];
    let keys = [50, 30, 70, 20, 40, 60, 80, 10, 35, 90];
    for (k, w) in keys.iter().zip(words.iter()) {
        let old = t.insert(*k, w);
        assert!(old.is_none());
    }
    println!("size {} height {}", t.size, t.height());
    println!("in-order:  {:?}", t.in_order());
    println!("pre-order: {:?}", t.pre_order());
    println!("replace 40: old = {:?}", t.insert(40, "FORTY"));
    for k in [40, 35, 45, 10, 100] {
        println!("get({}) = {:?}", k, t.get(k));
    }
    println!("range 25..=65: {:?}", t.range(25, 65));
    println!("min = {:?}", t.min());

    for k in [20, 30, 50, 999, 10] {
        let r = t.remove(k);
        println!("remove {:>3} -> {:<12} size {} in-order {:?}", k, format!("{:?}", r), t.size, t.in_order());
    }
    println!("pre-order after removals: {:?}", t.pre_order());
    let sorted = t.in_order();
    assert!(sorted.windows(2).all(|w| w[0] < w[1]));

    // a degenerate tree from sorted input
    let mut chain = Tree::default();
    for k in 1..=12 {
        chain.insert(k, &format!("v{}", k));
    }
    println!("chain: size {} height {}", chain.size, chain.height());
    // a balanced insertion order
    let mut balanced = Tree::default();
    let mut order = Vec::new();
    let mut stack = vec![(1, 15)];
    while let Some((lo, hi)) = stack.pop() {
        if lo > hi {
            continue;
        }
        let mid = (lo + hi) / 2;
        order.push(mid);
        stack.push((mid + 1, hi));
        stack.push((lo, mid - 1));
    }
    for &k in &order {
        balanced.insert(k, "x");
    }
    println!("balanced order {:?}", order);
    println!("balanced: size {} height {}", balanced.size, balanced.height());
    let empty = Tree::default();
    println!("empty: {:?} min {:?} height {}", empty, empty.min(), empty.height());
}
