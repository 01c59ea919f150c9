//! A bank ledger: accounts with balances in cents, deposits, withdrawals and transfers that
//! either happen completely or fail with a reason, and a statement per account.

#[derive(Debug, Clone, PartialEq)]
pub enum Kind {
    Checking,
    Savings { monthly_withdrawals: u32 },
}

#[derive(Debug, Clone, PartialEq)]
pub struct Account {
    pub id: u32,
    pub owner: String,
    pub kind: Kind,
    pub balance: i64,
    withdrawals_this_month: u32,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Transaction {
    Deposit { account: u32, amount: i64 },
    Withdrawal { account: u32, amount: i64 },
    Transfer { from: u32, to: u32, amount: i64 },
}

#[derive(Debug, Clone, PartialEq)]
pub enum LedgerError {
    UnknownAccount(u32),
    InvalidAmount(i64),
    InsufficientFunds { account: u32, balance: i64, requested: i64 },
    WithdrawalLimit(u32),
    SameAccount,
}

#[derive(Debug)]
pub struct Ledger {
    accounts: Vec<Account>,
    history: Vec<Transaction>,
    next_id: u32,
}

/// Formats cents as dollars: `-1234` is `-$12.34`.
pub fn format_cents(cents: i64) -> String {
    let sign = if cents < 0 { "-" } else { "" };
    let cents = cents.abs();
    format!("{}${}.{:02}", sign, cents / 100, cents % 100)
}

/// Parses `12.34`, `12` or `0.5` dollars into cents.
pub fn parse_cents(text: &str) -> Result<i64, String> {
    let text = text.trim();
    let (whole, fraction) = match text.split_once('.') {
        Some((whole, fraction)) => (whole, fraction),
        None => (text, ""),
    };
    if whole.is_empty() || fraction.len() > 2 {
        return Err(format!("invalid amount: {:?}", text));
    }
    let dollars: i64 = match whole.parse() {
        Ok(dollars) => dollars,
        Err(_) => return Err(format!("invalid amount: {:?}", text)),
    };
    let mut cents: i64 = 0;
    if !fraction.is_empty() {
        cents = match fraction.parse() {
            Ok(cents) => cents,
            Err(_) => return Err(format!("invalid amount: {:?}", text)),
        };
        if fraction.len() == 1 {
            cents *= 10;
        }
    }
    Ok(dollars * 100 + cents)
}

impl Ledger {
    pub fn new() -> Ledger {
        Ledger { accounts: Vec::new(), history: Vec::new(), next_id: 1 }
    }

    pub fn open(&mut self, owner: &str, kind: Kind) -> u32 {
        let id = self.next_id;
        self.next_id += 1;
        self.accounts.push(Account { id, owner: owner.to_string(), kind, balance: 0, withdrawals_this_month: 0 });
        id
    }

    pub fn account(&self, id: u32) -> Option<&Account> {
        match self.index_of(id) {
            Ok(i) => Some(&self.accounts[i]),
            Err(_) => None,
        }
    }

    pub fn balance(&self, id: u32) -> Result<i64, LedgerError> {
        match self.account(id) {
            Some(account) => Ok(account.balance),
            None => Err(LedgerError::UnknownAccount(id)),
        }
    }

    fn index_of(&self, id: u32) -> Result<usize, LedgerError> {
        for (i, account) in self.accounts.iter().enumerate() {
            if account.id == id {
                return Ok(i);
            }
        }
        Err(LedgerError::UnknownAccount(id))
    }

    /// Applies a transaction, all of it or nothing, and records it.
    pub fn apply(&mut self, transaction: Transaction) -> Result<(), LedgerError> {
        match &transaction {
            Transaction::Deposit { account, amount } => {
                let i = self.index_of(*account)?;
                check_amount(*amount)?;
                self.accounts[i].balance += amount;
            }
            Transaction::Withdrawal { account, amount } => {
                let i = self.index_of(*account)?;
                self.check_withdrawal(i, *amount)?;
                self.accounts[i].balance -= amount;
                self.accounts[i].withdrawals_this_month += 1;
            }
            Transaction::Transfer { from, to, amount } => {
                if from == to {
                    return Err(LedgerError::SameAccount);
                }
                let source = self.index_of(*from)?;
                let target = self.index_of(*to)?;
                self.check_withdrawal(source, *amount)?;
                self.accounts[source].balance -= amount;
                self.accounts[source].withdrawals_this_month += 1;
                self.accounts[target].balance += amount;
            }
        }
        self.history.push(transaction);
        Ok(())
    }

    fn check_withdrawal(&self, i: usize, amount: i64) -> Result<(), LedgerError> {
        check_amount(amount)?;
        let account = &self.accounts[i];
        if let Kind::Savings { monthly_withdrawals } = account.kind {
            if account.withdrawals_this_month >= monthly_withdrawals {
                return Err(LedgerError::WithdrawalLimit(account.id));
            }
        }
        if account.balance < amount {
            return Err(LedgerError::InsufficientFunds {
                account: account.id,
                balance: account.balance,
                requested: amount,
            });
        }
        Ok(())
    }

    /// Starts a new month: savings interest in basis points (rounded down), limits reset.
    pub fn end_month(&mut self, interest_basis_points: i64) {
        for account in self.accounts.iter_mut() {
            if let Kind::Savings { .. } = account.kind {
                account.balance += account.balance * interest_basis_points / 10_000;
            }
            account.withdrawals_this_month = 0;
        }
    }

    pub fn total_deposits(&self) -> i64 {
        let mut total = 0;
        for account in &self.accounts {
            total += account.balance;
        }
        total
    }

    /// The account's transactions, one line each, then its balance.
    pub fn statement(&self, id: u32) -> Result<String, LedgerError> {
        let account = self.account(id).ok_or(LedgerError::UnknownAccount(id))?;
        let mut out = format!("Statement for #{} ({})\n", account.id, account.owner);
        for transaction in &self.history {
            let line = match transaction {
                Transaction::Deposit { account, amount } if *account == id => {
                    format!("  deposit    {:>10}", format_cents(*amount))
                }
                Transaction::Withdrawal { account, amount } if *account == id => {
                    format!("  withdrawal {:>10}", format_cents(-amount))
                }
                Transaction::Transfer { from, to, amount } if *from == id => {
                    format!("  to #{:<6} {:>10}", to, format_cents(-amount))
                }
                Transaction::Transfer { from, to, amount } if *to == id => {
                    format!("  from #{:<4} {:>10}", from, format_cents(*amount))
                }
                _ => continue,
            };
            out.push_str(&line);
            out.push('\n');
        }
        out.push_str(&format!("  balance    {:>10}\n", format_cents(account.balance)));
        Ok(out)
    }

    /// Owners by balance, richest first.
    pub fn ranking(&self) -> Vec<(String, i64)> {
        let mut ranking: Vec<(String, i64)> = self.accounts.iter().map(|a| (a.owner.clone(), a.balance)).collect();
        ranking.sort_by(|a, b| b.1.cmp(&a.1));
        ranking
    }
}

fn check_amount(amount: i64) -> Result<(), LedgerError> {
    if amount <= 0 {
        return Err(LedgerError::InvalidAmount(amount));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cents_are_formatted_as_dollars() {
        assert_eq!(format_cents(123456), "$1234.56");
        assert_eq!(format_cents(-5), "-$0.05");
        assert_eq!(format_cents(0), "$0.00");
    }

    #[test]
    fn amounts_are_parsed() {
        assert_eq!(parse_cents("12.34"), Ok(1234));
        assert_eq!(parse_cents(" 7 "), Ok(700));
        assert_eq!(parse_cents("0.5"), Ok(50));
        assert_eq!(parse_cents("1.234"), Err(String::from("invalid amount: \"1.234\"")));
        assert!(parse_cents("abc").is_err());
    }

    #[test]
    fn deposits_and_withdrawals() {
        let mut ledger = Ledger::new();
        let id = ledger.open("ada", Kind::Checking);
        ledger.apply(Transaction::Deposit { account: id, amount: 10_000 }).unwrap();
        ledger.apply(Transaction::Withdrawal { account: id, amount: 2_500 }).unwrap();
        assert_eq!(ledger.balance(id), Ok(7_500));
    }

    #[test]
    fn invalid_amounts_are_refused() {
        let mut ledger = Ledger::new();
        let id = ledger.open("ada", Kind::Checking);
        assert_eq!(ledger.apply(Transaction::Deposit { account: id, amount: -1 }), Err(LedgerError::InvalidAmount(-1)));
        assert_eq!(ledger.apply(Transaction::Deposit { account: 99, amount: 1 }), Err(LedgerError::UnknownAccount(99)));
    }

    #[test]
    #[should_panic(expected = "InsufficientFunds")]
    fn overdrawing_and_unwrapping_panics() {
        let mut ledger = Ledger::new();
        let id = ledger.open("bob", Kind::Checking);
        ledger.apply(Transaction::Withdrawal { account: id, amount: 1 }).unwrap();
    }

    #[test]
    #[ignore = "slow: a year of daily transactions"]
    fn a_busy_year() {
        let mut ledger = Ledger::new();
        let a = ledger.open("a", Kind::Checking);
        let b = ledger.open("b", Kind::Checking);
        ledger.apply(Transaction::Deposit { account: a, amount: 1_000_000 }).unwrap();
        for day in 0..365 * 100 {
            let (from, to) = if day % 2 == 0 { (a, b) } else { (b, a) };
            ledger.apply(Transaction::Transfer { from, to, amount: 100 }).unwrap();
        }
        assert_eq!(ledger.total_deposits(), 1_000_000);
    }
}
