use anchor_lang::prelude::*;

pub use instructions::*;
pub use state::*;

declare_id!("7HdJRnq5A7Ejbd1UZwvkYLAkVpbg1ujvpsV8j6j5sdcQ");

#[program]
pub mod ledger_program {
    use super::*;

    pub fn open(ctx: Context<Open>, limits: Limits) -> Result<()> {
        instructions::open::handler(ctx, limits)
    }

    pub fn record(ctx: Context<Record>, amount: u64, credit: bool, memo: String) -> Result<()> {
        instructions::record::handler(ctx, amount, credit, memo)
    }

    pub fn shrink(ctx: Context<Shrink>, factor: u8) -> Result<()> {
        instructions::shrink::handler(ctx, factor)
    }
}

pub mod error {
    use anchor_lang::prelude::*;

    #[error_code]
    pub enum LedgerProgramError {
        #[msg("Limits must allow entries and fees of at most 100%")]
        InvalidLimits,
        #[msg("Amount must be positive")]
        ZeroAmount,
        #[msg("Amount is above the ledger's limit")]
        TooLarge,
        #[msg("Not enough balance")]
        Overdrawn,
    }
}

pub mod events {
    use anchor_lang::prelude::*;

    #[event]
    pub struct Opened {
        pub ledger: Pubkey,
        pub owner: Pubkey,
        pub max_entry: u64,
    }

    #[event]
    pub struct Recorded {
        pub ledger: Pubkey,
        pub amount: u64,
        pub fee: u64,
        pub balance: i64,
        pub memo: String,
    }
}

pub mod instructions {
    #![allow(ambiguous_glob_reexports)]

    pub use open::*;
    pub use record::*;
    pub use shrink::*;

    pub mod open {
        use anchor_lang::prelude::*;

        use crate::error::*;
        use crate::events::*;
        use crate::state::*;

        /// Accounts of `open`, in order:
        ///
        /// 0. [writable, signer] owner
        /// 1. [writable, signer] ledger
        /// 2. [] system_program
        #[derive(Accounts)]
        pub struct Open<'info> {
            #[account(mut)]
            pub owner: Signer<'info>,
            #[account(init, payer = owner, space = 8 + Ledger::INIT_SPACE)]
            pub ledger: Account<'info, Ledger>,
            pub system_program: Program<'info, System>,
        }

        pub fn handler(ctx: Context<Open>, limits: Limits) -> Result<()> {
            let owner = &ctx.accounts.owner;
            let ledger = &mut ctx.accounts.ledger;
            ledger.limits = limits;
            require!(
                ledger.limits.max_entry > 0 && ledger.limits.fee_bps <= 10000,
                LedgerProgramError::InvalidLimits
            );
            ledger.owner = owner.key();
            ledger.opened_at = Clock::get()?.unix_timestamp;
            emit!(Opened {
                ledger: ledger.key(),
                owner: owner.key(),
                max_entry: ledger.limits.max_entry
            });
            Ok(())
        }
    }

    pub mod record {
        use anchor_lang::prelude::*;

        use crate::error::*;
        use crate::events::*;
        use crate::state::*;

        /// Accounts of `record`, in order:
        ///
        /// 0. [signer] owner
        /// 1. [writable] ledger
        #[derive(Accounts)]
        pub struct Record<'info> {
            pub owner: Signer<'info>,
            #[account(mut, has_one = owner)]
            pub ledger: Account<'info, Ledger>,
        }

        pub fn handler(
            ctx: Context<Record>,
            amount: u64,
            credit: bool,
            memo: String,
        ) -> Result<()> {
            let owner = &ctx.accounts.owner;
            let ledger = &mut ctx.accounts.ledger;
            require!(amount > 0, LedgerProgramError::ZeroAmount);
            require!(
                amount <= ledger.limits.max_entry,
                LedgerProgramError::TooLarge
            );
            let fee: u64 = u64::try_from(
                u128::from(amount)
                    .checked_mul(u128::from(ledger.limits.fee_bps))
                    .ok_or(ProgramError::ArithmeticOverflow)?
                    .checked_div(10000u128)
                    .ok_or(ProgramError::ArithmeticOverflow)?,
            )
            .map_err(|_| ProgramError::ArithmeticOverflow)?;
            let net: u64 = amount
                .checked_sub(fee)
                .ok_or(ProgramError::ArithmeticOverflow)?;
            if !credit {
                require!(
                    ledger.balance
                        >= i64::try_from(net).map_err(|_| ProgramError::ArithmeticOverflow)?,
                    LedgerProgramError::Overdrawn
                );
                ledger.balance = ledger
                    .balance
                    .checked_sub(
                        i64::try_from(net).map_err(|_| ProgramError::ArithmeticOverflow)?,
                    )
                    .ok_or(ProgramError::ArithmeticOverflow)?;
            } else if net > 1000000 || amount == 7 {
                ledger.flagged = ledger
                    .flagged
                    .checked_add(1)
                    .ok_or(ProgramError::ArithmeticOverflow)?;
                ledger.balance = ledger
                    .balance
                    .checked_add(
                        i64::try_from(net).map_err(|_| ProgramError::ArithmeticOverflow)?,
                    )
                    .ok_or(ProgramError::ArithmeticOverflow)?;
            } else {
                ledger.balance = ledger
                    .balance
                    .checked_add(
                        i64::try_from(net).map_err(|_| ProgramError::ArithmeticOverflow)?,
                    )
                    .ok_or(ProgramError::ArithmeticOverflow)?;
            }
            ledger.volume = ledger
                .volume
                .checked_add(
                    u128::from(amount)
                        .checked_mul(u128::from(amount))
                        .ok_or(ProgramError::ArithmeticOverflow)?,
                )
                .ok_or(ProgramError::ArithmeticOverflow)?;
            ledger.fees = ledger
                .fees
                .checked_add(fee)
                .ok_or(ProgramError::ArithmeticOverflow)?;
            ledger.last_slot = Clock::get()?.slot;
            msg!(
                "recorded {} credit {} memo {} by {} balance {} volume {}",
                amount,
                credit,
                memo,
                owner.key(),
                ledger.balance,
                ledger.volume
            );
            emit!(Recorded {
                ledger: ledger.key(),
                amount,
                fee,
                balance: ledger.balance,
                memo: memo.clone()
            });
            Ok(())
        }
    }

    pub mod shrink {
        use anchor_lang::prelude::*;

        use crate::state::*;

        /// Accounts of `shrink`, in order:
        ///
        /// 0. [signer] owner
        /// 1. [writable] ledger
        #[derive(Accounts)]
        pub struct Shrink<'info> {
            pub owner: Signer<'info>,
            #[account(mut, has_one = owner)]
            pub ledger: Account<'info, Ledger>,
        }

        pub fn handler(ctx: Context<Shrink>, factor: u8) -> Result<()> {
            let ledger = &mut ctx.accounts.ledger;
            if factor == 0 {
                return Ok(());
            }
            ledger.balance = ledger
                .balance
                .checked_div(i64::from(factor))
                .ok_or(ProgramError::ArithmeticOverflow)?;
            ledger.wide = ledger
                .wide
                .checked_sub(1)
                .ok_or(ProgramError::ArithmeticOverflow)?
                .checked_mul(i128::from(factor))
                .ok_or(ProgramError::ArithmeticOverflow)?;
            ledger.fees = u64::try_from(
                ledger
                    .volume
                    .checked_div(u128::from(factor))
                    .ok_or(ProgramError::ArithmeticOverflow)?,
            )
            .map_err(|_| ProgramError::ArithmeticOverflow)?;
            Ok(())
        }
    }
}

pub mod state {
    pub use ledger::*;
    pub use limits::*;

    pub mod ledger {
        use anchor_lang::prelude::*;

        use super::*;

        #[account]
        #[derive(InitSpace)]
        pub struct Ledger {
            pub owner: Pubkey,
            pub limits: Limits,
            pub balance: i64,
            pub flagged: u8,
            pub volume: u128,
            pub wide: i128,
            pub fees: u64,
            pub opened_at: i64,
            pub last_slot: u64,
        }
    }

    pub mod limits {
        use anchor_lang::prelude::*;

        #[derive(AnchorSerialize, AnchorDeserialize, Clone, InitSpace)]
        pub struct Limits {
            pub max_entry: u64,
            pub fee_bps: u64,
        }
    }
}
