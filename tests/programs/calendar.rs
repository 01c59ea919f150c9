//! Calendar arithmetic: leap years, month lengths, weekday by Zeller's congruence, and a printed month grid.

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: i32) -> i32 {
    if month == 2 {
        if is_leap(year) { 29 } else { 28 }
    } else if month == 4 || month == 6 || month == 9 || month == 11 {
        30
    } else {
        31
    }
}

/// 0 = Monday ... 6 = Sunday.
fn weekday(year: i32, month: i32, day: i32) -> i32 {
    let mut y = year;
    let mut m = month;
    if m < 3 {
        m += 12;
        y -= 1;
    }
    let k = y % 100;
    let j = y / 100;
    let h = (day + 13 * (m + 1) / 5 + k + k / 4 + j / 4 + 5 * j) % 7;
    // Zeller gives 0 = Saturday; rotate so that Monday is 0.
    (h + 5) % 7
}

fn print_weekday_name(d: i32) {
    let name = if d == 0 {
        "Monday"
    } else if d == 1 {
        "Tuesday"
    } else if d == 2 {
        "Wednesday"
    } else if d == 3 {
        "Thursday"
    } else if d == 4 {
        "Friday"
    } else if d == 5 {
        "Saturday"
    } else {
        "Sunday"
    };
    print!("{}", name);
}

fn print_month(year: i32, month: i32) {
    println!("     {}-{}", year, month);
    println!("Mo Tu We Th Fr Sa Su");
    let first = weekday(year, month, 1);
    for _ in 0..first {
        print!("   ");
    }
    let days = days_in_month(year, month);
    for day in 1..=days {
        if day < 10 {
            print!(" ");
        }
        print!("{}", day);
        if (first + day) % 7 == 0 {
            println!();
        } else if day != days {
            print!(" ");
        }
    }
    println!();
}

fn day_of_year(year: i32, month: i32, day: i32) -> i32 {
    let mut total = day;
    for m in 1..month {
        total += days_in_month(year, m);
    }
    total
}

fn main() {
    for year in 1896..=1904 {
        if is_leap(year) {
            println!("{} is a leap year", year);
        }
    }
    println!("2000 leap: {}, 2100 leap: {}", is_leap(2000), is_leap(2100));
    print!("1969-07-20 was a ");
    print_weekday_name(weekday(1969, 7, 20));
    println!();
    print!("2000-01-01 was a ");
    print_weekday_name(weekday(2000, 1, 1));
    println!();
    print_month(2024, 2);
    print_month(2023, 10);
    println!("day of year 2024-12-31: {}", day_of_year(2024, 12, 31));
    println!("day of year 2023-03-01: {}", day_of_year(2023, 3, 1));
    let mut friday13 = 0;
    for year in 2000..2030 {
        for month in 1..=12 {
            if weekday(year, month, 13) == 4 {
                friday13 += 1;
            }
        }
    }
    println!("Friday the 13ths in 2000..2030: {}", friday13);
}
