pub mod favorites;

pub use favorites::*;
