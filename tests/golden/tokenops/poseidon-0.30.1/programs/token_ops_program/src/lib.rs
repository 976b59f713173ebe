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

pub mod instructions {
    #![allow(ambiguous_glob_reexports)]

    pub use approve::*;
    pub use approve_checked::*;
    pub use burn::*;
    pub use clear_account_owner::*;
    pub use clear_close_authority::*;
    pub use clear_mint_authority::*;
    pub use close_account::*;
    pub use freeze_account::*;
    pub use initialize::*;
    pub use initialize_account::*;
    pub use mint_to::*;
    pub use pda_approve::*;
    pub use pda_approve_checked::*;
    pub use pda_burn::*;
    pub use pda_clear_freeze_authority::*;
    pub use pda_close::*;
    pub use pda_freeze::*;
    pub use pda_initialize_account::*;
    pub use pda_mint_to::*;
    pub use pda_revoke::*;
    pub use pda_set_mint_authority::*;
    pub use pda_set_vault_owner::*;
    pub use pda_thaw::*;
    pub use pda_transfer::*;
    pub use pda_transfer_checked::*;
    pub use revoke::*;
    pub use set_account_owner::*;
    pub use set_close_authority::*;
    pub use set_freeze_authority::*;
    pub use sync_native::*;
    pub use thaw_account::*;
    pub use transfer::*;
    pub use transfer_checked::*;
    pub use wrap_sol::*;

    pub mod approve {
        use anchor_lang::prelude::*;
        use anchor_spl::token::{self, Token, TokenAccount};

        /// Accounts of `approve`, in order:
        ///
        /// 0. [signer] owner
        /// 1. [writable] source
        /// 2. [] delegate
        /// 3. [] token_program
        #[derive(Accounts)]
        pub struct Approve<'info> {
            pub owner: Signer<'info>,
            #[account(mut)]
            pub source: Account<'info, TokenAccount>,
            pub delegate: SystemAccount<'info>,
            pub token_program: Program<'info, Token>,
        }

        pub fn handler(ctx: Context<Approve>, amount: u64) -> Result<()> {
            let owner = &ctx.accounts.owner;
            let source = &ctx.accounts.source;
            let delegate = &ctx.accounts.delegate;
            let token_program = &ctx.accounts.token_program;
            token::approve(
                CpiContext::new(
                    token_program.to_account_info(),
                    token::Approve {
                        to: source.to_account_info(),
                        delegate: delegate.to_account_info(),
                        authority: owner.to_account_info(),
                    },
                ),
                amount,
            )?;
            Ok(())
        }
    }

    pub mod approve_checked {
        use anchor_lang::prelude::*;
        use anchor_spl::token::{self, Mint, Token, TokenAccount};

        /// Accounts of `approve_checked`, in order:
        ///
        /// 0. [signer] owner
        /// 1. [] mint
        /// 2. [writable] source
        /// 3. [] delegate
        /// 4. [] token_program
        #[derive(Accounts)]
        pub struct ApproveChecked<'info> {
            pub owner: Signer<'info>,
            pub mint: Account<'info, Mint>,
            #[account(mut)]
            pub source: Account<'info, TokenAccount>,
            pub delegate: SystemAccount<'info>,
            pub token_program: Program<'info, Token>,
        }

        pub fn handler(ctx: Context<ApproveChecked>, amount: u64, decimals: u8) -> Result<()> {
            let owner = &ctx.accounts.owner;
            let mint = &ctx.accounts.mint;
            let source = &ctx.accounts.source;
            let delegate = &ctx.accounts.delegate;
            let token_program = &ctx.accounts.token_program;
            token::approve_checked(
                CpiContext::new(
                    token_program.to_account_info(),
                    token::ApproveChecked {
                        to: source.to_account_info(),
                        mint: mint.to_account_info(),
                        delegate: delegate.to_account_info(),
                        authority: owner.to_account_info(),
                    },
                ),
                amount,
                decimals,
            )?;
            Ok(())
        }
    }

    pub mod burn {
        use anchor_lang::prelude::*;
        use anchor_spl::token::{self, Mint, Token, TokenAccount};

        /// Accounts of `burn`, in order:
        ///
        /// 0. [signer] owner
        /// 1. [writable] mint
        /// 2. [writable] owner_ata
        /// 3. [] token_program
        #[derive(Accounts)]
        pub struct Burn<'info> {
            pub owner: Signer<'info>,
            #[account(mut)]
            pub mint: Account<'info, Mint>,
            #[account(mut, associated_token::mint = mint, associated_token::authority = owner)]
            pub owner_ata: Account<'info, TokenAccount>,
            pub token_program: Program<'info, Token>,
        }

        pub fn handler(ctx: Context<Burn>, amount: u64) -> Result<()> {
            let owner = &ctx.accounts.owner;
            let mint = &ctx.accounts.mint;
            let owner_ata = &ctx.accounts.owner_ata;
            let token_program = &ctx.accounts.token_program;
            token::burn(
                CpiContext::new(
                    token_program.to_account_info(),
                    token::Burn {
                        mint: mint.to_account_info(),
                        from: owner_ata.to_account_info(),
                        authority: owner.to_account_info(),
                    },
                ),
                amount,
            )?;
            Ok(())
        }
    }

    pub mod clear_account_owner {
        use anchor_lang::prelude::*;
        use anchor_spl::token::spl_token::instruction::AuthorityType;
        use anchor_spl::token::{self, Token, TokenAccount};

        /// Accounts of `clear_account_owner`, in order:
        ///
        /// 0. [signer] owner
        /// 1. [writable] account
        /// 2. [] token_program
        #[derive(Accounts)]
        pub struct ClearAccountOwner<'info> {
            pub owner: Signer<'info>,
            #[account(mut)]
            pub account: Account<'info, TokenAccount>,
            pub token_program: Program<'info, Token>,
        }

        pub fn handler(ctx: Context<ClearAccountOwner>) -> Result<()> {
            let owner = &ctx.accounts.owner;
            let account = &ctx.accounts.account;
            let token_program = &ctx.accounts.token_program;
            token::set_authority(
                CpiContext::new(
                    token_program.to_account_info(),
                    token::SetAuthority {
                        current_authority: owner.to_account_info(),
                        account_or_mint: account.to_account_info(),
                    },
                ),
                AuthorityType::AccountOwner,
                None,
            )?;
            Ok(())
        }
    }

    pub mod clear_close_authority {
        use anchor_lang::prelude::*;
        use anchor_spl::token::spl_token::instruction::AuthorityType;
        use anchor_spl::token::{self, Token, TokenAccount};

        /// Accounts of `clear_close_authority`, in order:
        ///
        /// 0. [signer] current
        /// 1. [writable] account
        /// 2. [] token_program
        #[derive(Accounts)]
        pub struct ClearCloseAuthority<'info> {
            pub current: Signer<'info>,
            #[account(mut)]
            pub account: Account<'info, TokenAccount>,
            pub token_program: Program<'info, Token>,
        }

        pub fn handler(ctx: Context<ClearCloseAuthority>) -> Result<()> {
            let current = &ctx.accounts.current;
            let account = &ctx.accounts.account;
            let token_program = &ctx.accounts.token_program;
            token::set_authority(
                CpiContext::new(
                    token_program.to_account_info(),
                    token::SetAuthority {
                        current_authority: current.to_account_info(),
                        account_or_mint: account.to_account_info(),
                    },
                ),
                AuthorityType::CloseAccount,
                None,
            )?;
            Ok(())
        }
    }

    pub mod clear_mint_authority {
        use anchor_lang::prelude::*;
        use anchor_spl::token::spl_token::instruction::AuthorityType;
        use anchor_spl::token::{self, Mint, Token};

        /// Accounts of `clear_mint_authority`, in order:
        ///
        /// 0. [signer] current
        /// 1. [writable] mint
        /// 2. [] token_program
        #[derive(Accounts)]
        pub struct ClearMintAuthority<'info> {
            pub current: Signer<'info>,
            #[account(mut)]
            pub mint: Account<'info, Mint>,
            pub token_program: Program<'info, Token>,
        }

        pub fn handler(ctx: Context<ClearMintAuthority>) -> Result<()> {
            let current = &ctx.accounts.current;
            let mint = &ctx.accounts.mint;
            let token_program = &ctx.accounts.token_program;
            token::set_authority(
                CpiContext::new(
                    token_program.to_account_info(),
                    token::SetAuthority {
                        current_authority: current.to_account_info(),
                        account_or_mint: mint.to_account_info(),
                    },
                ),
                AuthorityType::MintTokens,
                None,
            )?;
            Ok(())
        }
    }

    pub mod close_account {
        use anchor_lang::prelude::*;
        use anchor_spl::token::{self, Token, TokenAccount};

        /// Accounts of `close_account`, in order:
        ///
        /// 0. [signer] owner
        /// 1. [writable] account
        /// 2. [writable] destination
        /// 3. [] token_program
        #[derive(Accounts)]
        pub struct CloseAccount<'info> {
            pub owner: Signer<'info>,
            #[account(mut)]
            pub account: Account<'info, TokenAccount>,
            #[account(mut)]
            pub destination: SystemAccount<'info>,
            pub token_program: Program<'info, Token>,
        }

        pub fn handler(ctx: Context<CloseAccount>) -> Result<()> {
            let owner = &ctx.accounts.owner;
            let account = &ctx.accounts.account;
            let destination = &ctx.accounts.destination;
            let token_program = &ctx.accounts.token_program;
            token::close_account(CpiContext::new(
                token_program.to_account_info(),
                token::CloseAccount {
                    account: account.to_account_info(),
                    destination: destination.to_account_info(),
                    authority: owner.to_account_info(),
                },
            ))?;
            Ok(())
        }
    }

    pub mod freeze_account {
        use anchor_lang::prelude::*;
        use anchor_spl::token::{self, Mint, Token, TokenAccount};

        /// Accounts of `freeze_account`, in order:
        ///
        /// 0. [signer] freeze_authority
        /// 1. [] mint
        /// 2. [writable] account
        /// 3. [] token_program
        #[derive(Accounts)]
        pub struct FreezeAccount<'info> {
            pub freeze_authority: Signer<'info>,
            pub mint: Account<'info, Mint>,
            #[account(mut)]
            pub account: Account<'info, TokenAccount>,
            pub token_program: Program<'info, Token>,
        }

        pub fn handler(ctx: Context<FreezeAccount>) -> Result<()> {
            let freeze_authority = &ctx.accounts.freeze_authority;
            let mint = &ctx.accounts.mint;
            let account = &ctx.accounts.account;
            let token_program = &ctx.accounts.token_program;
            token::freeze_account(CpiContext::new(
                token_program.to_account_info(),
                token::FreezeAccount {
                    account: account.to_account_info(),
                    mint: mint.to_account_info(),
                    authority: freeze_authority.to_account_info(),
                },
            ))?;
            Ok(())
        }
    }

    pub mod initialize {
        use anchor_lang::prelude::*;
        use anchor_spl::token::{Mint, Token, TokenAccount};

        use crate::state::*;

        /// Accounts of `initialize`, in order:
        ///
        /// 0. [writable, signer] admin
        /// 1. [writable] authority
        /// 2. [writable] mint
        /// 3. [writable] vault
        /// 4. [] system_program
        /// 5. [] token_program
        #[derive(Accounts)]
        pub struct Initialize<'info> {
            #[account(mut)]
            pub admin: Signer<'info>,
            #[account(
                init,
                payer = admin,
                space = 8 + TokenAuthority::INIT_SPACE,
                seeds = [b"authority"],
                bump,
            )]
            pub authority: Account<'info, TokenAuthority>,
            #[account(
                init,
                payer = admin,
                seeds = [b"mint"],
                bump,
                mint::decimals = 6,
                mint::authority = authority,
                mint::freeze_authority = authority,
            )]
            pub mint: Account<'info, Mint>,
            #[account(
                init,
                payer = admin,
                seeds = [b"vault"],
                bump,
                token::mint = mint,
                token::authority = authority,
            )]
            pub vault: Account<'info, TokenAccount>,
            pub system_program: Program<'info, System>,
            pub token_program: Program<'info, Token>,
        }

        pub fn handler(ctx: Context<Initialize>) -> Result<()> {
            let admin = &ctx.accounts.admin;
            let authority = &mut ctx.accounts.authority;
            authority.admin = admin.key();
            authority.bump = ctx.bumps.authority;
            Ok(())
        }
    }

    pub mod initialize_account {
        use anchor_lang::prelude::*;
        use anchor_spl::token::{self, Mint, Token};

        /// Accounts of `initialize_account`, in order:
        ///
        /// 0. [writable] account
        /// 1. [] mint
        /// 2. [] owner
        /// 3. [] token_program
        #[derive(Accounts)]
        pub struct InitializeAccount<'info> {
            /// CHECK: the DSL declares this account unchecked; the program reads no data from it.
            #[account(mut)]
            pub account: UncheckedAccount<'info>,
            pub mint: Account<'info, Mint>,
            pub owner: SystemAccount<'info>,
            pub token_program: Program<'info, Token>,
        }

        pub fn handler(ctx: Context<InitializeAccount>) -> Result<()> {
            let account = &ctx.accounts.account;
            let mint = &ctx.accounts.mint;
            let owner = &ctx.accounts.owner;
            let token_program = &ctx.accounts.token_program;
            token::initialize_account3(CpiContext::new(
                token_program.to_account_info(),
                token::InitializeAccount3 {
                    account: account.to_account_info(),
                    mint: mint.to_account_info(),
                    authority: owner.to_account_info(),
                },
            ))?;
            Ok(())
        }
    }

    pub mod mint_to {
        use anchor_lang::prelude::*;
        use anchor_spl::token::{self, Mint, Token, TokenAccount};

        /// Accounts of `mint_to`, in order:
        ///
        /// 0. [signer] mint_authority
        /// 1. [writable] mint
        /// 2. [writable] to
        /// 3. [] token_program
        #[derive(Accounts)]
        pub struct MintTo<'info> {
            pub mint_authority: Signer<'info>,
            #[account(mut)]
            pub mint: Account<'info, Mint>,
            #[account(mut)]
            pub to: Account<'info, TokenAccount>,
            pub token_program: Program<'info, Token>,
        }

        pub fn handler(ctx: Context<MintTo>, amount: u64) -> Result<()> {
            let mint_authority = &ctx.accounts.mint_authority;
            let mint = &ctx.accounts.mint;
            let to = &ctx.accounts.to;
            let token_program = &ctx.accounts.token_program;
            token::mint_to(
                CpiContext::new(
                    token_program.to_account_info(),
                    token::MintTo {
                        mint: mint.to_account_info(),
                        to: to.to_account_info(),
                        authority: mint_authority.to_account_info(),
                    },
                ),
                amount,
            )?;
            Ok(())
        }
    }

    pub mod pda_approve {
        use anchor_lang::prelude::*;
        use anchor_spl::token::{self, Mint, Token, TokenAccount};

        use crate::state::*;

        /// Accounts of `pda_approve`, in order:
        ///
        /// 0. [signer] admin
        /// 1. [] authority
        /// 2. [] mint
        /// 3. [writable] vault
        /// 4. [] delegate
        /// 5. [] token_program
        #[derive(Accounts)]
        pub struct PdaApprove<'info> {
            pub admin: Signer<'info>,
            #[account(seeds = [b"authority"], bump = authority.bump, has_one = admin)]
            pub authority: Account<'info, TokenAuthority>,
            pub mint: Account<'info, Mint>,
            #[account(
                mut,
                seeds = [b"vault"],
                bump,
                token::mint = mint,
                token::authority = authority,
            )]
            pub vault: Account<'info, TokenAccount>,
            pub delegate: SystemAccount<'info>,
            pub token_program: Program<'info, Token>,
        }

        pub fn handler(ctx: Context<PdaApprove>, amount: u64) -> Result<()> {
            let authority = &ctx.accounts.authority;
            let vault = &ctx.accounts.vault;
            let delegate = &ctx.accounts.delegate;
            let token_program = &ctx.accounts.token_program;
            token::approve(
                CpiContext::new_with_signer(
                    token_program.to_account_info(),
                    token::Approve {
                        to: vault.to_account_info(),
                        delegate: delegate.to_account_info(),
                        authority: authority.to_account_info(),
                    },
                    &[&[b"authority", &[authority.bump]]],
                ),
                amount,
            )?;
            Ok(())
        }
    }

    pub mod pda_approve_checked {
        use anchor_lang::prelude::*;
        use anchor_spl::token::{self, Mint, Token, TokenAccount};

        use crate::state::*;

        /// Accounts of `pda_approve_checked`, in order:
        ///
        /// 0. [signer] admin
        /// 1. [] authority
        /// 2. [] mint
        /// 3. [writable] vault
        /// 4. [] delegate
        /// 5. [] token_program
        #[derive(Accounts)]
        pub struct PdaApproveChecked<'info> {
            pub admin: Signer<'info>,
            #[account(seeds = [b"authority"], bump = authority.bump, has_one = admin)]
            pub authority: Account<'info, TokenAuthority>,
            pub mint: Account<'info, Mint>,
            #[account(
                mut,
                seeds = [b"vault"],
                bump,
                token::mint = mint,
                token::authority = authority,
            )]
            pub vault: Account<'info, TokenAccount>,
            pub delegate: SystemAccount<'info>,
            pub token_program: Program<'info, Token>,
        }

        pub fn handler(ctx: Context<PdaApproveChecked>, amount: u64) -> Result<()> {
            let authority = &ctx.accounts.authority;
            let mint = &ctx.accounts.mint;
            let vault = &ctx.accounts.vault;
            let delegate = &ctx.accounts.delegate;
            let token_program = &ctx.accounts.token_program;
            token::approve_checked(
                CpiContext::new_with_signer(
                    token_program.to_account_info(),
                    token::ApproveChecked {
                        to: vault.to_account_info(),
                        mint: mint.to_account_info(),
                        delegate: delegate.to_account_info(),
                        authority: authority.to_account_info(),
                    },
                    &[&[b"authority", &[authority.bump]]],
                ),
                amount,
                mint.decimals,
            )?;
            Ok(())
        }
    }

    pub mod pda_burn {
        use anchor_lang::prelude::*;
        use anchor_spl::token::{self, Mint, Token, TokenAccount};

        use crate::state::*;

        /// Accounts of `pda_burn`, in order:
        ///
        /// 0. [signer] admin
        /// 1. [] authority
        /// 2. [writable] mint
        /// 3. [writable] vault
        /// 4. [] token_program
        #[derive(Accounts)]
        pub struct PdaBurn<'info> {
            pub admin: Signer<'info>,
            #[account(seeds = [b"authority"], bump = authority.bump, has_one = admin)]
            pub authority: Account<'info, TokenAuthority>,
            #[account(mut)]
            pub mint: Account<'info, Mint>,
            #[account(
                mut,
                seeds = [b"vault"],
                bump,
                token::mint = mint,
                token::authority = authority,
            )]
            pub vault: Account<'info, TokenAccount>,
            pub token_program: Program<'info, Token>,
        }

        pub fn handler(ctx: Context<PdaBurn>, amount: u64) -> Result<()> {
            let authority = &ctx.accounts.authority;
            let mint = &ctx.accounts.mint;
            let vault = &ctx.accounts.vault;
            let token_program = &ctx.accounts.token_program;
            token::burn(
                CpiContext::new_with_signer(
                    token_program.to_account_info(),
                    token::Burn {
                        mint: mint.to_account_info(),
                        from: vault.to_account_info(),
                        authority: authority.to_account_info(),
                    },
                    &[&[b"authority", &[authority.bump]]],
                ),
                amount,
            )?;
            Ok(())
        }
    }

    pub mod pda_clear_freeze_authority {
        use anchor_lang::prelude::*;
        use anchor_spl::token::spl_token::instruction::AuthorityType;
        use anchor_spl::token::{self, Mint, Token};

        use crate::state::*;

        /// Accounts of `pda_clear_freeze_authority`, in order:
        ///
        /// 0. [signer] admin
        /// 1. [] authority
        /// 2. [writable] mint
        /// 3. [] token_program
        #[derive(Accounts)]
        pub struct PdaClearFreezeAuthority<'info> {
            pub admin: Signer<'info>,
            #[account(seeds = [b"authority"], bump = authority.bump, has_one = admin)]
            pub authority: Account<'info, TokenAuthority>,
            #[account(mut)]
            pub mint: Account<'info, Mint>,
            pub token_program: Program<'info, Token>,
        }

        pub fn handler(ctx: Context<PdaClearFreezeAuthority>) -> Result<()> {
            let authority = &ctx.accounts.authority;
            let mint = &ctx.accounts.mint;
            let token_program = &ctx.accounts.token_program;
            token::set_authority(
                CpiContext::new_with_signer(
                    token_program.to_account_info(),
                    token::SetAuthority {
                        current_authority: authority.to_account_info(),
                        account_or_mint: mint.to_account_info(),
                    },
                    &[&[b"authority", &[authority.bump]]],
                ),
                AuthorityType::FreezeAccount,
                None,
            )?;
            Ok(())
        }
    }

    pub mod pda_close {
        use anchor_lang::prelude::*;
        use anchor_spl::token::{self, Mint, Token, TokenAccount};

        use crate::state::*;

        /// Accounts of `pda_close`, in order:
        ///
        /// 0. [writable, signer] admin
        /// 1. [] authority
        /// 2. [] mint
        /// 3. [writable] vault
        /// 4. [] token_program
        #[derive(Accounts)]
        pub struct PdaClose<'info> {
            #[account(mut)]
            pub admin: Signer<'info>,
            #[account(seeds = [b"authority"], bump = authority.bump, has_one = admin)]
            pub authority: Account<'info, TokenAuthority>,
            pub mint: Account<'info, Mint>,
            #[account(
                mut,
                seeds = [b"vault"],
                bump,
                token::mint = mint,
                token::authority = authority,
            )]
            pub vault: Account<'info, TokenAccount>,
            pub token_program: Program<'info, Token>,
        }

        pub fn handler(ctx: Context<PdaClose>) -> Result<()> {
            let admin = &ctx.accounts.admin;
            let authority = &ctx.accounts.authority;
            let vault = &ctx.accounts.vault;
            let token_program = &ctx.accounts.token_program;
            token::close_account(CpiContext::new_with_signer(
                token_program.to_account_info(),
                token::CloseAccount {
                    account: vault.to_account_info(),
                    destination: admin.to_account_info(),
                    authority: authority.to_account_info(),
                },
                &[&[b"authority", &[authority.bump]]],
            ))?;
            Ok(())
        }
    }

    pub mod pda_freeze {
        use anchor_lang::prelude::*;
        use anchor_spl::token::{self, Mint, Token, TokenAccount};

        use crate::state::*;

        /// Accounts of `pda_freeze`, in order:
        ///
        /// 0. [signer] admin
        /// 1. [] authority
        /// 2. [] mint
        /// 3. [writable] account
        /// 4. [] token_program
        #[derive(Accounts)]
        pub struct PdaFreeze<'info> {
            pub admin: Signer<'info>,
            #[account(seeds = [b"authority"], bump = authority.bump, has_one = admin)]
            pub authority: Account<'info, TokenAuthority>,
            pub mint: Account<'info, Mint>,
            #[account(mut)]
            pub account: Account<'info, TokenAccount>,
            pub token_program: Program<'info, Token>,
        }

        pub fn handler(ctx: Context<PdaFreeze>) -> Result<()> {
            let authority = &ctx.accounts.authority;
            let mint = &ctx.accounts.mint;
            let account = &ctx.accounts.account;
            let token_program = &ctx.accounts.token_program;
            token::freeze_account(CpiContext::new_with_signer(
                token_program.to_account_info(),
                token::FreezeAccount {
                    account: account.to_account_info(),
                    mint: mint.to_account_info(),
                    authority: authority.to_account_info(),
                },
                &[&[b"authority", &[authority.bump]]],
            ))?;
            Ok(())
        }
    }

    pub mod pda_initialize_account {
        use anchor_lang::prelude::*;
        use anchor_spl::token::{self, Mint, Token};

        use crate::state::*;

        /// Accounts of `pda_initialize_account`, in order:
        ///
        /// 0. [] authority
        /// 1. [] mint
        /// 2. [writable] account
        /// 3. [] token_program
        #[derive(Accounts)]
        pub struct PdaInitializeAccount<'info> {
            #[account(seeds = [b"authority"], bump = authority.bump)]
            pub authority: Account<'info, TokenAuthority>,
            pub mint: Account<'info, Mint>,
            /// CHECK: the DSL declares this account unchecked; the program reads no data from it.
            #[account(mut)]
            pub account: UncheckedAccount<'info>,
            pub token_program: Program<'info, Token>,
        }

        pub fn handler(ctx: Context<PdaInitializeAccount>) -> Result<()> {
            let authority = &ctx.accounts.authority;
            let mint = &ctx.accounts.mint;
            let account = &ctx.accounts.account;
            let token_program = &ctx.accounts.token_program;
            token::initialize_account3(CpiContext::new(
                token_program.to_account_info(),
                token::InitializeAccount3 {
                    account: account.to_account_info(),
                    mint: mint.to_account_info(),
                    authority: authority.to_account_info(),
                },
            ))?;
            Ok(())
        }
    }

    pub mod pda_mint_to {
        use anchor_lang::prelude::*;
        use anchor_spl::token::{self, Mint, Token, TokenAccount};

        use crate::state::*;

        /// Accounts of `pda_mint_to`, in order:
        ///
        /// 0. [signer] admin
        /// 1. [] authority
        /// 2. [writable] mint
        /// 3. [writable] to
        /// 4. [] token_program
        #[derive(Accounts)]
        pub struct PdaMintTo<'info> {
            pub admin: Signer<'info>,
            #[account(seeds = [b"authority"], bump = authority.bump, has_one = admin)]
            pub authority: Account<'info, TokenAuthority>,
            #[account(
                mut,
                seeds = [b"mint"],
                bump,
                mint::decimals = 6,
                mint::authority = authority,
            )]
            pub mint: Account<'info, Mint>,
            #[account(mut)]
            pub to: Account<'info, TokenAccount>,
            pub token_program: Program<'info, Token>,
        }

        pub fn handler(ctx: Context<PdaMintTo>, amount: u64) -> Result<()> {
            let authority = &ctx.accounts.authority;
            let mint = &ctx.accounts.mint;
            let to = &ctx.accounts.to;
            let token_program = &ctx.accounts.token_program;
            token::mint_to(
                CpiContext::new_with_signer(
                    token_program.to_account_info(),
                    token::MintTo {
                        mint: mint.to_account_info(),
                        to: to.to_account_info(),
                        authority: authority.to_account_info(),
                    },
                    &[&[b"authority", &[authority.bump]]],
                ),
                amount,
            )?;
            Ok(())
        }
    }

    pub mod pda_revoke {
        use anchor_lang::prelude::*;
        use anchor_spl::token::{self, Mint, Token, TokenAccount};

        use crate::state::*;

        /// Accounts of `pda_revoke`, in order:
        ///
        /// 0. [signer] admin
        /// 1. [] authority
        /// 2. [] mint
        /// 3. [writable] vault
        /// 4. [] token_program
        #[derive(Accounts)]
        pub struct PdaRevoke<'info> {
            pub admin: Signer<'info>,
            #[account(seeds = [b"authority"], bump = authority.bump, has_one = admin)]
            pub authority: Account<'info, TokenAuthority>,
            pub mint: Account<'info, Mint>,
            #[account(
                mut,
                seeds = [b"vault"],
                bump,
                token::mint = mint,
                token::authority = authority,
            )]
            pub vault: Account<'info, TokenAccount>,
            pub token_program: Program<'info, Token>,
        }

        pub fn handler(ctx: Context<PdaRevoke>) -> Result<()> {
            let authority = &ctx.accounts.authority;
            let vault = &ctx.accounts.vault;
            let token_program = &ctx.accounts.token_program;
            token::revoke(CpiContext::new_with_signer(
                token_program.to_account_info(),
                token::Revoke {
                    source: vault.to_account_info(),
                    authority: authority.to_account_info(),
                },
                &[&[b"authority", &[authority.bump]]],
            ))?;
            Ok(())
        }
    }

    pub mod pda_set_mint_authority {
        use anchor_lang::prelude::*;
        use anchor_spl::token::spl_token::instruction::AuthorityType;
        use anchor_spl::token::{self, Mint, Token};

        use crate::state::*;

        /// Accounts of `pda_set_mint_authority`, in order:
        ///
        /// 0. [signer] admin
        /// 1. [] authority
        /// 2. [writable] mint
        /// 3. [] token_program
        #[derive(Accounts)]
        pub struct PdaSetMintAuthority<'info> {
            pub admin: Signer<'info>,
            #[account(seeds = [b"authority"], bump = authority.bump, has_one = admin)]
            pub authority: Account<'info, TokenAuthority>,
            #[account(mut)]
            pub mint: Account<'info, Mint>,
            pub token_program: Program<'info, Token>,
        }

        pub fn handler(ctx: Context<PdaSetMintAuthority>, new_authority: Pubkey) -> Result<()> {
            let authority = &ctx.accounts.authority;
            let mint = &ctx.accounts.mint;
            let token_program = &ctx.accounts.token_program;
            token::set_authority(
                CpiContext::new_with_signer(
                    token_program.to_account_info(),
                    token::SetAuthority {
                        current_authority: authority.to_account_info(),
                        account_or_mint: mint.to_account_info(),
                    },
                    &[&[b"authority", &[authority.bump]]],
                ),
                AuthorityType::MintTokens,
                Some(new_authority),
            )?;
            Ok(())
        }
    }

    pub mod pda_set_vault_owner {
        use anchor_lang::prelude::*;
        use anchor_spl::token::spl_token::instruction::AuthorityType;
        use anchor_spl::token::{self, Mint, Token, TokenAccount};

        use crate::state::*;

        /// Accounts of `pda_set_vault_owner`, in order:
        ///
        /// 0. [signer] admin
        /// 1. [] authority
        /// 2. [] mint
        /// 3. [writable] vault
        /// 4. [] token_program
        #[derive(Accounts)]
        pub struct PdaSetVaultOwner<'info> {
            pub admin: Signer<'info>,
            #[account(seeds = [b"authority"], bump = authority.bump, has_one = admin)]
            pub authority: Account<'info, TokenAuthority>,
            pub mint: Account<'info, Mint>,
            #[account(
                mut,
                seeds = [b"vault"],
                bump,
                token::mint = mint,
                token::authority = authority,
            )]
            pub vault: Account<'info, TokenAccount>,
            pub token_program: Program<'info, Token>,
        }

        pub fn handler(ctx: Context<PdaSetVaultOwner>, new_owner: Pubkey) -> Result<()> {
            let authority = &ctx.accounts.authority;
            let vault = &ctx.accounts.vault;
            let token_program = &ctx.accounts.token_program;
            token::set_authority(
                CpiContext::new_with_signer(
                    token_program.to_account_info(),
                    token::SetAuthority {
                        current_authority: authority.to_account_info(),
                        account_or_mint: vault.to_account_info(),
                    },
                    &[&[b"authority", &[authority.bump]]],
                ),
                AuthorityType::AccountOwner,
                Some(new_owner),
            )?;
            Ok(())
        }
    }

    pub mod pda_thaw {
        use anchor_lang::prelude::*;
        use anchor_spl::token::{self, Mint, Token, TokenAccount};

        use crate::state::*;

        /// Accounts of `pda_thaw`, in order:
        ///
        /// 0. [signer] admin
        /// 1. [] authority
        /// 2. [] mint
        /// 3. [writable] account
        /// 4. [] token_program
        #[derive(Accounts)]
        pub struct PdaThaw<'info> {
            pub admin: Signer<'info>,
            #[account(seeds = [b"authority"], bump = authority.bump, has_one = admin)]
            pub authority: Account<'info, TokenAuthority>,
            pub mint: Account<'info, Mint>,
            #[account(mut)]
            pub account: Account<'info, TokenAccount>,
            pub token_program: Program<'info, Token>,
        }

        pub fn handler(ctx: Context<PdaThaw>) -> Result<()> {
            let authority = &ctx.accounts.authority;
            let mint = &ctx.accounts.mint;
            let account = &ctx.accounts.account;
            let token_program = &ctx.accounts.token_program;
            token::thaw_account(CpiContext::new_with_signer(
                token_program.to_account_info(),
                token::ThawAccount {
                    account: account.to_account_info(),
                    mint: mint.to_account_info(),
                    authority: authority.to_account_info(),
                },
                &[&[b"authority", &[authority.bump]]],
            ))?;
            Ok(())
        }
    }

    pub mod pda_transfer {
        use anchor_lang::prelude::*;
        use anchor_spl::token::{self, Mint, Token, TokenAccount};

        use crate::state::*;

        /// Accounts of `pda_transfer`, in order:
        ///
        /// 0. [signer] admin
        /// 1. [] authority
        /// 2. [] mint
        /// 3. [writable] vault
        /// 4. [writable] to
        /// 5. [] token_program
        #[derive(Accounts)]
        pub struct PdaTransfer<'info> {
            pub admin: Signer<'info>,
            #[account(seeds = [b"authority"], bump = authority.bump, has_one = admin)]
            pub authority: Account<'info, TokenAuthority>,
            pub mint: Account<'info, Mint>,
            #[account(
                mut,
                seeds = [b"vault"],
                bump,
                token::mint = mint,
                token::authority = authority,
            )]
            pub vault: Account<'info, TokenAccount>,
            #[account(mut)]
            pub to: Account<'info, TokenAccount>,
            pub token_program: Program<'info, Token>,
        }

        pub fn handler(ctx: Context<PdaTransfer>, amount: u64) -> Result<()> {
            let authority = &ctx.accounts.authority;
            let vault = &ctx.accounts.vault;
            let to = &ctx.accounts.to;
            let token_program = &ctx.accounts.token_program;
            token::transfer(
                CpiContext::new_with_signer(
                    token_program.to_account_info(),
                    token::Transfer {
                        from: vault.to_account_info(),
                        to: to.to_account_info(),
                        authority: authority.to_account_info(),
                    },
                    &[&[b"authority", &[authority.bump]]],
                ),
                amount,
            )?;
            Ok(())
        }
    }

    pub mod pda_transfer_checked {
        use anchor_lang::prelude::*;
        use anchor_spl::token::{self, Mint, Token, TokenAccount};

        use crate::state::*;

        /// Accounts of `pda_transfer_checked`, in order:
        ///
        /// 0. [signer] admin
        /// 1. [] authority
        /// 2. [] mint
        /// 3. [writable] vault
        /// 4. [writable] to
        /// 5. [] token_program
        #[derive(Accounts)]
        pub struct PdaTransferChecked<'info> {
            pub admin: Signer<'info>,
            #[account(seeds = [b"authority"], bump = authority.bump, has_one = admin)]
            pub authority: Account<'info, TokenAuthority>,
            pub mint: Account<'info, Mint>,
            #[account(
                mut,
                seeds = [b"vault"],
                bump,
                token::mint = mint,
                token::authority = authority,
            )]
            pub vault: Account<'info, TokenAccount>,
            #[account(mut)]
            pub to: Account<'info, TokenAccount>,
            pub token_program: Program<'info, Token>,
        }

        pub fn handler(ctx: Context<PdaTransferChecked>, amount: u64, decimals: u8) -> Result<()> {
            let authority = &ctx.accounts.authority;
            let mint = &ctx.accounts.mint;
            let vault = &ctx.accounts.vault;
            let to = &ctx.accounts.to;
            let token_program = &ctx.accounts.token_program;
            token::transfer_checked(
                CpiContext::new_with_signer(
                    token_program.to_account_info(),
                    token::TransferChecked {
                        from: vault.to_account_info(),
                        mint: mint.to_account_info(),
                        to: to.to_account_info(),
                        authority: authority.to_account_info(),
                    },
                    &[&[b"authority", &[authority.bump]]],
                ),
                amount,
                decimals,
            )?;
            Ok(())
        }
    }

    pub mod revoke {
        use anchor_lang::prelude::*;
        use anchor_spl::token::{self, Token, TokenAccount};

        /// Accounts of `revoke`, in order:
        ///
        /// 0. [signer] owner
        /// 1. [writable] source
        /// 2. [] token_program
        #[derive(Accounts)]
        pub struct Revoke<'info> {
            pub owner: Signer<'info>,
            #[account(mut)]
            pub source: Account<'info, TokenAccount>,
            pub token_program: Program<'info, Token>,
        }

        pub fn handler(ctx: Context<Revoke>) -> Result<()> {
            let owner = &ctx.accounts.owner;
            let source = &ctx.accounts.source;
            let token_program = &ctx.accounts.token_program;
            token::revoke(CpiContext::new(
                token_program.to_account_info(),
                token::Revoke {
                    source: source.to_account_info(),
                    authority: owner.to_account_info(),
                },
            ))?;
            Ok(())
        }
    }

    pub mod set_account_owner {
        use anchor_lang::prelude::*;
        use anchor_spl::token::spl_token::instruction::AuthorityType;
        use anchor_spl::token::{self, Token, TokenAccount};

        /// Accounts of `set_account_owner`, in order:
        ///
        /// 0. [signer] owner
        /// 1. [writable] account
        /// 2. [] token_program
        #[derive(Accounts)]
        pub struct SetAccountOwner<'info> {
            pub owner: Signer<'info>,
            #[account(mut)]
            pub account: Account<'info, TokenAccount>,
            pub token_program: Program<'info, Token>,
        }

        pub fn handler(ctx: Context<SetAccountOwner>, new_owner: Pubkey) -> Result<()> {
            let owner = &ctx.accounts.owner;
            let account = &ctx.accounts.account;
            let token_program = &ctx.accounts.token_program;
            token::set_authority(
                CpiContext::new(
                    token_program.to_account_info(),
                    token::SetAuthority {
                        current_authority: owner.to_account_info(),
                        account_or_mint: account.to_account_info(),
                    },
                ),
                AuthorityType::AccountOwner,
                Some(new_owner),
            )?;
            Ok(())
        }
    }

    pub mod set_close_authority {
        use anchor_lang::prelude::*;
        use anchor_spl::token::spl_token::instruction::AuthorityType;
        use anchor_spl::token::{self, Token, TokenAccount};

        /// Accounts of `set_close_authority`, in order:
        ///
        /// 0. [signer] owner
        /// 1. [writable] account
        /// 2. [] closer
        /// 3. [] token_program
        #[derive(Accounts)]
        pub struct SetCloseAuthority<'info> {
            pub owner: Signer<'info>,
            #[account(mut)]
            pub account: Account<'info, TokenAccount>,
            pub closer: SystemAccount<'info>,
            pub token_program: Program<'info, Token>,
        }

        pub fn handler(ctx: Context<SetCloseAuthority>) -> Result<()> {
            let owner = &ctx.accounts.owner;
            let account = &ctx.accounts.account;
            let closer = &ctx.accounts.closer;
            let token_program = &ctx.accounts.token_program;
            token::set_authority(
                CpiContext::new(
                    token_program.to_account_info(),
                    token::SetAuthority {
                        current_authority: owner.to_account_info(),
                        account_or_mint: account.to_account_info(),
                    },
                ),
                AuthorityType::CloseAccount,
                Some(closer.key()),
            )?;
            Ok(())
        }
    }

    pub mod set_freeze_authority {
        use anchor_lang::prelude::*;
        use anchor_spl::token::spl_token::instruction::AuthorityType;
        use anchor_spl::token::{self, Mint, Token};

        /// Accounts of `set_freeze_authority`, in order:
        ///
        /// 0. [signer] current
        /// 1. [writable] mint
        /// 2. [] token_program
        #[derive(Accounts)]
        pub struct SetFreezeAuthority<'info> {
            pub current: Signer<'info>,
            #[account(mut)]
            pub mint: Account<'info, Mint>,
            pub token_program: Program<'info, Token>,
        }

        pub fn handler(ctx: Context<SetFreezeAuthority>, new_authority: Pubkey) -> Result<()> {
            let current = &ctx.accounts.current;
            let mint = &ctx.accounts.mint;
            let token_program = &ctx.accounts.token_program;
            token::set_authority(
                CpiContext::new(
                    token_program.to_account_info(),
                    token::SetAuthority {
                        current_authority: current.to_account_info(),
                        account_or_mint: mint.to_account_info(),
                    },
                ),
                AuthorityType::FreezeAccount,
                Some(new_authority),
            )?;
            Ok(())
        }
    }

    pub mod sync_native {
        use anchor_lang::prelude::*;
        use anchor_spl::token::{self, Token, TokenAccount};

        /// Accounts of `sync_native`, in order:
        ///
        /// 0. [writable] wrapped
        /// 1. [] token_program
        #[derive(Accounts)]
        pub struct SyncNative<'info> {
            #[account(mut)]
            pub wrapped: Account<'info, TokenAccount>,
            pub token_program: Program<'info, Token>,
        }

        pub fn handler(ctx: Context<SyncNative>) -> Result<()> {
            let wrapped = &ctx.accounts.wrapped;
            let token_program = &ctx.accounts.token_program;
            token::sync_native(CpiContext::new(
                token_program.to_account_info(),
                token::SyncNative {
                    account: wrapped.to_account_info(),
                },
            ))?;
            Ok(())
        }
    }

    pub mod thaw_account {
        use anchor_lang::prelude::*;
        use anchor_spl::token::{self, Mint, Token, TokenAccount};

        /// Accounts of `thaw_account`, in order:
        ///
        /// 0. [signer] freeze_authority
        /// 1. [] mint
        /// 2. [writable] account
        /// 3. [] token_program
        #[derive(Accounts)]
        pub struct ThawAccount<'info> {
            pub freeze_authority: Signer<'info>,
            pub mint: Account<'info, Mint>,
            #[account(mut)]
            pub account: Account<'info, TokenAccount>,
            pub token_program: Program<'info, Token>,
        }

        pub fn handler(ctx: Context<ThawAccount>) -> Result<()> {
            let freeze_authority = &ctx.accounts.freeze_authority;
            let mint = &ctx.accounts.mint;
            let account = &ctx.accounts.account;
            let token_program = &ctx.accounts.token_program;
            token::thaw_account(CpiContext::new(
                token_program.to_account_info(),
                token::ThawAccount {
                    account: account.to_account_info(),
                    mint: mint.to_account_info(),
                    authority: freeze_authority.to_account_info(),
                },
            ))?;
            Ok(())
        }
    }

    pub mod transfer {
        use anchor_lang::prelude::*;
        use anchor_spl::token::{self, Token, TokenAccount};

        /// Accounts of `transfer`, in order:
        ///
        /// 0. [signer] owner
        /// 1. [writable] from
        /// 2. [writable] to
        /// 3. [] token_program
        #[derive(Accounts)]
        pub struct Transfer<'info> {
            pub owner: Signer<'info>,
            #[account(mut)]
            pub from: Account<'info, TokenAccount>,
            #[account(mut)]
            pub to: Account<'info, TokenAccount>,
            pub token_program: Program<'info, Token>,
        }

        pub fn handler(ctx: Context<Transfer>, amount: u64) -> Result<()> {
            let owner = &ctx.accounts.owner;
            let from = &ctx.accounts.from;
            let to = &ctx.accounts.to;
            let token_program = &ctx.accounts.token_program;
            token::transfer(
                CpiContext::new(
                    token_program.to_account_info(),
                    token::Transfer {
                        from: from.to_account_info(),
                        to: to.to_account_info(),
                        authority: owner.to_account_info(),
                    },
                ),
                amount,
            )?;
            Ok(())
        }
    }

    pub mod transfer_checked {
        use anchor_lang::prelude::*;
        use anchor_spl::token::{self, Mint, Token, TokenAccount};

        /// Accounts of `transfer_checked`, in order:
        ///
        /// 0. [signer] owner
        /// 1. [] mint
        /// 2. [writable] from
        /// 3. [writable] to
        /// 4. [] token_program
        #[derive(Accounts)]
        pub struct TransferChecked<'info> {
            pub owner: Signer<'info>,
            pub mint: Account<'info, Mint>,
            #[account(mut)]
            pub from: Account<'info, TokenAccount>,
            #[account(mut)]
            pub to: Account<'info, TokenAccount>,
            pub token_program: Program<'info, Token>,
        }

        pub fn handler(ctx: Context<TransferChecked>, amount: u64, decimals: u8) -> Result<()> {
            let owner = &ctx.accounts.owner;
            let mint = &ctx.accounts.mint;
            let from = &ctx.accounts.from;
            let to = &ctx.accounts.to;
            let token_program = &ctx.accounts.token_program;
            token::transfer_checked(
                CpiContext::new(
                    token_program.to_account_info(),
                    token::TransferChecked {
                        from: from.to_account_info(),
                        mint: mint.to_account_info(),
                        to: to.to_account_info(),
                        authority: owner.to_account_info(),
                    },
                ),
                amount,
                decimals,
            )?;
            Ok(())
        }
    }

    pub mod wrap_sol {
        use anchor_lang::prelude::*;
        use anchor_spl::token::{self, Token, TokenAccount};

        /// Accounts of `wrap_sol`, in order:
        ///
        /// 0. [writable, signer] owner
        /// 1. [writable] wrapped
        /// 2. [] system_program
        /// 3. [] token_program
        #[derive(Accounts)]
        pub struct WrapSol<'info> {
            #[account(mut)]
            pub owner: Signer<'info>,
            #[account(mut)]
            pub wrapped: Account<'info, TokenAccount>,
            pub system_program: Program<'info, System>,
            pub token_program: Program<'info, Token>,
        }

        pub fn handler(ctx: Context<WrapSol>, lamports: u64) -> Result<()> {
            let owner = &ctx.accounts.owner;
            let wrapped = &ctx.accounts.wrapped;
            let system_program = &ctx.accounts.system_program;
            let token_program = &ctx.accounts.token_program;
            anchor_lang::system_program::transfer(
                CpiContext::new(
                    system_program.to_account_info(),
                    anchor_lang::system_program::Transfer {
                        from: owner.to_account_info(),
                        to: wrapped.to_account_info(),
                    },
                ),
                lamports,
            )?;
            token::sync_native(CpiContext::new(
                token_program.to_account_info(),
                token::SyncNative {
                    account: wrapped.to_account_info(),
                },
            ))?;
            Ok(())
        }
    }
}

pub mod state {
    pub use token_authority::*;

    pub mod token_authority {
        use anchor_lang::prelude::*;

        #[account]
        #[derive(InitSpace)]
        pub struct TokenAuthority {
            pub admin: Pubkey,
            pub bump: u8,
        }
    }
}
