// Programs past the narrow limits of the sBPF backend, generated here and executed on both runtimes.
// Thousands of `require`s put the error origins (`check.rs:<line>`) past 64 KiB of .rodata: the error tables
// switch to 32-bit offsets (errors.ts), and every require still logs its own origin as Anchor does.
import { BN } from '@coral-xyz/anchor';
import { Keypair, PublicKey, TransactionInstruction } from '@solana/web3.js';
import { describe, expect, it } from 'vitest';
import { compileSource } from '../../src/frontend/index.js';
import { emitAnchorWorkspace } from '../../src/backends/anchor/index.js';
import { errorCode } from '../../src/runtime/index.js';
import { createRuntime, RUNTIME_KINDS } from '../support/runtimes.js';
import { sbfOutput } from '../support/sbf.js';

const REQUIRES = 2_000;

function requiresProgram(count: number): string {
  const checks = Array.from({ length: count }, (_, i) => `    require(amount.lt(${count - i}), ManyError.TooLarge);`);
  return `import { Pubkey, Result, Signer, u64, require } from "@solanaturbine/poseidon";

export default class ManyRequiresProgram {
  static PROGRAM_ID = new Pubkey("5NHEBdkKXpSNoDmWt85kZqVNhLrYVxCEwWqXBNUiVMdR");

  check(user: Signer, amount: u64): Result {
${checks.join('\n')}
  }
}

export enum ManyError {
  TooLarge = "Too large",
}
`;
}

const compiled = compileSource('many_requires.ts', requiresProgram(REQUIRES));
if (!compiled.program) throw new Error(JSON.stringify(compiled.diagnostics));
const program = compiled.program;
const so = sbfOutput(program).elf;
const programId = new PublicKey(program.programId);
const discriminator = program.instructions[0]!.discriminator;

/** The origin line number a failing require logs (its line in the Anchor program's instructions/check.rs). */
const ORIGIN = /^Program log: AnchorError thrown in programs\/many_requires_program\/src\/instructions\/check\.rs:(\d+)\. Error Code: TooLarge\. Error Number: 6000\. Error Message: Too large\.$/;

describe.each(RUNTIME_KINDS)(`${REQUIRES} requires in one handler on %s`, (kind) => {
  it('fails each require with 6000 at its own origin line, and passes them all', async () => {
    const user = Keypair.generate();
    const anchorWorkspace = kind === 'native' ? emitAnchorWorkspace(program) : undefined;
    const rt = await createRuntime(kind, { programs: [{ programId, so, name: program.name, anchorWorkspace }] });
    await rt.airdrop(user.publicKey, 1_000_000_000n);
    const call = (amount: number) => rt.send([new TransactionInstruction({
      programId,
      keys: [{ pubkey: user.publicKey, isSigner: true, isWritable: false }],
      data: Buffer.from([...discriminator, ...new BN(amount).toArray('le', 8)]),
    })], [user]);
    const originOf = async (amount: number): Promise<number> => {
      const r = await call(amount);
      expect(errorCode(r)).toBe(6000);
      const line = r.logs.map((l) => ORIGIN.exec(l)).find((m) => m !== null);
      expect(line, r.logs.join('\n')).toBeDefined();
      return Number(line![1]);
    };
    // amount = count - i fails the require at index i (amount < count - i is false), and no earlier one.
    const first = await originOf(REQUIRES);
    const last = await originOf(1);
    expect(last - first).toBe(REQUIRES - 1);
    expect((await call(0)).ok).toBe(true);
    // Natively the test first builds the host of this large program (minutes on a loaded machine).
  }, kind === 'native' ? 1_800_000 : 120_000);
});
