// The IDL of SPL Token programs, as `anchor build` writes it for the Rust the Anchor backend emits:
// program addresses, the ATA derivation anchor-syn writes for `associated_token::` fields, token-field
// seeds, no Mint/TokenAccount layouts; and @coral-xyz/anchor resolving ATAs from it.
import anchor, { AnchorProvider, Program, Wallet } from '@coral-xyz/anchor';
import { getAssociatedTokenAddressSync } from '@solana/spl-token';
import { Connection, Keypair, PublicKey } from '@solana/web3.js';
import { describe, expect, it } from 'vitest';
import { emitIdl } from '../../src/backends/idl/index.js';
import type { IdlInstructionAccount } from '../../src/backends/idl/index.js';
import type { AccountParam, Program as IrProgram, Seed } from '../../src/ir/types.js';
import { escrow, minter } from '../anchor/token-programs.js';

const TOKEN_PROGRAM_BYTES = [
  6, 221, 246, 225, 215, 101, 161, 147, 217, 203, 225, 70, 206, 235, 121, 172, 28, 180, 133, 237, 95, 91, 55, 145, 58, 140,
  245, 133, 126, 255, 0, 169,
];
const ATA_PROGRAM_BYTES = [
  140, 151, 37, 143, 78, 36, 137, 241, 187, 61, 16, 41, 20, 142, 13, 131, 11, 90, 19, 153, 218, 255, 16, 132, 4, 142, 123,
  216, 219, 233, 248, 89,
];

function accountItem(program: IrProgram, ix: string, name: string): IdlInstructionAccount {
  const item = emitIdl(program).instructions.find((i) => i.name === ix)?.accounts.find((a) => a.name === name);
  if (!item || 'accounts' in item) throw new Error(`no account ${name} in ${ix}`);
  return item;
}

describe('IDL of token accounts', () => {
  it('gives an ATA the pda anchor-syn derives: [authority, token program, mint] under the ATA program', () => {
    expect(accountItem(escrow, 'take', 'maker_ata_b')).toEqual({
      name: 'maker_ata_b',
      writable: true,
      pda: {
        seeds: [
          { kind: 'account', path: 'maker' },
          { kind: 'const', value: TOKEN_PROGRAM_BYTES },
          { kind: 'account', path: 'mint_b' },
        ],
        program: { kind: 'const', value: ATA_PROGRAM_BYTES },
      },
    });
  });

  it('gives an ATA that is only checked the same pda', () => {
    expect(accountItem(escrow, 'make', 'maker_ata_a').pda?.seeds[0]).toEqual({ kind: 'account', path: 'maker' });
  });

  it('writes the addresses of the token and associated token programs', () => {
    expect([accountItem(escrow, 'take', 'token_program'), accountItem(escrow, 'take', 'associated_token_program')]).toEqual([
      { name: 'token_program', address: 'TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA' },
      { name: 'associated_token_program', address: 'ATokenGPvbdGVxr1b2hvZbsiqW5xWH25efTNsLJA8knL' },
    ]);
  });

  it('describes a PDA token account by its seeds', () => {
    expect(accountItem(escrow, 'make', 'vault')).toEqual({
      name: 'vault', writable: true, pda: { seeds: [{ kind: 'const', value: [118, 97, 117, 108, 116] }, { kind: 'account', path: 'escrow' }] },
    });
  });

  it('makes a keypair mint init a signer, as Anchor adds the signer constraint', () => {
    expect(accountItem(minter, 'initialize', 'mint').signer).toBeUndefined();
    const keypairMint = emitIdl({
      ...minter,
      instructions: [{
        ...minter.instructions[0],
        accounts: minter.instructions[0].accounts.map((a): AccountParam => (a.name === 'mint' ? { ...a, pda: undefined } : a)),
      }],
    }).instructions[0].accounts.find((a) => a.name === 'mint');
    expect(keypairMint).toEqual({ name: 'mint', writable: true, signer: true });
  });

  it('spells a seed on a token-account or mint field with the Rust field name and its type', () => {
    const seeds: Seed[] = [
      { kind: 'field', account: 'vault', path: ['mint'], type: { kind: 'pubkey' } },
      { kind: 'field', account: 'mint_a', path: ['mintAuthority'], type: { kind: 'pubkey' } },
    ];
    const make = escrow.instructions[0];
    const program: IrProgram = {
      ...escrow,
      instructions: [{
        ...make,
        accounts: make.accounts.map((a): AccountParam => (a.name === 'escrow' ? { ...a, pda: { seeds, bump: { kind: 'canonical' } } } : a)),
      }],
    };
    expect(accountItem(program, 'make', 'escrow').pda).toEqual({ seeds: [
      { kind: 'account', path: 'vault.mint', account: 'TokenAccount' },
      { kind: 'account', path: 'mint_a.mint_authority', account: 'Mint' },
    ] });
  });

  it('lists only program accounts and types, not Mint or TokenAccount', () => {
    const idl = emitIdl(escrow);
    expect([idl.accounts?.map((a) => a.name), idl.types?.map((t) => t.name)]).toEqual([['Escrow'], ['Escrow']]);
  });
});

describe('@coral-xyz/anchor 0.32.1 with a token IDL', () => {
  it('resolves associated token accounts, the vault PDA and the programs of `take`', async () => {
    const taker = Keypair.generate();
    const [maker, mintA, mintB, escrowKey] = [1, 2, 3, 4].map(() => Keypair.generate().publicKey);
    const provider = new AnchorProvider(new Connection('http://127.0.0.1:1'), new Wallet(taker), {});
    const client = new Program(emitIdl(escrow) as anchor.Idl, provider);
    const ix = await client.methods.take().accountsPartial({ maker, mintA, mintB, escrow: escrowKey }).instruction();
    const programId = new PublicKey(escrow.programId);
    const [vault] = PublicKey.findProgramAddressSync([Buffer.from('vault'), escrowKey.toBuffer()], programId);
    expect(ix.keys.map((k) => k.pubkey.toBase58())).toEqual([
      taker.publicKey, maker, mintA, mintB,
      getAssociatedTokenAddressSync(mintA, taker.publicKey),
      getAssociatedTokenAddressSync(mintB, taker.publicKey),
      getAssociatedTokenAddressSync(mintB, maker),
      escrowKey, vault,
      new PublicKey('ATokenGPvbdGVxr1b2hvZbsiqW5xWH25efTNsLJA8knL'),
      new PublicKey('TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA'),
      new PublicKey('11111111111111111111111111111111'),
    ].map((k) => k.toBase58()));
  });
});
