pub mod instructions;
pub mod state;

use anchor_lang::prelude::*;

pub use instructions::*;
pub use state::*;

declare_id!("68BPY76RzCLnKKR5uve7d1Zt2q6F1ZZhyQ2hRQDMMNfz");

#[program]
pub mod mint_options_program {
    use super::*;

    pub fn create_token_mint(
        ctx: Context<CreateTokenMint>,
        decimals: u8,
        freeze_authority: Option<Pubkey>,
    ) -> Result<()> {
        instructions::create_token_mint::handler(ctx, decimals, freeze_authority)
    }

    pub fn create_pda_mint(
        ctx: Context<CreatePdaMint>,
        decimals: u8,
        freeze_authority: Option<Pubkey>,
        auth_bump: u8,
    ) -> Result<()> {
        instructions::create_pda_mint::handler(ctx, decimals, freeze_authority, auth_bump)
    }

    pub fn new_mint(ctx: Context<NewMint>, decimals: u8, freezer: Pubkey) -> Result<()> {
        instructions::new_mint::handler(ctx, decimals, freezer)
    }

    pub fn ensure_mint(ctx: Context<EnsureMint>, decimals: u8, freezer: Pubkey) -> Result<()> {
        instructions::ensure_mint::handler(ctx, decimals, freezer)
    }

    pub fn check_mint(ctx: Context<CheckMint>, decimals: u8) -> Result<()> {
        instructions::check_mint::handler(ctx, decimals)
    }

    pub fn change_mint_authority(
        ctx: Context<ChangeMintAuthority>,
        new_authority: Option<Pubkey>,
    ) -> Result<()> {
        instructions::change_mint_authority::handler(ctx, new_authority)
    }

    pub fn configure(
        ctx: Context<Configure>,
        limit: Option<u64>,
        owner: Option<Pubkey>,
        label: Option<String>,
        step: Option<u8>,
    ) -> Result<()> {
        instructions::configure::handler(ctx, limit, owner, label, step)
    }
}
