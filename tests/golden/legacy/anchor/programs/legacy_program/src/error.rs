use anchor_lang::prelude::*;

#[error_code]
pub enum LegacyProgramError {
    #[msg("Not tall enough")]
    TooShort,
    #[msg("Over the limit")]
    OverLimit,
    #[msg("Not the owner")]
    NotOwner,
}
