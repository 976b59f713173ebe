// The Anchor backend's emitted text for four small hand-IR programs: a PDA counter, a SOL vault, a
// profile with Str/Vec args and init_if_needed, and a closable note with has_one.
import { describe, expect, it } from 'vitest';
import { emitAnchorWorkspace } from '../../src/backends/anchor/index.js';
import { counter, notes, profile, vault } from './programs.js';

const file = (files: Map<string, string>, path: string): string => {
  const text = files.get(path);
  if (text === undefined) throw new Error(`no ${path} in ${[...files.keys()].join(', ')}`);
  return text;
};

describe('counter: a PDA with init and a stored bump', () => {
  const files = emitAnchorWorkspace(counter);

  it('writes the multiple-files template layout', () => {
    expect([...files.keys()]).toEqual([
      'Anchor.toml',
      'Cargo.toml',
      'programs/counter/Cargo.toml',
      'programs/counter/src/lib.rs',
      'programs/counter/src/instructions/mod.rs',
      'programs/counter/src/instructions/increment.rs',
      'programs/counter/src/instructions/initialize.rs',
      'programs/counter/src/state/mod.rs',
      'programs/counter/src/state/counter.rs',
    ]);
  });

  it('declares the id and delegates every instruction from a thin #[program] module', () => {
    expect(file(files, 'programs/counter/src/lib.rs')).toBe(`pub mod instructions;
pub mod state;

use anchor_lang::prelude::*;

pub use instructions::*;
pub use state::*;

declare_id!("Fg6PaFpoGXkYsidMpWTK6W2BeZ7FEfcYkg476zPFsLnS");

#[program]
pub mod counter {
    use super::*;

    pub fn initialize(ctx: Context<Initialize>) -> Result<()> {
        instructions::initialize::handler(ctx)
    }

    pub fn increment(ctx: Context<Increment>, amount: u64) -> Result<()> {
        instructions::increment::handler(ctx, amount)
    }
}
`);
  });

  it('inits the PDA with its seeds and stores the canonical bump', () => {
    expect(file(files, 'programs/counter/src/instructions/initialize.rs')).toBe(`use anchor_lang::prelude::*;

use crate::state::*;

/// Accounts of \`initialize\`, in order:
///
/// 0. [writable, signer] owner
/// 1. [writable] counter
/// 2. [] system_program
#[derive(Accounts)]
pub struct Initialize<'info> {
    #[account(mut)]
    pub owner: Signer<'info>,
    #[account(
        init,
        payer = owner,
        space = 8 + Counter::INIT_SPACE,
        seeds = [b"counter", owner.key().as_ref()],
        bump,
    )]
    pub counter: Account<'info, Counter>,
    pub system_program: Program<'info, System>,
}

pub fn handler(ctx: Context<Initialize>) -> Result<()> {
    let owner = &ctx.accounts.owner;
    let counter = &mut ctx.accounts.counter;
    counter.owner = owner.key();
    counter.count = 0;
    counter.bump = ctx.bumps.counter;
    Ok(())
}
`);
  });

  it('checks the stored bump and has_one, and adds with checked arithmetic', () => {
    expect(file(files, 'programs/counter/src/instructions/increment.rs')).toBe(`use anchor_lang::prelude::*;

use crate::state::*;

/// Accounts of \`increment\`, in order:
///
/// 0. [signer] owner
/// 1. [writable] counter
#[derive(Accounts)]
pub struct Increment<'info> {
    pub owner: Signer<'info>,
    #[account(
        mut,
        seeds = [b"counter", owner.key().as_ref()],
        bump = counter.bump,
        has_one = owner,
    )]
    pub counter: Account<'info, Counter>,
}

pub fn handler(ctx: Context<Increment>, amount: u64) -> Result<()> {
    let counter = &mut ctx.accounts.counter;
    counter.count = counter
        .count
        .checked_add(amount)
        .ok_or(ProgramError::ArithmeticOverflow)?;
    Ok(())
}
`);
  });

  it('prints the state account with InitSpace', () => {
    expect(file(files, 'programs/counter/src/state/counter.rs')).toBe(`use anchor_lang::prelude::*;

#[account]
#[derive(InitSpace)]
pub struct Counter {
    pub owner: Pubkey,
    pub count: u64,
    pub bump: u8,
}
`);
  });

  it('names the program and its id in Anchor.toml', () => {
    expect(file(files, 'Anchor.toml')).toBe(`[toolchain]
anchor_version = "1.2.2"

[features]
resolution = true
skip-lint = false

[programs.localnet]
counter = "Fg6PaFpoGXkYsidMpWTK6W2BeZ7FEfcYkg476zPFsLnS"

[provider]
cluster = "localnet"
wallet = "~/.config/solana/id.json"
`);
  });

  it('keeps overflow checks in release builds of the workspace', () => {
    expect(file(files, 'Cargo.toml')).toContain('[profile.release]\noverflow-checks = true\n');
  });

  it('pins anchor-lang without features when no account uses init_if_needed', () => {
    expect(file(files, 'programs/counter/Cargo.toml')).toContain('[dependencies]\nanchor-lang = "=1.2.2"\n');
  });
});

describe('vault: lamport transfers both ways', () => {
  const files = emitAnchorWorkspace(vault);

  it('transfers from the signer with a plain CpiContext', () => {
    expect(file(files, 'programs/vault/src/instructions/deposit.rs')).toContain(`    anchor_lang::system_program::transfer(
        CpiContext::new(
            system_program.key(),
            anchor_lang::system_program::Transfer {
                from: owner.to_account_info(),
                to: vault.to_account_info(),
            },
        ),
        amount,
    )?;
`);
  });

  it('signs for the vault PDA with its seeds and stored bump', () => {
    expect(file(files, 'programs/vault/src/instructions/withdraw.rs')).toBe(`use anchor_lang::prelude::*;

use crate::state::*;

/// Accounts of \`withdraw\`, in order:
///
/// 0. [writable, signer] owner
/// 1. [writable] state
/// 2. [writable] vault
/// 3. [] system_program
#[derive(Accounts)]
pub struct Withdraw<'info> {
    #[account(mut)]
    pub owner: Signer<'info>,
    #[account(
        mut,
        seeds = [b"state", owner.key().as_ref()],
        bump = state.state_bump,
        has_one = owner,
    )]
    pub state: Account<'info, VaultState>,
    #[account(mut, seeds = [b"vault", state.key().as_ref()], bump = state.vault_bump)]
    pub vault: SystemAccount<'info>,
    pub system_program: Program<'info, System>,
}

pub fn handler(ctx: Context<Withdraw>, amount: u64) -> Result<()> {
    let owner = &ctx.accounts.owner;
    let state = &mut ctx.accounts.state;
    let vault = &ctx.accounts.vault;
    let system_program = &ctx.accounts.system_program;
    anchor_lang::system_program::transfer(
        CpiContext::new_with_signer(
            system_program.key(),
            anchor_lang::system_program::Transfer {
                from: vault.to_account_info(),
                to: owner.to_account_info(),
            },
            &[&[b"vault", state.key().as_ref(), &[state.vault_bump]]],
        ),
        amount,
    )?;
    state.total = state
        .total
        .checked_sub(amount)
        .ok_or(ProgramError::ArithmeticOverflow)?;
    Ok(())
}
`);
  });

  it('stores both canonical bumps found at init', () => {
    expect(file(files, 'programs/vault/src/instructions/initialize.rs')).toContain(`    state.state_bump = ctx.bumps.state;
    state.vault_bump = ctx.bumps.vault;
`);
  });
});

describe('profile: Str and Vec args, init_if_needed', () => {
  const files = emitAnchorWorkspace(profile);

  it('lists the args seeds read, bounds no argument by its max_len, and moves args read once', () => {
    expect(file(files, 'programs/profile/src/instructions/upsert.rs')).toBe(`use anchor_lang::prelude::*;

use crate::state::*;

/// Accounts of \`upsert\`, in order:
///
/// 0. [writable, signer] user
/// 1. [writable] profile
/// 2. [] system_program
#[derive(Accounts)]
#[instruction(handle: String)]
pub struct Upsert<'info> {
    #[account(mut)]
    pub user: Signer<'info>,
    #[account(
        init_if_needed,
        payer = user,
        space = 8 + Profile::INIT_SPACE,
        seeds = [b"profile", user.key().as_ref(), handle.as_bytes()],
        bump,
    )]
    pub profile: Account<'info, Profile>,
    pub system_program: Program<'info, System>,
}

pub fn handler(
    ctx: Context<Upsert>,
    _handle: String,
    name: String,
    tags: Vec<String>,
) -> Result<()> {
    let user = &ctx.accounts.user;
    let profile = &mut ctx.accounts.profile;
    profile.owner = user.key();
    profile.name = name;
    profile.tags = tags;
    profile.updates = profile
        .updates
        .checked_add(1)
        .ok_or(ProgramError::ArithmeticOverflow)?;
    Ok(())
}
`);
  });

  it('gives every String and Vec field its max_len', () => {
    expect(file(files, 'programs/profile/src/state/profile.rs')).toBe(`use anchor_lang::prelude::*;

#[account]
#[derive(InitSpace)]
pub struct Profile {
    pub owner: Pubkey,
    #[max_len(32)]
    pub name: String,
    #[max_len(4, 16)]
    pub tags: Vec<String>,
    #[max_len(8)]
    pub scores: Vec<u32>,
    pub updates: u32,
}
`);
  });

  it('enables init-if-needed on anchor-lang', () => {
    expect(file(files, 'programs/profile/Cargo.toml')).toContain(
      '[dependencies]\nanchor-lang = { version = "=1.2.2", features = ["init-if-needed"] }\n',
    );
  });
});

describe('notes: a keypair account closed with has_one', () => {
  const files = emitAnchorWorkspace(notes);

  it('inits a keypair account without an explicit signer constraint', () => {
    expect(file(files, 'programs/notes/src/instructions/create.rs')).toContain(`/// 0. [writable, signer] author
/// 1. [writable, signer] note
/// 2. [] system_program
#[derive(Accounts)]
pub struct Create<'info> {
    #[account(mut)]
    pub author: Signer<'info>,
    #[account(init, payer = author, space = 8 + Note::INIT_SPACE)]
    pub note: Account<'info, Note>,
    pub system_program: Program<'info, System>,
}
`);
  });

  it('closes into the author after has_one, with an empty handler', () => {
    expect(file(files, 'programs/notes/src/instructions/close_note.rs')).toBe(`use anchor_lang::prelude::*;

use crate::state::*;

/// Accounts of \`close_note\`, in order:
///
/// 0. [writable, signer] author
/// 1. [writable] note
#[derive(Accounts)]
pub struct CloseNote<'info> {
    #[account(mut)]
    pub author: Signer<'info>,
    #[account(mut, has_one = author, close = author)]
    pub note: Account<'info, Note>,
}

pub fn handler(_ctx: Context<CloseNote>) -> Result<()> {
    Ok(())
}
`);
  });

  it('allows the handler globs that several instruction modules re-export', () => {
    expect(file(files, 'programs/notes/src/instructions/mod.rs')).toBe(`#![allow(ambiguous_glob_reexports)]

pub mod close_note;
pub mod create;

pub use close_note::*;
pub use create::*;
`);
  });
});
