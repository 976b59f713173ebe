#![allow(ambiguous_glob_reexports)]

pub mod collect;
pub mod copy;
pub mod open;
pub mod pay;
pub mod settle;
pub mod shift;

pub use collect::*;
pub use copy::*;
pub use open::*;
pub use pay::*;
pub use settle::*;
pub use shift::*;
