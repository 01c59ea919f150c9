use bank_ledger::{Kind, Ledger, LedgerError, Transaction};

fn two_accounts() -> (Ledger, u32, u32) {
    let mut ledger = Ledger::new();
    let alice = ledger.open("alice", Kind::Checking);
    let bob = ledger.open("bob", Kind::Savings { monthly_withdrawals: 2 });
    ledger.apply(Transaction::Deposit { account: alice, amount: 50_00 }).unwrap();
    ledger.apply(Transaction::Deposit { account: bob, amount: 20_00 }).unwrap();
    (ledger, alice, bob)
}

#[test]
fn a_transfer_moves_money_and_keeps_the_total() {
    let (mut ledger, alice, bob) = two_accounts();
    ledger.apply(Transaction::Transfer { from: alice, to: bob, amount: 12_50 }).unwrap();
    assert_eq!(ledger.balance(alice), Ok(37_50));
    assert_eq!(ledger.balance(bob), Ok(32_50));
    assert_eq!(ledger.total_deposits(), 70_00);
}

#[test]
fn a_failed_transfer_changes_nothing() {
    let (mut ledger, alice, bob) = two_accounts();
    let result = ledger.apply(Transaction::Transfer { from: bob, to: alice, amount: 20_01 });
    assert_eq!(result, Err(LedgerError::InsufficientFunds { account: bob, balance: 20_00, requested: 20_01 }));
    assert_eq!(ledger.balance(bob), Ok(20_00));
    assert_eq!(ledger.apply(Transaction::Transfer { from: bob, to: bob, amount: 1 }), Err(LedgerError::SameAccount));
}

#[test]
fn savings_limit_withdrawals_until_the_month_ends() {
    let (mut ledger, alice, bob) = two_accounts();
    ledger.apply(Transaction::Withdrawal { account: bob, amount: 1_00 }).unwrap();
    ledger.apply(Transaction::Transfer { from: bob, to: alice, amount: 1_00 }).unwrap();
    assert_eq!(
        ledger.apply(Transaction::Withdrawal { account: bob, amount: 1_00 }),
        Err(LedgerError::WithdrawalLimit(bob))
    );
    ledger.end_month(150);
    assert_eq!(ledger.balance(bob), Ok(18_27));
    assert!(ledger.apply(Transaction::Withdrawal { account: bob, amount: 1_00 }).is_ok());
}
