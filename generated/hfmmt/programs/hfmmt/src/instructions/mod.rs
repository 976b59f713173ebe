#![allow(ambiguous_glob_reexports)]

pub mod check_priority;
pub mod distribute_rewards;
pub mod fund_rewards;
pub mod initialize;
pub mod provide_liquidity;
pub mod request_unstake;
pub mod set_auto_compound;
pub mod set_paused;
pub mod slash_inactive;
pub mod stake_tokens;
pub mod update_config;
pub mod update_performance;
pub mod update_volatility;
pub mod withdraw_liquidity;
pub mod withdraw_unstaked;

pub use check_priority::*;
pub use distribute_rewards::*;
pub use fund_rewards::*;
pub use initialize::*;
pub use provide_liquidity::*;
pub use request_unstake::*;
pub use set_auto_compound::*;
pub use set_paused::*;
pub use slash_inactive::*;
pub use stake_tokens::*;
pub use update_config::*;
pub use update_performance::*;
pub use update_volatility::*;
pub use withdraw_liquidity::*;
pub use withdraw_unstaked::*;
