pub mod receipt;
pub mod tally;

pub use receipt::*;
pub use tally::*;
