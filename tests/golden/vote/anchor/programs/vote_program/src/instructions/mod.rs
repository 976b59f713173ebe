#![allow(ambiguous_glob_reexports)]

pub mod downvote;
pub mod initialize;
pub mod reset;
pub mod upvote;

pub use downvote::*;
pub use initialize::*;
pub use reset::*;
pub use upvote::*;
