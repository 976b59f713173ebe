pub mod ledger;
pub mod limits;

pub use ledger::*;
pub use limits::*;
