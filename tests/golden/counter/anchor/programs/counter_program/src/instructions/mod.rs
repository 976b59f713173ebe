#![allow(ambiguous_glob_reexports)]

pub mod decrement;
pub mod increment;
pub mod increment_by;
pub mod initialize;

pub use decrement::*;
pub use increment::*;
pub use increment_by::*;
pub use initialize::*;
