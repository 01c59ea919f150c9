// Grayscale image operations on a 2D Vec: rotate, flip, transpose,
// spiral traversal, box blur, thresholding and ASCII-art rendering.
type Image = Vec<Vec<u8>>;

fn make_image(w: usize, h: usize) -> Image {
    let mut img = vec![vec![0u8; w]; h];
    for (y, row) in img.iter_mut().enumerate() {
        for (x, px) in row.iter_mut().enumerate() {
            let dx = x as i32 - w as i32 / 2;
            let dy = y as i32 - h as i32 / 2;
            let d2 = (dx * dx + dy * dy) as u32;
            *px = 255u32.saturating_sub(d2 * 12).min(255) as u8;
        }
    }
    img
}

fn rotate_cw(img: &Image) -> Image {
    let h = img.len();
    let w = img[0].len();
    let mut out = vec![vec![0u8; h]; w];
    for y in 0..h {
        for x in 0..w {
            out[x][h - 1 - y] = img[y][x];
        }
    }
    out
}

fn transpose(img: &Image) -> Image {
    (0..img[0].len()).map(|x| img.iter().map(|row| row[x]).collect()).collect()
}

fn flip_h(img: &Image) -> Image {
    img.iter().map(|row| row.iter().rev().copied().collect()).collect()
}

fn spiral(m: &[Vec<u32>]) -> Vec<u32> {
    let mut out = Vec::new();
    if m.is_empty() {
        return out;
    }
    let (mut top, mut left) = (0i32, 0i32);
    let (mut bottom, mut right) = (m.len() as i32 - 1, m[0].len() as i32 - 1);
    while top <= bottom && left <= right {
        for x in left..=right {
            out.push(m[top as usize][x as usize]);
        }
        top += 1;
        for y in top..=bottom {
            out.push(m[y as usize][right as usize]);
        }
        right -= 1;
        if top <= bottom {
            for x in (left..=right).rev() {
                out.push(m[bottom as usize][x as usize]);
            }
            bottom -= 1;
        }
        if left <= right {
            for y in (top..=bottom).rev() {
                out.push(m[y as usize][left as usize]);
            }
            left += 1;
        }
    }
    out
}

fn box_blur(img: &Image) -> Image {
    let h = img.len() as isize;
    let w = img[0].len() as isize;
    let mut out = img.clone();
    for y in 0..h {
        for x in 0..w {
            let (mut sum, mut n) = (0u32, 0u32);
            for dy in -1..=1 {
                for dx in -1..=1 {
                    let (yy, xx) = (y + dy, x + dx);
                    if yy >= 0 && yy < h && xx >= 0 && xx < w {
                        sum += img[yy as usize][xx as usize] as u32;
                        n += 1;
                    }
                }
            }
            out[y as usize][x as usize] = ((sum + n / 2) / n) as u8;
        }
    }
    out
}

fn render(img: &Image) {
    const RAMP: &[u8] = b" .:-=+*#%@";
    for row in img {
        let line: String = row.iter().map(|&p| RAMP[p as usize * (RAMP.len() - 1) / 255] as char).collect();
        println!("|{}|", line);
    }
}

fn checksum(img: &Image) -> u32 {
    img.iter().flatten().enumerate().fold(0u32, |acc, (i, &p)| acc.wrapping_mul(31).wrapping_add(p as u32 ^ i as u32))
}

fn main() {
    let img = make_image(16, 9);
    println!("original 16x9 (checksum {:08x}):", checksum(&img));
    render(&img);
    let rot = rotate_cw(&img);
    println!("rotated: {}x{}", rot[0].len(), rot.len());
    render(&rot);
    let back = rotate_cw(&rotate_cw(&rotate_cw(&rot)));
    println!("four rotations identity: {}", back == img);
    println!("flip of transpose == rotate: {}", flip_h(&transpose(&img)) == rot);
    println!("double transpose identity: {}, double flip identity: {}", transpose(&transpose(&img)) == img, flip_h(&flip_h(&img)) == img);

    let blurred = box_blur(&img);
    println!("blurred:");
    render(&blurred);
    let thresh: Image = blurred.iter().map(|r| r.iter().map(|&p| if p > 128 { 255 } else { 0 }).collect()).collect();
    let lit = thresh.iter().flatten().filter(|&&p| p == 255).count();
    println!("threshold > 128: {} pixels lit", lit);
    render(&thresh);

    let hist = img.iter().flatten().fold([0u32; 4], |mut h, &p| {
        h[(p / 64) as usize] += 1;
        h
    });
    println!("histogram by quarter: {:?}", hist);
    let row_max: Vec<u8> = img.iter().map(|r| *r.iter().max().unwrap()).collect();
    println!("row maxima: {:?}", row_max);

    let m: Vec<Vec<u32>> = (0..4).map(|r| (0..5).map(|c| r * 5 + c + 1).collect()).collect();
    for row in &m {
        println!("{}", row.iter().map(|v| format!("{:>3}", v)).collect::<String>());
    }
    println!("spiral: {:?}", spiral(&m));
    println!("spiral of 1x1: {:?}, of column: {:?}", spiral(&[vec![7]]), spiral(&[vec![1], vec![2], vec![3]]));
}
