pub mod instructions;
pub mod state;

use anchor_lang::prelude::*;

pub use instructions::*;
pub use state::*;

declare_id!("A4CtQRqkD7HuZFhcq1Ak5Ra1WxBSt6xM69wKbS1vGJkr");

#[program]
pub mod token_ops_program {
    use super::*;

    pub fn initialize(ctx: Context<Initialize>) -> Result<()> {
        instructions::initialize::handler(ctx)
    }

    pub fn pda_mint_to(ctx: Context<PdaMintTo>, amount: u64) -> Result<()> {
        instructions::pda_mint_to::handler(ctx, amount)
    }

    pub fn pda_transfer(ctx: Context<PdaTransfer>, amount: u64) -> Result<()> {
        instructions::pda_transfer::handler(ctx, amount)
    }

    pub fn pda_transfer_checked(
        ctx: Context<PdaTransferChecked>,
        amount: u64,
        decimals: u8,
    ) -> Result<()> {
        instructions::pda_transfer_checked::handler(ctx, amount, decimals)
    }

    pub fn pda_burn(ctx: Context<PdaBurn>, amount: u64) -> Result<()> {
        instructions::pda_burn::handler(ctx, amount)
    }

    pub fn pda_approve(ctx: Context<PdaApprove>, amount: u64) -> Result<()> {
        instructions::pda_approve::handler(ctx, amount)
    }

    pub fn pda_approve_checked(ctx: Context<PdaApproveChecked>, amount: u64) -> Result<()> {
        instructions::pda_approve_checked::handler(ctx, amount)
    }

    pub fn pda_revoke(ctx: Context<PdaRevoke>) -> Result<()> {
        instructions::pda_revoke::handler(ctx)
    }

    pub fn pda_freeze(ctx: Context<PdaFreeze>) -> Result<()> {
        instructions::pda_freeze::handler(ctx)
    }

    pub fn pda_thaw(ctx: Context<PdaThaw>) -> Result<()> {
        instructions::pda_thaw::handler(ctx)
    }

    pub fn pda_close(ctx: Context<PdaClose>) -> Result<()> {
        instructions::pda_close::handler(ctx)
    }

    pub fn pda_set_mint_authority(
        ctx: Context<PdaSetMintAuthority>,
        new_authority: Pubkey,
    ) -> Result<()> {
        instructions::pda_set_mint_authority::handler(ctx, new_authority)
    }

    pub fn pda_clear_freeze_authority(ctx: Context<PdaClearFreezeAuthority>) -> Result<()> {
        instructions::pda_clear_freeze_authority::handler(ctx)
    }

    pub fn pda_set_vault_owner(ctx: Context<PdaSetVaultOwner>, new_owner: Pubkey) -> Result<()> {
        instructions::pda_set_vault_owner::handler(ctx, new_owner)
    }

    pub fn pda_initialize_account(ctx: Context<PdaInitializeAccount>) -> Result<()> {
        instructions::pda_initialize_account::handler(ctx)
    }

    pub fn transfer(ctx: Context<Transfer>, amount: u64) -> Result<()> {
        instructions::transfer::handler(ctx, amount)
    }

    pub fn transfer_checked(
        ctx: Context<TransferChecked>,
        amount: u64,
        decimals: u8,
    ) -> Result<()> {
        instructions::transfer_checked::handler(ctx, amount, decimals)
    }

    pub fn mint_to(ctx: Context<MintTo>, amount: u64) -> Result<()> {
        instructions::mint_to::handler(ctx, amount)
    }

    pub fn burn(ctx: Context<Burn>, amount: u64) -> Result<()> {
        instructions::burn::handler(ctx, amount)
    }

    pub fn approve(ctx: Context<Approve>, amount: u64) -> Result<()> {
        instructions::approve::handler(ctx, amount)
    }

    pub fn approve_checked(ctx: Context<ApproveChecked>, amount: u64, decimals: u8) -> Result<()> {
        instructions::approve_checked::handler(ctx, amount, decimals)
    }

    pub fn revoke(ctx: Context<Revoke>) -> Result<()> {
        instructions::revoke::handler(ctx)
    }

    pub fn freeze_account(ctx: Context<FreezeAccount>) -> Result<()> {
        instructions::freeze_account::handler(ctx)
    }

    pub fn thaw_account(ctx: Context<ThawAccount>) -> Result<()> {
        instructions::thaw_account::handler(ctx)
    }

    pub fn close_account(ctx: Context<CloseAccount>) -> Result<()> {
        instructions::close_account::handler(ctx)
    }

    pub fn set_account_owner(ctx: Context<SetAccountOwner>, new_owner: Pubkey) -> Result<()> {
        instructions::set_account_owner::handler(ctx, new_owner)
    }

    pub fn clear_account_owner(ctx: Context<ClearAccountOwner>) -> Result<()> {
        instructions::clear_account_owner::handler(ctx)
    }

    pub fn set_close_authority(ctx: Context<SetCloseAuthority>) -> Result<()> {
        instructions::set_close_authority::handler(ctx)
    }

    pub fn clear_close_authority(ctx: Context<ClearCloseAuthority>) -> Result<()> {
        instructions::clear_close_authority::handler(ctx)
    }

    pub fn set_freeze_authority(
        ctx: Context<SetFreezeAuthority>,
        new_authority: Pubkey,
    ) -> Result<()> {
        instructions::set_freeze_authority::handler(ctx, new_authority)
    }

    pub fn clear_mint_authority(ctx: Context<ClearMintAuthority>) -> Result<()> {
        instructions::clear_mint_authority::handler(ctx)
    }

    pub fn initialize_account(ctx: Context<InitializeAccount>) -> Result<()> {
        instructions::initialize_account::handler(ctx)
    }

    pub fn wrap_sol(ctx: Context<WrapSol>, lamports: u64) -> Result<()> {
        instructions::wrap_sol::handler(ctx, lamports)
    }

    pub fn sync_native(ctx: Context<SyncNative>) -> Result<()> {
        instructions::sync_native::handler(ctx)
    }
}
