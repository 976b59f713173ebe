// SPL Token in the Anchor backend: anchor-spl in Cargo.toml, imports, token/ATA/mint account fields and
// constraints, token field reads, every token CPI, and the IR it refuses with an internal error.
import { describe, expect, it } from 'vitest';
import { emitAnchorWorkspace } from '../../src/backends/anchor/index.js';
import type { Program } from '../../src/ir/types.js';
import {
  ata, associatedTokenProgram, instruction, mintAccount, program, signer, stateAccount, systemProgram, tokenAccount,
  tokenProgram, field, u8,
} from './builders.js';
import { counter } from './programs.js';
import { escrow, minter, tokenOps } from './token-programs.js';

const file = (p: Program, path: string): string => {
  const text = emitAnchorWorkspace(p).get(`programs/${p.name}/src/${path}`);
  if (text === undefined) throw new Error(`no ${path}`);
  return text;
};
const dependencies = (p: Program): string[] => {
  const toml = emitAnchorWorkspace(p).get(`programs/${p.name}/Cargo.toml`)!;
  return toml.split('\n').filter((l) => /^(anchor-lang|anchor-spl|idl-build) = /.test(l));
};
/** The handler: the last blank-line-separated block of an instruction file. */
const handler = (p: Program, ix: string): string => file(p, `instructions/${ix}.rs`).split('\n\n').slice(-1)[0];

describe('anchor-spl in Cargo.toml', () => {
  it('adds anchor-spl with token, token_2022 and associated_token for token accounts and ATAs', () => {
    expect(dependencies(escrow)).toEqual([
      'idl-build = ["anchor-lang/idl-build", "anchor-spl/idl-build"]',
      'anchor-lang = { version = "=1.2.2", features = ["init-if-needed"] }',
      'anchor-spl = { version = "=1.2.2", default-features = false, features = ["solana-v3", "token", "token_2022", "associated_token"] }',
    ]);
  });

  it('adds token_2022_extensions when a mint is initialized', () => {
    expect(dependencies(tokenOps)[2]).toBe(
      'anchor-spl = { version = "=1.2.2", default-features = false, features = ["solana-v3", "token", "token_2022", "token_2022_extensions"] }',
    );
  });

  it('leaves anchor-spl out of a program without tokens', () => {
    expect(dependencies(counter)).toEqual(['idl-build = ["anchor-lang/idl-build"]', 'anchor-lang = "=1.2.2"']);
  });

  it('pins the release the program targets; before 1.x without solana-v3, and on 0.29 without token_2022_extensions', () => {
    const spl = (version: string) => dependencies({ ...tokenOps, anchorVersion: version }).slice(1);
    expect([spl('0.32.1'), spl('0.30.1'), spl('0.29.0')]).toEqual([
      ['anchor-lang = { version = "=0.32.1", features = ["init-if-needed"] }', 'anchor-spl = { version = "=0.32.1", default-features = false, features = ["token", "token_2022", "token_2022_extensions"] }'],
      ['anchor-lang = { version = "=0.30.1", features = ["init-if-needed"] }', 'anchor-spl = { version = "=0.30.1", default-features = false, features = ["token", "token_2022", "token_2022_extensions"] }'],
      ['anchor-lang = { version = "=0.29.0", features = ["init-if-needed"] }', 'anchor-spl = { version = "=0.29.0", default-features = false, features = ["token", "token_2022"] }'],
    ]);
  });
});

describe('token accounts and mints', () => {
  it('initializes a PDA token account with token::mint and token::authority and no space', () => {
    expect(file(escrow, 'instructions/make.rs')).toContain(`    #[account(
        init,
        payer = maker,
        seeds = [b"vault", escrow.key().as_ref()],
        bump,
        token::mint = mint_a,
        token::authority = escrow,
    )]
    pub vault: Account<'info, TokenAccount>,
`);
  });

  it('checks an existing ATA with associated_token constraints', () => {
    expect(file(escrow, 'instructions/make.rs')).toContain(`    #[account(mut, associated_token::mint = mint_a, associated_token::authority = maker)]
    pub maker_ata_a: Account<'info, TokenAccount>,
`);
  });

  it('creates an ATA on demand with init_if_needed and its programs', () => {
    expect(file(escrow, 'instructions/take.rs')).toContain(`    #[account(
        init_if_needed,
        payer = taker,
        associated_token::mint = mint_b,
        associated_token::authority = maker,
    )]
    pub maker_ata_b: Account<'info, TokenAccount>,
`);
    expect(file(escrow, 'instructions/take.rs')).toContain(`    pub associated_token_program: Program<'info, AssociatedToken>,
    pub token_program: Program<'info, Token>,
`);
  });

  it('initializes a PDA mint with decimals, authority and freeze authority', () => {
    expect(file(minter, 'instructions/initialize.rs')).toContain(`    #[account(
        init,
        payer = admin,
        seeds = [b"mint"],
        bump,
        mint::decimals = 6,
        mint::authority = auth,
        mint::freeze_authority = auth,
    )]
    pub mint: Account<'info, Mint>,
`);
  });

  it('initializes keypair mints and token accounts, which sign without a signer constraint', () => {
    expect(file(tokenOps, 'instructions/create_accounts.rs')).toContain(`    #[account(init, payer = payer, mint::decimals = 9, mint::authority = payer)]
    pub mint: Account<'info, Mint>,
    #[account(init, payer = payer, token::mint = mint, token::authority = payer)]
    pub holding: Account<'info, TokenAccount>,
`);
  });

  it('imports the token types an instruction names, and the token module when it makes a CPI', () => {
    expect(file(escrow, 'instructions/take.rs').split('\n\n')[0]).toBe(`use anchor_lang::prelude::*;
use anchor_spl::associated_token::AssociatedToken;
use anchor_spl::token::{self, Mint, Token, TokenAccount};`);
  });

  it('imports AuthorityType for setAuthority', () => {
    expect(file(minter, 'instructions/hand_over.rs').split('\n\n')[0]).toBe(`use anchor_lang::prelude::*;
use anchor_spl::token::spl_token::instruction::AuthorityType;
use anchor_spl::token::{self, Mint, Token};`);
  });

  it('writes a u8 arg seed as to_le_bytes so the IDL build can describe the PDA', () => {
    expect(file(tokenOps, 'instructions/wrap.rs')).toContain('    #[account(mut, seeds = [b"wrapped", index.to_le_bytes().as_ref()], bump)]\n');
  });

  it('names the Accounts struct of an instruction called `mint` MintAccounts, away from the imported Mint', () => {
    const minting = program({
      name: 'minting', className: 'Minting',
      instructions: [instruction('mint', [], [signer('payer'), mintAccount('mint', { mut: true }), tokenProgram()], [])],
    });
    expect(file(minting, 'instructions/mint.rs')).toContain('pub struct MintAccounts<\'info> {\n');
  });
});

describe('token field reads', () => {
  it('reads a token amount and a mint decimals field as stored', () => {
    expect(handler(escrow, 'refund')).toContain('        vault.amount,\n        mint_a.decimals,\n');
  });

  it('reads a COption key as the zero key when None', () => {
    expect(handler(minter, 'mint_tokens')).toContain('        mint.mint_authority.unwrap_or_default() == auth.key(),\n');
    expect(handler(tokenOps, 'delegate')).toContain('    pool.delegated = source.delegate.unwrap_or_default();\n');
  });

  it('reloads a mint that a CPI changed before the body reads it again, through a mutable borrow', () => {
    const text = handler(minter, 'mint_tokens');
    expect(text).toContain('    let mint = &mut ctx.accounts.mint;\n');
    expect(text).toContain('        amount,\n    )?;\n    mint.reload()?;\n');
    expect(text).toContain('    msg!("supply now {}", mint.supply);\n');
  });

  it('does not reload an account read only before the CPIs, nor one a CPI closes', () => {
    expect(handler(escrow, 'take')).not.toContain('reload');
  });

  it('reads fields of a struct argument by path, cloning a String', () => {
    expect(handler(tokenOps, 'delegate')).toContain('    pool.rate = settings.reward_rate;\n    pool.label = settings.label.clone();\n');
  });
});

describe('token CPIs', () => {
  it('gives CpiContext the program\'s AccountInfo before Anchor 1.0 (the Pubkey from 1.0 on)', () => {
    const body = (version: string) => handler({ ...escrow, anchorVersion: version }, 'make');
    expect([body('0.32.1'), body('0.29.0')].map((b) => b.includes('        CpiContext::new(\n            token_program.to_account_info(),\n')))
      .toEqual([true, true]);
    expect(body('1.2.2')).toContain('        CpiContext::new(\n            token_program.key(),\n');
  });

  it('transfers with CpiContext::new', () => {
    expect(handler(escrow, 'make')).toContain(`    token::transfer(
        CpiContext::new(
            token_program.key(),
            token::Transfer {
                from: maker_ata_a.to_account_info(),
                to: vault.to_account_info(),
                authority: maker.to_account_info(),
            },
        ),
        deposit,
    )?;
`);
  });

  it('signs a transfer_checked and a close_account with the PDA seeds, bump as one byte', () => {
    expect(handler(escrow, 'refund')).toBe(`pub fn handler(ctx: Context<Refund>) -> Result<()> {
    let maker = &ctx.accounts.maker;
    let mint_a = &ctx.accounts.mint_a;
    let maker_ata_a = &ctx.accounts.maker_ata_a;
    let escrow = &ctx.accounts.escrow;
    let vault = &ctx.accounts.vault;
    let token_program = &ctx.accounts.token_program;
    token::transfer_checked(
        CpiContext::new_with_signer(
            token_program.key(),
            token::TransferChecked {
                from: vault.to_account_info(),
                mint: mint_a.to_account_info(),
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
        mint_a.decimals,
    )?;
    token::close_account(CpiContext::new_with_signer(
        token_program.key(),
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
`);
  });

  it('passes the source of approve as anchor-spl\'s `to`', () => {
    expect(handler(tokenOps, 'delegate')).toContain(`            token::Approve {
                to: source.to_account_info(),
                delegate: spender.to_account_info(),
                authority: owner.to_account_info(),
            },
`);
  });

  it('sets an authority to a key or to None', () => {
    const text = handler(minter, 'hand_over');
    expect(text).toContain('        AuthorityType::MintTokens,\n        Some(admin.key()),\n    )?;\n');
    expect(text).toContain('        AuthorityType::FreezeAccount,\n        None,\n    )?;\n');
  });

  it('spells initializeAccount as initialize_account3 and syncNative as sync_native', () => {
    expect(handler(tokenOps, 'wrap')).toContain(`    token::initialize_account3(CpiContext::new(
        token_program.key(),
        token::InitializeAccount3 {
            account: wrapped.to_account_info(),
            mint: native_mint.to_account_info(),
            authority: owner.to_account_info(),
        },
    ))?;
    token::sync_native(CpiContext::new(
        token_program.key(),
        token::SyncNative {
            account: wrapped.to_account_info(),
        },
    ))?;
`);
  });
});

describe('token IR the backend refuses', () => {
  const withAccounts = (accounts: Parameters<typeof instruction>[2], extra: Partial<Program> = {}): Program => program({
    name: 'bad', className: 'Bad', ...extra, instructions: [instruction('go', [], accounts, [])],
  });

  it('refuses `close =` on a token account', () => {
    const p = withAccounts([signer('owner', { mut: true }), tokenAccount('holding', { mut: true, close: 'owner' }), tokenProgram()]);
    expect(() => emitAnchorWorkspace(p)).toThrow('internal: holding is a token account or mint; Anchor cannot close it with `close =`');
  });

  it('refuses a mint init without its mint constraints', () => {
    const p = withAccounts([
      signer('payer', { mut: true }), mintAccount('mint', { mut: true, signer: true, init: { payer: 'payer', ifNeeded: false, space: 82 } }),
      systemProgram(), tokenProgram(),
    ]);
    expect(() => emitAnchorWorkspace(p)).toThrow('internal: init of mint mint without its mint/authority constraints');
  });

  it('refuses an ATA init without an associated_token_program account', () => {
    const p = withAccounts([
      signer('payer', { mut: true }), mintAccount('mint'),
      ata('wallet', { mut: true, init: { payer: 'payer', ifNeeded: true, space: 165 }, associatedToken: { mint: 'mint', authority: 'payer' } }),
      systemProgram(), tokenProgram(),
    ]);
    expect(() => emitAnchorWorkspace(p)).toThrow("internal: Anchor's init of wallet needs a `associated_token_program` account in go");
  });

  it('refuses a program type named like an anchor_spl type the instruction imports', () => {
    const p = withAccounts([signer('payer'), mintAccount('mint'), associatedTokenProgram()], {
      stateAccounts: [stateAccount('Mint', [field('bump', u8)])],
    });
    expect(() => emitAnchorWorkspace(p)).toThrow('internal: program type Mint has the name of an anchor_spl type go imports');
  });
});
