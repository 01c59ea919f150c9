// Poker hand evaluation: parsing cards, classifying five-card hands,
// comparing hands with tie-breakers via derived Ord, and dealing from
// a deck shuffled with an in-program xorshift generator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Suit {
    Clubs,
    Diamonds,
    Hearts,
    Spades,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Card {
    rank: u8, // 2..=14
    suit: Suit,
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Hand {
    HighCard(Vec<u8>),
    Pair(u8, Vec<u8>),
    TwoPair(u8, u8, u8),
    Trips(u8, Vec<u8>),
    Straight(u8),
    Flush(Vec<u8>),
    FullHouse(u8, u8),
    Quads(u8, u8),
    StraightFlush(u8),
}

fn parse_card(s: &str) -> Result<Card, String> {
    let mut chars = s.chars();
    let (r, su) = (chars.next().ok_or("empty card")?, chars.next().ok_or(format!("card {:?} has no suit", s))?);
    if chars.next().is_some() {
        return Err(format!("card {:?} too long", s));
    }
    let rank = match r {
        '2'..='9' => r.to_digit(10).unwrap() as u8,
        'T' => 10,
        'J' => 11,
        'Q' => 12,
        'K' => 13,
        'A' => 14,
        _ => return Err(format!("bad rank {:?}", r)),
    };
    let suit = match su {
        'c' | '♣' => Suit::Clubs,
        'd' | '♦' => Suit::Diamonds,
        'h' | '♥' => Suit::Hearts,
        's' | '♠' => Suit::Spades,
        _ => return Err(format!("bad suit {:?}", su)),
    };
    Ok(Card { rank, suit })
}

fn show(c: Card) -> String {
    let r = match c.rank {
        10 => 'T',
        11 => 'J',
        12 => 'Q',
        13 => 'K',
        14 => 'A',
        n => (b'0' + n) as char,
    };
    let s = match c.suit {
        Suit::Clubs => '♣',
        Suit::Diamonds => '♦',
        Suit::Hearts => '♥',
        Suit::Spades => '♠',
    };
    format!("{}{}", r, s)
}

fn evaluate(cards: &[Card; 5]) -> Hand {
    let mut ranks: Vec<u8> = cards.iter().map(|c| c.rank).collect();
    ranks.sort_unstable_by(|a, b| b.cmp(a));
    let flush = cards.iter().all(|c| c.suit == cards[0].suit);
    let mut uniq = ranks.clone();
    uniq.dedup();
    let straight_high = if uniq.len() == 5 && ranks[0] - ranks[4] == 4 {
        Some(ranks[0])
    } else if ranks == [14, 5, 4, 3, 2] {
        Some(5) // the wheel
    } else {
        None
    };
    // groups sorted by (count desc, rank desc)
    let mut groups: Vec<(u8, u8)> = uniq.iter().map(|&r| (ranks.iter().filter(|&&x| x == r).count() as u8, r)).collect();
    groups.sort_by(|a, b| b.cmp(a));
    let kickers = |exclude: &[u8]| -> Vec<u8> { ranks.iter().copied().filter(|r| !exclude.contains(r)).collect() };
    match (straight_high, flush, groups.as_slice()) {
        (Some(h), true, _) => Hand::StraightFlush(h),
        (_, _, [(4, q), (1, k)]) => Hand::Quads(*q, *k),
        (_, _, [(3, t), (2, p)]) => Hand::FullHouse(*t, *p),
        (_, true, _) => Hand::Flush(ranks.clone()),
        (Some(h), false, _) => Hand::Straight(h),
        (_, _, [(3, t), ..]) => Hand::Trips(*t, kickers(&[*t])),
        (_, _, [(2, a), (2, b), (1, k)]) => Hand::TwoPair(*a, *b, *k),
        (_, _, [(2, p), ..]) => Hand::Pair(*p, kickers(&[*p])),
        _ => Hand::HighCard(ranks.clone()),
    }
}

fn parse_hand(s: &str) -> Result<[Card; 5], String> {
    let cards: Vec<Card> = s.split_whitespace().map(parse_card).collect::<Result<_, _>>()?;
    let n = cards.len();
    let arr: [Card; 5] = cards.try_into().map_err(|_| format!("need 5 cards, got {}", n))?;
    for i in 0..5 {
        for j in i + 1..5 {
            if arr[i] == arr[j] {
                return Err(format!("duplicate card {}", show(arr[i])));
            }
        }
    }
    Ok(arr)
}

fn category(h: &Hand) -> &'static str {
    match h {
        Hand::HighCard(_) => "high card",
        Hand::Pair(..) => "pair",
        Hand::TwoPair(..) => "two pair",
        Hand::Trips(..) => "three of a kind",
        Hand::Straight(_) => "straight",
        Hand::Flush(_) => "flush",
        Hand::FullHouse(..) => "full house",
        Hand::Quads(..) => "four of a kind",
        Hand::StraightFlush(14) => "royal flush",
        Hand::StraightFlush(_) => "straight flush",
    }
}

fn main() {
    let hands = [
        "As Ks Qs Js Ts",
        "5h 4h 3h 2h Ah",
        "9c 9d 9h 9s 2d",
        "Kc Kd Kh 3s 3d",
        "2d 7d 9d Jd Kd",
        "Ac 2d 3h 4s 5c",
        "Tc Jd Qh Ks Ac",
        "7c 7d 7h Ks 2d",
        "Jc Jd 4h 4s Ad",
        "Jh Js 4c 4d Kh",
        "Qc Qd 9h 5s 2d",
        "Ac Kd 9h 5s 2d",
        "Ac Kd 9h 5s",
        "Ac Kd 9h 5s 5s",
        "1c 2d 3h 4s 5c",
    ];
    let mut scored: Vec<(Hand, String)> = Vec::new();
    for h in hands {
        match parse_hand(h) {
            Ok(cards) => {
                let v = evaluate(&cards);
                let pretty: Vec<String> = cards.iter().map(|&c| show(c)).collect();
                println!("{:<16} {:<16} {:<16} {:?}", h, pretty.join(" "), category(&v), v);
                scored.push((v, h.to_string()));
            }
            Err(e) => println!("{:<16} invalid: {}", h, e),
        }
    }
    scored.sort_by(|a, b| b.0.cmp(&a.0));
    println!("ranking:");
    for (i, (h, s)) in scored.iter().enumerate() {
        println!("{:>3}. {:<16} {}", i + 1, s, category(h));
    }

    // deal hands from a shuffled deck
    let mut deck: Vec<Card> = Vec::with_capacity(52);
    for suit in [Suit::Clubs, Suit::Diamonds, Suit::Hearts, Suit::Spades] {
        for rank in 2..=14 {
            deck.push(Card { rank, suit });
        }
    }
    let mut x: u32 = 0x9E3779B9;
    let mut counts = [0u32; 10];
    for round in 0..2000 {
        for i in (1..deck.len()).rev() {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            let j = (x % (i as u32 + 1)) as usize;
            deck.swap(i, j);
        }
        let hand: [Card; 5] = deck[..5].try_into().unwrap();
        let v = evaluate(&hand);
        let idx = ["high card", "pair", "two pair", "three of a kind", "straight", "flush", "full house", "four of a kind", "straight flush", "royal flush"].iter().position(|&c| c == category(&v)).unwrap();
        counts[idx] += 1;
        if round < 3 {
            let mut sorted = hand;
            sorted.sort();
            println!("deal {}: {} -> {}", round, sorted.iter().map(|&c| show(c)).collect::<Vec<_>>().join(" "), category(&v));
        }
    }
    println!("2000 random hands: {:?}", counts);
}
