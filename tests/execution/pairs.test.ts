// Anchor 1.x's duplicate-mutable-account check, executed on both runtimes (tests/programs/pairs.ts built for
// the default release, 1.2): two `mut` or `init_if_needed` Account fields that are one account fail with
// ConstraintDuplicateMutableAccount (2040), caused by the later field, after the init fields' constraints
// and before every other constraint; read-only accounts, Signers, UncheckedAccounts and SystemAccounts may
// repeat. A failing transaction changes nothing.
import anchor from '@coral-xyz/anchor';
import { Keypair, PublicKey, type AccountMeta } from '@solana/web3.js';
import { beforeEach, describe, expect, it } from 'vitest';
import { anchorErrorLine, errorCode, type Runtime, type TxResult } from '../../src/runtime/index.js';
import { createRuntime, RUNTIME_KINDS } from '../support/runtimes.js';
import { compileTestProgram, SYSTEM_PROGRAM_ID } from '../support/compiled.js';

const { BN } = anchor;
const pairs = compileTestProgram('pairs.ts');
const duplicateLine = (field: string) =>
  `Program log: AnchorError caused by account: ${field}. Error Code: ConstraintDuplicateMutableAccount. Error Number: 2040. Error Message: A duplicate mutable account constraint was violated.`;
const pda = (seed: string, owner: PublicKey) => PublicKey.findProgramAddressSync([Buffer.from(seed), owner.toBuffer()], pairs.programId)[0];
/** The account passed as given, read-only (a `mut` field not writable). */
const readOnly = (pubkey: PublicKey): AccountMeta => ({ pubkey, isSigner: false, isWritable: false });

describe.each(RUNTIME_KINDS)('duplicate mutable accounts (Anchor 1.x) on %s', (kind) => {
  let rt: Runtime;
  let owner: Keypair;
  let a: PublicKey;
  let b: PublicKey;

  const count = async (tally: PublicKey) => pairs.decode<{ count: InstanceType<typeof BN> }>('Tally', (await rt.getAccount(tally))!.data).count.toString();
  const open = async () => {
    const tally = Keypair.generate();
    expect((await rt.send([pairs.ix('open', { owner: owner.publicKey, tally: tally.publicKey, systemProgram: SYSTEM_PROGRAM_ID })], [owner, tally])).error).toBeNull();
    return tally.publicKey;
  };
  const shift = (from: PublicKey | AccountMeta, to: PublicKey | AccountMeta, amount = 5, by = owner) =>
    rt.send([pairs.ix('shift', { owner: by.publicKey, from, to }, { amount: new BN(amount) })], [by]);
  const collect = (other: PublicKey, own: PublicKey) =>
    rt.send([pairs.ix('collect', { owner: owner.publicKey, other, own, systemProgram: SYSTEM_PROGRAM_ID }, { amount: new BN(7) })], [owner]);
  /** The transaction failed with 2040 caused by `field` and left `watched` as they were. */
  const expectDuplicate = async (send: () => Promise<TxResult>, field: string, watched: PublicKey[]) => {
    const before = await Promise.all(watched.map((k) => rt.getAccount(k)));
    const r = await send();
    expect(errorCode(r)).toBe(2040);
    expect(anchorErrorLine(r.logs)).toBe(duplicateLine(field));
    expect(await Promise.all(watched.map((k) => rt.getAccount(k)))).toEqual(before);
    return r;
  };

  beforeEach(async () => {
    rt = await createRuntime(kind, { programs: [{ programId: pairs.programId, so: pairs.so, name: 'pairs_program' }] });
    owner = Keypair.generate();
    await rt.airdrop(owner.publicKey, 10_000_000_000n);
    [a, b] = [await open(), await open()];
    expect((await collect(a, pda('own', owner.publicKey))).error).toBeNull();
  });

  describe('rejected', () => {
    it('one tally as both mutable state accounts: 2040, caused by the later field, before has_one', async () => {
      const r = await expectDuplicate(() => shift(a, a), 'to', [a]);
      expect(r.logs.filter((l) => l.startsWith('Program log: '))).toEqual(['Program log: Instruction: Shift', duplicateLine('to')]);
    });

    it('before has_one: a stranger moving from one tally into itself gets 2040, not ConstraintHasOne', async () => {
      const stranger = Keypair.generate();
      await rt.airdrop(stranger.publicKey, 1_000_000_000n);
      await expectDuplicate(() => shift(a, a, 5, stranger), 'to', [a]);
    });

    it('before mut: the duplicate not writable gets 2040, not ConstraintMut (2000)', async () => {
      await expectDuplicate(() => shift(readOnly(a), readOnly(a)), 'to', [a]);
    });

    it('init_if_needed takes part: the caller\'s own PDA also passed as `other` (2040, caused by own)', async () => {
      const own = pda('own', owner.publicKey);
      await expectDuplicate(() => collect(own, own), 'own', [own]);
    });

    it('init fields come first: a wrong receipt PDA fails with ConstraintSeeds (2006) even with duplicate tallies', async () => {
      const wrong = pda('receipt', Keypair.generate().publicKey);
      const r = await rt.send([pairs.ix('settle', { owner: owner.publicKey, receipt: wrong, from: a, to: a, systemProgram: SYSTEM_PROGRAM_ID }, { amount: new BN(1) })], [owner]);
      expect(errorCode(r)).toBe(2006);
      expect(anchorErrorLine(r.logs)).toBe('Program log: AnchorError caused by account: receipt. Error Code: ConstraintSeeds. Error Number: 2006. Error Message: A seeds constraint was violated.');
    });

    it('an init that succeeds is undone with the rest when the tallies are one account', async () => {
      const receipt = pda('receipt', owner.publicKey);
      await expectDuplicate(
        () => rt.send([pairs.ix('settle', { owner: owner.publicKey, receipt, from: a, to: a, systemProgram: SYSTEM_PROGRAM_ID }, { amount: new BN(1) })], [owner]),
        'to', [a, receipt]);
      expect(await rt.getAccount(receipt)).toBeNull();
    });

    it('the two mutable fields of mirror as one account, beside a read-only one: 2040, caused by second', async () => {
      await expectDuplicate(() => rt.send([pairs.ix('mirror', { source: a, first: b, second: b })]), 'second', [a, b]);
    });

    it('type checks come before: a tally that is not a Tally fails with its own error first (3012)', async () => {
      const missing = Keypair.generate().publicKey;
      const r = await shift(missing, missing);
      expect(errorCode(r)).toBe(3012);
      expect(anchorErrorLine(r.logs)).toBe('Program log: AnchorError caused by account: from. Error Code: AccountNotInitialized. Error Number: 3012. Error Message: The program expected this account to be already initialized.');
    });
  });

  describe('allowed', () => {
    it('two different tallies: shift moves the amount', async () => {
      await collect(b, pda('own', owner.publicKey));
      expect((await shift(a, b)).error).toBeNull();
      expect([await count(a), await count(b)]).toEqual(['2', '12']);
    });

    it('a mutable account repeating a read-only one: mirror with first = source', async () => {
      await collect(b, pda('own', owner.publicKey));
      expect((await shift(a, b)).error).toBeNull();
      expect((await rt.send([pairs.ix('mirror', { source: a, first: a, second: b })])).error).toBeNull();
      expect([await count(a), await count(b)]).toEqual(['2', '2']);
    });

    it('the later mutable field repeating the earlier read-only one (second = source, records out of order)', async () => {
      await collect(b, pda('own', owner.publicKey));
      expect((await shift(a, b)).error).toBeNull();
      expect((await rt.send([pairs.ix('mirror', { source: a, first: b, second: a })])).error).toBeNull();
      expect([await count(a), await count(b)]).toEqual(['2', '2']);
    });

    it('Signer, UncheckedAccount and SystemAccount repeated: one payer twice, one recipient twice', async () => {
      const recipient = Keypair.generate().publicKey;
      const r = await rt.send([pairs.ix('pay', {
        first: owner.publicKey, second: owner.publicKey, target: recipient, other: recipient, systemProgram: SYSTEM_PROGRAM_ID,
      }, { amount: new BN(1_000_000) })], [owner]);
      expect(r.error).toBeNull();
      expect((await rt.getAccount(recipient))!.lamports).toBe(2_000_000n);
    });
  });
});
