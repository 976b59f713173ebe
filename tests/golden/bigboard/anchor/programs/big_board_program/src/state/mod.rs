pub mod board;
pub mod tally;

pub use board::*;
pub use tally::*;
