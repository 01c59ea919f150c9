use roman_dates::{from_roman, Date};

#[test]
fn cornerstones_carry_roman_years() {
    let date = Date::new(2024, 3, 1).unwrap();
    assert_eq!(date.monumental(), Some(String::from("MMXXIV-03-01")));
    let year = from_roman("MMXXIV").unwrap();
    assert_eq!(year as i32, date.year);
}

#[test]
fn years_without_a_numeral() {
    assert_eq!(Date::new(4000, 1, 1).unwrap().monumental(), None);
}
