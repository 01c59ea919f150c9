use bank_ledger::{Kind, Ledger, LedgerError, Transaction};

#[test]
fn a_statement_lists_the_accounts_transactions() {
    let mut ledger = Ledger::new();
    let carol = ledger.open("carol", Kind::Checking);
    let dave = ledger.open("dave", Kind::Checking);
    ledger.apply(Transaction::Deposit { account: carol, amount: 100_00 }).unwrap();
    ledger.apply(Transaction::Transfer { from: carol, to: dave, amount: 25_75 }).unwrap();
    ledger.apply(Transaction::Withdrawal { account: carol, amount: 4_25 }).unwrap();
    let expected = "Statement for #1 (carol)\n\
                    \x20 deposit       $100.00\n\
                    \x20 to #2         -$25.75\n\
                    \x20 withdrawal     -$4.25\n\
                    \x20 balance        $70.00\n";
    assert_eq!(ledger.statement(carol).unwrap(), expected);
    assert!(ledger.statement(dave).unwrap().contains("from #1        $25.75"));
}

#[test]
fn unknown_accounts_have_no_statement() {
    let ledger = Ledger::new();
    assert_eq!(ledger.statement(7), Err(LedgerError::UnknownAccount(7)));
}

#[test]
fn the_richest_come_first() {
    let mut ledger = Ledger::new();
    for (name, amount) in [("x", 5), ("y", 50), ("z", 20)] {
        let id = ledger.open(name, Kind::Checking);
        ledger.apply(Transaction::Deposit { account: id, amount }).unwrap();
    }
    let names: Vec<String> = ledger.ranking().iter().map(|(name, _)| name.clone()).collect();
    assert_eq!(names, vec!["y", "z", "x"]);
}
