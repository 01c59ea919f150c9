use calculator::{evaluate, CalcError, Token};

#[test]
fn error_messages() {
    assert_eq!(CalcError::UnexpectedChar('$', 3).message(), "unexpected character '$' at 3");
    assert_eq!(CalcError::UnexpectedToken(Token::RightParen).message(), "unexpected token RightParen");
    assert_eq!(evaluate("").unwrap_err().message(), "unexpected end of input");
}

#[test]
fn a_closing_parenthesis_too_many() {
    assert_eq!(evaluate("(1))"), Err(CalcError::UnexpectedToken(Token::RightParen)));
}

#[test]
#[should_panic(expected = "division by zero")]
fn dividing_by_zero_panics_when_expected() {
    match evaluate("5 % 0") {
        Ok(value) => println!("got {}", value),
        Err(error) => panic!("{}", error.message()),
    }
}
