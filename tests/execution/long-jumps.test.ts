// Programs whose jumps reach past the 16-bit offset of sBPF v0 (more than 32,767 instructions), generated
// here and executed on the test runtimes (tests/support/runtimes.ts; natively their Anchor Rust is compared
// with the .so): the assembler relaxes those jumps through islands (relax.ts).
// - one handler with 2,500 and one with 5,000 `require`s, each require a few checked operations (about 18 and
//   20 instructions with its exit): the first requires jump to their error exits tens of thousands of
//   instructions ahead, and the entrypoint's program-id check to its exit past the whole handler;
// - 600 instructions, each logging two computed values: the dispatch jumps to the last handlers are far.
import { BN } from '@coral-xyz/anchor';
import { Keypair, PublicKey, TransactionInstruction } from '@solana/web3.js';
import { describe, expect, it } from 'vitest';
import { emitAnchorWorkspace, errorOrigins } from '../../src/backends/anchor/index.js';
import { compileSource } from '../../src/frontend/index.js';
import type { Program } from '../../src/ir/types.js';
import { anchorErrorLine, errorCode } from '../../src/runtime/index.js';
import { createRuntime, RUNTIME_KINDS } from '../support/runtimes.js';
import { sbfOutput } from '../support/sbf.js';

const PROGRAM_ID = '5NHEBdkKXpSNoDmWt85kZqVNhLrYVxCEwWqXBNUiVMdR';

function compiled(file: string, source: string): { program: Program; so: Uint8Array; slots: number; islands: number } {
  const result = compileSource(file, source);
  if (!result.program) throw new Error(JSON.stringify(result.diagnostics));
  const { elf, listing } = sbfOutput(result.program);
  const slots = Number(/\.text (\d+) slots/.exec(listing)![1]);
  return { program: result.program, so: elf, slots, islands: listing.match(/; far-jump island/g)?.length ?? 0 };
}

// Require i passes while 6·amount + 4·(i + 1) < LIMIT: with LIMIT = 6·BASE + 4·count, amount = BASE fails
// the last require alone, BASE - 1 passes them all, and BASE + count fails the first.
const BASE = 1000;

function requiresSource(count: number): string {
  const limit = 6 * BASE + 4 * count;
  const checks = Array.from({ length: count }, (_, i) =>
    `    require(amount.add(new u64(${i + 1})).mul(new u64(3)).sub(new u64(${i + 1})).mul(new u64(2)).lt(new u64(${limit})), ManyError.TooLarge);`);
  return `import { Pubkey, Result, Signer, u64, require } from "@solanaturbine/poseidon";

export default class ManyRequiresProgram {
  static PROGRAM_ID = new Pubkey("${PROGRAM_ID}");

  check(user: Signer, amount: u64): Result {
${checks.join('\n')}
  }
}

export enum ManyError {
  TooLarge = "Too large",
}
`;
}

const INSTRUCTIONS = 600;

function instructionsSource(count: number): string {
  const handlers = Array.from({ length: count }, (_, i) =>
    `  op${i}(user: Signer, value: u64): Result {\n    console.log("op${i}", value.add(new u64(${i})), value.mul(new u64(${i + 2})));\n  }`);
  return `import { Pubkey, Result, Signer, u64 } from "@solanaturbine/poseidon";

export default class ManyInstructionsProgram {
  static PROGRAM_ID = new Pubkey("${PROGRAM_ID}");

${handlers.join('\n\n')}
}
`;
}

const programId = new PublicKey(PROGRAM_ID);

function call(program: Program, index: number, value: number, user: Keypair): TransactionInstruction {
  return new TransactionInstruction({
    programId,
    keys: [{ pubkey: user.publicKey, isSigner: true, isWritable: false }],
    data: Buffer.from([...program.instructions[index]!.discriminator, ...new BN(value).toArray('le', 8)]),
  });
}

describe.each([2_500, 5_000])('%i requires in one handler', (count) => {
  const { program, so, slots, islands } = compiled('many_requires.ts', requiresSource(count));
  const requires = program.instructions[0]!.body;
  const origins = errorOrigins(program);
  const line = (i: number) => `Program log: AnchorError thrown in ${origins.get(requires[i]!)}. Error Code: TooLarge. `
    + 'Error Number: 6000. Error Message: Too large.';

  it('needs relaxed jumps', () => {
    expect(requires).toHaveLength(count);
    expect(slots).toBeGreaterThan(0x8000);
    expect(islands).toBeGreaterThan(0);
  });

  describe.each(RUNTIME_KINDS)('on %s', (kind) => {
    it('fails the last and the first require at their own origin with 6000, and passes them all', async () => {
      const user = Keypair.generate();
      const rt = await createRuntime(kind, { programs: [{ programId, so, name: program.name, anchorWorkspace: emitAnchorWorkspace(program) }] });
      await rt.airdrop(user.publicKey, 1_000_000_000n);
      const last = await rt.send([call(program, 0, BASE, user)], [user]);
      expect(errorCode(last)).toBe(6000);
      expect(anchorErrorLine(last.logs)).toBe(line(count - 1));
      const first = await rt.send([call(program, 0, BASE + count, user)], [user]);
      expect(errorCode(first)).toBe(6000);
      expect(anchorErrorLine(first.logs)).toBe(line(0));
      const all = await rt.send([call(program, 0, BASE - 1, user)], [user]);
      expect(all.ok, all.logs.join('\n')).toBe(true);
      expect(all.logs).toContain('Program log: Instruction: Check');
    });
  });
});

describe(`${INSTRUCTIONS} instructions`, () => {
  const { program, so, slots, islands } = compiled('many_instructions.ts', instructionsSource(INSTRUCTIONS));

  it('needs relaxed jumps', () => {
    expect(program.instructions).toHaveLength(INSTRUCTIONS);
    expect(slots).toBeGreaterThan(0x8000);
    expect(islands).toBeGreaterThan(0);
  });

  describe.each(RUNTIME_KINDS)('on %s', (kind) => {
    it('dispatches the first, a middle and the last instruction to their own handler', async () => {
      const user = Keypair.generate();
      const rt = await createRuntime(kind, { programs: [{ programId, so, name: program.name, anchorWorkspace: emitAnchorWorkspace(program) }] });
      await rt.airdrop(user.publicKey, 1_000_000_000n);
      for (const i of [0, INSTRUCTIONS / 2, INSTRUCTIONS - 1]) {
        const r = await rt.send([call(program, i, 1_000, user)], [user]);
        expect(r.ok, r.logs.join('\n')).toBe(true);
        const logged = r.logs.filter((l) => l.startsWith('Program log: '));
        expect(logged).toEqual([`Program log: Instruction: Op${i}`, `Program log: op${i} ${1_000 + i} ${1_000 * (i + 2)}`]);
      }
      const unknown = await rt.send([new TransactionInstruction({
        programId, keys: [{ pubkey: user.publicKey, isSigner: true, isWritable: false }], data: Buffer.alloc(16, 0xff),
      })], [user]);
      expect(errorCode(unknown)).toBe(101);
    });
  });
});
