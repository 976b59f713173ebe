use anchor_lang::prelude::*;

#[error_code]
pub enum HfmmtError {
    #[msg("The signer is not allowed to do this")]
    Unauthorized,
    #[msg("The amount must be greater than zero")]
    ZeroAmount,
    #[msg("A parameter is out of range")]
    InvalidParameter,
    #[msg("The program is paused")]
    Paused,
    #[msg("The stake is below the minimum")]
    BelowMinimumStake,
    #[msg("Not enough stake")]
    InsufficientStake,
    #[msg("The unstake cooldown has not elapsed")]
    CooldownNotElapsed,
    #[msg("Nothing to withdraw")]
    NothingToWithdraw,
    #[msg("The market maker is not inactive")]
    NotInactive,
    #[msg("Not enough liquidity in the position")]
    InsufficientLiquidity,
    #[msg("Arithmetic overflow")]
    MathOverflow,
    #[msg("The token account has the wrong mint")]
    InvalidMint,
    #[msg("The token account has the wrong owner")]
    InvalidOwner,
    #[msg("The report's volume or order flow is above the per-report cap")]
    ReportAboveCap,
    #[msg("The market maker's priority tier is below the one required")]
    PriorityTooLow,
}
