// ProgramData accounts, on both runtimes: tests/programs/upgradeauthority.ts, deployed through the BPF upgradeable
// loader (the runtime's payer becomes its upgrade authority), lets only that authority configure it. Anchor's
// `Account<'info, ProgramData>` checks in its order: 3007 for an account the loader does not own, 3013 for a loader
// account that is not ProgramData, then the seeds (2006) for another ProgramData; reads of the upgrade authority
// (the zero key once the program is immutable, though the loader leaves the old key's bytes behind) and the slot.
import anchor from '@coral-xyz/anchor';
import { createHash } from 'node:crypto';
import { Keypair, PublicKey, TransactionInstruction } from '@solana/web3.js';
import { beforeEach, describe, expect, it } from 'vitest';
import { ANCHOR_ERRORS } from '../../src/ir/errors.js';
import { errorCode, type Runtime } from '../../src/runtime/index.js';
import { createRuntime, deployUpgradeable, RUNTIME_KINDS } from '../support/runtimes.js';
import { LOADER_ID, programDataAddress } from '../../src/deploy/loader.js';
import { compileTestProgram, SYSTEM_PROGRAM_ID } from '../support/compiled.js';

const { BN } = anchor;
const program = compileTestProgram('upgradeauthority.ts');
const programKeypair = Keypair.fromSeed(createHash('sha256').update('poseidon-sbf test program: upgradeauthority').digest());
const programData = programDataAddress(program.programId);
const settings = PublicKey.findProgramAddressSync([Buffer.from('settings')], program.programId)[0];

describe.each(RUNTIME_KINDS)('ProgramData accounts on %s', (kind) => {
  let rt: Runtime;
  let stranger: Keypair;
  const configure = (admin: Keypair, data: PublicKey = programData) => rt.send([program.ix('configure', {
    admin: admin.publicKey, programData: data, settings, systemProgram: SYSTEM_PROGRAM_ID,
  }, { fee: new BN(25) })], admin === rt.payer ? [] : [admin]);

  beforeEach(async () => {
    rt = await createRuntime(kind, { programs: [] }, [{ programId: program.programId, so: program.so }]);
    await deployUpgradeable(rt, program.so, programKeypair);
    stranger = Keypair.generate();
    await rt.airdrop(stranger.publicKey, 1_000_000_000n);
  });

  it('the upgrade authority configures, reading its key and the deployment slot from ProgramData', async () => {
    const slot = Buffer.from((await rt.getAccount(programData))!.data).readBigUInt64LE(4);

    const r = await configure(rt.payer);

    expect(r.error).toBeNull();
    expect(r.logs).toContain(`Program log: configured by ${rt.payer.publicKey.toBase58()} at slot ${slot}`);
    const state = program.decode<Record<string, { toString(): string }>>('Settings', (await rt.getAccount(settings))!.data);
    expect([String(state.fee), String(state.deployed_slot)]).toEqual(['25', slot.toString()]);
  });

  it('anyone else fails with the program\'s error, and nothing is created', async () => {
    const r = await configure(stranger);
    expect(errorCode(r)).toBe(6000);
    expect(await rt.getAccount(settings)).toBeNull();
  });

  it('an account the loader does not own fails with AccountOwnedByWrongProgram (3007)', async () => {
    expect(errorCode(await configure(rt.payer, stranger.publicKey))).toBe(ANCHOR_ERRORS.AccountOwnedByWrongProgram.code);
  });

  // Not on native: there the program is a builtin, its account the native loader's, so Anchor stops at the
  // owner (3007); only the ProgramData account a deployment leaves is mirrored (differential-runtime.ts).
  it.skipIf(kind === 'native')('the program account itself, a loader account but not ProgramData, fails with AccountNotProgramData (3013)', async () => {
    expect(errorCode(await configure(rt.payer, program.programId))).toBe(ANCHOR_ERRORS.AccountNotProgramData.code);
  });

  it('a ProgramData at another address fails with seeds (2006)', async () => {
    const elsewhere = Keypair.generate().publicKey;
    await rt.setAccount(elsewhere, (await rt.getAccount(programData))!);
    expect(errorCode(await configure(rt.payer, elsewhere))).toBe(ANCHOR_ERRORS.ConstraintSeeds.code);
  });

  it('once the program is immutable its upgrade authority reads as the zero key, so nobody configures it', async () => {
    // The loader's SetAuthority (tag 4) without a new authority; the old key's bytes stay in the account.
    const r = await rt.send([new TransactionInstruction({
      programId: LOADER_ID,
      keys: [{ pubkey: programData, isSigner: false, isWritable: true }, { pubkey: rt.payer.publicKey, isSigner: true, isWritable: false }],
      data: Buffer.from([4, 0, 0, 0]),
    })]);
    expect(r.error).toBeNull();
    const data = Buffer.from((await rt.getAccount(programData))!.data);
    expect([data[12], new PublicKey(data.subarray(13, 45)).equals(rt.payer.publicKey)]).toEqual([0, true]);

    expect(errorCode(await configure(rt.payer))).toBe(6000);
  });
});
