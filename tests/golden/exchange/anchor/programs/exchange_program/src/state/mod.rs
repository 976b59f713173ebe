pub mod book;

pub use book::*;
