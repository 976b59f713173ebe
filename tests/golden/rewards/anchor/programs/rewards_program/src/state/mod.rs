pub mod pool;
pub mod user_stake;

pub use pool::*;
pub use user_stake::*;
