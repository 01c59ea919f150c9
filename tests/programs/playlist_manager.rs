// A music playlist manager exercising the Vec and slice API the way an
// application does: adding, removing, moving, deduplicating, shuffling
// deterministically, paging with chunks, and searching.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Track {
    artist: String,
    title: String,
    seconds: u32,
}

fn t(artist: &str, title: &str, seconds: u32) -> Track {
    Track { artist: artist.to_string(), title: title.to_string(), seconds }
}

fn duration(secs: u32) -> String {
    if secs >= 3600 {
        format!("{}:{:02}:{:02}", secs / 3600, secs / 60 % 60, secs % 60)
    } else {
        format!("{}:{:02}", secs / 60, secs % 60)
    }
}

fn show(list: &[Track]) {
    for (i, tr) in list.iter().enumerate() {
        println!("  {:>2}. {:<18} {:<26} {:>5}", i + 1, tr.artist, tr.title, duration(tr.seconds));
    }
    let total: u32 = list.iter().map(|t| t.seconds).sum();
    println!("  -- {} tracks, {}", list.len(), duration(total));
}

fn move_track(list: &mut Vec<Track>, from: usize, to: usize) -> Result<(), String> {
    if from >= list.len() || to >= list.len() {
        return Err(format!("positions {} and {} must be below {}", from, to, list.len()));
    }
    let tr = list.remove(from);
    list.insert(to, tr);
    Ok(())
}

fn main() {
    let mut playlist = vec![
        t("Nina Simone", "Feeling Good", 174),
        t("Miles Davis", "So What", 562),
        t("Björk", "Jóga", 305),
        t("Radiohead", "Reckoner", 290),
    ];
    playlist.push(t("Daft Punk", "Digital Love", 301));
    playlist.extend(vec![t("Miles Davis", "Blue in Green", 337), t("Nina Simone", "Feeling Good", 174)]);
    playlist.extend_from_slice(&[t("坂本龍一", "Merry Christmas Mr. Lawrence", 281), t("Radiohead", "Reckoner", 290)]);
    playlist.insert(0, t("Aphex Twin", "Avril 14th", 125));
    println!("initial playlist:");
    show(&playlist);

    // remove duplicates while keeping first occurrences in order
    let mut seen: Vec<Track> = Vec::new();
    playlist.retain(|tr| {
        if seen.contains(tr) {
            false
        } else {
            seen.push(tr.clone());
            true
        }
    });
    println!("after removing duplicates ({} left):", playlist.len());
    show(&playlist);

    move_track(&mut playlist, 0, 4).unwrap();
    println!("move error: {:?}", move_track(&mut playlist, 2, 99));
    let removed = playlist.remove(1);
    println!("removed {:?}", removed.title);
    playlist.swap(0, 1);
    println!("first: {:?}, last: {:?}", playlist.first().map(|t| &t.title), playlist.last().map(|t| t.title.as_str()));
    if let Some(tr) = playlist.get_mut(2) {
        tr.title.push_str(" (live)");
        tr.seconds += 30;
    }
    println!("get(20) is {:?}", playlist.get(20));
    show(&playlist);

    // deterministic shuffle with an LCG
    let mut shuffled = playlist.clone();
    let mut seed = 42u32;
    for i in (1..shuffled.len()).rev() {
        seed = seed.wrapping_mul(1664525).wrapping_add(1013904223);
        let j = (seed >> 8) as usize % (i + 1);
        shuffled.swap(i, j);
    }
    println!("shuffled order: {:?}", shuffled.iter().map(|t| &t.title[..]).collect::<Vec<_>>());

    let mut by_len = playlist.clone();
    by_len.sort_by_key(|t| t.seconds);
    println!("shortest {} / longest {}", by_len[0].title, by_len[by_len.len() - 1].title);
    let mut sorted = playlist.clone();
    sorted.sort();
    println!("sorted by artist/title: {:?}", sorted.iter().map(|t| format!("{} - {}", t.artist, t.title)).collect::<Vec<_>>());
    let key = t("Nina Simone", "Feeling Good", 174);
    println!("binary search for Feeling Good: {:?}", sorted.binary_search(&key));
    println!("binary search for missing: {:?}", sorted.binary_search(&t("Zappa", "Peaches", 1)));
    let mut artists: Vec<&str> = playlist.iter().map(|t| t.artist.as_str()).collect();
    artists.sort_unstable();
    artists.dedup();
    println!("artists: {}", artists.join(" | "));

    println!("pages of 3:");
    for (n, page) in playlist.chunks(3).enumerate() {
        let titles: Vec<&str> = page.iter().map(|t| t.title.as_str()).collect();
        println!("  page {}: {}", n + 1, titles.join(", "));
    }
    let transitions: Vec<String> = playlist.windows(2).filter(|w| w[0].artist != w[1].artist).map(|w| format!("{}->{}", w[0].artist.chars().next().unwrap(), w[1].artist.chars().next().unwrap())).collect();
    println!("artist changes: {}", transitions.join(" "));
    let (first_half, second_half) = playlist.split_at(playlist.len() / 2);
    println!("halves: {} + {} tracks", first_half.len(), second_half.len());
    let lengths: Vec<Vec<u32>> = playlist.chunks(2).map(|c| c.iter().map(|t| t.seconds).collect()).collect();
    println!("chunked lengths {:?} -> concat {:?}", lengths, lengths.concat());
    let mut queue = playlist.clone();
    let played: Vec<Track> = queue.drain(..2).collect();
    println!("played {:?}; {} still queued", played.iter().map(|t| &t.title).collect::<Vec<_>>(), queue.len());
    queue.truncate(2);
    queue.reverse();
    println!("truncated+reversed queue: {:?}", queue.iter().map(|t| t.title.clone()).collect::<Vec<_>>());
    let long: Vec<&Track> = playlist.iter().rev().filter(|t| t.seconds > 300).collect();
    println!("long tracks from the end: {}", long.iter().map(|t| t.title.as_str()).collect::<Vec<_>>().join("; "));
    println!("contains Jóga: {}, any over 9 min: {}", playlist.iter().any(|t| t.title == "Jóga"), playlist.iter().any(|t| t.seconds > 540));
    queue.clear();
    println!("queue empty: {} len {}", queue.is_empty(), queue.len());
    let mut counts = vec![0u32; 3];
    for tr in &playlist {
        let bucket = match tr.seconds {
            0..=180 => 0,
            181..=300 => 1,
            _ => 2,
        };
        counts[bucket] += 1;
    }
    println!("short/medium/long: {:?}; total marathon {}", counts, duration(playlist.iter().map(|t| t.seconds).sum::<u32>() * 8));
    let popped = playlist.pop();
    println!("popped {:?}", popped.map(|t| t.title));
}
