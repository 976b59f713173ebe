// The programs the fuzz test found failing (tests/fuzz/cases/*.ts), built and run on both runtimes: each used to
// stop the sBPF build with an internal error, or build a program that skipped an instruction.
import { BN } from '@coral-xyz/anchor';
import { EventParser } from '@coral-xyz/anchor';
import { Keypair, PublicKey } from '@solana/web3.js';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Runtime } from '../../src/runtime/index.js';
import { createRuntime, RUNTIME_KINDS } from '../support/runtimes.js';
import { compileTestProgram, SYSTEM_PROGRAM_ID } from '../support/compiled.js';

const CASES = join(import.meta.dirname, 'cases');
const orTrue = compileTestProgram(join(CASES, 'ortrue.ts'));
const sharedCold = compileTestProgram(join(CASES, 'sharedcold.ts'));

describe.each(RUNTIME_KINDS)('fuzz regressions on %s', (kind) => {
  let rt: Runtime;
  let owner: Keypair;

  beforeEach(async () => {
    rt = await createRuntime(kind, {
      programs: [
        { programId: orTrue.programId, so: orTrue.so, name: 'or_true_program' },
        { programId: sharedCold.programId, so: sharedCold.so, name: 'shared_cold_program' },
      ],
    });
    owner = Keypair.generate();
    await rt.airdrop(owner.publicKey, 1_000_000_000n);
  });

  it('`key.eq(other) || true` runs the whole branch, whichever key `other` is', async () => {
    const [tally] = PublicKey.findProgramAddressSync([Buffer.from('tally'), owner.publicKey.toBuffer()], orTrue.programId);
    expect((await rt.send([orTrue.ix('open', { owner: owner.publicKey, tally, systemProgram: SYSTEM_PROGRAM_ID })], [owner])).error).toBeNull();
    for (const [other, value] of [[Keypair.generate().publicKey, 41n], [owner.publicKey, 42n]] as const) {
      const r = await rt.send([orTrue.ix('mark', { owner: owner.publicKey, tally }, { other, value: new BN(value.toString()) })], [owner]);
      expect(r.error).toBeNull();
      const t = orTrue.decode<{ count: BN; last: PublicKey }>('Tally', (await rt.getAccount(tally))!.data);
      expect([t.count.toString(), t.last.toBase58()]).toEqual([value.toString(), other.toBase58()]);
    }
  });

  it('a helper emitting a string event, called from a handler whose state holds a vector, logs it and returns', async () => {
    const [list] = PublicKey.findProgramAddressSync([Buffer.from('list'), owner.publicKey.toBuffer()], sharedCold.programId);
    expect((await rt.send([sharedCold.ix('open', { owner: owner.publicKey, list, systemProgram: SYSTEM_PROGRAM_ID })], [owner])).error).toBeNull();
    const r = await rt.send([sharedCold.ix('note', { owner: owner.publicKey, list }, { n: new BN(7) })], [owner]);
    expect(r.error).toBeNull();
    const [event] = [...new EventParser(sharedCold.programId, sharedCold.coder).parseLogs(r.logs)];
    expect(event?.name).toBe('Noted');
    expect([event?.data.text, (event?.data.n as BN).toString()]).toEqual(['seen', '7']);
    const l = sharedCold.decode<{ count: BN }>('List', (await rt.getAccount(list))!.data);
    expect(l.count.toString()).toBe('7');
  });
});
