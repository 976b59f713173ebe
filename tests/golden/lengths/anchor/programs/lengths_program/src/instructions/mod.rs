#![allow(ambiguous_glob_reexports)]

pub mod open;
pub mod rename;
pub mod rescore;
pub mod retag;
pub mod tag;

pub use open::*;
pub use rename::*;
pub use rescore::*;
pub use retag::*;
pub use tag::*;
