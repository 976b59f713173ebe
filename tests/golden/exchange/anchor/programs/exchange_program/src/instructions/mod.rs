#![allow(ambiguous_glob_reexports)]

pub mod open_book;
pub mod place_quote;

pub use open_book::*;
pub use place_quote::*;
