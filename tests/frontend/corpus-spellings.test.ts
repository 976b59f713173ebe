// Spellings of public Poseidon projects lowered to the IR the DSL's own spelling gives, and the warnings that go
// with them: has([acc.key]) is has([acc]); `acc.is_writable = true` is `mut`; `acc.getBump()` as the last signer seed
// is the bump Anchor found; an unused import from another package and a reserved PROGRAM_ID are warnings;
// TokenProgram.initializeMint creates its mint, paid by the payer `mint.initIfNeeded(payer)` names.
import { describe, expect, it } from 'vitest';
import { compileSource } from '../../src/frontend/index.js';
import { compileInline, instruction, wrap } from './helpers.js';

const codes = (text: string) => compileSource('c.ts', text).diagnostics.map((d) => [d.severity, d.code, d.span?.line, d.span?.col]);

describe('has([acc.key])', () => {
  it('names the account whose key it is, exactly as has([acc])', () => {
    const byKey = compileInline(wrap('  run(owner: Signer, data: Data): Result {\n    data.derive(["d"]).has([owner.key]);\n  }'));
    const byAccount = compileInline(wrap('  run(owner: Signer, data: Data): Result {\n    data.derive(["d"]).has([owner]);\n  }'));
    expect(instruction(byKey, 'run')).toEqual(instruction(byAccount, 'run'));
    expect(instruction(byKey, 'run').accounts[1].hasOne).toEqual(['owner']);
  });
});

describe('acc.is_writable = true', () => {
  it('makes the account mut and adds no statement, on UncheckedAccount, SystemAccount and AccountInfo', () => {
    const ix = instruction(compileInline(wrap(`  run(user: Signer, a: UncheckedAccount, b: SystemAccount): Result {
    a.is_writable = true;
    b.is_writable = true;
  }`)), 'run');
    expect(ix.accounts.map((p) => [p.name, p.mut])).toEqual([['user', false], ['a', true], ['b', true]]);
    expect(ix.body).toEqual([]);
  });
});

describe('acc.getBump() as a signer seed', () => {
  it('is the bump seed of the account the instruction derives, after the constant seeds', () => {
    const ix = instruction(compileInline(wrap(`  run(user: Signer, vault: SystemAccount, amount: u64): Result {
    vault.derive(["vault", user.key]);
    SystemProgram.transfer(vault, user, amount, ["vault", user.key, vault.getBump()]);
  }`)), 'run');
    expect(ix.body).toEqual([{
      kind: 'systemTransfer', from: 'vault', to: 'user', amount: { kind: 'arg', name: 'amount', type: { kind: 'int', name: 'u64' } },
      signerSeeds: [{ kind: 'const', bytes: [...Buffer.from('vault')] }, { kind: 'accountKey', account: 'user' }, { kind: 'bump', account: 'vault' }],
    }]);
  });

  it('is the value deriveWithBump was given (Anchor keeps only the bumps it searched in ctx.bumps), as a seed and as a value', () => {
    const ix = instruction(compileInline(wrap(`  run(user: Signer, vault: SystemAccount, data: Data, bump: u8): Result {
    vault.deriveWithBump(["vault"], bump);
    data.deriveWithBump(["data"], data.bump);
    SystemProgram.transfer(vault, user, 5, ["vault", vault.getBump()]);
    data.small = data.getBump();
  }`)), 'run');
    const u8 = { kind: 'int', name: 'u8' };
    expect(ix.body[0]).toMatchObject({ signerSeeds: [{ kind: 'const' }, { kind: 'arg', arg: 'bump', type: u8 }] });
    expect(ix.body[1]).toMatchObject({ kind: 'assign', value: { kind: 'field', account: 'data', path: ['bump'], type: u8 } });
  });

  it('is the bump Anchor searched when the account is initialized (init ignores the given bump)', () => {
    const ix = instruction(compileInline(wrap(`  run(user: Signer, data: Data): Result {
    data.deriveWithBump(["data"], data.bump).initIfNeeded(user);
    data.bump = data.getBump();
  }`)), 'run');
    expect(ix.body[0]).toMatchObject({ kind: 'assign', value: { kind: 'bump', account: 'data' } });
  });

  it('is accepted in token CPI signer seeds too', () => {
    const ix = instruction(compileInline(wrap(`  run(user: Signer, auth: UncheckedAccount, mint: Mint, to: TokenAccount, amount: u64): Result {
    auth.derive(["auth"]);
    TokenProgram.mintTo(mint, to, auth, amount, ["auth", auth.getBump()]);
  }`)), 'run');
    expect(ix.body[0]).toMatchObject({ kind: 'tokenCpi', fn: 'mintTo', signerSeeds: [{ kind: 'const' }, { kind: 'bump', account: 'auth' }] });
  });
});

describe('imports from other packages', () => {
  const program = (imports: string, body = '') => `${imports}
import { Pubkey, Result, Signer } from "@solanaturbine/poseidon";

export default class P {
  static PROGRAM_ID = new Pubkey("GXQmGjfLL8QWDfEhEFQJQY9V1DYSB4oT5aU2acQrXiWj");

  run(user: Signer): Result {${body}}
}
`;

  it('are ignored with a warning at the module name when nothing uses them (named, default, namespace, type, bare)', () => {
    const text = program([
      'import { LAMPORTS_PER_SOL } from "@solana/web3.js";',
      'import BN from "bn.js";',
      'import * as anchor from "@coral-xyz/anchor";',
      'import type { PublicKey } from "@solana/web3.js";',
      'import "./setup.js";',
    ].join('\n'));
    const r = compileSource('c.ts', text);
    expect(r.program).not.toBeNull();
    expect(r.diagnostics.map((d) => [d.severity, d.code, d.span?.line, d.span?.col])).toEqual([
      ['warning', 1041, 1, 34], ['warning', 1041, 2, 16], ['warning', 1041, 3, 25], ['warning', 1041, 4, 32], ['warning', 1041, 5, 8],
    ]);
  });

  it('are an error at each use of a name they bring, in a value or a type, and nothing else is reported', () => {
    const text = program('import { PublicKey } from "@solana/web3.js";', '\n    const a: PublicKey = user.key;\n    console.log("x", PublicKey);\n  ');
    expect(codes(text)).toEqual([['error', 1042, 8, 14], ['error', 1042, 9, 22]]);
  });
});

describe('a reserved PROGRAM_ID', () => {
  it.each([
    ['11111111111111111111111111111111', 'the System Program'],
    ['TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA', 'the SPL Token program'],
    ['SysvarRent111111111111111111111111111111111', 'the Rent sysvar'],
  ])('%s builds with a warning naming %s', (id, owner) => {
    const r = compileSource('c.ts', wrap('  run(user: Signer): Result {}').replace('GXQmGjfLL8QWDfEhEFQJQY9V1DYSB4oT5aU2acQrXiWj', id));
    expect(r.program?.programId).toBe(id);
    expect(r.diagnostics.map((d) => [d.severity, d.code, d.message])).toEqual([
      ['warning', 1040, `PROGRAM_ID ${id} is the address of ${owner}: a program can never be deployed there; give it the public key of its own keypair (\`poseidon sync\` writes one in)`],
    ]);
  });
});

describe('TokenProgram.initializeMint creating its mint', () => {
  it('is paid by the payer mint.initIfNeeded(payer) (or init) names, with two Signers', () => {
    for (const method of ['initIfNeeded', 'init']) {
      const ix = instruction(compileInline(wrap(`  run(payer: Signer, authority: Signer, mint: Mint): Result {
    mint.${method}(payer);
    TokenProgram.initializeMint(mint, 6, authority);
  }`)), 'run');
      expect(ix.body[0]).toMatchObject({ kind: 'tokenCpi', fn: 'initializeMint', createMint: { payer: 'payer' } });
      expect(ix.accounts.map((p) => [p.name, p.mut, p.signer])).toEqual([
        ['payer', true, true], ['authority', false, true], ['mint', true, true], ['system_program', false, false], ['token_program', false, false],
      ]);
    }
  });

  it('takes the only Signer for mint.initIfNeeded() without a payer, as Poseidon programs wrote it', () => {
    const ix = instruction(compileInline(wrap(`  run(mint: Mint, payer: Signer, freeze: Pubkey): Result {
    mint.initIfNeeded();
    TokenProgram.initializeMint(mint, 9, payer, freeze);
  }`)), 'run');
    expect(ix.body[0]).toMatchObject({ createMint: { payer: 'payer' } });
  });

  it('reports a second init of the mint, and any other constraint on it', () => {
    const twice = wrap('  run(payer: Signer, mint: Mint): Result {\n    mint.init(payer).initIfNeeded(payer);\n    TokenProgram.initializeMint(mint, 6, payer);\n  }');
    expect(codes(twice).map((c) => c[1])).toEqual([3005]);
    const derived = wrap('  run(payer: Signer, mint: Mint): Result {\n    mint.derive(["m"]);\n    TokenProgram.initializeMint(mint, 6, payer);\n  }');
    expect(codes(derived).map((c) => c[1])).toEqual([3052]);
  });
});
