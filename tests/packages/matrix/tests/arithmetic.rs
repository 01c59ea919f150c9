use matrix::{Matrix, MatrixError};

#[test]
fn sums_and_products() {
    let a = Matrix::from_rows(&[vec![1.0, 2.0], vec![3.0, 4.0]]);
    let b = Matrix::from_rows(&[vec![5.0, 6.0], vec![7.0, 8.0]]);
    assert_eq!(a.add(&b).unwrap(), Matrix::from_rows(&[vec![6.0, 8.0], vec![10.0, 12.0]]));
    assert_eq!(a.mul(&b).unwrap(), Matrix::from_rows(&[vec![19.0, 22.0], vec![43.0, 50.0]]));
    assert_eq!(a.scale(0.5).row(1), &[1.5, 2.0]);
    assert_eq!(a.trace(), Ok(5.0));
}

#[test]
fn shapes_must_agree() {
    let a = Matrix::zeros(2, 3);
    let b = Matrix::zeros(2, 3);
    assert_eq!(a.mul(&b), Err(MatrixError::ShapeMismatch { left: (2, 3), right: (2, 3) }));
    assert!(a.add(&b).is_ok());
    assert_eq!(a.mul(&b.transpose()).map(|m| m.shape()), Ok((2, 2)));
}

#[test]
#[should_panic(expected = "row 1 has 1 columns, expected 2")]
fn ragged_rows_are_rejected() {
    Matrix::from_rows(&[vec![1.0, 2.0], vec![3.0]]);
}
