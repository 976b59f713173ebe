#![allow(ambiguous_glob_reexports)]

pub mod burn_tokens;
pub mod initialize;
pub mod mint_tokens;

pub use burn_tokens::*;
pub use initialize::*;
pub use mint_tokens::*;
