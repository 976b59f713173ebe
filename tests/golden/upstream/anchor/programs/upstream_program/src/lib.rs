pub mod instructions;
pub mod state;

use anchor_lang::prelude::*;

pub use instructions::*;
pub use state::*;

declare_id!("F6XFcqKgCkN1orQjyTwVCK8bXjWfnXyHPWnW4SL82Xo7");

#[program]
pub mod upstream_program {
    use super::*;

    pub fn init_rent_vault(ctx: Context<InitRentVault>, fund_lamports: u64) -> Result<()> {
        instructions::init_rent_vault::handler(ctx, fund_lamports)
    }

    pub fn create_new_account(ctx: Context<CreateNewAccount>, amount: u64) -> Result<()> {
        instructions::create_new_account::handler(ctx, amount)
    }

    pub fn pay_out(ctx: Context<PayOut>, bump: u8, amount: u64) -> Result<()> {
        instructions::pay_out::handler(ctx, bump, amount)
    }

    pub fn open_note(ctx: Context<OpenNote>, text: u64) -> Result<()> {
        instructions::open_note::handler(ctx, text)
    }

    pub fn close_note(ctx: Context<CloseNote>) -> Result<()> {
        instructions::close_note::handler(ctx)
    }

    pub fn touch(ctx: Context<Touch>, amount: u64) -> Result<()> {
        instructions::touch::handler(ctx, amount)
    }

    pub fn create_token_mint(
        ctx: Context<CreateTokenMint>,
        decimals: u8,
        freeze_authority: Option<Pubkey>,
    ) -> Result<()> {
        instructions::create_token_mint::handler(ctx, decimals, freeze_authority)
    }

    pub fn create_shared_mint(ctx: Context<CreateSharedMint>) -> Result<()> {
        instructions::create_shared_mint::handler(ctx)
    }
}
