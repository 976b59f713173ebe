#![allow(ambiguous_glob_reexports)]

pub mod set_color;
pub mod set_favorites;

pub use set_color::*;
pub use set_favorites::*;
