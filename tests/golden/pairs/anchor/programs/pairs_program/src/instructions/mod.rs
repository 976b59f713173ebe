#![allow(ambiguous_glob_reexports)]

pub mod collect;
pub mod mirror;
pub mod open;
pub mod pay;
pub mod settle;
pub mod shift;

pub use collect::*;
pub use mirror::*;
pub use open::*;
pub use pay::*;
pub use settle::*;
pub use shift::*;
