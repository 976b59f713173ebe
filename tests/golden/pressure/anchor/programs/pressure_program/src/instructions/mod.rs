#![allow(ambiguous_glob_reexports)]

pub mod match_key;
pub mod nested_call;
pub mod percent_of;
pub mod wide_calls;

pub use match_key::*;
pub use nested_call::*;
pub use percent_of::*;
pub use wide_calls::*;
