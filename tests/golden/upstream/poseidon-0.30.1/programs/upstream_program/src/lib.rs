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

pub mod instructions {
    #![allow(ambiguous_glob_reexports)]

    pub use close_note::*;
    pub use create_new_account::*;
    pub use create_shared_mint::*;
    pub use create_token_mint::*;
    pub use init_rent_vault::*;
    pub use open_note::*;
    pub use pay_out::*;
    pub use touch::*;

    pub mod close_note {
        use anchor_lang::prelude::*;

        use crate::state::*;

        /// Accounts of `close_note`, in order:
        ///
        /// 0. [writable, signer] owner
        /// 1. [writable] note
        #[derive(Accounts)]
        pub struct CloseNote<'info> {
            #[account(mut)]
            pub owner: Signer<'info>,
            #[account(
                mut,
                seeds = [b"note", owner.key().as_ref()],
                bump,
                has_one = owner,
                close = owner,
            )]
            pub note: Account<'info, Note>,
        }

        pub fn handler(_ctx: Context<CloseNote>) -> Result<()> {
            Ok(())
        }
    }

    pub mod create_new_account {
        use anchor_lang::prelude::*;

        /// Accounts of `create_new_account`, in order:
        ///
        /// 0. [writable, signer] new_account
        /// 1. [writable] rent_vault
        /// 2. [] system_program
        #[derive(Accounts)]
        pub struct CreateNewAccount<'info> {
            #[account(mut)]
            pub new_account: Signer<'info>,
            #[account(mut, seeds = [b"rent_vault"], bump)]
            pub rent_vault: SystemAccount<'info>,
            pub system_program: Program<'info, System>,
        }

        pub fn handler(ctx: Context<CreateNewAccount>, amount: u64) -> Result<()> {
            let new_account = &ctx.accounts.new_account;
            let rent_vault = &ctx.accounts.rent_vault;
            let system_program = &ctx.accounts.system_program;
            anchor_lang::system_program::transfer(
                CpiContext::new_with_signer(
                    system_program.to_account_info(),
                    anchor_lang::system_program::Transfer {
                        from: rent_vault.to_account_info(),
                        to: new_account.to_account_info(),
                    },
                    &[&[b"rent_vault", &[ctx.bumps.rent_vault]]],
                ),
                amount,
            )?;
            Ok(())
        }
    }

    pub mod create_shared_mint {
        use anchor_lang::prelude::*;
        use anchor_spl::token::{self, Token};

        /// Accounts of `create_shared_mint`, in order:
        ///
        /// 0. [writable, signer] payer
        /// 1. [signer] authority
        /// 2. [writable, signer] mint
        /// 3. [] system_program
        /// 4. [] token_program
        #[derive(Accounts)]
        pub struct CreateSharedMint<'info> {
            #[account(mut)]
            pub payer: Signer<'info>,
            pub authority: Signer<'info>,
            /// CHECK: a mint this instruction initializes (token::initialize_mint2), creating its account first when it has no lamports.
            #[account(mut, signer)]
            pub mint: UncheckedAccount<'info>,
            pub system_program: Program<'info, System>,
            pub token_program: Program<'info, Token>,
        }

        pub fn handler(ctx: Context<CreateSharedMint>) -> Result<()> {
            let payer = &ctx.accounts.payer;
            let authority = &ctx.accounts.authority;
            let mint = &ctx.accounts.mint;
            let system_program = &ctx.accounts.system_program;
            let token_program = &ctx.accounts.token_program;
            if mint.lamports() == 0 {
                anchor_lang::system_program::create_account(
                    CpiContext::new(
                        system_program.to_account_info(),
                        anchor_lang::system_program::CreateAccount {
                            from: payer.to_account_info(),
                            to: mint.to_account_info(),
                        },
                    ),
                    Rent::get()?.minimum_balance(82),
                    82,
                    &token_program.key(),
                )?;
            }
            token::initialize_mint2(
                CpiContext::new(
                    token_program.to_account_info(),
                    token::InitializeMint2 {
                        mint: mint.to_account_info(),
                    },
                ),
                6,
                &authority.key(),
                None,
            )?;
            Ok(())
        }
    }

    pub mod create_token_mint {
        use anchor_lang::prelude::*;
        use anchor_spl::token::{self, Token};

        /// Accounts of `create_token_mint`, in order:
        ///
        /// 0. [writable, signer] mint_authority
        /// 1. [writable, signer] mint_account
        /// 2. [] system_program
        /// 3. [] token_program
        #[derive(Accounts)]
        pub struct CreateTokenMint<'info> {
            #[account(mut)]
            pub mint_authority: Signer<'info>,
            /// CHECK: a mint this instruction initializes (token::initialize_mint2), creating its account first when it has no lamports.
            #[account(mut, signer)]
            pub mint_account: UncheckedAccount<'info>,
            pub system_program: Program<'info, System>,
            pub token_program: Program<'info, Token>,
        }

        pub fn handler(
            ctx: Context<CreateTokenMint>,
            decimals: u8,
            freeze_authority: Option<Pubkey>,
        ) -> Result<()> {
            let mint_authority = &ctx.accounts.mint_authority;
            let mint_account = &ctx.accounts.mint_account;
            let system_program = &ctx.accounts.system_program;
            let token_program = &ctx.accounts.token_program;
            if mint_account.lamports() == 0 {
                anchor_lang::system_program::create_account(
                    CpiContext::new(
                        system_program.to_account_info(),
                        anchor_lang::system_program::CreateAccount {
                            from: mint_authority.to_account_info(),
                            to: mint_account.to_account_info(),
                        },
                    ),
                    Rent::get()?.minimum_balance(82),
                    82,
                    &token_program.key(),
                )?;
            }
            token::initialize_mint2(
                CpiContext::new(
                    token_program.to_account_info(),
                    token::InitializeMint2 {
                        mint: mint_account.to_account_info(),
                    },
                ),
                decimals,
                &mint_authority.key(),
                freeze_authority.as_ref(),
            )?;
            Ok(())
        }
    }

    pub mod init_rent_vault {
        use anchor_lang::prelude::*;

        /// Accounts of `init_rent_vault`, in order:
        ///
        /// 0. [writable, signer] payer
        /// 1. [writable] rent_vault
        /// 2. [] system_program
        #[derive(Accounts)]
        pub struct InitRentVault<'info> {
            #[account(mut)]
            pub payer: Signer<'info>,
            #[account(mut, seeds = [b"rent_vault"], bump)]
            pub rent_vault: SystemAccount<'info>,
            pub system_program: Program<'info, System>,
        }

        pub fn handler(ctx: Context<InitRentVault>, fund_lamports: u64) -> Result<()> {
            let payer = &ctx.accounts.payer;
            let rent_vault = &ctx.accounts.rent_vault;
            let system_program = &ctx.accounts.system_program;
            anchor_lang::system_program::transfer(
                CpiContext::new(
                    system_program.to_account_info(),
                    anchor_lang::system_program::Transfer {
                        from: payer.to_account_info(),
                        to: rent_vault.to_account_info(),
                    },
                ),
                fund_lamports,
            )?;
            Ok(())
        }
    }

    pub mod open_note {
        use anchor_lang::prelude::*;

        use crate::state::*;

        /// Accounts of `open_note`, in order:
        ///
        /// 0. [writable, signer] owner
        /// 1. [writable] note
        /// 2. [] system_program
        #[derive(Accounts)]
        pub struct OpenNote<'info> {
            #[account(mut)]
            pub owner: Signer<'info>,
            #[account(
                init,
                payer = owner,
                space = 8 + Note::INIT_SPACE,
                seeds = [b"note", owner.key().as_ref()],
                bump,
            )]
            pub note: Account<'info, Note>,
            pub system_program: Program<'info, System>,
        }

        pub fn handler(ctx: Context<OpenNote>, text: u64) -> Result<()> {
            let owner = &ctx.accounts.owner;
            let note = &mut ctx.accounts.note;
            note.owner = owner.key();
            note.text = text;
            Ok(())
        }
    }

    pub mod pay_out {
        use anchor_lang::prelude::*;

        /// Accounts of `pay_out`, in order:
        ///
        /// 0. [writable] recipient
        /// 1. [writable] rent_vault
        /// 2. [] system_program
        #[derive(Accounts)]
        #[instruction(bump: u8)]
        pub struct PayOut<'info> {
            #[account(mut)]
            pub recipient: SystemAccount<'info>,
            #[account(mut, seeds = [b"rent_vault"], bump = bump)]
            pub rent_vault: SystemAccount<'info>,
            pub system_program: Program<'info, System>,
        }

        pub fn handler(ctx: Context<PayOut>, bump: u8, amount: u64) -> Result<()> {
            let recipient = &ctx.accounts.recipient;
            let rent_vault = &ctx.accounts.rent_vault;
            let system_program = &ctx.accounts.system_program;
            anchor_lang::system_program::transfer(
                CpiContext::new_with_signer(
                    system_program.to_account_info(),
                    anchor_lang::system_program::Transfer {
                        from: rent_vault.to_account_info(),
                        to: recipient.to_account_info(),
                    },
                    &[&[b"rent_vault", &[bump]]],
                ),
                amount,
            )?;
            Ok(())
        }
    }

    pub mod touch {
        use anchor_lang::prelude::*;

        /// Accounts of `touch`, in order:
        ///
        /// 0. [writable] payer
        /// 1. [writable] recipient
        #[derive(Accounts)]
        pub struct Touch<'info> {
            /// CHECK: the DSL declares this account unchecked; the program reads no data from it.
            #[account(mut)]
            pub payer: UncheckedAccount<'info>,
            #[account(mut)]
            pub recipient: SystemAccount<'info>,
        }

        pub fn handler(_ctx: Context<Touch>, amount: u64) -> Result<()> {
            msg!("touched with {}", amount);
            Ok(())
        }
    }
}

pub mod state {
    pub use note::*;

    pub mod note {
        use anchor_lang::prelude::*;

        #[account]
        #[derive(InitSpace)]
        pub struct Note {
            pub owner: Pubkey,
            pub text: u64,
        }
    }
}
