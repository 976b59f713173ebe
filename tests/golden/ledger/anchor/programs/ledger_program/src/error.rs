use anchor_lang::prelude::*;

#[error_code]
pub enum LedgerProgramError {
    #[msg("Limits must allow entries and fees of at most 100%")]
    InvalidLimits,
    #[msg("Amount must be positive")]
    ZeroAmount,
    #[msg("Amount is above the ledger's limit")]
    TooLarge,
    #[msg("Not enough balance")]
    Overdrawn,
}
