// Malformed calls on both runtimes: every instruction of every test program (and HFMMT), called with too
// few accounts and with instruction data of every length up to its full size + 8, fails with one of
// Anchor's errors and never with a VM fault (an access violation, a budget exhausted by a stray loop).
// With no account at all and well-formed data, Anchor's first field finds none: 3005 AccountNotEnoughKeys.
import { Keypair, PublicKey, TransactionInstruction } from '@solana/web3.js';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { structLookup, type StructLookup } from '../../src/ir/layout.js';
import type { Instruction, Type } from '../../src/ir/types.js';
import { errorCode, type Runtime, type TxResult } from '../../src/runtime/index.js';
import { createRuntime, RUNTIME_KINDS } from '../support/runtimes.js';
import { compileTestProgram, type CompiledProgram } from '../support/compiled.js';

const ROOT = join(import.meta.dirname, '../..');
const FILES = [
  ...readdirSync(join(ROOT, 'tests/programs')).filter((f) => f.endsWith('.ts')).sort(),
  join(ROOT, 'programs/hfmmt.ts'),
];

/** Well-formed argument bytes: zero values, an option as Some(zero), strings and vectors empty. */
function wellFormed(t: Type, structs: StructLookup): number[] {
  switch (t.kind) {
    case 'int': return new Array<number>(Number(t.name.slice(1)) / 8).fill(0);
    case 'bool': return [0];
    case 'pubkey': return new Array<number>(32).fill(0);
    case 'string': case 'vec': return [0, 0, 0, 0];
    case 'array': return Array.from({ length: t.len }, () => wellFormed(t.elem, structs)).flat();
    case 'struct': return structs(t.name).fields.flatMap((f) => wellFormed(f.type, structs));
    case 'option': return [1, ...wellFormed(t.inner, structs)];
  }
}

function fullData(compiled: CompiledProgram, ix: Instruction): Uint8Array {
  const structs = structLookup(compiled.program);
  return Uint8Array.from([...ix.discriminator, ...ix.args.flatMap((a) => wellFormed(a.type, structs))]);
}

/** `count` accounts no program owns, none signing or writable. */
const freshKeys = (count: number) => Array.from({ length: count }, () => ({ pubkey: Keypair.generate().publicKey, isSigner: false, isWritable: false }));

/** What a VM fault looks like on either runtime; Anchor's errors are custom codes logged by the program. */
function expectAnchorFailure(r: TxResult, what: string): void {
  const faulted = r.logs.some((l) => /Access violation|exceeded CUs meter|out of bounds|Program failed to complete/i.test(l));
  expect(faulted, `${what} faulted:\n${r.logs.join('\n')}`).toBe(false);
  expect(typeof errorCode(r), `${what}: ${JSON.stringify(r.error)}\n${r.logs.join('\n')}`).toBe('number');
}

const programs = FILES.map((file) => compileTestProgram(file));

describe.each(RUNTIME_KINDS)('malformed calls on %s', (kind) => {
  let rt: Runtime;

  beforeAll(async () => {
    rt = await createRuntime(kind, {
      programs: programs.map((p) => ({ programId: p.programId, so: p.so, name: p.program.name })),
    });
  });

  const send = (program: PublicKey, keys: ReturnType<typeof freshKeys>, data: Uint8Array) =>
    rt.send([new TransactionInstruction({ programId: program, keys, data: Buffer.from(data) })]);

  describe.each(programs.map((p) => [p.program.name, p] as const))('%s', (_, compiled) => {
    it('fails every instruction called with no account with 3005, and with too few with an Anchor error', async () => {
      for (const ix of compiled.program.instructions.filter((i) => i.accounts.length > 0)) {
        const data = fullData(compiled, ix);
        const none = await send(compiled.programId, [], data);
        expect(errorCode(none), `${ix.name} with no account:\n${none.logs.join('\n')}`).toBe(3005);
        for (let count = 1; count < ix.accounts.length; count++) {
          expectAnchorFailure(await send(compiled.programId, freshKeys(count), data), `${ix.name} with ${count} accounts`);
        }
      }
    });

    it('fails every instruction called with data of every length up to its full size + 8 with an Anchor error', async () => {
      for (const ix of compiled.program.instructions) {
        const full = fullData(compiled, ix);
        for (let length = 0; length <= full.length + 8; length++) {
          const data = new Uint8Array(length);
          data.set(full.subarray(0, Math.min(length, full.length)));
          const r = await send(compiled.programId, freshKeys(ix.accounts.length), data);
          if (r.ok) continue; // an instruction of unchecked accounts may well succeed
          expectAnchorFailure(r, `${ix.name} with ${length} data bytes`);
          // Without all 8 bytes of a discriminator there is no instruction (101; 100 before Anchor 0.31).
          if (length < 8) expect(errorCode(r)).toBe(101);
        }
      }
    });
  });
});
