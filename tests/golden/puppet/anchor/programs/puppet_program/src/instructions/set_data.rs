use anchor_lang::prelude::*;

use crate::state::*;

/// Accounts of `set_data`, in order:
///
/// 0. [writable] puppet
#[derive(Accounts)]
pub struct SetData<'info> {
    #[account(mut)]
    pub puppet: Account<'info, Data>,
}

pub fn handler(ctx: Context<SetData>, data: u64) -> Result<()> {
    let puppet = &mut ctx.accounts.puppet;
    puppet.data = data;
    Ok(())
}
