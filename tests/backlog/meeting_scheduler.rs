// Calendar intervals: merging busy slots, finding common free time for
// several people, detecting conflicts, and minimum rooms needed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Time {
    minutes: u16, // minutes since midnight
}

impl Time {
    fn parse(s: &str) -> Result<Time, String> {
        let (h, m) = s.split_once(':').ok_or_else(|| format!("missing ':' in {:?}", s))?;
        let h: u16 = h.parse().map_err(|_| format!("bad hour {:?}", h))?;
        let m: u16 = m.parse().map_err(|_| format!("bad minute {:?}", m))?;
        if h > 23 || m > 59 {
            return Err(format!("out of range time {}", s));
        }
        Ok(Time { minutes: h * 60 + m })
    }
    fn show(self) -> String {
        format!("{:02}:{:02}", self.minutes / 60, self.minutes % 60)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Slot {
    start: Time,
    end: Time,
}

impl Slot {
    fn len(&self) -> u16 {
        self.end.minutes - self.start.minutes
    }
    fn show(&self) -> String {
        format!("{}-{}", self.start.show(), self.end.show())
    }
    fn overlaps(&self, o: &Slot) -> bool {
        self.start < o.end && o.start < self.end
    }
}

fn parse_slots(spec: &str) -> Result<Vec<Slot>, String> {
    spec.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|part| {
            let (a, b) = part.split_once('-').ok_or(format!("bad slot {:?}", part))?;
            let slot = Slot { start: Time::parse(a)?, end: Time::parse(b)? };
            if slot.end <= slot.start {
                return Err(format!("empty slot {}", part));
            }
            Ok(slot)
        })
        .collect()
}

fn merge(mut slots: Vec<Slot>) -> Vec<Slot> {
    slots.sort();
    let mut out: Vec<Slot> = Vec::new();
    for s in slots {
        match out.last_mut() {
            Some(last) if s.start <= last.end => {
                if s.end > last.end {
                    last.end = s.end;
                }
            }
            _ => out.push(s),
        }
    }
    out
}

fn free_time(busy: &[Slot], day: Slot, min_len: u16) -> Vec<Slot> {
    let mut free = Vec::new();
    let mut cursor = day.start;
    for b in busy {
        if b.start > cursor {
            free.push(Slot { start: cursor, end: b.start.min(day.end) });
        }
        cursor = cursor.max(b.end);
    }
    if cursor < day.end {
        free.push(Slot { start: cursor, end: day.end });
    }
    free.retain(|s| s.start < s.end && s.len() >= min_len);
    free
}

fn rooms_needed(meetings: &[Slot]) -> (usize, Time) {
    let mut events: Vec<(Time, i32)> = Vec::new();
    for m in meetings {
        events.push((m.start, 1));
        events.push((m.end, -1));
    }
    events.sort(); // ends (-1) sort before starts (+1) at the same time
    let (mut cur, mut best, mut when) = (0i32, 0i32, Time { minutes: 0 });
    for (t, d) in events {
        cur += d;
        if cur > best {
            best = cur;
            when = t;
        }
    }
    (best as usize, when)
}

fn main() {
    let people = [
        ("ana", "09:00-10:30, 12:00-13:00, 16:00-17:00"),
        ("bo", "08:30-09:15, 10:00-11:00, 10:45-12:15, 15:30-16:30"),
        ("cy", "13:30-14:00, 09:45-10:15"),
        ("dee", "11:00-11:30, 25:00-26:00"),
        ("eve", "14:00-13:00"),
    ];
    let day = Slot { start: Time::parse("08:00").unwrap(), end: Time::parse("18:00").unwrap() };
    let mut everyone: Vec<Slot> = Vec::new();
    for (name, spec) in people.iter() {
        match parse_slots(spec) {
            Ok(slots) => {
                let merged = merge(slots.clone());
                let busy: u16 = merged.iter().map(|s| s.len()).sum();
                println!("{:<4} busy {:>3} min: {}", name, busy, merged.iter().map(|s| s.show()).collect::<Vec<_>>().join(" "));
                everyone.extend(slots);
            }
            Err(e) => println!("{:<4} schedule rejected: {}", name, e),
        }
    }
    let all_busy = merge(everyone.clone());
    println!("combined busy: {}", all_busy.iter().map(Slot::show).collect::<Vec<_>>().join(" "));
    for min_len in [15, 30, 60, 120] {
        let free = free_time(&all_busy, day, min_len);
        let list: Vec<String> = free.iter().map(|s| format!("{} ({}m)", s.show(), s.len())).collect();
        println!("free >= {:>3}m: {}", min_len, if list.is_empty() { "none".to_string() } else { list.join(", ") });
    }

    let mut conflicts = Vec::new();
    for i in 0..everyone.len() {
        for j in i + 1..everyone.len() {
            if everyone[i].overlaps(&everyone[j]) {
                conflicts.push((everyone[i].show(), everyone[j].show()));
            }
        }
    }
    println!("{} overlapping pairs:", conflicts.len());
    for (a, b) in &conflicts {
        println!("  {} x {}", a, b);
    }
    let (rooms, at) = rooms_needed(&everyone);
    println!("rooms needed if all meetings were separate: {} (first reached at {})", rooms, at.show());
    let earliest = everyone.iter().min_by_key(|s| s.start).unwrap();
    let longest = everyone.iter().max_by_key(|s| (s.len(), std::cmp::Reverse(s.start))).unwrap();
    println!("earliest {}, longest {} ({} min)", earliest.show(), longest.show(), longest.len());
    for t in ["7:5", "12:60", "noon", "23:59", "00:00"] {
        println!("parse {:>6}: {:?}", t, Time::parse(t).map(|t| t.show()));
    }
}
