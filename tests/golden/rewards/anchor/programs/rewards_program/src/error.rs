use anchor_lang::prelude::*;

#[error_code]
pub enum RewardsProgramError {
    #[msg("Stake a positive amount")]
    ZeroAmount,
    #[msg("Not enough staked")]
    NotEnoughStake,
    #[msg("Nothing to claim")]
    NothingToClaim,
    #[msg("Reward debt is ahead of earnings")]
    DebtAhead,
}
