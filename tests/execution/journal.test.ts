// Journal executed on both runtimes: PDA seeds from a u64 argument and from a stored field, strings,
// and `close`: lamports back to the owner, the account gone, and revival attempts refused.
import anchor from '@coral-xyz/anchor';
import { Keypair, PublicKey } from '@solana/web3.js';
import { beforeEach, describe, expect, it } from 'vitest';
import { errorCode, type Runtime } from '../../src/runtime/index.js';
import { createRuntime, RUNTIME_KINDS } from '../support/runtimes.js';
import { compileTestProgram, SYSTEM_PROGRAM_ID } from '../support/compiled.js';

const { BN } = anchor;
const journal = compileTestProgram('journal.ts');

describe.each(RUNTIME_KINDS)('journal on %s', (kind) => {
  let rt: Runtime;
  let owner: Keypair;
  const entryOf = (id: bigint) => {
    const le = Buffer.alloc(8);
    le.writeBigUInt64LE(id);
    return PublicKey.findProgramAddressSync([Buffer.from('entry'), owner.publicKey.toBuffer(), le], journal.programId)[0];
  };

  beforeEach(async () => {
    rt = await createRuntime(kind, { programs: [{ programId: journal.programId, so: journal.so, name: 'journal_program' }] });
    owner = Keypair.generate();
    await rt.airdrop(owner.publicKey, 1_000_000_000n);
  });

  const create = (id: bigint, title: string, message: string, entry = entryOf(id)) =>
    rt.send([journal.ix('createEntry', { owner: owner.publicKey, entry, systemProgram: SYSTEM_PROGRAM_ID }, { id: new BN(id.toString()), title, message })], [owner]);

  it('rejects an entry address derived from another id with ConstraintSeeds (2006)', async () => {
    expect(errorCode(await create(7n, 't', 'm', entryOf(8n)))).toBe(2006);
  });

  it('creates, updates and reads back an entry keyed by a u64 argument', async () => {
    expect((await create(7n, 'day one', 'hello')).error).toBeNull();
    const r = await rt.send([journal.ix('updateEntry', { owner: owner.publicKey, entry: entryOf(7n) }, { message: 'hello again' })], [owner]);
    expect(r.error).toBeNull();
    const e = journal.decode<{ id: { toString(): string }; title: string; message: string }>('JournalEntry', (await rt.getAccount(entryOf(7n)))!.data);
    expect([e.id.toString(), e.title, e.message]).toEqual(['7', 'day one', 'hello again']);
  });

  it('closes an entry: lamports return to the owner and the account no longer exists', async () => {
    await create(1n, 'a', 'b');
    const entry = entryOf(1n);
    const rent = (await rt.getAccount(entry))!.lamports;
    const before = (await rt.getAccount(owner.publicKey))!.lamports;
    const r = await rt.send([journal.ix('deleteEntry', { owner: owner.publicKey, entry })], [owner]);
    expect(r.error).toBeNull();
    expect(await rt.getAccount(entry)).toBeNull();
    expect((await rt.getAccount(owner.publicKey))!.lamports).toBe(before + rent); // the fee payer is the runtime payer
  });

  it('refuses to use a closed entry (3012) and lets it be created again from scratch', async () => {
    await create(1n, 'a', 'b');
    await rt.send([journal.ix('deleteEntry', { owner: owner.publicKey, entry: entryOf(1n) })], [owner]);
    const r = await rt.send([journal.ix('updateEntry', { owner: owner.publicKey, entry: entryOf(1n) }, { message: 'revived?' })], [owner]);
    expect(errorCode(r)).toBe(3012);
    expect((await create(1n, 'new', 'start')).error).toBeNull();
  });
});
