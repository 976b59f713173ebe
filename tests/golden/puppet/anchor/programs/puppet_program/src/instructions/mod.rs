pub mod set_data;

pub use set_data::*;
