pub mod note;

pub use note::*;
