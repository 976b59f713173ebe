#![allow(ambiguous_glob_reexports)]

pub mod add;
pub mod copy_cell;
pub mod create_tally;
pub mod open;
pub mod read;
pub mod write;

pub use add::*;
pub use copy_cell::*;
pub use create_tally::*;
pub use open::*;
pub use read::*;
pub use write::*;
