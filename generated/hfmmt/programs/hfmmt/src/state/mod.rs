pub mod config;
pub mod config_params;
pub mod liquidity_position;
pub mod market_maker;
pub mod priority_tiers;

pub use config::*;
pub use config_params::*;
pub use liquidity_position::*;
pub use market_maker::*;
pub use priority_tiers::*;
