use anchor_lang::prelude::*;

/// Accounts of `greet`, in order:
///
/// 0. [signer] visitor
#[derive(Accounts)]
pub struct Greet<'info> {
    pub visitor: Signer<'info>,
}

pub fn handler(_ctx: Context<Greet>, name: String, city: String) -> Result<()> {
    msg!("Welcome to the park, {} from {}", name, city);
    Ok(())
}
