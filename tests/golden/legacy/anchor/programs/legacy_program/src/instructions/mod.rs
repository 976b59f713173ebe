#![allow(ambiguous_glob_reexports)]

pub mod check;
pub mod compute;
pub mod deposit;
pub mod greet;
pub mod open;
pub mod setup_tokens;
pub mod withdraw;

pub use check::*;
pub use compute::*;
pub use deposit::*;
pub use greet::*;
pub use open::*;
pub use setup_tokens::*;
pub use withdraw::*;
