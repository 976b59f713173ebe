pub mod profile;
pub mod tally;

pub use profile::*;
pub use tally::*;
