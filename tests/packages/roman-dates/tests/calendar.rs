use roman_dates::{Date, Weekday};

#[test]
fn parsing_and_printing() {
    let date = Date::parse("2024-02-29").unwrap();
    assert_eq!(date, Date { year: 2024, month: 2, day: 29 });
    assert_eq!(date.iso(), "2024-02-29");
    assert_eq!(Date::parse("2023-02-29"), Err(String::from("invalid day 29 for 2023-02")));
    assert_eq!(Date::parse("2023-2-1"), Err(String::from("expected YYYY-MM-DD, got \"2023-2-1\"")));
}

#[test]
fn weekdays() {
    assert_eq!(Date::parse("1970-01-01").unwrap().weekday(), Weekday::Thursday);
    assert_eq!(Date::parse("2000-01-01").unwrap().weekday(), Weekday::Saturday);
    assert_eq!(Date::parse("1969-12-31").unwrap().weekday(), Weekday::Wednesday);
}

#[test]
fn adding_days_crosses_months_and_years() {
    let date = Date::parse("2023-12-30").unwrap();
    assert_eq!(date.add_days(3).iso(), "2024-01-02");
    assert_eq!(Date::parse("2024-02-28").unwrap().add_days(1).iso(), "2024-02-29");
    assert_eq!(date.day_of_year(), 364);
}

#[test]
#[should_panic(expected = "invalid month 13")]
fn unwrapping_a_bad_date_panics() {
    Date::new(2024, 13, 1).unwrap();
}
