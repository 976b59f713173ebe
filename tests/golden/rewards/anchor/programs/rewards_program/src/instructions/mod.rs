#![allow(ambiguous_glob_reexports)]

pub mod claim;
pub mod initialize;
pub mod preview;
pub mod stake;
pub mod unstake;

pub use claim::*;
pub use initialize::*;
pub use preview::*;
pub use stake::*;
pub use unstake::*;
