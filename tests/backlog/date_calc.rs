// Date arithmetic: leap years, day of week, day-of-year, adding days,
// differences between dates, and parsing ISO dates with errors.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
struct Date {
    year: i32,
    month: u8,
    day: u8,
}

#[derive(Debug, PartialEq)]
enum DateError {
    Format(String),
    Number(String),
    Range { field: &'static str, value: i64 },
}

const MONTH_NAMES: [&str; 12] = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
];
const WEEKDAYS: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

fn days_in_month(y: i32, m: u8) -> u8 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(y) => 29,
        2 => 28,
        _ => panic!("invalid month {}", m),
    }
}

impl Date {
    fn new(year: i32, month: u8, day: u8) -> Result<Date, DateError> {
        if !(1..=12).contains(&month) {
            return Err(DateError::Range { field: "month", value: month as i64 });
        }
        if day == 0 || day > days_in_month(year, month) {
            return Err(DateError::Range { field: "day", value: day as i64 });
        }
        Ok(Date { year, month, day })
    }

    fn parse(s: &str) -> Result<Date, DateError> {
        let parts: Vec<&str> = s.trim().split('-').collect();
        let [y, m, d] = parts[..] else {
            return Err(DateError::Format(format!("expected YYYY-MM-DD, got {:?}", s)));
        };
        let year = y.parse::<i32>().map_err(|e| DateError::Number(format!("year {:?}: {}", y, e)))?;
        let month = m.parse::<u8>().map_err(|e| DateError::Number(format!("month {:?}: {}", m, e)))?;
        let day = d.parse::<u8>().map_err(|e| DateError::Number(format!("day {:?}: {}", d, e)))?;
        Date::new(year, month, day)
    }

    /// Days since 1970-01-01 (civil-from-days algorithm by H. Hinnant).
    fn to_days(self) -> i64 {
        let y = if self.month <= 2 { self.year as i64 - 1 } else { self.year as i64 };
        let era = y.div_euclid(400);
        let yoe = y.rem_euclid(400);
        let m = self.month as i64;
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + self.day as i64 - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146097 + doe - 719468
    }

    fn from_days(z: i64) -> Date {
        let z = z + 719468;
        let era = z.div_euclid(146097);
        let doe = z.rem_euclid(146097);
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let m = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let y = yoe + era * 400 + if m <= 2 { 1 } else { 0 };
        Date { year: y as i32, month: m, day: d }
    }

    fn weekday(self) -> &'static str {
        // 1970-01-01 was a Thursday (index 3)
        WEEKDAYS[(self.to_days() + 3).rem_euclid(7) as usize]
    }

    fn day_of_year(self) -> u32 {
        let before: u32 = (1..self.month).map(|m| days_in_month(self.year, m) as u32).sum();
        before + self.day as u32
    }

    fn add_days(self, n: i64) -> Date {
        Date::from_days(self.to_days() + n)
    }

    fn long(self) -> String {
        format!("{} {} {}, {}", self.weekday(), MONTH_NAMES[self.month as usize - 1], self.day, self.year)
    }
}

fn main() {
    for y in [1900, 2000, 2023, 2024, 2100, 2400] {
        println!("{} leap={:<5} Feb has {} days", y, is_leap(y), days_in_month(y, 2));
    }

    let inputs = ["2024-02-29", "1970-01-01", "2000-12-31", "1999-1-1", "2023-02-29", "2023-13-01", "12/05/2021", "20x4-01-01", "2024-07-300", " 2038-01-19 "];
    let mut good: Vec<Date> = Vec::new();
    for s in inputs {
        match Date::parse(s) {
            Ok(d) => {
                println!("{:<14} -> {:04}-{:02}-{:02} = {} (day {} of year, epoch day {})", format!("{:?}", s), d.year, d.month, d.day, d.long(), d.day_of_year(), d.to_days());
                good.push(d);
            }
            Err(e) => println!("{:<14} -> error {:?}", format!("{:?}", s), e),
        }
    }

    good.sort();
    println!("sorted: {:?}", good.iter().map(|d| format!("{}-{}-{}", d.year, d.month, d.day)).collect::<Vec<_>>());
    let first = good[0];
    let last = *good.last().unwrap();
    println!("span: {} days", last.to_days() - first.to_days());

    let start = Date::new(2024, 1, 31).unwrap();
    for delta in [0i64, 1, 29, 30, 365, 366, -1, -365, 10_000, -100_000] {
        let d = start.add_days(delta);
        println!("{:+7} days -> {:?} {}", delta, d, d.weekday());
        assert_eq!(Date::from_days(d.to_days()), d);
    }

    // Count Friday the 13ths per year
    for year in 2023..=2026 {
        let fridays: Vec<&str> = (1..=12u8)
            .filter(|&m| Date { year, month: m, day: 13 }.weekday() == "Friday")
            .map(|m| &MONTH_NAMES[m as usize - 1][..3])
            .collect();
        println!("{}: Friday 13th in {:?}", year, fridays);
    }

    let d = Date::default();
    println!("default date: {:?}, valid? {}", d, Date::new(d.year, d.month, d.day).is_ok());
}
