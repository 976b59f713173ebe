// The Anchor backend's helper functions: the `helpers` module (multiple-files and single-file forms), the
// call sites in handlers, `&mut` borrows for accounts a helper writes, anchor_spl imports for token-account and
// mint parameters, and error origins inside helpers.rs. The cargo gate (external.test.ts) compiles them.
import { describe, expect, it } from 'vitest';
import { emitAnchorWorkspace, emitSingleFile, errorOrigins } from '../../src/backends/anchor/index.js';
import type { Expr, Stmt } from '../../src/ir/types.js';
import { compileShared } from '../frontend/helpers.js';
import { staking, treasury } from './function-programs.js';
import { accountIn, assignField, callExpr, field, helperFn, instruction, int, passAccount, program, returnValue, span, state, stateAccount, u64 } from './builders.js';

const src = (files: Map<string, string>, crate: string, path: string): string => {
  const text = files.get(`programs/${crate}/src/${path}`);
  if (text === undefined) throw new Error(`no ${path} in ${[...files.keys()].join(', ')}`);
  return text;
};

describe('staking: a helper that writes a state account and one that returns a u128 from reads', () => {
  const files = emitAnchorWorkspace(staking);

  it('adds helpers.rs to the crate and declares it in lib.rs', () => {
    expect([...files.keys()].filter((p) => p.includes('/src/') && !p.includes('/state/'))).toEqual([
      'programs/staking/src/lib.rs',
      'programs/staking/src/error.rs',
      'programs/staking/src/helpers.rs',
      'programs/staking/src/instructions/mod.rs',
      'programs/staking/src/instructions/claim.rs',
      'programs/staking/src/instructions/peek.rs',
    ]);
    expect(src(files, 'staking', 'lib.rs').split('\n\n')[0]).toBe('pub mod error;\npub mod helpers;\npub mod instructions;\npub mod state;');
  });

  it('writes each helper as a plain fn: &mut for the written account, & for read ones, Result<T> for the result', () => {
    expect(src(files, 'staking', 'helpers.rs')).toBe(`use anchor_lang::prelude::*;

use crate::error::*;
use crate::state::*;

pub fn checkpoint(pool: &mut Pool, now: i64) -> Result<()> {
    require!(now >= pool.last, StakingError::Stale);
    pool.per_share = pool
        .per_share
        .checked_add(
            u128::try_from(
                now.checked_sub(pool.last)
                    .ok_or(ProgramError::ArithmeticOverflow)?,
            )
            .map_err(|_| error!(ErrorCode::InvalidNumericConversion))?,
        )
        .ok_or(ProgramError::ArithmeticOverflow)?;
    pool.last = now;
    Ok(())
}

pub fn pending(pool: &Pool, position: &Position) -> Result<u128> {
    Ok(u128::from(position.amount)
        .checked_mul(pool.per_share)
        .ok_or(ProgramError::ArithmeticOverflow)?
        .checked_sub(position.debt)
        .ok_or(ProgramError::ArithmeticOverflow)?)
}
`);
  });

  it('calls helpers from the handler with its account borrows, mutable where a helper writes them', () => {
    expect(src(files, 'staking', 'instructions/claim.rs')).toBe(`use anchor_lang::prelude::*;

use crate::helpers;
use crate::state::*;

/// Accounts of \`claim\`, in order:
///
/// 0. [signer] owner
/// 1. [writable] pool
/// 2. [writable] position
#[derive(Accounts)]
pub struct Claim<'info> {
    pub owner: Signer<'info>,
    #[account(mut)]
    pub pool: Account<'info, Pool>,
    #[account(mut, has_one = owner)]
    pub position: Account<'info, Position>,
}

pub fn handler(ctx: Context<Claim>) -> Result<()> {
    let pool = &mut ctx.accounts.pool;
    let position = &mut ctx.accounts.position;
    helpers::checkpoint(pool, Clock::get()?.unix_timestamp)?;
    let owed: u128 = helpers::pending(pool, position)?;
    position.debt = position
        .debt
        .checked_add(owed)
        .ok_or(ProgramError::ArithmeticOverflow)?;
    Ok(())
}
`);
  });

  it('borrows immutably when only reading helpers get the accounts', () => {
    expect(src(files, 'staking', 'instructions/peek.rs').split('\n\n').slice(-1)[0]).toBe(`pub fn handler(ctx: Context<Peek>) -> Result<()> {
    let pool = &ctx.accounts.pool;
    let position = &ctx.accounts.position;
    msg!("pending {}", helpers::pending(pool, position)?);
    Ok(())
}
`);
  });

  it('prints the same helpers inline as `pub mod helpers` in the single-file form', () => {
    const single = emitSingleFile(staking);
    const module = single.slice(single.indexOf('pub mod helpers {'), single.indexOf('pub mod instructions {'));
    expect(module.split('\n').slice(0, 7)).toEqual([
      'pub mod helpers {',
      '    use anchor_lang::prelude::*;',
      '',
      '    use crate::error::*;',
      '    use crate::state::*;',
      '',
      '    pub fn checkpoint(pool: &mut Pool, now: i64) -> Result<()> {',
    ]);
  });

  it('records the origins of a require and a failing conversion inside helpers.rs', () => {
    const [checkpoint] = staking.functions;
    const require = checkpoint.body[0] as Stmt & { kind: 'require' };
    const assign = checkpoint.body[1] as Stmt & { kind: 'assign' };
    const conversion = (assign.value as Expr & { kind: 'arith' }).right;
    expect([...errorOrigins(staking)]).toEqual([
      [require, 'programs/staking/src/helpers.rs:7'],
      [conversion, 'programs/staking/src/helpers.rs:15'],
    ]);
  });
});

describe('treasury: helpers that take a token account and a mint', () => {
  const files = emitAnchorWorkspace(treasury);

  it('imports anchor_spl types for the parameters and prefixes an unused one with _', () => {
    expect(src(files, 'treasury', 'helpers.rs')).toBe(`use anchor_lang::prelude::*;
use anchor_spl::token::{Mint, TokenAccount};

pub fn held(vault: &TokenAccount, mint: &Mint) -> Result<u64> {
    Ok(vault
        .amount
        .checked_add(mint.supply)
        .ok_or(ProgramError::ArithmeticOverflow)?)
}

pub fn touch(_mint: &Mint) -> Result<()> {
    Ok(())
}
`);
  });

  it("passes the handler's token account and mint borrows", () => {
    expect(src(files, 'treasury', 'instructions/audit.rs').split('\n\n').slice(-1)[0]).toBe(`pub fn handler(ctx: Context<Audit>) -> Result<()> {
    let vault = &ctx.accounts.vault;
    let mint = &ctx.accounts.mint;
    let ledger = &mut ctx.accounts.ledger;
    helpers::touch(mint)?;
    ledger.seen = helpers::held(vault, mint)?;
    Ok(())
}
`);
  });
});

describe('a helper called from another helper', () => {
  const data = { kind: 'state', type: 'Data' } as const;
  const shadowed = program({
    name: 'shadowed',
    className: 'Shadowed',
    stateAccounts: [stateAccount('Data', [field('count', u64)])],
    functions: [
      helperFn('reset_count', [accountIn('data', data, true)], u64, [assignField('data', 'count', u64, int(0)), returnValue(int(0))]),
      helperFn('outer', [accountIn('data', data, true)], null, [
        { kind: 'let', name: 'reset_count', mutable: false, type: u64, value: callExpr('reset_count', [passAccount('data')], u64), span },
        assignField('data', 'count', u64, { kind: 'local', name: 'reset_count', type: u64 }),
      ]),
    ],
    instructions: [instruction('run', [], [state('data', 'Data', { mut: true })], [])],
  });

  it('is called by its bare name, or as self:: where a local of the same name would shadow it', () => {
    const helpers = emitAnchorWorkspace(shadowed).get('programs/shadowed/src/helpers.rs')!;
    expect(helpers.split('\n').filter((l) => l.includes('reset_count('))).toEqual([
      'pub fn reset_count(data: &mut Data) -> Result<u64> {',
      '    let reset_count: u64 = self::reset_count(data)?;',
    ]);
  });
});

describe('rewards (tests/programs/rewards.ts) through the front end and the Anchor backend', () => {
  const rewards = compileShared('rewards');
  const files = emitAnchorWorkspace(rewards);

  it('emits one helper signature per function, in declaration order', () => {
    const signatures = src(files, 'rewards_program', 'helpers.rs').split('\n').filter((l) => l.startsWith('pub fn'));
    expect(signatures).toEqual([
      'pub fn scaled(amount: u64, per_share: u128) -> Result<u128> {',
      'pub fn accrue(pool: &mut Pool, now: i64) -> Result<()> {',
      'pub fn pending(pool: &Pool, stake: &UserStake) -> Result<u64> {',
      'pub fn settle(pool: &Pool, stake: &mut UserStake) -> Result<()> {',
      'pub fn reset_debt(pool: &Pool, stake: &mut UserStake) -> Result<()> {',
    ]);
  });

  it('keeps an early return in a void helper as `return Ok(());` and calls earlier helpers by bare name', () => {
    const helpers = src(files, 'rewards_program', 'helpers.rs');
    expect(helpers).toContain('    if now <= pool.last_update {\n        return Ok(());\n    }\n');
    expect(helpers).toContain('    let earned: u64 = pending(pool, stake)?;\n');
  });
});
