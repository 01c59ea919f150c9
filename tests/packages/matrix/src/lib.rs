//! Dense matrices of `f64`, stored row by row, with the usual arithmetic.

#[derive(Debug, Clone, PartialEq)]
pub struct Matrix {
    rows: usize,
    cols: usize,
    data: Vec<f64>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum MatrixError {
    ShapeMismatch { left: (usize, usize), right: (usize, usize) },
    NotSquare,
    Singular,
}

impl Matrix {
    pub fn zeros(rows: usize, cols: usize) -> Matrix {
        Matrix { rows, cols, data: vec![0.0; rows * cols] }
    }

    pub fn identity(n: usize) -> Matrix {
        let mut m = Matrix::zeros(n, n);
        for i in 0..n {
            m.set(i, i, 1.0);
        }
        m
    }

    /// Builds a matrix from its rows; every row must have the same length.
    pub fn from_rows(rows: &[Vec<f64>]) -> Matrix {
        let cols = if rows.is_empty() { 0 } else { rows[0].len() };
        let mut data = Vec::with_capacity(rows.len() * cols);
        for (i, row) in rows.iter().enumerate() {
            assert_eq!(row.len(), cols, "row {} has {} columns, expected {}", i, row.len(), cols);
            data.extend_from_slice(row);
        }
        Matrix { rows: rows.len(), cols, data }
    }

    pub fn rows(&self) -> usize {
        self.rows
    }

    pub fn cols(&self) -> usize {
        self.cols
    }

    pub fn shape(&self) -> (usize, usize) {
        (self.rows, self.cols)
    }

    pub fn get(&self, row: usize, col: usize) -> f64 {
        assert!(
            row < self.rows && col < self.cols,
            "index ({}, {}) out of bounds for a {}x{} matrix",
            row,
            col,
            self.rows,
            self.cols
        );
        self.data[row * self.cols + col]
    }

    pub fn set(&mut self, row: usize, col: usize, value: f64) {
        assert!(
            row < self.rows && col < self.cols,
            "index ({}, {}) out of bounds for a {}x{} matrix",
            row,
            col,
            self.rows,
            self.cols
        );
        self.data[row * self.cols + col] = value;
    }

    pub fn row(&self, row: usize) -> &[f64] {
        &self.data[row * self.cols..(row + 1) * self.cols]
    }

    pub fn transpose(&self) -> Matrix {
        let mut t = Matrix::zeros(self.cols, self.rows);
        for r in 0..self.rows {
            for c in 0..self.cols {
                t.set(c, r, self.get(r, c));
            }
        }
        t
    }

    pub fn add(&self, other: &Matrix) -> Result<Matrix, MatrixError> {
        if self.shape() != other.shape() {
            return Err(MatrixError::ShapeMismatch { left: self.shape(), right: other.shape() });
        }
        let mut data = Vec::with_capacity(self.data.len());
        for i in 0..self.data.len() {
            data.push(self.data[i] + other.data[i]);
        }
        Ok(Matrix { rows: self.rows, cols: self.cols, data })
    }

    pub fn scale(&self, factor: f64) -> Matrix {
        let data = self.data.iter().map(|x| x * factor).collect();
        Matrix { rows: self.rows, cols: self.cols, data }
    }

    pub fn mul(&self, other: &Matrix) -> Result<Matrix, MatrixError> {
        if self.cols != other.rows {
            return Err(MatrixError::ShapeMismatch { left: self.shape(), right: other.shape() });
        }
        let mut product = Matrix::zeros(self.rows, other.cols);
        for r in 0..self.rows {
            for c in 0..other.cols {
                let mut sum = 0.0;
                for k in 0..self.cols {
                    sum += self.get(r, k) * other.get(k, c);
                }
                product.set(r, c, sum);
            }
        }
        Ok(product)
    }

    pub fn trace(&self) -> Result<f64, MatrixError> {
        if self.rows != self.cols {
            return Err(MatrixError::NotSquare);
        }
        let mut sum = 0.0;
        for i in 0..self.rows {
            sum += self.get(i, i);
        }
        Ok(sum)
    }

    /// The determinant, by Gaussian elimination with partial pivoting.
    pub fn determinant(&self) -> Result<f64, MatrixError> {
        if self.rows != self.cols {
            return Err(MatrixError::NotSquare);
        }
        let n = self.rows;
        let mut m = self.clone();
        let mut det = 1.0;
        for col in 0..n {
            let mut pivot = col;
            for r in col + 1..n {
                if m.get(r, col).abs() > m.get(pivot, col).abs() {
                    pivot = r;
                }
            }
            if m.get(pivot, col) == 0.0 {
                return Ok(0.0);
            }
            if pivot != col {
                m.swap_rows(pivot, col);
                det = -det;
            }
            det *= m.get(col, col);
            for r in col + 1..n {
                let factor = m.get(r, col) / m.get(col, col);
                for c in col..n {
                    let value = m.get(r, c) - factor * m.get(col, c);
                    m.set(r, c, value);
                }
            }
        }
        Ok(det)
    }

    /// Solves `self * x = b` for a square, non-singular matrix.
    pub fn solve(&self, b: &[f64]) -> Result<Vec<f64>, MatrixError> {
        let det = self.determinant()?;
        if det.abs() < 1e-12 {
            return Err(MatrixError::Singular);
        }
        // Cramer's rule: fine for the small systems this library is for.
        let mut x = Vec::new();
        for col in 0..self.cols {
            let mut replaced = self.clone();
            for row in 0..self.rows {
                replaced.set(row, col, b[row]);
            }
            x.push(replaced.determinant()? / det);
        }
        Ok(x)
    }

    fn swap_rows(&mut self, a: usize, b: usize) {
        for c in 0..self.cols {
            self.data.swap(a * self.cols + c, b * self.cols + c);
        }
    }

    /// One line per row, each number with two decimals, right-aligned in a column.
    pub fn render(&self) -> String {
        let mut out = String::new();
        for r in 0..self.rows {
            let cells: Vec<String> = self.row(r).iter().map(|x| format!("{:>7.2}", x)).collect();
            out.push_str(&format!("[{} ]\n", cells.join("")));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identity_is_neutral() {
        let m = Matrix::from_rows(&[vec![1.0, 2.0], vec![3.0, 4.0]]);
        assert_eq!(m.mul(&Matrix::identity(2)), Ok(m.clone()));
        assert_eq!(Matrix::identity(2).mul(&m), Ok(m));
    }

    #[test]
    fn transpose_swaps_rows_and_columns() {
        let m = Matrix::from_rows(&[vec![1.0, 2.0, 3.0], vec![4.0, 5.0, 6.0]]);
        let t = m.transpose();
        assert_eq!(t.shape(), (3, 2));
        assert_eq!(t.row(2), &[3.0, 6.0]);
        assert_eq!(t.transpose(), m);
    }

    #[test]
    fn determinants() {
        let m = Matrix::from_rows(&[vec![2.0, 0.0, 1.0], vec![1.0, 3.0, 2.0], vec![1.0, 1.0, 2.0]]);
        assert!((m.determinant().unwrap() - 6.0).abs() < 1e-9);
        assert_eq!(Matrix::zeros(2, 3).determinant(), Err(MatrixError::NotSquare));
        let singular = Matrix::from_rows(&[vec![1.0, 2.0], vec![2.0, 4.0]]);
        assert_eq!(singular.determinant(), Ok(0.0));
    }

    #[test]
    #[should_panic(expected = "index (2, 0) out of bounds for a 2x2 matrix")]
    fn reading_outside_panics() {
        let m = Matrix::identity(2);
        m.get(2, 0);
    }

    #[test]
    #[ignore = "slow: multiplies large matrices"]
    fn large_products() {
        let n = 60;
        let mut m = Matrix::zeros(n, n);
        for i in 0..n {
            for j in 0..n {
                m.set(i, j, ((i * j) % 7) as f64);
            }
        }
        let p = m.mul(&Matrix::identity(n)).unwrap();
        assert_eq!(p, m);
    }
}
