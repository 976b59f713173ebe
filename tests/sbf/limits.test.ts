// The sBPF limits check against the code generator it guards: its stack bound is never below the frame
// code generation plans (over every test program, HFMMT, and handlers that spill, log, emit and call with
// large values, and far below it when a long event or log line is built in the heap), and its heap, heap
// scratch and error-line limits are exact: a program at the limit compiles, one byte more is refused with
// the limit's code.
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { errorOrigins } from '../../src/backends/anchor/index.js';
import { emitSbf } from '../../src/backends/sbf/index.js';
import { StackFrame } from '../../src/backends/sbf/codegen/frame.js';
import { frameBounds } from '../../src/backends/sbf/limits/stack.js';
import { FRAME_SIZE } from '../../src/backends/sbf/codegen/layout.js';
import { formatDiagnostic } from '../../src/diagnostics/format.js';
import { compileSource } from '../../src/frontend/index.js';
import type { Program } from '../../src/ir/types.js';
import { buildSbf } from '../../src/pipeline/sbf.js';
import { batchOf } from '../differential/generate.js';
import { lowerCaseWhole, printProgram } from '../differential/printer.js';

const ID = '6yCvVh8dSZ97WsmUmituH6NKMcwWEbhs6bbxt41fsvM3';
const ROOT = join(import.meta.dirname, '../..');

function compile(name: string, source: string): Program {
  const { program, diagnostics } = compileSource(name, source);
  if (!program) throw new Error(diagnostics.map((d) => formatDiagnostic(d)).join('\n'));
  return program;
}

/** The most any frame code generation planned for `program` (every StackFrame it allocated in). */
function plannedStack(program: Program): number {
  const frames = new Set<StackFrame>();
  const alloc = StackFrame.prototype.alloc;
  const spy = vi.spyOn(StackFrame.prototype, 'alloc').mockImplementation(function (this: StackFrame, size: number, align?: number) {
    frames.add(this);
    return alloc.call(this, size, align);
  });
  try {
    emitSbf(program, errorOrigins(program));
  } finally {
    spy.mockRestore();
  }
  return Math.max(...[...frames].map((f) => f.peakBytes));
}

const bound = (program: Program): number => Math.max(...frameBounds(program).map((f) => f.bytes));

/** Handlers near the frame's size: long log lines, a large event, struct values through a helper's block, i128 math. */
// Strings are views (8 bytes): the frames fill with keys, which logs, events and struct values hold whole.
const keyList = (n: number, of: (i: number) => string) => Array.from({ length: n }, (_, i) => of(i)).join(' ');
const HEAVY = [
  // the helper it calls logs too, so the line stays on the stack (the heap scratch would be shared)
  `function shown(n: i128): i128 {
  console.log("shown", n);
  return n;
}
export default class Logs {
  static PROGRAM_ID = new Pubkey("${ID}");
  show(note: Note, n: i128): Result {
    console.log("note", ${keyList(48, () => 'note.owner,')} n, n.mul(n).div(n.sub(3)), shown(n));
  }
}
export interface Note extends Account { owner: Pubkey; text: Str<1200>; }`,
  // as above: the helper logs, so the event's image stays on the stack
  `function shown(x: u128): u128 {
  console.log("shown", x);
  return x;
}
export default class Events {
  static PROGRAM_ID = new Pubkey("${ID}");
  publish(note: Note, x: u128): Result {
    emit<Published>({ text: note.text, size: shown(x.mul(x).div(x.add(1))), again: note.text, ${keyList(70, (i) => `k${i}: note.owner,`)} });
  }
}
export interface Note extends Account { owner: Pubkey; text: Str<1500>; }
export interface Published extends Event { text: Str<1500>; size: u128; again: Str<1500>; ${keyList(70, (i) => `k${i}: Pubkey;`)} }`,
  `function area(parcel: Parcel, scale: i128): i128 {
  const w = parcel.w.toI128().mul(scale);
  return w.mul(parcel.h.toI128()).mod(scale.add(7));
}
export default class Parcels {
  static PROGRAM_ID = new Pubkey("${ID}");
  measure(shelf: Shelf, parcel: Parcel, scale: i128): Result {
    let a = area(parcel, scale);
    if (a.gt(0)) {
      const b = area(shelf.parcel, scale.mul(a));
      a = a.add(b.mulDiv(scale, a));
    }
    shelf.total = a;
  }
}
export interface Parcel { w: u64; h: u64; label: Str<900>; ${keyList(30, (i) => `k${i}: Pubkey;`)} }
export interface Shelf extends Account { parcel: Parcel; total: i128; }`,
].map((body) => `import { Account, Event, Pubkey, Result, Str, emit, i128, u64, u128 } from "@solanaturbine/poseidon";\n${body}\n`);

// The first compile loads the TypeScript compiler; HFMMT is large.
describe('the stack bound of the sBPF limits check', { timeout: 60_000 }, () => {
  it('holds every frame of the test programs and HFMMT', () => {
    const files = [
      ...readdirSync(join(ROOT, 'tests/programs')).filter((f) => f.endsWith('.ts')).map((f) => join(ROOT, 'tests/programs', f)),
      join(ROOT, 'programs/hfmmt.ts'),
    ];
    for (const file of files) {
      const program = compile(file, readFileSync(file, 'utf8'));
      const [planned, bounded] = [plannedStack(program), bound(program)];
      expect([file, planned <= bounded]).toEqual([file, true]);
      expect(bounded).toBeLessThanOrEqual(FRAME_SIZE);
    }
  });

  it('holds handlers that log, emit, pass structs to helpers and compute in i128, near the frame size', () => {
    for (const [i, source] of HEAVY.entries()) {
      const program = compile(`heavy${i}.ts`, source);
      const [planned, bounded] = [plannedStack(program), bound(program)];
      expect(planned).toBeLessThanOrEqual(bounded);
      expect(bounded).toBeLessThanOrEqual(FRAME_SIZE);
      expect(planned).toBeGreaterThan(FRAME_SIZE / 2);
    }
  });

  it('holds handlers that build 1,000-field events (with and without strings) and a 300-value log line in the heap, far below the frame size', () => {
    const program = compile('wide.ts', `import { Event, Pubkey, Result, Signer, Str, emit, u64 } from "@solanaturbine/poseidon";
export default class Wide {
  static PROGRAM_ID = new Pubkey("${ID}");
  publish(owner: Signer, a: u64): Result {
    emit<Published>({ ${keyList(1000, (i) => `f${i}: a.add(${i}),`)} });
  }
  shout(owner: Signer, a: u64): Result {
    console.log("values", ${keyList(300, () => 'owner.key, a,')} a);
  }
  note(owner: Signer, t: Str<8>, a: u64): Result {
    emit<Noted>({ ${keyList(1000, (i) => (i % 2 === 0 ? `n${i}: t,` : `n${i}: a.add(${i}),`))} });
  }
}
export interface Published extends Event { ${keyList(1000, (i) => `f${i}: u64;`)} }
export interface Noted extends Event { ${keyList(1000, (i) => (i % 2 === 0 ? `n${i}: Str<8>;` : `n${i}: u64;`))} }
`);
    const [planned, bounded] = [plannedStack(program), bound(program)];
    expect(planned).toBeLessThanOrEqual(bounded);
    expect(bounded).toBeLessThan(FRAME_SIZE / 2);
  });

  it('holds a handler that logs a line holding strings of 1,000 values, their slots in the heap', () => {
    const program = compile('said.ts', `import { Pubkey, Result, Signer, Str, u64, u128 } from "@solanaturbine/poseidon";
export default class Said {
  static PROGRAM_ID = new Pubkey("${ID}");
  say(owner: Signer, t: Str<8>, a: u64, w: u128): Result {
    console.log("said", ${keyList(250, () => 't, a, owner.key, w.add(w),')} t);
  }
}
`);
    const [planned, bounded] = [plannedStack(program), bound(program)];
    expect(planned).toBeLessThanOrEqual(bounded);
    expect(bounded).toBeLessThan(FRAME_SIZE / 2);
  });

  it("holds expressions that spill (one handler per program, so the frame is that handler's)", () => {
    const cases = fc.sample(batchOf(24, 1, [3, 4]), { seed: 20_260_106, numRuns: 1 })[0];
    for (const c of cases) {
      const program = compile('spill.ts', printProgram([lowerCaseWhole(c.tree)], ID));
      expect(plannedStack(program)).toBeLessThanOrEqual(bound(program));
    }
  });
});

describe('the exact limits', () => {
  const refusal = (program: Program): number[] => buildSbf(program).diagnostics.map((d) => d.code);

  it('fill the heap to the byte: 32,768 bytes of images compile, one more is PS6006', () => {
    // The heap's top word (8), then a state image: a string's view (8), 31 blocks of 32 keys, 31 keys, a u128
    // (8 + 8 + 31,744 + 992 + 16 = 32,768), and an optional byte more.
    const keys = (n: number) => Array.from({ length: n }, (_, i) => `k${i}: Pubkey;`).join(' ');
    const withImage = (extraByte: boolean) => compile('heap.ts', `import { Account, Pubkey, Result, Signer, Str, u8, u128 } from "@solanaturbine/poseidon";
export default class Heap {
  static PROGRAM_ID = new Pubkey("${ID}");
  take(owner: Signer, wall: Wall): Result {}
}
export interface Block { ${keys(32)} }
export interface Wall extends Account {
  s: Str<1>; ${Array.from({ length: 31 }, (_, i) => `b${i}: Block;`).join(' ')} ${keys(31)} w: u128;${extraByte ? ' x: u8;' : ''}
}
`);
    expect(refusal(withImage(false))).toEqual([]);
    expect(refusal(withImage(true))).toEqual([6006]);
  });

  it('fill the heap scratch to the byte: an event of 32,760 bytes is built there, one more is PS6008', () => {
    // The heap's top word (8) leaves 32,760 bytes: the discriminator (8), 1,023 keys and a u128 (32,752).
    const withEvent = (extraByte: boolean) => compile('scratch.ts', `import { Event, Pubkey, Result, Signer, emit, u8, u128 } from "@solanaturbine/poseidon";
export default class Scratch {
  static PROGRAM_ID = new Pubkey("${ID}");
  publish(owner: Signer, w: u128, x: u8): Result {
    emit<Published>({ ${keyList(1023, (i) => `k${i}: owner.key,`)} w: w${extraByte ? ', x: x' : ''} });
  }
}
export interface Published extends Event { ${keyList(1023, (i) => `k${i}: Pubkey;`)} w: u128;${extraByte ? ' x: u8;' : ''} }
`);
    expect(refusal(withEvent(false))).toEqual([]);
    expect(refusal(withEvent(true))).toEqual([6008]);
  });

  it('fill the error line to the byte: a 768-byte line compiles, 769 is PS6007', () => {
    const withMessage = (length: number) => compile('gate.ts', `import { Account, Pubkey, Result, Signer, require, u64 } from "@solanaturbine/poseidon";
export default class Gate {
  static PROGRAM_ID = new Pubkey("${ID}");
  pass(owner: Signer, gate: GateState): Result {
    require(gate.open.eq(1), GateError.Closed);
  }
}
export enum GateError { Closed = "${'m'.repeat(length)}" }
export interface GateState extends Account { open: u64; }
`);
    // AnchorError thrown in <origin>. Error Code: Closed. Error Number: 6000. Error Message: <message>.
    const probe = withMessage(1);
    const [origin] = [...errorOrigins(probe).values()];
    const fixed = `AnchorError thrown in ${origin}. Error Code: Closed. Error Number: 6000. Error Message: .`.length;
    expect(refusal(withMessage(768 - fixed))).toEqual([]);
    expect(refusal(withMessage(769 - fixed))).toEqual([6007]);
  });
});
