#![allow(ambiguous_glob_reexports)]

pub mod open;
pub mod record;
pub mod shrink;

pub use open::*;
pub use record::*;
pub use shrink::*;
