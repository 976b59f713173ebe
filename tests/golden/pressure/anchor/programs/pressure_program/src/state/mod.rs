pub mod totals;

pub use totals::*;
