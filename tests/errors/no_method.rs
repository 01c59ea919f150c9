//! A method that the receiver's type does not have.

fn main() {
    let n: i32 = 7;
    println!("{}", n.frobnicate());
}
