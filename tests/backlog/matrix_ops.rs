// Dense matrix arithmetic on Vec<Vec<f64>>: multiply, transpose,
// determinant by Gaussian elimination, inverse, identity checks.
#[derive(Debug, Clone, PartialEq)]
struct Matrix {
    rows: usize,
    cols: usize,
    data: Vec<Vec<f64>>,
}

impl Matrix {
    fn zeros(rows: usize, cols: usize) -> Self {
        Matrix { rows, cols, data: vec![vec![0.0; cols]; rows] }
    }

    fn identity(n: usize) -> Self {
        let mut m = Self::zeros(n, n);
        for i in 0..n {
            m.data[i][i] = 1.0;
        }
        m
    }

    fn from_rows(rows: &[&[f64]]) -> Self {
        let data: Vec<Vec<f64>> = rows.iter().map(|r| r.to_vec()).collect();
        Matrix { rows: data.len(), cols: data[0].len(), data }
    }

    fn transpose(&self) -> Self {
        let mut t = Self::zeros(self.cols, self.rows);
        for i in 0..self.rows {
            for j in 0..self.cols {
                t.data[j][i] = self.data[i][j];
            }
        }
        t
    }

    fn mul(&self, other: &Matrix) -> Option<Matrix> {
        if self.cols != other.rows {
            return None;
        }
        let mut out = Self::zeros(self.rows, other.cols);
        for i in 0..self.rows {
            for j in 0..other.cols {
                let mut acc = 0.0;
                for k in 0..self.cols {
                    acc += self.data[i][k] * other.data[k][j];
                }
                out.data[i][j] = acc;
            }
        }
        Some(out)
    }

    fn scale(&mut self, f: f64) {
        for row in self.data.iter_mut() {
            for x in row.iter_mut() {
                *x *= f;
            }
        }
    }

    fn determinant(&self) -> f64 {
        assert_eq!(self.rows, self.cols, "determinant needs a square matrix");
        let n = self.rows;
        let mut a = self.data.clone();
        let mut det = 1.0;
        for col in 0..n {
            let mut pivot = col;
            for r in col + 1..n {
                if a[r][col].abs() > a[pivot][col].abs() {
                    pivot = r;
                }
            }
            if a[pivot][col].abs() < 1e-12 {
                return 0.0;
            }
            if pivot != col {
                a.swap(pivot, col);
                det = -det;
            }
            det *= a[col][col];
            for r in col + 1..n {
                let f = a[r][col] / a[col][col];
                for c in col..n {
                    a[r][c] -= f * a[col][c];
                }
            }
        }
        det
    }

    fn inverse(&self) -> Option<Matrix> {
        let n = self.rows;
        let mut a = self.data.clone();
        let mut inv = Matrix::identity(n).data;
        for col in 0..n {
            let pivot = (col..n).max_by(|&x, &y| a[x][col].abs().partial_cmp(&a[y][col].abs()).unwrap())?;
            if a[pivot][col].abs() < 1e-12 {
                return None;
            }
            a.swap(pivot, col);
            inv.swap(pivot, col);
            let p = a[col][col];
            for c in 0..n {
                a[col][c] /= p;
                inv[col][c] /= p;
            }
            for r in 0..n {
                if r != col {
                    let f = a[r][col];
                    for c in 0..n {
                        a[r][c] -= f * a[col][c];
                        inv[r][c] -= f * inv[col][c];
                    }
                }
            }
        }
        Some(Matrix { rows: n, cols: n, data: inv })
    }

    fn approx_eq(&self, other: &Matrix, eps: f64) -> bool {
        self.rows == other.rows
            && self.cols == other.cols
            && self.data.iter().zip(&other.data).all(|(r1, r2)| r1.iter().zip(r2).all(|(a, b)| (a - b).abs() < eps))
    }

    fn print(&self, label: &str) {
        println!("{} ({}x{}):", label, self.rows, self.cols);
        for row in &self.data {
            let cells: Vec<String> = row.iter().map(|x| format!("{:>9.3}", x)).collect();
            println!("  [{}]", cells.join(" "));
        }
    }
}

fn main() {
    let a = Matrix::from_rows(&[&[2.0, -1.0, 0.0], &[-1.0, 2.0, -1.0], &[0.0, -1.0, 2.0]]);
    let b = Matrix::from_rows(&[&[1.0, 2.0], &[3.0, 4.0], &[5.0, 6.0]]);
    a.print("A");
    b.print("B");
    b.transpose().print("B^T");
    match a.mul(&b) {
        Some(m) => m.print("A*B"),
        None => println!("A*B undefined"),
    }
    match b.mul(&a) {
        Some(m) => m.print("B*A"),
        None => println!("B*A undefined: {}x{} times {}x{}", b.rows, b.cols, a.rows, a.cols),
    }
    println!("det(A) = {:.6}", a.determinant());
    let inv = a.inverse().expect("A is invertible");
    inv.print("A^-1");
    let check = a.mul(&inv).unwrap();
    println!("A * A^-1 == I ? {}", check.approx_eq(&Matrix::identity(3), 1e-9));

    let singular = Matrix::from_rows(&[&[1.0, 2.0, 3.0], &[2.0, 4.0, 6.0], &[1.0, 0.0, 1.0]]);
    println!("det(singular) = {}", singular.determinant());
    println!("inverse(singular) = {:?}", singular.inverse().map(|m| m.rows));

    let mut h = Matrix::zeros(4, 4);
    for i in 0..4 {
        for j in 0..4 {
            h.data[i][j] = 1.0 / (i + j + 1) as f64;
        }
    }
    h.print("Hilbert(4)");
    println!("det(H4) = {:e}", h.determinant());
    let hinv = h.inverse().unwrap();
    let rounded: Vec<Vec<i64>> = hinv.data.iter().map(|r| r.iter().map(|x| x.round() as i64).collect()).collect();
    println!("H4^-1 rounded = {:?}", rounded);

    let mut s = Matrix::identity(2);
    s.scale(2.5);
    println!("{:?}", s);
    let rot = Matrix::from_rows(&[&[0.0, -1.0], &[1.0, 0.0]]);
    let mut p = Matrix::identity(2);
    for k in 1..=4 {
        p = p.mul(&rot).unwrap();
        println!("rot^{} = {:?}", k, p.data);
    }
    println!("rot^4 == I: {}", p == Matrix::identity(2));
}
