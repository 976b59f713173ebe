pub mod journal_entry;

pub use journal_entry::*;
