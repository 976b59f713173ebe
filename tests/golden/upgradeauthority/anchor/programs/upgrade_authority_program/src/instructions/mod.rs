pub mod configure;

pub use configure::*;
