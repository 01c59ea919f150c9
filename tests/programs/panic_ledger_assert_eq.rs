// Double-entry bookkeeping: journal entries must balance, and the trial
// balance must sum to zero. One entry was recorded with a typo, so the
// final reconciliation assert_eq! fails with a custom message and the
// program panics (exit status 101) after printing the trial balance.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Account {
    Cash,
    Receivables,
    Inventory,
    Payables,
    Revenue,
    Expenses,
}

struct Posting {
    account: Account,
    amount: i64, // debit positive, credit negative (cents)
}

struct Entry {
    memo: &'static str,
    postings: Vec<Posting>,
}

fn p(account: Account, amount: i64) -> Posting {
    Posting { account, amount }
}

fn main() {
    use Account::*;
    let journal = vec![
        Entry { memo: "owner investment", postings: vec![p(Cash, 500_000), p(Revenue, -500_000)] },
        Entry { memo: "buy stock on credit", postings: vec![p(Inventory, 120_000), p(Payables, -120_000)] },
        Entry { memo: "cash sale", postings: vec![p(Cash, 45_000), p(Revenue, -45_000)] },
        Entry { memo: "invoice customer", postings: vec![p(Receivables, 80_000), p(Revenue, -80_000)] },
        Entry { memo: "pay supplier", postings: vec![p(Payables, 60_000), p(Cash, -60_000)] },
        Entry { memo: "rent", postings: vec![p(Expenses, 25_000), p(Cash, -25_000)] },
        Entry { memo: "customer pays", postings: vec![p(Cash, 80_000), p(Receivables, -8_000)] }, // typo
    ];
    for (i, e) in journal.iter().enumerate() {
        let net: i64 = e.postings.iter().map(|p| p.amount).sum();
        let status = if net == 0 { "balanced".to_string() } else { format!("OFF BY {}", net) };
        println!("#{} {:<22} {} postings, {}", i + 1, e.memo, e.postings.len(), status);
    }
    let accounts = [Cash, Receivables, Inventory, Payables, Revenue, Expenses];
    let mut total = 0i64;
    println!("{:<12} {:>12} {:>12}", "account", "debit", "credit");
    for acc in accounts {
        let bal: i64 = journal.iter().flat_map(|e| e.postings.iter()).filter(|p| p.account == acc).map(|p| p.amount).sum();
        total += bal;
        let cents = |v: i64| format!("{}.{:02}", v.abs() / 100, v.abs() % 100);
        if bal >= 0 {
            println!("{:<12} {:>12} {:>12}", format!("{:?}", acc), cents(bal), "");
        } else {
            println!("{:<12} {:>12} {:>12}", format!("{:?}", acc), "", cents(bal));
        }
    }
    println!("trial balance sum: {}", total);
    assert_eq!(total, 0, "trial balance does not net to zero ({} entries)", journal.len());
    println!("books are balanced");
}
