// Whole-crate behaviour of the Anchor backend: the single-file form, naming clashes, determinism and
// the IR parts it does not support yet.
import { describe, expect, it } from 'vitest';
import { emitAnchorWorkspace, emitSingleFile } from '../../src/backends/anchor/index.js';
import type { Program } from '../../src/ir/types.js';
import { assignField, field, instruction, key, program, pubkey, signer, span, state, stateAccount, unchecked } from './builders.js';
import { allPrograms, notes } from './programs.js';
import { tokenPrograms } from './token-programs.js';

describe('Anchor crate', () => {
  it('prints the single-file form with the same modules inline', () => {
    expect(emitSingleFile(notes)).toBe(`use anchor_lang::prelude::*;

pub use instructions::*;
pub use state::*;

declare_id!("Fg6PaFpoGXkYsidMpWTK6W2BeZ7FEfcYkg476zPFsLnS");

#[program]
pub mod notes {
    use super::*;

    pub fn create(ctx: Context<Create>, id: u64) -> Result<()> {
        instructions::create::handler(ctx, id)
    }

    pub fn close_note(ctx: Context<CloseNote>) -> Result<()> {
        instructions::close_note::handler(ctx)
    }
}

pub mod instructions {
    #![allow(ambiguous_glob_reexports)]

    pub use close_note::*;
    pub use create::*;

    pub mod close_note {
        use anchor_lang::prelude::*;

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
    }

    pub mod create {
        use anchor_lang::prelude::*;

        use crate::state::*;

        /// Accounts of \`create\`, in order:
        ///
        /// 0. [writable, signer] author
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

        pub fn handler(ctx: Context<Create>, id: u64) -> Result<()> {
            let author = &ctx.accounts.author;
            let note = &mut ctx.accounts.note;
            note.author = author.key();
            note.id = id;
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
            pub author: Pubkey,
            pub id: u64,
        }
    }
}
`);
  });

  it('suffixes the Accounts struct when a state account already has its name', () => {
    const voting = program({
      name: 'voting', className: 'Voting',
      stateAccounts: [stateAccount('Vote', [field('voter', pubkey)])],
      instructions: [instruction('vote', [], [signer('voter'), state('ballot', 'Vote', { mut: true })], [
        assignField('ballot', 'voter', pubkey, key('voter')),
      ])],
    });
    const lib = emitAnchorWorkspace(voting).get('programs/voting/src/lib.rs');
    expect(lib).toContain('    pub fn vote(ctx: Context<VoteAccounts>) -> Result<()> {\n');
  });

  it('emits the same files on every run', () => {
    for (const p of [...allPrograms, ...tokenPrograms]) expect(emitAnchorWorkspace(p)).toEqual(emitAnchorWorkspace(p));
  });

  it('refuses a token CPI in an instruction without a token program account', () => {
    const tokens: Program = program({
      name: 'tokens', className: 'Tokens',
      instructions: [instruction('revoke_all', [], [signer('owner'), unchecked('source', { mut: true })], [
        { kind: 'tokenCpi', fn: 'revoke', accounts: { source: 'source', authority: 'owner' }, args: [], span },
      ])],
    });
    expect(() => emitAnchorWorkspace(tokens)).toThrow("internal: revoke_all makes a token CPI without that program's account");
  });
});
