// Text layout: greedy word wrapping, full justification, centering,
// a boxed paragraph, and hyphen-free column layout.
const TEXT: &str = "The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs! How vexingly quick daft zebras jump; the five boxing wizards jump quickly. Sphinx of black quartz, judge my vow.";

fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let needed = if line.is_empty() { word.chars().count() } else { line.chars().count() + 1 + word.chars().count() };
        if needed > width && !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

fn justify(line: &str, width: usize) -> String {
    let words: Vec<&str> = line.split(' ').collect();
    if words.len() == 1 {
        return format!("{:<width$}", line, width = width);
    }
    let letters: usize = words.iter().map(|w| w.chars().count()).sum();
    let gaps = words.len() - 1;
    let spaces = width.saturating_sub(letters);
    let (each, extra) = (spaces / gaps, spaces % gaps);
    let mut out = String::with_capacity(width);
    for (i, w) in words.iter().enumerate() {
        out.push_str(w);
        if i < gaps {
            let n = each + if i < extra { 1 } else { 0 };
            out.push_str(&" ".repeat(n));
        }
    }
    out
}

fn boxed(lines: &[String], width: usize) -> Vec<String> {
    let mut out = vec![format!("+{}+", "-".repeat(width + 2))];
    for l in lines {
        out.push(format!("| {:<w$} |", l, w = width));
    }
    out.push(format!("+{}+", "-".repeat(width + 2)));
    out
}

fn raggedness(lines: &[String], width: usize) -> usize {
    lines[..lines.len() - 1].iter().map(|l| (width - l.chars().count()).pow(2)).sum()
}

fn main() {
    for width in [20, 32, 45] {
        let lines = wrap(TEXT, width);
        println!("== width {} ({} lines, raggedness {}) ==", width, lines.len(), raggedness(&lines, width));
        for (i, l) in lines.iter().enumerate() {
            let out = if i + 1 < lines.len() { justify(l, width) } else { l.clone() };
            assert!(out.chars().count() <= width || !out.contains(' '));
            println!("|{:<w$}|", out, w = width);
        }
    }

    println!("== centered ==");
    for l in wrap("Centered text looks nice in a title block, doesn't it?", 24) {
        println!("[{:^30}]", l);
    }
    println!("== right aligned ==");
    for l in wrap(TEXT, 28).iter().take(3) {
        println!("[{:>30}]", l);
    }
    println!("== boxed ==");
    let lines = wrap("Ünïcödé wörds are measured in chars, not bytes: 日本語 テキスト also works.", 22);
    for l in boxed(&lines, 22) {
        println!("{}", l);
    }

    println!("== two columns ==");
    let left = wrap(TEXT, 24);
    let right = wrap("Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore.", 24);
    let rows = left.len().max(right.len());
    for i in 0..rows {
        let l = left.get(i).map(String::as_str).unwrap_or("");
        let r = right.get(i).map(|s| s.as_str()).unwrap_or_default();
        println!("{:<24} | {}", l, r);
    }

    let long_word = wrap("a supercalifragilisticexpialidocious word", 10);
    println!("long word lines: {:?}", long_word);
    println!("empty: {:?}", wrap("   ", 10));
    let stats: Vec<usize> = wrap(TEXT, 32).iter().map(|l| l.len()).collect();
    println!("line byte lengths at 32: {:?}", stats);
}
