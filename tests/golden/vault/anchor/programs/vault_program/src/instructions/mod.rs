#![allow(ambiguous_glob_reexports)]

pub mod deposit;
pub mod initialize;
pub mod withdraw;

pub use deposit::*;
pub use initialize::*;
pub use withdraw::*;
