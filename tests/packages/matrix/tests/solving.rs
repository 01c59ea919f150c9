use matrix::{Matrix, MatrixError};

#[test]
fn a_two_by_two_system() {
    // x + 2y = 5, 3x - y = 1
    let a = Matrix::from_rows(&[vec![1.0, 2.0], vec![3.0, -1.0]]);
    let x = a.solve(&[5.0, 1.0]).unwrap();
    assert!((x[0] - 1.0).abs() < 1e-9, "x = {:?}", x);
    assert!((x[1] - 2.0).abs() < 1e-9, "x = {:?}", x);
}

#[test]
fn singular_systems_have_no_solution() {
    let a = Matrix::from_rows(&[vec![1.0, 1.0], vec![2.0, 2.0]]);
    assert_eq!(a.solve(&[1.0, 2.0]), Err(MatrixError::Singular));
}

#[test]
fn rendering() {
    let m = Matrix::from_rows(&[vec![1.0, -2.5], vec![10.25, 0.0]]);
    assert_eq!(m.render(), "[   1.00  -2.50 ]\n[  10.25   0.00 ]\n");
}
