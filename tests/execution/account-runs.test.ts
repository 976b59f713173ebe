// Runs of state accounts counted once (accounts.ts): with too few accounts passed, the missing ones get a
// sentinel record whose owner check fails, and that failure tells 3005 from a wrong owner. Called as
// Anchor's program would be: each present account still checked first, the first missing one named.
// Ten `Account<Data>` (tests/bench/workloads/accounts.ts), on both runtimes.
import { Keypair, PublicKey, TransactionInstruction } from '@solana/web3.js';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { errorCode, type Runtime, type TxResult } from '../../src/runtime/index.js';
import { createRuntime, RUNTIME_KINDS } from '../support/runtimes.js';
import { compileTestProgram } from '../support/compiled.js';

const compiled = compileTestProgram(join(import.meta.dirname, '../bench/workloads/accounts.ts'));
const data = compiled.program.stateAccounts.find((s) => s.name === 'Data')!;
const discriminator = compiled.program.instructions[0]!.discriminator;

const causedBy = (r: TxResult, account: string, name: string, code: number) => {
  expect(errorCode(r), r.logs.join('\n')).toBe(code);
  expect(r.logs.some((l) => l.startsWith(`Program log: AnchorError caused by account: ${account}. Error Code: ${name}. Error Number: ${code}.`)), r.logs.join('\n')).toBe(true);
};

describe.each(RUNTIME_KINDS)('a run of ten state accounts on %s', (kind) => {
  let rt: Runtime;
  const good = Keypair.generate().publicKey;
  const foreign = Keypair.generate().publicKey;

  beforeAll(async () => {
    rt = await createRuntime(kind, { programs: [{ programId: compiled.programId, so: compiled.so, name: compiled.program.name }] });
    const bytes = Uint8Array.from([...data.discriminator, 7]);
    const lamports = await rt.minimumBalance(bytes.length);
    await rt.setAccount(good, { lamports, data: bytes, owner: compiled.programId });
    await rt.setAccount(foreign, { lamports, data: bytes, owner: Keypair.generate().publicKey });
  });

  const call = (keys: PublicKey[]) => rt.send([new TransactionInstruction({
    programId: compiled.programId,
    keys: keys.map((pubkey) => ({ pubkey, isSigner: false, isWritable: false })),
    data: Buffer.from(discriminator),
  })]);

  it('fails with 3005 naming the first missing account, for every count from 0 to 9', async () => {
    for (let count = 0; count < 10; count++) {
      causedBy(await call(new Array<PublicKey>(count).fill(good)), `account${count + 1}`, 'AccountNotEnoughKeys', 3005);
    }
  });

  it('checks the accounts present before counting: a wrong owner among too few accounts is 3007', async () => {
    causedBy(await call([good, good, good, foreign]), 'account4', 'AccountOwnedByWrongProgram', 3007);
    causedBy(await call([foreign]), 'account1', 'AccountOwnedByWrongProgram', 3007);
  });

  it('succeeds with all ten', async () => {
    expect((await call(new Array<PublicKey>(10).fill(good))).ok).toBe(true);
  });
});
