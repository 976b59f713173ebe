// The .so `poseidon build` writes in a Poseidon workspace logs its errors where the lib.rs it wrote throws
// them: `AnchorError thrown in programs/<crate folder>/src/lib.rs:<line>`, the line of the `require!` (or
// of the failing conversion) in that one file, as the program `anchor build` makes of the workspace would.
// In: a Poseidon workspace whose crate folder is not the module name. Out: the logs of a failing require
// and a failing conversion on both runtimes, against the lines of the lib.rs on disk.
import anchor, { type Idl } from '@coral-xyz/anchor';
import { Keypair, PublicKey, TransactionInstruction } from '@solana/web3.js';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRuntime, errorCode, RUNTIME_KINDS, type Runtime } from '../../src/runtime/index.js';
import { anchorToml, programCargoToml } from '../interop/support.js';
import { runCli, writeFiles } from './helpers.js';

const GUARD_ID = 'GmaDrppBC7P5ARKV8g3djiwP89vz1jLK23V2GBjuAEGB';
const GUARD_SOURCE = `import { Pubkey, Result, Signer, require, u64 } from "@solanaturbine/poseidon";

export default class GuardProgram {
  static PROGRAM_ID = new Pubkey("${GUARD_ID}");

  check(user: Signer, amount: u64): Result {
    require(amount.lte(10), GuardError.TooLarge);
  }

  narrow(user: Signer, wide: u64): Result {
    console.log("narrowed", wide.toU8());
  }
}

export enum GuardError {
  TooLarge = "Amount is above ten",
}
`;

const dir = mkdtempSync(join(tmpdir(), 'poseidon-origins-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let lib: string[] = [];
let so: Uint8Array;
let coder: anchor.BorshCoder;

beforeAll(async () => {
  writeFiles(dir, {
    'Anchor.toml': anchorToml(`guard_program = "${GUARD_ID}"`),
    'programs/guard-program/Cargo.toml': programCargoToml('guard-program'),
    'ts-programs/src/guardProgram.ts': GUARD_SOURCE,
  });
  const run = await runCli(['build'], dir);
  if (run.code !== 0) throw new Error(run.stderr);
  lib = readFileSync(join(dir, 'programs/guard-program/src/lib.rs'), 'utf8').split('\n');
  so = readFileSync(join(dir, 'target/deploy/guard_program.so'));
  coder = new anchor.BorshCoder(JSON.parse(readFileSync(join(dir, 'target/idl/guard_program.json'), 'utf8')) as Idl);
});

/** The 1-based line of lib.rs holding the only line that matches `pattern`. */
function lineOf(pattern: RegExp): number {
  const found = lib.flatMap((text, i) => (pattern.test(text) ? [i + 1] : []));
  expect(found).toHaveLength(1);
  return found[0];
}

describe.each(RUNTIME_KINDS)('a Poseidon workspace\'s .so on %s: error origins', (kind) => {
  let rt: Runtime;
  const user = Keypair.generate();
  const programId = new PublicKey(GUARD_ID);
  const send = (name: string, args: Record<string, unknown>) => rt.send([new TransactionInstruction({
    programId, keys: [{ pubkey: user.publicKey, isSigner: true, isWritable: false }], data: coder.instruction.encode(name, args),
  })], [user]);

  beforeAll(async () => {
    rt = await createRuntime(kind, { programs: [{ programId, so, name: 'guard_program' }] });
    await rt.airdrop(user.publicKey, 1_000_000_000n);
  });

  it('logs a failing require at the line of its require! in the lib.rs it wrote', async () => {
    const r = await send('check', { amount: new anchor.BN(11) });
    expect(errorCode(r)).toBe(6000);
    expect(r.logs).toContain(`Program log: AnchorError thrown in programs/guard-program/src/lib.rs:${lineOf(/\brequire!\(/)}. `
      + 'Error Code: TooLarge. Error Number: 6000. Error Message: Amount is above ten.');
    expect(errorCode(await send('check', { amount: new anchor.BN(10) }))).toBeNull();
  });

  it('logs a failing conversion at the line of its conversion in the lib.rs it wrote', async () => {
    const r = await send('narrow', { wide: new anchor.BN(256) });
    expect(errorCode(r)).toBe(4102);
    expect(r.logs).toContain(`Program log: AnchorError thrown in programs/guard-program/src/lib.rs:${lineOf(/InvalidNumericConversion/)}. `
      + 'Error Code: InvalidNumericConversion. Error Number: 4102. Error Message: Error during numeric conversion.');
  });
});
