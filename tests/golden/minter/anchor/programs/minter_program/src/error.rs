use anchor_lang::prelude::*;

#[error_code]
pub enum MinterProgramError {
    #[msg("Minting this amount would exceed the supply cap")]
    SupplyCapExceeded,
    #[msg("Not enough tokens to burn")]
    InsufficientBalance,
}
