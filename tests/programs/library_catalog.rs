// A library catalog split across nested modules with pub/use: books,
// members, loans with due dates, fines, and search.
mod catalog {
    pub mod model {
        #[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct Isbn(pub String);

        #[derive(Debug, Clone)]
        pub struct Book {
            pub isbn: Isbn,
            pub title: String,
            pub author: String,
            pub year: u16,
            pub copies: u8,
            pub(crate) on_loan: u8,
        }

        impl Book {
            pub fn new(isbn: &str, title: &str, author: &str, year: u16, copies: u8) -> Self {
                Book { isbn: Isbn(isbn.to_string()), title: title.to_string(), author: author.to_string(), year, copies, on_loan: 0 }
            }
            pub fn available(&self) -> u8 {
                self.copies - self.on_loan
            }
        }

        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Tier {
            Basic,
            Premium,
        }

        impl Tier {
            pub const fn max_loans(self) -> usize {
                match self {
                    Tier::Basic => 2,
                    Tier::Premium => 5,
                }
            }
        }

        #[derive(Debug, Clone)]
        pub struct Member {
            pub id: u32,
            pub name: String,
            pub tier: Tier,
        }

        #[derive(Debug, Clone)]
        pub struct Loan {
            pub isbn: Isbn,
            pub member: u32,
            pub day_out: u32,
            pub day_due: u32,
        }
    }

    pub mod rules {
        pub const LOAN_DAYS: u32 = 14;
        pub const FINE_PER_DAY_CENTS: u32 = 25;
        pub const MAX_FINE_CENTS: u32 = 500;

        pub fn fine(days_late: u32) -> u32 {
            (days_late * FINE_PER_DAY_CENTS).min(MAX_FINE_CENTS)
        }
    }

    use self::model::{Book, Isbn, Loan, Member};

    #[derive(Debug, PartialEq)]
    pub enum LoanError {
        NoSuchBook,
        NoSuchMember,
        NoCopiesLeft,
        LimitReached(usize),
        NotBorrowed,
    }

    #[derive(Default)]
    pub struct Library {
        pub books: Vec<Book>,
        pub members: Vec<Member>,
        pub loans: Vec<Loan>,
        pub fines_collected: u32,
    }

    impl Library {
        fn book_mut(&mut self, isbn: &str) -> Result<&mut Book, LoanError> {
            self.books.iter_mut().find(|b| b.isbn.0 == isbn).ok_or(LoanError::NoSuchBook)
        }

        pub fn checkout(&mut self, isbn: &str, member: u32, today: u32) -> Result<u32, LoanError> {
            let m = self.members.iter().find(|m| m.id == member).ok_or(LoanError::NoSuchMember)?;
            let limit = m.tier.max_loans();
            let current = self.loans.iter().filter(|l| l.member == member).count();
            if current >= limit {
                return Err(LoanError::LimitReached(limit));
            }
            let book = self.book_mut(isbn)?;
            if book.available() == 0 {
                return Err(LoanError::NoCopiesLeft);
            }
            book.on_loan += 1;
            let due = today + rules::LOAN_DAYS;
            self.loans.push(Loan { isbn: Isbn(isbn.to_string()), member, day_out: today, day_due: due });
            Ok(due)
        }

        pub fn checkin(&mut self, isbn: &str, member: u32, today: u32) -> Result<u32, LoanError> {
            let idx = self.loans.iter().position(|l| l.isbn.0 == isbn && l.member == member).ok_or(LoanError::NotBorrowed)?;
            let loan = self.loans.remove(idx);
            self.book_mut(isbn)?.on_loan -= 1;
            let fine = rules::fine(today.saturating_sub(loan.day_due));
            self.fines_collected += fine;
            Ok(fine)
        }

        pub fn search(&self, query: &str) -> Vec<&Book> {
            let q = query.to_lowercase();
            let mut hits: Vec<&Book> = self.books.iter().filter(|b| b.title.to_lowercase().contains(&q) || b.author.to_lowercase().contains(&q)).collect();
            hits.sort_by_key(|b| (b.year, b.title.clone()));
            hits
        }
    }
}

use catalog::model::{Book, Member, Tier};
use catalog::rules::{self, fine};
use catalog::{Library, LoanError};

fn main() {
    let mut lib = Library::default();
    lib.books.push(Book::new("978-0", "The Rust Programming Language", "Klabnik & Nichols", 2019, 2));
    lib.books.push(Book::new("978-1", "Programming Rust", "Blandy, Orendorff & Tindall", 2021, 1));
    lib.books.push(Book::new("978-2", "Structure and Interpretation of Computer Programs", "Abelson & Sussman", 1985, 1));
    lib.books.push(Book::new("978-3", "The C Programming Language", "Kernighan & Ritchie", 1978, 3));
    lib.books.push(Book::new("978-4", "Crafting Interpreters", "Nystrom", 2021, 1));
    lib.members.push(Member { id: 1, name: "Ana".into(), tier: Tier::Basic });
    lib.members.push(Member { id: 2, name: "Ben".into(), tier: Tier::Premium });

    println!("loan period {} days, fine {}c/day capped at {}c", rules::LOAN_DAYS, rules::FINE_PER_DAY_CENTS, rules::MAX_FINE_CENTS);
    for days in [0, 1, 7, 19, 20, 21, 100] {
        print!("{}d:{}c ", days, fine(days));
    }
    println!();

    let actions: [(&str, &str, u32, u32); 14] = [
        ("out", "978-0", 1, 1),
        ("out", "978-1", 1, 2),
        ("out", "978-3", 1, 3),
        ("out", "978-1", 2, 3),
        ("out", "978-0", 2, 4),
        ("out", "978-0", 2, 5),
        ("out", "978-9", 2, 5),
        ("out", "978-4", 7, 6),
        ("in", "978-0", 1, 10),
        ("in", "978-1", 1, 30),
        ("in", "978-1", 1, 31),
        ("out", "978-1", 2, 31),
        ("in", "978-0", 2, 60),
        ("in", "978-4", 2, 61),
    ];
    for (kind, isbn, member, day) in actions {
        let result = match kind {
            "out" => lib.checkout(isbn, member, day).map(|due| format!("due day {}", due)),
            "in" => lib.checkin(isbn, member, day).map(|f| if f == 0 { "on time".to_string() } else { format!("late, fine {}.{:02}", f / 100, f % 100) }),
            _ => unreachable!(),
        };
        let who = lib.members.iter().find(|m| m.id == member).map_or("?", |m| m.name.as_str());
        match result {
            Ok(msg) => println!("day {:>2}: {:<3} {} by {:<3} ok: {}", day, kind, isbn, who, msg),
            Err(LoanError::LimitReached(n)) => println!("day {:>2}: {:<3} {} by {:<3} refused: limit of {} loans", day, kind, isbn, who, n),
            Err(e) => println!("day {:>2}: {:<3} {} by {:<3} refused: {:?}", day, kind, isbn, who, e),
        }
    }
    println!("outstanding loans:");
    for l in &lib.loans {
        println!("  {:?} member {} out {} due {}", l.isbn, l.member, l.day_out, l.day_due);
    }
    println!("fines collected: {} cents", lib.fines_collected);
    for b in &lib.books {
        println!("{:<6} {:<52} {:>4} {}/{} available", b.isbn.0, b.title, b.year, b.available(), b.copies);
    }
    for q in ["programming", "RUST", "nystrom", "haskell"] {
        let hits: Vec<String> = lib.search(q).iter().map(|b| format!("{} ({})", b.title, b.year)).collect();
        println!("search {:?}: {:?}", q, hits);
    }
    println!("basic limit {}, premium limit {}", Tier::Basic.max_loans(), Tier::Premium.max_loans());
    let mut isbns: Vec<_> = lib.books.iter().map(|b| b.isbn.clone()).collect();
    isbns.sort_by(|a, b| b.cmp(a));
    println!("{:?}", &isbns[..2]);
}
