pub mod ledger;

pub use ledger::*;
