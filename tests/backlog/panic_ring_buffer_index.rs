// A fixed-capacity event log backed by an array ring buffer. The report
// at the end has an off-by-one bug and indexes one past the end of the
// backing Vec, so the program ends with an index-out-of-bounds panic
// (exit status 101) after printing its normal output.
const CAPACITY: usize = 8;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Level {
    Info,
    Warn,
    Error,
}

#[derive(Debug, Clone)]
struct Event {
    seq: u32,
    level: Level,
    message: String,
}

struct RingLog {
    slots: Vec<Option<Event>>,
    head: usize, // next slot to write
    written: u32,
}

impl RingLog {
    fn new() -> RingLog {
        RingLog { slots: vec![None; CAPACITY], head: 0, written: 0 }
    }

    fn push(&mut self, level: Level, message: &str) {
        self.written += 1;
        self.slots[self.head] = Some(Event { seq: self.written, level, message: message.to_string() });
        self.head = (self.head + 1) % CAPACITY;
    }

    fn len(&self) -> usize {
        (self.written as usize).min(CAPACITY)
    }

    fn oldest_first(&self) -> Vec<&Event> {
        let start = if (self.written as usize) < CAPACITY { 0 } else { self.head };
        (0..self.len()).filter_map(|i| self.slots[(start + i) % CAPACITY].as_ref()).collect()
    }
}

fn main() {
    let mut log = RingLog::new();
    let levels = [Level::Info, Level::Info, Level::Warn, Level::Info, Level::Error];
    for i in 0..13u32 {
        let level = levels[i as usize % levels.len()];
        log.push(level, &format!("event number {} ({:?})", i, level));
        println!("pushed #{:<2} head={} len={}", i + 1, log.head, log.len());
    }
    println!("retained events, oldest first:");
    for e in log.oldest_first() {
        println!("  seq {:>2} {:<5} {}", e.seq, format!("{:?}", e.level), e.message);
    }
    let errors = log.oldest_first().iter().filter(|e| e.level == Level::Error).count();
    println!("{} errors among the last {} events", errors, log.len());

    println!("slot dump:");
    // BUG: `..=` walks one slot past the end of the buffer.
    for i in 0..=CAPACITY {
        let slot = &log.slots[i];
        println!("  slot {} -> {:?}", i, slot.as_ref().map(|e| e.seq));
    }
    println!("not reached");
}
