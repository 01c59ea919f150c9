// A tiny Markdown-to-HTML converter: headings, paragraphs, emphasis,
// inline code, links, unordered and ordered lists, code blocks and
// block quotes, with HTML escaping.
#[derive(Debug, PartialEq)]
enum Block {
    Heading(usize, String),
    Paragraph(Vec<String>),
    List { ordered: bool, items: Vec<String> },
    Code(Vec<String>),
    Quote(Vec<String>),
    Rule,
}

fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
    out
}

fn inline(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    let mut bold = false;
    let mut italic = false;
    while i < chars.len() {
        let c = chars[i];
        if c == '`' {
            if let Some(len) = chars[i + 1..].iter().position(|&x| x == '`') {
                let code: String = chars[i + 1..i + 1 + len].iter().collect();
                out.push_str(&format!("<code>{}</code>", escape(&code)));
                i += len + 2;
                continue;
            }
        }
        if c == '*' && chars.get(i + 1) == Some(&'*') {
            out.push_str(if bold { "</strong>" } else { "<strong>" });
            bold = !bold;
            i += 2;
            continue;
        }
        if c == '*' || c == '_' {
            out.push_str(if italic { "</em>" } else { "<em>" });
            italic = !italic;
            i += 1;
            continue;
        }
        if c == '[' {
            let rest: String = chars[i..].iter().collect();
            if let Some(close) = rest.find("](") {
                if let Some(end) = rest[close..].find(')') {
                    let label = &rest[1..close];
                    let url = &rest[close + 2..close + end];
                    out.push_str(&format!("<a href=\"{}\">{}</a>", escape(url), inline(label)));
                    i += rest[..close + end + 1].chars().count();
                    continue;
                }
            }
        }
        out.push_str(&escape(&c.to_string()));
        i += 1;
    }
    if italic {
        out.push_str("</em>");
    }
    if bold {
        out.push_str("</strong>");
    }
    out
}

fn list_item(line: &str) -> Option<(bool, &str)> {
    let t = line.trim_start();
    if let Some(rest) = t.strip_prefix("- ").or_else(|| t.strip_prefix("* ")) {
        return Some((false, rest));
    }
    let digits = t.chars().take_while(|c| c.is_ascii_digit()).count();
    if digits > 0 && t[digits..].starts_with(". ") {
        return Some((true, &t[digits + 2..]));
    }
    None
}

fn parse(md: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let lines: Vec<&str> = md.lines().collect();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        if line.trim().is_empty() {
            i += 1;
        } else if line.starts_with("```") {
            let mut code = Vec::new();
            i += 1;
            while i < lines.len() && !lines[i].starts_with("```") {
                code.push(lines[i].to_string());
                i += 1;
            }
            i += 1;
            blocks.push(Block::Code(code));
        } else if line.starts_with('#') {
            let level = line.chars().take_while(|&c| c == '#').count().min(6);
            blocks.push(Block::Heading(level, line[level..].trim().to_string()));
            i += 1;
        } else if line.trim() == "---" {
            blocks.push(Block::Rule);
            i += 1;
        } else if line.starts_with('>') {
            let mut q = Vec::new();
            while i < lines.len() && lines[i].starts_with('>') {
                q.push(lines[i][1..].trim().to_string());
                i += 1;
            }
            blocks.push(Block::Quote(q));
        } else if let Some((ordered, _)) = list_item(line) {
            let mut items = Vec::new();
            while let Some((o, text)) = lines.get(i).and_then(|l| list_item(l)) {
                if o != ordered {
                    break;
                }
                items.push(text.to_string());
                i += 1;
            }
            blocks.push(Block::List { ordered, items });
        } else {
            let mut para = Vec::new();
            while i < lines.len() && !lines[i].trim().is_empty() && list_item(lines[i]).is_none() && !lines[i].starts_with('#') && !lines[i].starts_with("```") {
                para.push(lines[i].trim().to_string());
                i += 1;
            }
            blocks.push(Block::Paragraph(para));
        }
    }
    blocks
}

fn render(blocks: &[Block]) -> String {
    let mut html = String::new();
    for b in blocks {
        match b {
            Block::Heading(level, text) => html += &format!("<h{0}>{1}</h{0}>\n", level, inline(text)),
            Block::Paragraph(lines) => html += &format!("<p>{}</p>\n", inline(&lines.join(" "))),
            Block::List { ordered, items } => {
                let tag = if *ordered { "ol" } else { "ul" };
                html += &format!("<{}>\n", tag);
                for it in items {
                    html += &format!("  <li>{}</li>\n", inline(it));
                }
                html += &format!("</{}>\n", tag);
            }
            Block::Code(lines) => html += &format!("<pre><code>{}</code></pre>\n", escape(&lines.join("\n"))),
            Block::Quote(lines) => html += &format!("<blockquote>{}</blockquote>\n", inline(&lines.join(" "))),
            Block::Rule => html.push_str("<hr/>\n"),
        }
    }
    html
}

const DOC: &str = "# Release *notes* for v1.2

This release improves **performance** and fixes bugs.
See [the changelog](https://example.com/log?a=1&b=2) for details.

## Highlights
- Faster `Vec<T>` sorting
- New _experimental_ GC mode
* Works on **all** hosts

### Upgrade steps
1. Back up your data
2. Run `cargo install wasmrust`
10. Restart

> Note: the old flag `--fast` is **deprecated**.
> It will be removed in 2.0.

```
fn main() {
    println!(\"<hello> & goodbye\");
}
```

---
Thanks to everyone who contributed! 5 < 6 && 7 > 3
#### Unclosed *emphasis";

fn main() {
    let blocks = parse(DOC);
    println!("{} blocks:", blocks.len());
    for b in &blocks {
        let kind = match b {
            Block::Heading(l, _) => format!("heading h{}", l),
            Block::Paragraph(l) => format!("paragraph ({} lines)", l.len()),
            Block::List { ordered: true, items } => format!("ordered list ({} items)", items.len()),
            Block::List { ordered: false, items } => format!("bullet list ({} items)", items.len()),
            Block::Code(l) => format!("code ({} lines)", l.len()),
            Block::Quote(l) => format!("quote ({} lines)", l.len()),
            Block::Rule => "rule".to_string(),
        };
        println!("  - {}", kind);
    }
    println!("---- html ----");
    print!("{}", render(&blocks));
    println!("--------------");
    for s in ["**bold** and *it*", "`a<b>`", "[x](y)", "no markup", "[broken link(", "mixed **bold *both***"] {
        println!("{:<24} => {}", s, inline(s));
    }
    println!("{:?}", parse("- a\n1. b\n\ntext"));
}
