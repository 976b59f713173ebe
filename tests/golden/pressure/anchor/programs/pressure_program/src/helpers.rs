use anchor_lang::prelude::*;

pub fn plus_one(v: u64) -> Result<u64> {
    Ok(v.checked_add(1).ok_or(ProgramError::ArithmeticOverflow)?)
}

pub fn key_unless_zero(key: Pubkey, n: u64) -> Result<Pubkey> {
    if n == 0 {
        return Ok(pubkey!("11111111111111111111111111111111"));
    }
    Ok(key)
}

pub fn grow(v: u128, w: u64) -> Result<u128> {
    Ok(v.checked_add(u128::from(w))
        .ok_or(ProgramError::ArithmeticOverflow)?)
}
