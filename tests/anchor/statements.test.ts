// The Anchor backend's handler bodies for the issue-3 statements (ledger fixture): custom errors,
// events, if/else if, locals, logs, the clock, mulDiv, width conversions and struct values.
import { describe, expect, it } from 'vitest';
import { emitAnchorWorkspace } from '../../src/backends/anchor/index.js';
import { argRef, instruction, program, signer, span, u64 } from './builders.js';
import { ledger } from './programs.js';

const files = emitAnchorWorkspace(ledger);
const src = (path: string): string => files.get(`programs/ledger/src/${path}`) ?? '';

describe('ledger: issue-3 statements', () => {
  it('imports the error, events and state modules the handler names', () => {
    expect(src('instructions/record.rs').split('\n/// Accounts')[0]).toBe(`use anchor_lang::prelude::*;

use crate::error::*;
use crate::events::*;
use crate::state::*;
`);
  });

  it('borrows accounts, then runs the body in order', () => {
    expect(src('instructions/record.rs').split('\n\n').slice(-1)[0]).toBe(`pub fn handler(ctx: Context<Record>, amount: u64, memo: String, fee_bps: u16) -> Result<()> {
    let authority = &ctx.accounts.authority;
    let ledger = &mut ctx.accounts.ledger;
    let auditor = &ctx.accounts.auditor;
    require!(amount > 0, LedgerError::ZeroAmount);
    require!(amount <= 1000000, LedgerError::TooLarge);
    let mut fee: u64 = u64::try_from(
        u128::from(amount)
            .checked_mul(u128::from(u64::from(fee_bps)))
            .ok_or(ProgramError::ArithmeticOverflow)?
            .checked_div(10000u128)
            .ok_or(ProgramError::ArithmeticOverflow)?,
    )
    .map_err(|_| ProgramError::ArithmeticOverflow)?;
    if fee > 100 && !(auditor.key() == authority.key()) {
        fee = fee.min(100);
    } else if fee == 0 {
        return Ok(());
    }
    ledger.balance = ledger
        .balance
        .checked_add(
            amount
                .checked_sub(fee)
                .ok_or(ProgramError::ArithmeticOverflow)?,
        )
        .ok_or(ProgramError::ArithmeticOverflow)?;
    ledger.last_at = Clock::get()?.unix_timestamp;
    let scaled: u128 = u128::from(ledger.balance)
        .checked_mul(3)
        .ok_or(ProgramError::ArithmeticOverflow)?;
    ledger.balance = u64::try_from(
        scaled
            .checked_div(3)
            .ok_or(ProgramError::ArithmeticOverflow)?,
    )
    .map_err(|_| error!(ErrorCode::InvalidNumericConversion))?;
    ledger.last = Entry { amount, memo };
    msg!("recorded {} fee {}", amount, fee);
    emit!(Recorded {
        authority: authority.key(),
        amount,
        fee
    });
    Ok(())
}
`);
  });

  it('documents an unchecked account with the CHECK comment Anchor requires', () => {
    expect(src('instructions/record.rs')).toContain(`    /// CHECK: the DSL declares this account unchecked; the program reads no data from it.
    pub auditor: UncheckedAccount<'info>,
`);
  });

  it('moves a struct arg into state and logs a nested field', () => {
    expect(src('instructions/restore.rs').split('\n\n').slice(-1)[0]).toBe(`pub fn handler(ctx: Context<Restore>, entry: Entry) -> Result<()> {
    let ledger = &mut ctx.accounts.ledger;
    ledger.last = entry;
    msg!("restored {}", ledger.last.amount);
    Ok(())
}
`);
  });

  it('derives borsh, Clone and InitSpace on a plain struct', () => {
    expect(src('state/entry.rs')).toBe(`use anchor_lang::prelude::*;

#[derive(AnchorSerialize, AnchorDeserialize, Clone, InitSpace)]
pub struct Entry {
    pub amount: u64,
    #[max_len(20)]
    pub memo: String,
}
`);
  });

  it('imports sibling structs into a state account that uses them', () => {
    expect(src('state/ledger.rs')).toBe(`use anchor_lang::prelude::*;

use super::*;

#[account]
#[derive(InitSpace)]
pub struct Ledger {
    pub authority: Pubkey,
    pub balance: u64,
    pub last_at: i64,
    pub last: Entry,
    #[max_len(3)]
    pub history: Vec<Entry>,
}
`);
  });

  it('names the error enum after the program and escapes format braces in messages', () => {
    expect(src('error.rs')).toBe(`use anchor_lang::prelude::*;

#[error_code]
pub enum LedgerError {
    #[msg("Amount must be positive")]
    ZeroAmount,
    #[msg("Amount above {{max}}")]
    TooLarge,
}
`);
  });

  it('prints events as #[event] structs', () => {
    expect(src('events.rs')).toBe(`use anchor_lang::prelude::*;

#[event]
pub struct Recorded {
    pub authority: Pubkey,
    pub amount: u64,
    pub fee: u64,
}
`);
  });
});

describe('logs', () => {
  const logs = program({
    name: 'logs', className: 'Logs',
    instructions: [instruction('say', [{ name: 'n', type: u64, span }], [signer('payer')], [
      { kind: 'log', parts: ['set {x} to "y"'], span },
      { kind: 'log', parts: ['{n} = ', argRef('n', u64), '!'], span },
    ])],
  });
  const handler = emitAnchorWorkspace(logs).get('programs/logs/src/instructions/say.rs')?.split('\n\n').slice(-1)[0];

  it('prints text-only logs verbatim and doubles braces when values are formatted in', () => {
    expect(handler).toBe(`pub fn handler(_ctx: Context<Say>, n: u64) -> Result<()> {
    msg!("set {x} to \\"y\\"");
    msg!("{{n}} = {}!", n);
    Ok(())
}
`);
  });
});
