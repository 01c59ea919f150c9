//! A tokenizer and a recursive-descent evaluator for integer arithmetic:
//! `+ - * / %`, unary minus and parentheses, with errors as values.

#[derive(Debug, Clone, PartialEq)]
pub enum Token {
    Number(i64),
    Plus,
    Minus,
    Star,
    Slash,
    Percent,
    LeftParen,
    RightParen,
}

#[derive(Debug, Clone, PartialEq)]
pub enum CalcError {
    UnexpectedChar(char, usize),
    UnexpectedToken(Token),
    UnexpectedEnd,
    DivisionByZero,
    Overflow,
}

impl CalcError {
    pub fn message(&self) -> String {
        match self {
            CalcError::UnexpectedChar(c, at) => format!("unexpected character '{}' at {}", c, at),
            CalcError::UnexpectedToken(token) => format!("unexpected token {:?}", token),
            CalcError::UnexpectedEnd => String::from("unexpected end of input"),
            CalcError::DivisionByZero => String::from("division by zero"),
            CalcError::Overflow => String::from("arithmetic overflow"),
        }
    }
}

/// Splits `input` into tokens; whitespace separates them and is otherwise ignored.
pub fn tokenize(input: &str) -> Result<Vec<Token>, CalcError> {
    let chars: Vec<char> = input.chars().collect();
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if c.is_ascii_digit() {
            let mut value: i64 = 0;
            while i < chars.len() && chars[i].is_ascii_digit() {
                let digit = chars[i].to_digit(10).unwrap() as i64;
                value = match value.checked_mul(10) {
                    Some(v) => v.checked_add(digit).ok_or(CalcError::Overflow)?,
                    None => return Err(CalcError::Overflow),
                };
                i += 1;
            }
            tokens.push(Token::Number(value));
            continue;
        }
        let token = match c {
            '+' => Token::Plus,
            '-' => Token::Minus,
            '*' => Token::Star,
            '/' => Token::Slash,
            '%' => Token::Percent,
            '(' => Token::LeftParen,
            ')' => Token::RightParen,
            other => return Err(CalcError::UnexpectedChar(other, i)),
        };
        tokens.push(token);
        i += 1;
    }
    Ok(tokens)
}

/// The parser's state: the tokens and the position of the next one.
struct Parser {
    tokens: Vec<Token>,
    pos: usize,
}

impl Parser {
    fn peek(&self) -> Option<&Token> {
        self.tokens.get(self.pos)
    }

    fn next(&mut self) -> Option<Token> {
        let token = self.tokens.get(self.pos).cloned();
        self.pos += 1;
        token
    }

    // expr := term (('+' | '-') term)*
    fn expr(&mut self) -> Result<i64, CalcError> {
        let mut value = self.term()?;
        loop {
            match self.peek() {
                Some(Token::Plus) => {
                    self.pos += 1;
                    let rhs = self.term()?;
                    value = value.checked_add(rhs).ok_or(CalcError::Overflow)?;
                }
                Some(Token::Minus) => {
                    self.pos += 1;
                    let rhs = self.term()?;
                    value = value.checked_sub(rhs).ok_or(CalcError::Overflow)?;
                }
                _ => return Ok(value),
            }
        }
    }

    // term := factor (('*' | '/' | '%') factor)*
    fn term(&mut self) -> Result<i64, CalcError> {
        let mut value = self.factor()?;
        loop {
            let op = match self.peek() {
                Some(Token::Star) => Token::Star,
                Some(Token::Slash) => Token::Slash,
                Some(Token::Percent) => Token::Percent,
                _ => return Ok(value),
            };
            self.pos += 1;
            let rhs = self.factor()?;
            value = match op {
                Token::Star => value.checked_mul(rhs).ok_or(CalcError::Overflow)?,
                _ if rhs == 0 => return Err(CalcError::DivisionByZero),
                Token::Slash => value / rhs,
                _ => value % rhs,
            };
        }
    }

    // factor := number | '-' factor | '(' expr ')'
    fn factor(&mut self) -> Result<i64, CalcError> {
        match self.next() {
            Some(Token::Number(n)) => Ok(n),
            Some(Token::Minus) => {
                let value = self.factor()?;
                Ok(-value)
            }
            Some(Token::LeftParen) => {
                let value = self.expr()?;
                match self.next() {
                    Some(Token::RightParen) => Ok(value),
                    Some(other) => Err(CalcError::UnexpectedToken(other)),
                    None => Err(CalcError::UnexpectedEnd),
                }
            }
            Some(other) => Err(CalcError::UnexpectedToken(other)),
            None => Err(CalcError::UnexpectedEnd),
        }
    }
}

/// Evaluates an arithmetic expression.
pub fn evaluate(input: &str) -> Result<i64, CalcError> {
    let tokens = tokenize(input)?;
    let mut parser = Parser { tokens, pos: 0 };
    let value = parser.expr()?;
    match parser.next() {
        None => Ok(value),
        Some(extra) => Err(CalcError::UnexpectedToken(extra)),
    }
}

/// Evaluates each line, formatting the result or the error: `2 + 2 = 4`.
pub fn evaluate_lines(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        match evaluate(line) {
            Ok(value) => out.push(format!("{} = {}", line, value)),
            Err(error) => out.push(format!("{}: error: {}", line, error.message())),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokenizes_numbers_and_operators() {
        let tokens = tokenize("12 + (3*4)").unwrap();
        assert_eq!(
            tokens,
            vec![
                Token::Number(12),
                Token::Plus,
                Token::LeftParen,
                Token::Number(3),
                Token::Star,
                Token::Number(4),
                Token::RightParen,
            ]
        );
    }

    #[test]
    fn tokenizer_reports_the_position_of_a_bad_character() {
        assert_eq!(tokenize("1 + x"), Err(CalcError::UnexpectedChar('x', 4)));
    }

    #[test]
    fn precedence_and_associativity() {
        assert_eq!(evaluate("2 + 3 * 4"), Ok(14));
        assert_eq!(evaluate("(2 + 3) * 4"), Ok(20));
        assert_eq!(evaluate("10 - 4 - 3"), Ok(3));
        assert_eq!(evaluate("100 / 10 / 5"), Ok(2));
        assert_eq!(evaluate("17 % 5 * 2"), Ok(4));
    }

    #[test]
    fn unary_minus() {
        assert_eq!(evaluate("-3 + 5"), Ok(2));
        assert_eq!(evaluate("-(2 * -4)"), Ok(8));
    }

    #[test]
    fn errors_are_values() {
        assert_eq!(evaluate("1 / 0"), Err(CalcError::DivisionByZero));
        assert_eq!(evaluate("(1 + 2"), Err(CalcError::UnexpectedEnd));
        assert_eq!(evaluate("1 2"), Err(CalcError::UnexpectedToken(Token::Number(2))));
        assert_eq!(evaluate("99999999999999999999"), Err(CalcError::Overflow));
    }

    #[test]
    #[should_panic(expected = "UnexpectedEnd")]
    fn unwrapping_an_incomplete_expression_panics() {
        evaluate("4 *").unwrap();
    }

    #[test]
    #[ignore = "slow: evaluates a hundred thousand expressions"]
    fn many_sums() {
        for n in 0..100_000i64 {
            let text = format!("{} + {}", n, n);
            assert_eq!(evaluate(&text), Ok(2 * n));
        }
    }
}
