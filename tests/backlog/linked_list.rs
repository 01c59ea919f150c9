// A singly linked list with Option<Box<Node>>: push/pop, reverse,
// insertion sort, nth, remove_if, and Debug-style display.
#[derive(Debug, Clone, PartialEq)]
struct Node {
    val: i64,
    next: Option<Box<Node>>,
}

#[derive(Debug, Clone, PartialEq, Default)]
struct List {
    head: Option<Box<Node>>,
    len: usize,
}

impl List {
    fn new() -> Self {
        List { head: None, len: 0 }
    }

    fn from_slice(items: &[i64]) -> Self {
        let mut l = List::new();
        for &x in items.iter().rev() {
            l.push_front(x);
        }
        l
    }

    fn push_front(&mut self, val: i64) {
        let old = self.head.take();
        self.head = Some(Box::new(Node { val, next: old }));
        self.len += 1;
    }

    fn pop_front(&mut self) -> Option<i64> {
        self.head.take().map(|node| {
            self.head = node.next;
            self.len -= 1;
            node.val
        })
    }

    fn push_back(&mut self, val: i64) {
        let mut cur = &mut self.head;
        while let Some(node) = cur {
            cur = &mut node.next;
        }
        *cur = Some(Box::new(Node { val, next: None }));
        self.len += 1;
    }

    fn peek(&self) -> Option<&i64> {
        self.head.as_ref().map(|n| &n.val)
    }

    fn nth(&self, n: usize) -> Option<i64> {
        let mut cur = self.head.as_deref();
        for _ in 0..n {
            cur = cur?.next.as_deref();
        }
        cur.map(|node| node.val)
    }

    fn reverse(&mut self) {
        let mut prev: Option<Box<Node>> = None;
        let mut cur = self.head.take();
        while let Some(mut node) = cur {
            cur = node.next.take();
            node.next = prev;
            prev = Some(node);
        }
        self.head = prev;
    }

    fn to_vec(&self) -> Vec<i64> {
        let mut v = Vec::with_capacity(self.len);
        let mut cur = &self.head;
        while let Some(node) = cur {
            v.push(node.val);
            cur = &node.next;
        }
        v
    }

    fn remove_if(&mut self, pred: fn(i64) -> bool) -> usize {
        let mut removed = 0;
        let mut cur = &mut self.head;
        loop {
            match cur {
                None => break,
                Some(node) if pred(node.val) => {
                    *cur = node.next.take();
                    removed += 1;
                }
                Some(node) => cur = &mut node.next,
            }
        }
        self.len -= removed;
        removed
    }

    fn insert_sorted(&mut self, val: i64) {
        let mut cur = &mut self.head;
        while cur.as_ref().map_or(false, |n| n.val < val) {
            cur = &mut cur.as_mut().unwrap().next;
        }
        let rest = cur.take();
        *cur = Some(Box::new(Node { val, next: rest }));
        self.len += 1;
    }

    fn sum(&self) -> i64 {
        self.to_vec().iter().sum()
    }

    fn render(&self) -> String {
        let mut s = String::from("[");
        let mut cur = &self.head;
        let mut first = true;
        while let Some(node) = cur {
            if !first {
                s.push_str(" -> ");
            }
            s += &node.val.to_string();
            first = false;
            cur = &node.next;
        }
        s.push(']');
        s
    }
}

fn is_even(x: i64) -> bool {
    x % 2 == 0
}

fn main() {
    let mut l = List::new();
    for i in 1..=5 {
        l.push_front(i * 10);
    }
    println!("after push_front: {} (len {})", l.render(), l.len);
    l.push_back(99);
    l.push_back(-1);
    println!("after push_back:  {} (len {})", l.render(), l.len);
    println!("peek = {:?}, nth(2) = {:?}, nth(6) = {:?}, nth(7) = {:?}", l.peek(), l.nth(2), l.nth(6), l.nth(7));
    l.reverse();
    println!("reversed:         {}", l.render());
    while let Some(x) = l.pop_front() {
        print!("{} ", x);
        if x == 30 {
            break;
        }
    }
    println!("<- popped; remaining {}", l.render());

    let mut sorted = List::new();
    let mut seed: u32 = 12345;
    for _ in 0..12 {
        seed = seed.wrapping_mul(1103515245).wrapping_add(12345);
        let v = ((seed >> 16) % 100) as i64 - 20;
        sorted.insert_sorted(v);
    }
    println!("insertion sorted: {}", sorted.render());
    let v = sorted.to_vec();
    assert!(v.windows(2).all(|w| w[0] <= w[1]));
    println!("sum {} len {} vec {:?}", sorted.sum(), sorted.len, v);
    let n = sorted.remove_if(is_even);
    println!("removed {} evens: {} (len {})", n, sorted.render(), sorted.len);
    let n = sorted.remove_if(|x| x < 0);
    println!("removed {} negatives: {}", n, sorted.render());

    let a = List::from_slice(&[1, 2, 3]);
    let mut b = a.clone();
    println!("clone equal: {}", a == b);
    b.push_back(4);
    println!("after change: {} vs {} equal: {}", a.render(), b.render(), a == b);
    println!("{:?}", List::from_slice(&[7, 8]));
    let empty = List::default();
    println!("empty: {} peek {:?} nth(0) {:?}", empty.render(), empty.peek(), empty.nth(0));

    // a long list to exercise iteration without recursion
    let mut big = List::new();
    for i in 0..10_000 {
        big.push_front(i);
    }
    big.reverse();
    println!("big: len {} first {:?} last {:?} sum {}", big.len, big.nth(0), big.nth(9_999), big.sum());
    let removed = big.remove_if(|x| x % 3 != 0);
    println!("kept multiples of 3: {} removed {}", big.len, removed);
    // dismantle iteratively so that drop is not deeply recursive
    let mut count = 0;
    while big.pop_front().is_some() {
        count += 1;
    }
    println!("popped {} nodes", count);
}
