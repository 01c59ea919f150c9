// Copy versus move semantics that real code relies on: copying a
// struct field before modifying it, copied arrays, &mut to locals,
// fields and vector elements, and std::mem::{swap, replace, take}.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
struct Pos {
    x: i32,
    y: i32,
}

#[derive(Debug, Clone, Default)]
struct Robot {
    name: String,
    pos: Pos,
    trail: Vec<Pos>,
    count: u32,
}

impl Robot {
    fn peek_ahead(&self, dx: i32, dy: i32) -> Pos {
        let mut p = self.pos; // copy: self.pos must not change
        p.x += dx;
        p.y += dy;
        p
    }

    fn step(&mut self, dx: i32, dy: i32) {
        self.trail.push(self.pos);
        let next = self.peek_ahead(dx, dy);
        self.pos = next;
        bump(&mut self.count);
    }

    fn rename(&mut self, new_name: &str) -> String {
        std::mem::replace(&mut self.name, new_name.to_string())
    }

    fn take_trail(&mut self) -> Vec<Pos> {
        std::mem::take(&mut self.trail)
    }
}

fn bump(x: &mut u32) {
    *x += 1;
}

fn bump_i32(x: &mut i32) {
    *x += 10;
}

fn double_all(v: &mut [i32]) {
    for x in v.iter_mut() {
        *x *= 2;
    }
}

fn min_max(v: &[i32], lo: &mut i32, hi: &mut i32) {
    for &x in v {
        if x < *lo {
            *lo = x;
        }
        if x > *hi {
            *hi = x;
        }
    }
}

fn main() {
    let mut r = Robot { name: "R2".to_string(), ..Default::default() };
    let ahead = r.peek_ahead(3, 4);
    println!("peek {:?}, robot still at {:?}", ahead, r.pos);
    r.step(1, 0);
    r.step(0, 2);
    r.step(-1, -1);
    println!("robot {:?} at {:?} after {} steps, trail {:?}", r.name, r.pos, r.count, r.trail);
    let old = r.rename("C3PO");
    println!("renamed {} -> {}", old, r.name);
    let trail = r.take_trail();
    println!("took trail of {} points, robot trail now {:?}", trail.len(), r.trail);

    // a copy of a struct is independent
    let saved = r.pos;
    r.pos.x = 100;
    println!("saved {:?}, current {:?}", saved, r.pos);

    // a clone of a struct with a Vec is deep
    let mut twin = r.clone();
    twin.trail.push(Pos { x: 9, y: 9 });
    twin.name.push_str("-twin");
    println!("original {} trail {}, twin {} trail {}", r.name, r.trail.len(), twin.name, twin.trail.len());

    // arrays are Copy
    let a = [1, 2, 3, 4];
    let mut b = a;
    b[0] = 99;
    println!("a = {:?}, b = {:?}", a, b);
    let grid = [[0u8; 3]; 2];
    let mut g2 = grid;
    g2[1][2] = 7;
    println!("grid = {:?}, g2 = {:?}", grid, g2);
    // arrays of Copy structs inside a struct field
    let mut positions = [Pos::default(); 3];
    let first = positions[0];
    positions[0].x = 5;
    println!("first copy {:?}, positions[0] {:?}", first, positions[0]);
    for p in positions.iter_mut() {
        p.y -= 1;
    }
    println!("positions {:?}", positions);
    let mut copy_loop = positions;
    for mut p in copy_loop {
        p.x = 1000; // modifies a copy only
        let _ = p;
    }
    copy_loop[2].x = -1;
    println!("after loop over copies {:?} / original {:?}", copy_loop, positions);

    // &mut to locals, fields and vector elements
    let mut local = 5;
    bump_i32(&mut local);
    let mut v = vec![1, 2, 3, 4, 5];
    bump_i32(&mut v[2]);
    {
        let last = v.last_mut().unwrap();
        *last = -5;
    }
    if let Some(x) = v.get_mut(0) {
        *x = 42;
    }
    double_all(&mut v[1..3]);
    println!("local {}, v {:?}", local, v);
    let (mut lo, mut hi) = (i32::MAX, i32::MIN);
    min_max(&v, &mut lo, &mut hi);
    println!("min {} max {}", lo, hi);
    let mut counts = [0u32; 4];
    for i in [0, 1, 1, 3, 3, 3] {
        bump(&mut counts[i]);
    }
    println!("counts {:?}", counts);

    // swap and replace
    let mut left = String::from("left");
    let mut right = String::from("right");
    std::mem::swap(&mut left, &mut right);
    println!("left={} right={}", left, right);
    let mut pair = (Pos { x: 1, y: 1 }, Pos { x: 2, y: 2 });
    std::mem::swap(&mut pair.0, &mut pair.1);
    println!("pair {:?}", pair);
    v.swap(0, 4);
    let removed = std::mem::replace(&mut v[1], 0);
    println!("v {:?} removed {}", v, removed);
    let mut opt = Some(3);
    let taken = opt.take();
    println!("taken {:?}, left {:?}", taken, opt);
    let mut name = String::from("temp");
    let moved_out = std::mem::take(&mut name);
    println!("moved_out {:?}, name now {:?} (empty: {})", moved_out, name, name.is_empty());
    let mut robots = vec![Robot::default(), Robot { name: "B".into(), ..Default::default() }];
    robots[1].step(2, 2);
    let r0 = &mut robots[0];
    r0.name = "A".into();
    r0.step(1, 1);
    r0.step(1, 1);
    for rb in &robots {
        println!("{} at {:?} count {}", rb.name, rb.pos, rb.count);
    }
    let Robot { name, pos: Pos { x, .. }, .. } = &robots[0];
    println!("destructured name {} x {}", name, x);
}
