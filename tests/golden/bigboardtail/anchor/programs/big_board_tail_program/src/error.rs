use anchor_lang::prelude::*;

#[error_code]
pub enum BigBoardTailProgramError {
    #[msg("The ledger has been stamped as often as allowed")]
    LimitReached,
}
