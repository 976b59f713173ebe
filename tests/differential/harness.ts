// Runs generated cases as a real program: DSL source → front end → sBPF `.so` → a runtime (litesvm,
// bankrun, or native: the Anchor Rust of the same program, compared with the `.so` on every call). In: a batch of cases with their parameter values. Out: what the program did (the stored value
// or the error code), compared with the reference outcome; each disagreement as a readable repro.
import { PublicKey, TransactionInstruction } from '@solana/web3.js';
import { compileSource } from '../../src/frontend/index.js';
import { sbfOutput } from '../support/sbf.js';
import { formatDiagnostic } from '../../src/diagnostics/format.js';
import { errorCode, type Runtime, type RuntimeKind } from '../../src/runtime/index.js';
import { emitAnchorWorkspace } from '../../src/backends/anchor/index.js';
import { createRuntime } from '../support/runtimes.js';
import type { Program } from '../../src/ir/types.js';
import { isSigned } from '../../src/ir/types.js';
import { instructionName, lowerCase, outField, printInstruction, printProgram, type PrintedCase } from './printer.js';
import { byteSize, type IntName } from './tree.js';
import { evaluateCase, type Outcome } from './reference.js';
import type { GeneratedCase } from './generate.js';

/** Any valid key works: the program only checks that it runs under the id it declares. */
const PROGRAM_ID = new PublicKey(new Uint8Array(32).fill(7));
const OUT = new PublicKey(new Uint8Array(32).fill(9));
const OUT_LAMPORTS = 10_000_000n;

export interface CompiledBatch {
  source: string;
  program: Program;
  so: Uint8Array;
  cases: readonly PrintedCase[];
}

/** Both runtimes run the same programs: compile each source once. */
const compiled = new Map<string, CompiledBatch>();

/** Compiles one program for the cases; a diagnostic or a code generator refusal is a test failure. */
export function compileBatch(cases: readonly PrintedCase[]): CompiledBatch {
  const source = printProgram(cases, PROGRAM_ID.toBase58());
  const hit = compiled.get(source);
  if (hit) return hit;
  const batch = compileFresh(source, cases);
  compiled.set(source, batch);
  return batch;
}

function compileFresh(source: string, cases: readonly PrintedCase[]): CompiledBatch {
  const result = compileSource('differential.ts', source);
  if (!result.program) {
    throw new Error(`the front end refused a generated program:\n${result.diagnostics.map((d) => formatDiagnostic(d)).join('\n')}\n${source}`);
  }
  try {
    return { source, program: result.program, so: sbfOutput(result.program).elf, cases };
  } catch (e) {
    throw new Error(`the sBPF backend refused a generated program: ${(e as Error).message}\n${source}`);
  }
}

export type Observed = { ok: true; value: bigint } | { ok: false; error: number | string | null; logs: string[] };

export class BatchRunner {
  private constructor(
    private readonly rt: Runtime,
    private readonly batch: CompiledBatch,
    /** Out's data before each case: the discriminator, then a pattern a missing or partial store cannot match. */
    private readonly blank: Uint8Array,
  ) {}

  static async start(kind: RuntimeKind, batch: CompiledBatch): Promise<BatchRunner> {
    const out = batch.program.stateAccounts.find((s) => s.name === 'Out');
    if (!out) throw new Error('internal: the generated program has no Out account');
    const blank = Uint8Array.from({ length: 8 + out.initSpace }, (_, i) => (i * 37 + 11) & 0xff);
    blank.set(out.discriminator);
    const anchorWorkspace = kind === 'native' ? emitAnchorWorkspace(batch.program) : undefined;
    const rt = await createRuntime(kind, { programs: [{ programId: PROGRAM_ID, so: batch.so, name: 'differential', anchorWorkspace }] });
    return new BatchRunner(rt, batch, blank);
  }

  /** Runs case `index` once with `values` (one per parameter); the result type says which field to read. */
  async run(index: number, values: readonly bigint[], resultType: IntName): Promise<Observed> {
    const c = this.batch.cases[index];
    const ix = this.batch.program.instructions[index];
    if (ix.name !== instructionName(index) || ix.args.length !== c.params.length) throw new Error(`internal: instruction ${index} does not match its case`);
    const data = [...ix.discriminator, ...c.params.flatMap((p, i) => littleEndian(values[i], byteSize(p.type)))];
    await this.rt.setAccount(OUT, { lamports: OUT_LAMPORTS, data: this.blank, owner: PROGRAM_ID });
    const keys = [{ pubkey: OUT, isSigner: false, isWritable: true }];
    const result = await this.rt.send([new TransactionInstruction({ programId: PROGRAM_ID, keys, data: Buffer.from(data) })]);
    if (!result.ok) return { ok: false, error: errorCode(result), logs: result.logs };
    const after = (await this.rt.getAccount(OUT))!.data;
    const { offset, size } = outField(resultType);
    const untouched = after.every((b, i) => (i >= offset && i < offset + size) || b === this.blank[i]);
    if (!untouched) return { ok: false, error: 'wrote outside its field', logs: result.logs };
    return { ok: true, value: fromLittleEndian(after.subarray(offset, offset + size), isSigned(resultType)) };
  }
}

/**
 * Every case of a batch in one program, every value set in one transaction, each compared with the
 * reference. Out: the disagreements as repros (empty when the program agrees everywhere). `lower` prints
 * a case (printer.ts: with locals where a tree needs more registers than there are, or whole).
 */
export async function checkBatch(kind: RuntimeKind, batch: readonly GeneratedCase[], lower = lowerCase): Promise<string[]> {
  const printed = batch.map((c) => lower(c.tree));
  const runner = await BatchRunner.start(kind, compileBatch(printed));
  const problems: string[] = [];
  for (const [index, c] of batch.entries()) {
    for (const values of c.valueSets) {
      const expected = evaluateCase(printed[index].body, new Map(printed[index].params.map((p, i) => [p.name, values[i]])));
      const problem = disagreement(expected, await runner.run(index, values, c.tree.type));
      if (problem) problems.push(describeCase(printed[index], index, values, problem));
    }
  }
  return problems;
}

/** null when the program did what the reference says; otherwise a description of both. */
export function disagreement(expected: Outcome, observed: Observed): string | null {
  if (expected.ok && observed.ok && expected.value === observed.value) return null;
  if (!expected.ok && !observed.ok && expected.error === observed.error) return null;
  const want = expected.ok ? `stores ${expected.value}` : `fails with ${expected.error}`;
  const got = observed.ok ? `stored ${observed.value}` : `failed with ${observed.error}\n    ${observed.logs.slice(-3).join('\n    ')}`;
  return `expected: ${want}\n  sBPF:     ${got}`;
}

/** A case, its values and the disagreement, as a repro a person can paste into a DSL program. */
export function describeCase(c: PrintedCase, index: number, values: readonly bigint[], problem: string): string {
  const args = c.params.map((p, i) => `${p.name} = ${values[i]}`).join(', ');
  return [...printInstruction(c, index), `  with ${args || 'no parameters'}`, `  ${problem}`].join('\n');
}

function littleEndian(v: bigint, size: number): number[] {
  let u = BigInt.asUintN(size * 8, v);
  return Array.from({ length: size }, () => {
    const b = Number(u & 0xffn);
    u >>= 8n;
    return b;
  });
}

function fromLittleEndian(bytes: Uint8Array, signed: boolean): bigint {
  let u = 0n;
  for (let i = bytes.length - 1; i >= 0; i--) u = (u << 8n) | BigInt(bytes[i]);
  return signed ? BigInt.asIntN(bytes.length * 8, u) : u;
}
