pub mod board;
pub mod label;

pub use board::*;
pub use label::*;
