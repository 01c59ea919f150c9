// An elevator controller simulation: requests arrive over time, the car
// follows a SCAN (elevator) algorithm, and each tick is logged.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Direction {
    Up,
    Down,
    Idle,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum DoorState {
    Open(u8), // ticks remaining
    Closed,
}

#[derive(Debug, Clone, Copy)]
struct Request {
    time: u32,
    from: u8,
    to: u8,
}

#[derive(Debug)]
struct Passenger {
    req: Request,
    boarded_at: Option<u32>,
    arrived_at: Option<u32>,
}

struct Elevator {
    floor: u8,
    dir: Direction,
    door: DoorState,
    stops: [bool; 10],
    travelled: u32,
}

impl Elevator {
    fn next_direction(&self) -> Direction {
        let above = (self.floor as usize + 1..10).any(|f| self.stops[f]);
        let below = (0..self.floor as usize).any(|f| self.stops[f]);
        match (self.dir, above, below) {
            (Direction::Up, true, _) => Direction::Up,
            (Direction::Down, _, true) => Direction::Down,
            (_, true, false) => Direction::Up,
            (_, false, true) => Direction::Down,
            (Direction::Idle, true, true) => Direction::Up,
            _ => Direction::Idle,
        }
    }
}

fn main() {
    let requests = [
        Request { time: 0, from: 0, to: 5 },
        Request { time: 1, from: 3, to: 1 },
        Request { time: 2, from: 7, to: 9 },
        Request { time: 4, from: 2, to: 8 },
        Request { time: 9, from: 9, to: 0 },
        Request { time: 15, from: 4, to: 4 },
        Request { time: 16, from: 6, to: 2 },
    ];
    let mut passengers: Vec<Passenger> = requests.iter().map(|&req| Passenger { req, boarded_at: None, arrived_at: None }).collect();
    let mut car = Elevator { floor: 0, dir: Direction::Idle, door: DoorState::Closed, stops: [false; 10], travelled: 0 };
    let mut tick = 0u32;
    loop {
        // new requests call the car
        for p in passengers.iter_mut() {
            if p.req.time == tick {
                if p.req.from == p.req.to {
                    p.boarded_at = Some(tick);
                    p.arrived_at = Some(tick);
                    println!("t={:>2} request {}->{} ignored (same floor)", tick, p.req.from, p.req.to);
                } else {
                    car.stops[p.req.from as usize] = true;
                    println!("t={:>2} call at floor {} (wants {})", tick, p.req.from, p.req.to);
                }
            }
        }
        let all_done = passengers.iter().all(|p| p.arrived_at.is_some());
        if all_done && tick > requests.iter().map(|r| r.time).max().unwrap() {
            break;
        }
        match car.door {
            DoorState::Open(n) if n > 1 => car.door = DoorState::Open(n - 1),
            DoorState::Open(_) => car.door = DoorState::Closed,
            DoorState::Closed => {
                if car.stops[car.floor as usize] {
                    car.stops[car.floor as usize] = false;
                    car.door = DoorState::Open(2);
                    let mut events = Vec::new();
                    for (i, p) in passengers.iter_mut().enumerate() {
                        if p.boarded_at.is_some() && p.arrived_at.is_none() && p.req.to == car.floor {
                            p.arrived_at = Some(tick);
                            events.push(format!("P{} out", i));
                        }
                    }
                    for (i, p) in passengers.iter_mut().enumerate() {
                        if p.boarded_at.is_none() && p.req.time <= tick && p.req.from == car.floor {
                            p.boarded_at = Some(tick);
                            car.stops[p.req.to as usize] = true;
                            events.push(format!("P{} in", i));
                        }
                    }
                    println!("t={:>2} floor {} doors open [{}]", tick, car.floor, events.join(", "));
                } else {
                    car.dir = car.next_direction();
                    match car.dir {
                        Direction::Up => car.floor += 1,
                        Direction::Down => car.floor -= 1,
                        Direction::Idle => {}
                    }
                    if car.dir != Direction::Idle {
                        car.travelled += 1;
                        let pending: Vec<usize> = (0..10).filter(|&f| car.stops[f]).collect();
                        println!("t={:>2} moving {:?} to floor {} pending {:?}", tick, car.dir, car.floor, pending);
                    }
                }
            }
        }
        tick += 1;
        if tick > 200 {
            panic!("simulation did not finish");
        }
    }
    println!("finished at t={} after travelling {} floors", tick, car.travelled);
    println!("{:<4}{:>6}{:>6}{:>8}{:>8}{:>7}{:>7}", "id", "from", "to", "called", "board", "done", "total");
    let mut waits = Vec::new();
    for (i, p) in passengers.iter().enumerate() {
        let board = p.boarded_at.unwrap();
        let done = p.arrived_at.unwrap();
        waits.push(board - p.req.time);
        println!("P{:<3}{:>6}{:>6}{:>8}{:>8}{:>7}{:>7}", i, p.req.from, p.req.to, p.req.time, board, done, done - p.req.time);
    }
    let avg = waits.iter().sum::<u32>() as f64 / waits.len() as f64;
    println!("average wait {:.2} ticks, longest {:?}", avg, waits.iter().max());
    println!("final state: floor {} dir {:?} door {:?}", car.floor, car.dir, car.door);
}
