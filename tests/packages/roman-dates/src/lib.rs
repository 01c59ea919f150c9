//! Roman numerals and calendar dates: conversions both ways, validation, date arithmetic
//! and weekdays, in the proleptic Gregorian calendar.

const NUMERALS: [(u32, &str); 13] = [
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
];

/// `n` in Roman numerals; only 1 to 3999 have one.
pub fn to_roman(n: u32) -> Option<String> {
    if n == 0 || n > 3999 {
        return None;
    }
    let mut rest = n;
    let mut out = String::new();
    for (value, symbol) in NUMERALS.iter() {
        while rest >= *value {
            out.push_str(symbol);
            rest -= value;
        }
    }
    Some(out)
}

fn symbol_value(c: char) -> Option<u32> {
    match c {
        'I' => Some(1),
        'V' => Some(5),
        'X' => Some(10),
        'L' => Some(50),
        'C' => Some(100),
        'D' => Some(500),
        'M' => Some(1000),
        _ => None,
    }
}

/// Parses a Roman numeral in canonical form (`IV`, not `IIII`).
pub fn from_roman(text: &str) -> Result<u32, String> {
    if text.is_empty() {
        return Err(String::from("empty numeral"));
    }
    let mut total = 0;
    let chars: Vec<char> = text.to_uppercase().chars().collect();
    for i in 0..chars.len() {
        let value = match symbol_value(chars[i]) {
            Some(value) => value,
            None => return Err(format!("'{}' is not a Roman digit", chars[i])),
        };
        let next = if i + 1 < chars.len() { symbol_value(chars[i + 1]).unwrap_or(0) } else { 0 };
        if value < next {
            total -= value as i64;
        } else {
            total += value as i64;
        }
    }
    let total = total as u32;
    // Only the canonical spelling of a number is accepted.
    if to_roman(total).as_deref() != Some(text.to_uppercase().as_str()) {
        return Err(format!("{} is not a canonical numeral", text));
    }
    Ok(total)
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Weekday {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => panic!("month {} does not exist", month),
    }
}

impl Date {
    pub fn new(year: i32, month: u32, day: u32) -> Result<Date, String> {
        if month < 1 || month > 12 {
            return Err(format!("invalid month {}", month));
        }
        if day < 1 || day > days_in_month(year, month) {
            return Err(format!("invalid day {} for {}-{:02}", day, year, month));
        }
        Ok(Date { year, month, day })
    }

    /// Parses `YYYY-MM-DD`.
    pub fn parse(text: &str) -> Result<Date, String> {
        let parts: Vec<&str> = text.split('-').collect();
        if parts.len() != 3 || parts[0].len() != 4 || parts[1].len() != 2 || parts[2].len() != 2 {
            return Err(format!("expected YYYY-MM-DD, got {:?}", text));
        }
        let mut numbers = [0u32; 3];
        for i in 0..3 {
            numbers[i] = match parts[i].parse() {
                Ok(n) => n,
                Err(_) => return Err(format!("expected YYYY-MM-DD, got {:?}", text)),
            };
        }
        Date::new(numbers[0] as i32, numbers[1], numbers[2])
    }

    pub fn iso(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// 1 for January 1st.
    pub fn day_of_year(&self) -> u32 {
        let mut day = self.day;
        for month in 1..self.month {
            day += days_in_month(self.year, month);
        }
        day
    }

    /// Days since 1970-01-01 (negative before it).
    pub fn days_since_epoch(&self) -> i64 {
        let mut days: i64 = 0;
        if self.year >= 1970 {
            for year in 1970..self.year {
                days += if is_leap_year(year) { 366 } else { 365 };
            }
        } else {
            for year in self.year..1970 {
                days -= if is_leap_year(year) { 366 } else { 365 };
            }
        }
        days + self.day_of_year() as i64 - 1
    }

    pub fn weekday(&self) -> Weekday {
        // 1970-01-01 was a Thursday.
        match (self.days_since_epoch() + 3).rem_euclid(7) {
            0 => Weekday::Monday,
            1 => Weekday::Tuesday,
            2 => Weekday::Wednesday,
            3 => Weekday::Thursday,
            4 => Weekday::Friday,
            5 => Weekday::Saturday,
            _ => Weekday::Sunday,
        }
    }

    pub fn add_days(&self, days: u32) -> Date {
        let mut date = *self;
        for _ in 0..days {
            if date.day < days_in_month(date.year, date.month) {
                date.day += 1;
            } else if date.month < 12 {
                date.month += 1;
                date.day = 1;
            } else {
                date = Date { year: date.year + 1, month: 1, day: 1 };
            }
        }
        date
    }

    /// The date with the year in Roman numerals, as on a cornerstone: `MMXXIV-03-01`.
    pub fn monumental(&self) -> Option<String> {
        let year = to_roman(self.year as u32)?;
        Some(format!("{}-{:02}-{:02}", year, self.month, self.day))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roman_numerals_both_ways() {
        assert_eq!(to_roman(1994).as_deref(), Some("MCMXCIV"));
        assert_eq!(to_roman(3999).as_deref(), Some("MMMCMXCIX"));
        assert_eq!(from_roman("mcmxciv"), Ok(1994));
        assert_eq!(to_roman(0), None);
    }

    #[test]
    fn non_canonical_numerals_are_refused() {
        assert_eq!(from_roman("IIII"), Err(String::from("IIII is not a canonical numeral")));
        assert_eq!(from_roman("IC"), Err(String::from("IC is not a canonical numeral")));
        assert_eq!(from_roman("XIZ"), Err(String::from("'Z' is not a Roman digit")));
    }

    #[test]
    fn leap_years() {
        assert!(is_leap_year(2024));
        assert!(!is_leap_year(1900));
        assert!(is_leap_year(2000));
        assert_eq!(days_in_month(2023, 2), 28);
    }

    #[test]
    #[should_panic]
    fn month_thirteen_does_not_exist() {
        days_in_month(2024, 13);
    }

    #[test]
    #[ignore = "slow: every numeral"]
    fn every_numeral_round_trips() {
        for n in 1..4000 {
            let numeral = to_roman(n).unwrap();
            assert_eq!(from_roman(&numeral), Ok(n), "{}", numeral);
        }
    }
}
