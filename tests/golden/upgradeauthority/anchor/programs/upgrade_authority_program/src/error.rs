use anchor_lang::prelude::*;

#[error_code]
pub enum UpgradeAuthorityProgramError {
    #[msg("Only the program's upgrade authority may configure it")]
    NotUpgradeAuthority,
}
