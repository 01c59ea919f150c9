// A vending machine state machine: coin insertion, product selection,
// change making with a limited coin float, refunds and restocking.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Coin {
    Nickel = 5,
    Dime = 10,
    Quarter = 25,
    Dollar = 100,
}

const COINS_DESC: [Coin; 4] = [Coin::Dollar, Coin::Quarter, Coin::Dime, Coin::Nickel];

#[derive(Debug, Clone, PartialEq)]
enum State {
    Idle,
    Collecting { credit: u32 },
    OutOfService(String),
}

#[derive(Debug)]
enum Event {
    Insert(Coin),
    Select(char, u8),
    Refund,
    Service,
    Restock(char, u8, u8, u32),
}

#[derive(Debug)]
struct Slot {
    code: (char, u8),
    name: String,
    price: u32,
    count: u32,
}

struct Machine {
    state: State,
    slots: Vec<Slot>,
    float: [u32; 4], // counts per coin, same order as COINS_DESC
    sales: u32,
}

fn fmt_money(c: u32) -> String {
    format!("${}.{:02}", c / 100, c % 100)
}

impl Machine {
    fn make_change(&mut self, mut amount: u32) -> Option<Vec<Coin>> {
        let mut plan = [0u32; 4];
        for (i, coin) in COINS_DESC.iter().enumerate() {
            let v = *coin as u32;
            let n = (amount / v).min(self.float[i]);
            plan[i] = n;
            amount -= n * v;
        }
        if amount != 0 {
            return None;
        }
        let mut coins = Vec::new();
        for (i, n) in plan.iter().enumerate() {
            self.float[i] -= n;
            for _ in 0..*n {
                coins.push(COINS_DESC[i]);
            }
        }
        Some(coins)
    }

    fn handle(&mut self, ev: &Event) -> String {
        let state = std::mem::replace(&mut self.state, State::Idle);
        let (next, msg) = match (state, ev) {
            (State::OutOfService(why), Event::Service) => (State::Idle, format!("back in service (was: {})", why)),
            (s, Event::Restock(row, col, n, price)) => {
                match self.slots.iter_mut().find(|sl| sl.code == (*row, *col)) {
                    Some(slot) => {
                        slot.count += *n as u32;
                        slot.price = *price;
                    }
                    None => self.slots.push(Slot { code: (*row, *col), name: format!("item-{}{}", row, col), price: *price, count: *n as u32 }),
                }
                (s, format!("restocked {}{}", row, col))
            }
            (s @ State::OutOfService(_), _) => (s, "out of service".to_string()),
            (_, Event::Service) => (State::OutOfService("maintenance".into()), "entering maintenance".to_string()),
            (State::Idle, Event::Insert(c)) => {
                self.add_coin(*c);
                (State::Collecting { credit: *c as u32 }, format!("credit {}", fmt_money(*c as u32)))
            }
            (State::Collecting { credit }, Event::Insert(c)) => {
                self.add_coin(*c);
                let credit = credit + *c as u32;
                (State::Collecting { credit }, format!("credit {}", fmt_money(credit)))
            }
            (State::Idle, Event::Select(..)) => (State::Idle, "insert coins first".to_string()),
            (State::Idle, Event::Refund) => (State::Idle, "nothing to refund".to_string()),
            (State::Collecting { credit }, Event::Refund) => match self.make_change(credit) {
                Some(coins) => (State::Idle, format!("refunded {:?}", coins)),
                None => (State::OutOfService("cannot refund".into()), "ERROR: cannot refund".to_string()),
            },
            (State::Collecting { credit }, Event::Select(row, col)) => {
                match self.slots.iter().position(|s| s.code == (*row, *col)) {
                    None => (State::Collecting { credit }, format!("no slot {}{}", row, col)),
                    Some(i) if self.slots[i].count == 0 => (State::Collecting { credit }, format!("{} sold out", self.slots[i].name)),
                    Some(i) if self.slots[i].price > credit => {
                        let short = self.slots[i].price - credit;
                        (State::Collecting { credit }, format!("{} costs {}, insert {} more", self.slots[i].name, fmt_money(self.slots[i].price), fmt_money(short)))
                    }
                    Some(i) => {
                        let change = credit - self.slots[i].price;
                        match self.make_change(change) {
                            Some(coins) => {
                                self.slots[i].count -= 1;
                                self.sales += self.slots[i].price;
                                (State::Idle, format!("vend {} change {} {:?}", self.slots[i].name, fmt_money(change), coins))
                            }
                            None => (State::Collecting { credit }, "exact change only".to_string()),
                        }
                    }
                }
            }
        };
        self.state = next;
        msg
    }

    fn add_coin(&mut self, c: Coin) {
        let i = COINS_DESC.iter().position(|&x| x == c).unwrap();
        self.float[i] += 1;
    }

    fn float_value(&self) -> u32 {
        COINS_DESC.iter().zip(self.float.iter()).map(|(c, n)| *c as u32 * n).sum()
    }
}

fn main() {
    let mut m = Machine {
        state: State::Idle,
        slots: vec![
            Slot { code: ('A', 1), name: "Cola".into(), price: 125, count: 2 },
            Slot { code: ('A', 2), name: "Water".into(), price: 90, count: 1 },
            Slot { code: ('B', 1), name: "Chips".into(), price: 65, count: 5 },
        ],
        float: [0, 2, 1, 1],
        sales: 0,
    };
    println!("initial float {} {:?}", fmt_money(m.float_value()), m.float);
    use Coin::*;
    let events = vec![
        Event::Select('A', 1),
        Event::Insert(Dollar),
        Event::Select('A', 1),
        Event::Insert(Quarter),
        Event::Select('A', 1),
        Event::Insert(Dollar),
        Event::Select('B', 1),
        Event::Insert(Quarter),
        Event::Insert(Quarter),
        Event::Insert(Quarter),
        Event::Insert(Quarter),
        Event::Select('A', 2),
        Event::Insert(Dollar),
        Event::Select('A', 2),
        Event::Select('C', 9),
        Event::Refund,
        Event::Refund,
        Event::Service,
        Event::Insert(Dime),
        Event::Restock('C', 1, 4, 150),
        Event::Service,
        Event::Insert(Dollar),
        Event::Insert(Dollar),
        Event::Select('C', 1),
        Event::Insert(Nickel),
        Event::Insert(Dime),
        Event::Refund,
    ];
    for (i, ev) in events.iter().enumerate() {
        let before = m.state.clone();
        let msg = m.handle(ev);
        println!("{:>2}. {:<28} {:<30} -> {}", i + 1, format!("{:?}", ev), format!("{:?}", before), msg);
    }
    println!("final state {:?}", m.state);
    println!("sales {} float {} {:?}", fmt_money(m.sales), fmt_money(m.float_value()), m.float);
    for s in &m.slots {
        println!("  {}{} {:<8} {:>6} x{}", s.code.0, s.code.1, s.name, fmt_money(s.price), s.count);
    }
    let mut coins = vec![Dime, Dollar, Nickel, Quarter, Dime];
    coins.sort();
    println!("sorted coins {:?} max {:?} values {:?}", coins, coins.iter().max(), coins.iter().map(|&c| c as i32).collect::<Vec<_>>());
}
