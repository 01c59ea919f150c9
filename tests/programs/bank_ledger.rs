// A small bank ledger: accounts, transfers and a transaction log, with
// custom error enums propagated through `?`.
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum TxError {
    NoSuchAccount(u32),
    InsufficientFunds { needed: i64, available: i64 },
    Frozen(u32),
    ZeroAmount,
}

impl fmt::Display for TxError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            TxError::NoSuchAccount(id) => write!(f, "account #{} does not exist", id),
            TxError::InsufficientFunds { needed, available } => {
                write!(f, "insufficient funds: needed {} cents, have {}", needed, available)
            }
            TxError::Frozen(id) => write!(f, "account #{} is frozen", id),
            TxError::ZeroAmount => write!(f, "amount must be positive"),
        }
    }
}

#[derive(Debug, Clone)]
struct Account {
    id: u32,
    owner: String,
    balance_cents: i64,
    frozen: bool,
}

#[derive(Debug)]
enum Tx {
    Deposit { to: u32, amount: i64 },
    Withdraw { from: u32, amount: i64 },
    Transfer { from: u32, to: u32, amount: i64 },
    Freeze(u32),
}

struct Bank {
    accounts: Vec<Account>,
    log: Vec<String>,
    next_id: u32,
}

fn cents(c: i64) -> String {
    let sign = if c < 0 { "-" } else { "" };
    let a = c.abs();
    format!("{}${}.{:02}", sign, a / 100, a % 100)
}

impl Bank {
    fn new() -> Self {
        Bank { accounts: Vec::new(), log: Vec::new(), next_id: 100 }
    }

    fn open(&mut self, owner: &str, initial: i64) -> u32 {
        let id = self.next_id;
        self.next_id += 1;
        self.accounts.push(Account { id, owner: owner.to_string(), balance_cents: initial, frozen: false });
        self.log.push(format!("open #{} for {} with {}", id, owner, cents(initial)));
        id
    }

    fn find_mut(&mut self, id: u32) -> Result<&mut Account, TxError> {
        self.accounts.iter_mut().find(|a| a.id == id).ok_or(TxError::NoSuchAccount(id))
    }

    fn withdraw(&mut self, id: u32, amount: i64) -> Result<i64, TxError> {
        if amount <= 0 {
            return Err(TxError::ZeroAmount);
        }
        let acc = self.find_mut(id)?;
        if acc.frozen {
            return Err(TxError::Frozen(id));
        }
        if acc.balance_cents < amount {
            return Err(TxError::InsufficientFunds { needed: amount, available: acc.balance_cents });
        }
        acc.balance_cents -= amount;
        Ok(acc.balance_cents)
    }

    fn deposit(&mut self, id: u32, amount: i64) -> Result<i64, TxError> {
        if amount <= 0 {
            return Err(TxError::ZeroAmount);
        }
        let acc = self.find_mut(id)?;
        if acc.frozen {
            return Err(TxError::Frozen(id));
        }
        acc.balance_cents += amount;
        Ok(acc.balance_cents)
    }

    fn transfer(&mut self, from: u32, to: u32, amount: i64) -> Result<(), TxError> {
        // Check destination first so that a failed transfer changes nothing.
        self.find_mut(to)?;
        self.withdraw(from, amount)?;
        if let Err(e) = self.deposit(to, amount) {
            // roll back
            self.find_mut(from)?.balance_cents += amount;
            return Err(e);
        }
        Ok(())
    }

    fn apply(&mut self, tx: &Tx) -> Result<(), TxError> {
        match *tx {
            Tx::Deposit { to, amount } => {
                let b = self.deposit(to, amount)?;
                self.log.push(format!("deposit {} -> #{} (now {})", cents(amount), to, cents(b)));
            }
            Tx::Withdraw { from, amount } => {
                let b = self.withdraw(from, amount)?;
                self.log.push(format!("withdraw {} <- #{} (now {})", cents(amount), from, cents(b)));
            }
            Tx::Transfer { from, to, amount } => {
                self.transfer(from, to, amount)?;
                self.log.push(format!("transfer {} #{} -> #{}", cents(amount), from, to));
            }
            Tx::Freeze(id) => {
                self.find_mut(id)?.frozen = true;
                self.log.push(format!("freeze #{}", id));
            }
        }
        Ok(())
    }

    fn total(&self) -> i64 {
        self.accounts.iter().map(|a| a.balance_cents).sum()
    }
}

fn main() {
    let mut bank = Bank::new();
    let alice = bank.open("Alice", 150_00);
    let bob = bank.open("Bob", 20_50);
    let carol = bank.open("Carol", 0);

    let txs = vec![
        Tx::Deposit { to: alice, amount: 25_75 },
        Tx::Withdraw { from: bob, amount: 30_00 },
        Tx::Transfer { from: alice, to: carol, amount: 99_99 },
        Tx::Transfer { from: carol, to: 999, amount: 1 },
        Tx::Deposit { to: bob, amount: 0 },
        Tx::Freeze(bob),
        Tx::Deposit { to: bob, amount: 5_00 },
        Tx::Transfer { from: carol, to: bob, amount: 10_00 },
        Tx::Withdraw { from: carol, amount: 9_99 },
        Tx::Transfer { from: alice, to: carol, amount: 1_000_00 },
    ];

    let before = bank.total();
    let mut failures = 0;
    for (i, tx) in txs.iter().enumerate() {
        match bank.apply(tx) {
            Ok(()) => println!("tx {:>2}: ok      {:?}", i, tx),
            Err(e) => {
                failures += 1;
                println!("tx {:>2}: FAILED  {:?}", i, tx);
                println!("        reason: {}", e);
                println!("        debug:  {:?}", e);
            }
        }
    }

    println!("--- log ({} entries) ---", bank.log.len());
    for line in &bank.log {
        println!("  {}", line);
    }

    println!("--- balances ---");
    let mut sorted = bank.accounts.clone();
    sorted.sort_by(|a, b| b.balance_cents.cmp(&a.balance_cents));
    for a in &sorted {
        let flag = if a.frozen { " [frozen]" } else { "" };
        println!("#{} {:<6} {:>10}{}", a.id, a.owner, cents(a.balance_cents), flag);
    }
    let after = bank.total();
    println!("total before: {}, after: {}, delta: {}", cents(before), cents(after), cents(after - before));
    println!("failures: {}/{}", failures, txs.len());
    assert_eq!(after - before, 25_75 - 9_99);
    println!("{:#?}", bank.accounts[1]);
}
