// The legacy IDL (what `anchor build` 0.29 wrote, the only format @coral-xyz/anchor 0.29 reads), made
// from our spec 0.1.0 IDL: camelCase names, isMut/isSigner, layouts inline in `accounts` and `events`,
// `publicKey`, typed PDA seeds (0.29 resolves accounts from them), relations on the holding account,
// the address in metadata, instructions in the program's order; and target/types/<name>.ts as 0.29 wrote
// it. .ci/idl-check.sh checks the whole of it against Anchor 0.29's own parser.
import { beforeAll, describe, expect, it } from 'vitest';
import { emitIdl } from '../../src/backends/idl/index.js';
import { emitLegacyIdl, emitLegacyTsTypes } from '../../src/backends/idl/legacy.js';
import { compileTestProgram } from '../support/compiled.js';
import { compileHostile } from '../hostile/workspace.js';

const legacyOf = (file: string) => {
  const { program } = compileTestProgram(file);
  return emitLegacyIdl(emitIdl(program), program);
};
const counterSeeds = { seeds: [{ kind: 'const', type: 'string', value: 'counter' }, { kind: 'account', type: 'publicKey', path: 'authority' }] };

describe('the legacy IDL', () => {
  // Compiling the first program loads the TypeScript compiler.
  beforeAll(() => {
    for (const file of ['counter.ts', 'rewards.ts', 'escrow.ts']) compileTestProgram(file);
  }, 60_000);

  it('describes the counter as anchor build 0.29 would, instructions in the program\'s order (0.30 sorts them)', () => {
    const holder = (relations?: string[]) => ({ name: 'counter', isMut: true, isSigner: false, pda: counterSeeds, ...(relations && { relations }) });
    const authority = { name: 'authority', isMut: false, isSigner: true };

    expect(JSON.parse(JSON.stringify(legacyOf('counter.ts')))).toEqual({
      version: '0.1.0',
      name: 'counter_program',
      instructions: [
        { name: 'initialize', accounts: [{ ...authority, isMut: true }, holder(), { name: 'systemProgram', isMut: false, isSigner: false }], args: [] },
        { name: 'increment', accounts: [authority, holder(['authority'])], args: [] },
        { name: 'decrement', accounts: [authority, holder(['authority'])], args: [] },
        { name: 'incrementBy', accounts: [authority, holder(['authority'])], args: [{ name: 'amount', type: 'u64' }] },
      ],
      accounts: [{ name: 'Counter', type: { kind: 'struct', fields: [{ name: 'authority', type: 'publicKey' }, { name: 'count', type: 'u64' }, { name: 'bump', type: 'u8' }] } }],
      metadata: { address: 'EhxPGtzWeQw3Pe6fLj3jErcy93mPC9qJoamVuDv5s9fL' },
    });
  });

  it('keeps property order as serde wrote it: version, name, instructions, accounts, …, metadata last', () => {
    expect(Object.keys(legacyOf('rewards.ts'))).toEqual(['version', 'name', 'instructions', 'accounts', 'events', 'errors', 'metadata']);
  });

  it('writes events with their fields inline (not indexed) and errors as they are', () => {
    const rewards = legacyOf('rewards.ts');

    expect([rewards.events, rewards.errors?.[0], rewards.types]).toEqual([
      [{ name: 'Claimed', fields: [{ name: 'owner', type: 'publicKey', index: false }, { name: 'amount', type: 'u64', index: false }] }],
      { code: 6000, name: 'ZeroAmount', msg: 'Stake a positive amount' },
      undefined,
    ]);
  });

  it('types arg seeds and account-field seeds, and leaves out derivations under another program (ATAs)', () => {
    const escrow = legacyOf('escrow.ts');
    const account = (ix: string, name: string) => escrow.instructions.find((i) => i.name === ix)!.accounts.find((a) => a.name === name) as unknown as Record<string, unknown>;

    expect([account('make', 'escrow').pda, account('take', 'escrow').pda, account('make', 'makerAtaA')]).toEqual([
      { seeds: [{ kind: 'const', type: 'string', value: 'escrow' }, { kind: 'account', type: 'publicKey', path: 'maker' }, { kind: 'arg', type: 'u64', path: 'seed' }] },
      { seeds: [{ kind: 'const', type: 'string', value: 'escrow' }, { kind: 'account', type: 'publicKey', path: 'maker' }, { kind: 'account', type: 'u64', account: 'Escrow', path: 'escrow.seed' }] },
      { name: 'makerAtaA', isMut: true, isSigner: false },
    ]);
  });

  it('names the account type on a seed that is the key of an Account<T> (anchor-syn 0.29 ty_name), not on a signer\'s', () => {
    const make = legacyOf('escrow.ts').instructions.find((i) => i.name === 'make')!;
    const vault = make.accounts.find((a) => a.name === 'vault') as unknown as Record<string, unknown>;

    expect(vault.pda).toEqual({ seeds: [{ kind: 'const', type: 'string', value: 'vault' }, { kind: 'account', type: 'publicKey', account: 'Escrow', path: 'escrow' }] });
  });

  it('lists the accounts in the order of the modules that hold them, as 0.29\'s parser walks them (0.30 sorts by name)', () => {
    // pairs declares Tally before Receipt; the Rust holds them in state::receipt and state::tally.
    expect(legacyOf('pairs.ts').accounts!.map((a) => a.name)).toEqual(['Receipt', 'Tally']);
    // 0.29 keys each module by its path and its name again: `run_accountsrun_accounts` sorts before `runrun`.
    const program = compileHostile('type_names');
    expect(emitLegacyIdl(emitIdl(program), program).accounts!.map((a) => a.name)).toEqual(['AnchorLang', 'Helpers', 'RunAccounts', 'Run', 'SetDataBumps', 'State']);
  });

  it('lists every struct the program declares, reached by an instruction or not (0.30 lists only those reached)', () => {
    const program = compileHostile('type_names');
    expect([emitIdl(program).types!.filter((t) => ['Alloc', 'Borsh'].includes(t.name)).map((t) => t.name), emitLegacyIdl(emitIdl(program), program).types!.map((t) => t.name)]).toEqual([
      ['Borsh'],
      ['Alloc', 'AnchorSpl', 'Borsh', 'Core', 'Events', 'Instruction', 'SolanaProgram', 'Std', 'TypeNamesError'],
    ]);
  });

  it('puts relations on the account that holds the fields (0.30 lists them on the referenced one)', () => {
    const take = legacyOf('escrow.ts').instructions.find((i) => i.name === 'take')!;

    expect(take.accounts.filter((a) => 'relations' in a).map((a) => [a.name, (a as { relations: string[] }).relations])).toEqual([['escrow', ['maker', 'mint_a', 'mint_b']]]);
  });

  it('writes target/types/<name>.ts as a type and a value, account names camelCased for program.account', () => {
    const legacy = legacyOf('rewards.ts');
    const typed = { ...legacy, accounts: legacy.accounts!.map((a) => ({ ...a, name: a.name[0].toLowerCase() + a.name.slice(1) })) };
    const text = JSON.stringify(typed, null, 2);

    expect(emitLegacyTsTypes(legacy)).toBe(`export type RewardsProgram = ${text};\n\nexport const IDL: RewardsProgram = ${text};\n`);
  });
});
