// Geometry with enum shapes: area, perimeter, bounding boxes,
// translation through &mut, point containment and sorting by area.
use std::f64::consts::PI;

#[derive(Debug, Clone, Copy, PartialEq, Default)]
struct Point {
    x: f64,
    y: f64,
}

#[derive(Debug, Clone, PartialEq)]
enum Shape {
    Circle { center: Point, radius: f64 },
    Rect { min: Point, max: Point },
    Triangle(Point, Point, Point),
    Polygon(Vec<Point>),
}

impl Point {
    fn dist(self, o: Point) -> f64 {
        ((self.x - o.x).powi(2) + (self.y - o.y).powi(2)).sqrt()
    }
}

impl Shape {
    fn area(&self) -> f64 {
        match self {
            Shape::Circle { radius, .. } => PI * radius * radius,
            Shape::Rect { min, max } => (max.x - min.x) * (max.y - min.y),
            Shape::Triangle(a, b, c) => ((b.x - a.x) * (c.y - a.y) - (c.x - a.x) * (b.y - a.y)).abs() / 2.0,
            Shape::Polygon(pts) => {
                // shoelace formula
                let n = pts.len();
                let twice: f64 = (0..n).map(|i| pts[i].x * pts[(i + 1) % n].y - pts[(i + 1) % n].x * pts[i].y).sum();
                twice.abs() / 2.0
            }
        }
    }

    fn perimeter(&self) -> f64 {
        match self {
            Shape::Circle { radius, .. } => 2.0 * PI * radius,
            Shape::Rect { min, max } => 2.0 * ((max.x - min.x) + (max.y - min.y)),
            Shape::Triangle(a, b, c) => a.dist(*b) + b.dist(*c) + c.dist(*a),
            Shape::Polygon(pts) => (0..pts.len()).map(|i| pts[i].dist(pts[(i + 1) % pts.len()])).sum(),
        }
    }

    fn points_mut(&mut self) -> Vec<&mut Point> {
        match self {
            Shape::Circle { center, .. } => vec![center],
            Shape::Rect { min, max } => vec![min, max],
            Shape::Triangle(a, b, c) => vec![a, b, c],
            Shape::Polygon(pts) => pts.iter_mut().collect(),
        }
    }

    fn translate(&mut self, dx: f64, dy: f64) {
        for p in self.points_mut() {
            p.x += dx;
            p.y += dy;
        }
    }

    fn bounding_box(&self) -> (Point, Point) {
        match self {
            Shape::Circle { center: c, radius: r } => (Point { x: c.x - r, y: c.y - r }, Point { x: c.x + r, y: c.y + r }),
            Shape::Rect { min, max } => (*min, *max),
            Shape::Triangle(a, b, c) => bbox(&[*a, *b, *c]),
            Shape::Polygon(pts) => bbox(pts),
        }
    }

    fn contains(&self, p: Point) -> bool {
        match *self {
            Shape::Circle { center, radius } => center.dist(p) <= radius,
            Shape::Rect { min, max } => (min.x..=max.x).contains(&p.x) && (min.y..=max.y).contains(&p.y),
            Shape::Triangle(a, b, c) => {
                let sign = |p1: Point, p2: Point, p3: Point| (p1.x - p3.x) * (p2.y - p3.y) - (p2.x - p3.x) * (p1.y - p3.y);
                let d1 = sign(p, a, b);
                let d2 = sign(p, b, c);
                let d3 = sign(p, c, a);
                let has_neg = d1 < 0.0 || d2 < 0.0 || d3 < 0.0;
                let has_pos = d1 > 0.0 || d2 > 0.0 || d3 > 0.0;
                !(has_neg && has_pos)
            }
            Shape::Polygon(ref pts) => {
                let mut inside = false;
                let n = pts.len();
                let mut j = n - 1;
                for i in 0..n {
                    let (pi, pj) = (pts[i], pts[j]);
                    if (pi.y > p.y) != (pj.y > p.y) && p.x < (pj.x - pi.x) * (p.y - pi.y) / (pj.y - pi.y) + pi.x {
                        inside = !inside;
                    }
                    j = i;
                }
                inside
            }
        }
    }

    fn name(&self) -> String {
        match self {
            Shape::Circle { radius, .. } => format!("circle r={}", radius),
            Shape::Rect { min, max } if (max.x - min.x) == (max.y - min.y) => format!("square {}", max.x - min.x),
            Shape::Rect { min, max } => format!("rect {}x{}", max.x - min.x, max.y - min.y),
            Shape::Triangle(..) => "triangle".to_string(),
            Shape::Polygon(p) => format!("{}-gon", p.len()),
        }
    }
}

fn bbox(pts: &[Point]) -> (Point, Point) {
    let mut lo = pts[0];
    let mut hi = pts[0];
    for p in &pts[1..] {
        lo.x = lo.x.min(p.x);
        lo.y = lo.y.min(p.y);
        hi.x = hi.x.max(p.x);
        hi.y = hi.y.max(p.y);
    }
    (lo, hi)
}

fn p(x: f64, y: f64) -> Point {
    Point { x, y }
}

fn main() {
    let h = 3.0f64.sqrt();
    let hexagon = vec![p(2.0, 0.0), p(1.0, h), p(-1.0, h), p(-2.0, 0.0), p(-1.0, -h), p(1.0, -h)];
    let mut shapes = vec![
        Shape::Circle { center: p(0.0, 0.0), radius: 1.5 },
        Shape::Rect { min: p(0.0, 0.0), max: p(4.0, 2.5) },
        Shape::Rect { min: p(-1.0, -1.0), max: p(2.0, 2.0) },
        Shape::Triangle(p(0.0, 0.0), p(4.0, 0.0), p(0.0, 3.0)),
        Shape::Polygon(vec![p(0.0, 0.0), p(4.0, 0.0), p(4.0, 4.0), p(2.0, 1.0), p(0.0, 4.0)]),
        Shape::Polygon(hexagon),
    ];
    for s in &shapes {
        let (lo, hi) = s.bounding_box();
        println!("{:<14} area {:>8.4} perimeter {:>8.4} bbox ({}, {})-({}, {})", s.name(), s.area(), s.perimeter(), lo.x, lo.y, hi.x, hi.y);
    }
    let total: f64 = shapes.iter().map(Shape::area).sum();
    println!("total area {:.3}", total);

    let probes = [p(0.5, 0.5), p(3.0, 2.0), p(2.0, 3.0), p(-1.2, 0.9), p(1.0, 1.0)];
    for q in probes {
        let inside: Vec<usize> = shapes.iter().enumerate().filter(|(_, s)| s.contains(q)).map(|(i, _)| i).collect();
        println!("point ({:>4}, {:>4}) inside shapes {:?}", q.x, q.y, inside);
    }

    for s in shapes.iter_mut() {
        s.translate(10.0, -5.0);
    }
    println!("after translation: {:?}", shapes[0]);
    println!("{:?}", shapes[3]);
    let origin = Point::default();
    let mut moved = origin;
    moved.x += 1.0;
    println!("origin still {:?}, moved {:?}", origin, moved);

    shapes.sort_by(|a, b| b.area().partial_cmp(&a.area()).unwrap());
    let names: Vec<String> = shapes.iter().map(|s| format!("{} ({:.1})", s.name(), s.area())).collect();
    println!("by area desc: {}", names.join(", "));
    let biggest = shapes.iter().max_by(|a, b| a.perimeter().partial_cmp(&b.perimeter()).unwrap()).unwrap();
    println!("longest perimeter: {}", biggest.name());
    println!("{:#?}", Shape::Triangle(p(0.0, 0.0), p(1.0, 0.0), p(0.0, -0.5)));
}
