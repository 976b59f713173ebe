#![allow(ambiguous_glob_reexports)]

pub mod open;
pub mod stamp;

pub use open::*;
pub use stamp::*;
