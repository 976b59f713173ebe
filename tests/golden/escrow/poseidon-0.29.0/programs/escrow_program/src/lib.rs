use anchor_lang::prelude::*;

pub use instructions::*;
pub use state::*;

declare_id!("DBjiNFsXuMM8UU9fHHFRF5Gy5JLa4JZTeC1mRWfW1F63");

#[program]
pub mod escrow_program {
    use super::*;

    pub fn make(ctx: Context<Make>, seed: u64, deposit: u64, receive: u64) -> Result<()> {
        instructions::make::handler(ctx, seed, deposit, receive)
    }

    pub fn take(ctx: Context<Take>) -> Result<()> {
        instructions::take::handler(ctx)
    }

    pub fn refund(ctx: Context<Refund>) -> Result<()> {
        instructions::refund::handler(ctx)
    }
}

pub mod instructions {
    #![allow(ambiguous_glob_reexports)]

    pub use make::*;
    pub use refund::*;
    pub use take::*;

    pub mod make {
        use anchor_lang::prelude::*;
        use anchor_spl::token::{self, Mint, Token, TokenAccount};

        use crate::state::*;

        /// Accounts of `make`, in order:
        ///
        /// 0. [writable, signer] maker
        /// 1. [] mint_a
        /// 2. [] mint_b
        /// 3. [writable] maker_ata_a
        /// 4. [writable] escrow
        /// 5. [writable] vault
        /// 6. [] system_program
        /// 7. [] token_program
        #[derive(Accounts)]
        #[instruction(seed: u64)]
        pub struct Make<'info> {
            #[account(mut)]
            pub maker: Signer<'info>,
            pub mint_a: Account<'info, Mint>,
            pub mint_b: Account<'info, Mint>,
            #[account(mut, associated_token::mint = mint_a, associated_token::authority = maker)]
            pub maker_ata_a: Account<'info, TokenAccount>,
            #[account(
                init,
                payer = maker,
                space = 8 + Escrow::INIT_SPACE,
                seeds = [b"escrow", maker.key().as_ref(), seed.to_le_bytes().as_ref()],
                bump,
            )]
            pub escrow: Account<'info, Escrow>,
            #[account(
                init,
                payer = maker,
                seeds = [b"vault", escrow.key().as_ref()],
                bump,
                token::mint = mint_a,
                token::authority = escrow,
            )]
            pub vault: Account<'info, TokenAccount>,
            pub system_program: Program<'info, System>,
            pub token_program: Program<'info, Token>,
        }

        pub fn handler(ctx: Context<Make>, seed: u64, deposit: u64, receive: u64) -> Result<()> {
            let maker = &ctx.accounts.maker;
            let mint_a = &ctx.accounts.mint_a;
            let mint_b = &ctx.accounts.mint_b;
            let maker_ata_a = &ctx.accounts.maker_ata_a;
            let escrow = &mut ctx.accounts.escrow;
            let vault = &ctx.accounts.vault;
            let token_program = &ctx.accounts.token_program;
            escrow.maker = maker.key();
            escrow.mint_a = mint_a.key();
            escrow.mint_b = mint_b.key();
            escrow.seed = seed;
            escrow.receive = receive;
            escrow.bump = ctx.bumps.escrow;
            escrow.vault_bump = ctx.bumps.vault;
            token::transfer(
                CpiContext::new(
                    token_program.to_account_info(),
                    token::Transfer {
                        from: maker_ata_a.to_account_info(),
                        to: vault.to_account_info(),
                        authority: maker.to_account_info(),
                    },
                ),
                deposit,
            )?;
            Ok(())
        }
    }

    pub mod refund {
        use anchor_lang::prelude::*;
        use anchor_spl::token::{self, Mint, Token, TokenAccount};

        use crate::state::*;

        /// Accounts of `refund`, in order:
        ///
        /// 0. [writable, signer] maker
        /// 1. [] mint_a
        /// 2. [writable] maker_ata_a
        /// 3. [writable] escrow
        /// 4. [writable] vault
        /// 5. [] token_program
        #[derive(Accounts)]
        pub struct Refund<'info> {
            #[account(mut)]
            pub maker: Signer<'info>,
            pub mint_a: Account<'info, Mint>,
            #[account(mut, associated_token::mint = mint_a, associated_token::authority = maker)]
            pub maker_ata_a: Account<'info, TokenAccount>,
            #[account(
                mut,
                seeds = [b"escrow", maker.key().as_ref(), escrow.seed.to_le_bytes().as_ref()],
                bump = escrow.bump,
                has_one = maker,
                has_one = mint_a,
                close = maker,
            )]
            pub escrow: Account<'info, Escrow>,
            #[account(
                mut,
                seeds = [b"vault", escrow.key().as_ref()],
                bump,
                token::mint = mint_a,
                token::authority = escrow,
            )]
            pub vault: Account<'info, TokenAccount>,
            pub token_program: Program<'info, Token>,
        }

        pub fn handler(ctx: Context<Refund>) -> Result<()> {
            let maker = &ctx.accounts.maker;
            let maker_ata_a = &ctx.accounts.maker_ata_a;
            let escrow = &ctx.accounts.escrow;
            let vault = &ctx.accounts.vault;
            let token_program = &ctx.accounts.token_program;
            token::transfer(
                CpiContext::new_with_signer(
                    token_program.to_account_info(),
                    token::Transfer {
                        from: vault.to_account_info(),
                        to: maker_ata_a.to_account_info(),
                        authority: escrow.to_account_info(),
                    },
                    &[&[
                        b"escrow",
                        maker.key().as_ref(),
                        escrow.seed.to_le_bytes().as_ref(),
                        &[escrow.bump],
                    ]],
                ),
                vault.amount,
            )?;
            token::close_account(CpiContext::new_with_signer(
                token_program.to_account_info(),
                token::CloseAccount {
                    account: vault.to_account_info(),
                    destination: maker.to_account_info(),
                    authority: escrow.to_account_info(),
                },
                &[&[
                    b"escrow",
                    maker.key().as_ref(),
                    escrow.seed.to_le_bytes().as_ref(),
                    &[escrow.bump],
                ]],
            ))?;
            Ok(())
        }
    }

    pub mod take {
        use anchor_lang::prelude::*;
        use anchor_spl::associated_token::AssociatedToken;
        use anchor_spl::token::{self, Mint, Token, TokenAccount};

        use crate::state::*;

        /// Accounts of `take`, in order:
        ///
        /// 0. [writable, signer] taker
        /// 1. [writable] maker
        /// 2. [] mint_a
        /// 3. [] mint_b
        /// 4. [writable] taker_ata_a
        /// 5. [writable] taker_ata_b
        /// 6. [writable] maker_ata_b
        /// 7. [writable] escrow
        /// 8. [writable] vault
        /// 9. [] system_program
        /// 10. [] token_program
        /// 11. [] associated_token_program
        #[derive(Accounts)]
        pub struct Take<'info> {
            #[account(mut)]
            pub taker: Signer<'info>,
            #[account(mut)]
            pub maker: SystemAccount<'info>,
            pub mint_a: Account<'info, Mint>,
            pub mint_b: Account<'info, Mint>,
            #[account(
                init_if_needed,
                payer = taker,
                associated_token::mint = mint_a,
                associated_token::authority = taker,
            )]
            pub taker_ata_a: Account<'info, TokenAccount>,
            #[account(mut, associated_token::mint = mint_b, associated_token::authority = taker)]
            pub taker_ata_b: Account<'info, TokenAccount>,
            #[account(
                init_if_needed,
                payer = taker,
                associated_token::mint = mint_b,
                associated_token::authority = maker,
            )]
            pub maker_ata_b: Account<'info, TokenAccount>,
            #[account(
                mut,
                seeds = [b"escrow", maker.key().as_ref(), escrow.seed.to_le_bytes().as_ref()],
                bump = escrow.bump,
                has_one = maker,
                has_one = mint_a,
                has_one = mint_b,
                close = maker,
            )]
            pub escrow: Account<'info, Escrow>,
            #[account(
                mut,
                seeds = [b"vault", escrow.key().as_ref()],
                bump = escrow.vault_bump,
                token::mint = mint_a,
                token::authority = escrow,
            )]
            pub vault: Account<'info, TokenAccount>,
            pub system_program: Program<'info, System>,
            pub token_program: Program<'info, Token>,
            pub associated_token_program: Program<'info, AssociatedToken>,
        }

        pub fn handler(ctx: Context<Take>) -> Result<()> {
            let taker = &ctx.accounts.taker;
            let maker = &ctx.accounts.maker;
            let taker_ata_a = &ctx.accounts.taker_ata_a;
            let taker_ata_b = &ctx.accounts.taker_ata_b;
            let maker_ata_b = &ctx.accounts.maker_ata_b;
            let escrow = &ctx.accounts.escrow;
            let vault = &ctx.accounts.vault;
            let token_program = &ctx.accounts.token_program;
            token::transfer(
                CpiContext::new(
                    token_program.to_account_info(),
                    token::Transfer {
                        from: taker_ata_b.to_account_info(),
                        to: maker_ata_b.to_account_info(),
                        authority: taker.to_account_info(),
                    },
                ),
                escrow.receive,
            )?;
            token::transfer(
                CpiContext::new_with_signer(
                    token_program.to_account_info(),
                    token::Transfer {
                        from: vault.to_account_info(),
                        to: taker_ata_a.to_account_info(),
                        authority: escrow.to_account_info(),
                    },
                    &[&[
                        b"escrow",
                        maker.key().as_ref(),
                        escrow.seed.to_le_bytes().as_ref(),
                        &[escrow.bump],
                    ]],
                ),
                vault.amount,
            )?;
            token::close_account(CpiContext::new_with_signer(
                token_program.to_account_info(),
                token::CloseAccount {
                    account: vault.to_account_info(),
                    destination: maker.to_account_info(),
                    authority: escrow.to_account_info(),
                },
                &[&[
                    b"escrow",
                    maker.key().as_ref(),
                    escrow.seed.to_le_bytes().as_ref(),
                    &[escrow.bump],
                ]],
            ))?;
            Ok(())
        }
    }
}

pub mod state {
    pub use escrow::*;

    pub mod escrow {
        use anchor_lang::prelude::*;

        #[account]
        #[derive(InitSpace)]
        pub struct Escrow {
            pub maker: Pubkey,
            pub mint_a: Pubkey,
            pub mint_b: Pubkey,
            pub seed: u64,
            pub receive: u64,
            pub bump: u8,
            pub vault_bump: u8,
        }
    }
}
