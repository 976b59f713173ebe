// The 32 KiB heap of a handler (0x3_0000_0000, zero at entry). In: an IR program. Out: its layout and the
// code that allocates at run time.
//
//   HEAP_START  +0   u64 top: the lowest address account copies use (0 = none yet, i.e. HEAP_END)
//               +8   static images: the images of the handler's variable-size states and arguments, at
//                    offsets the code generator plans (frame.ts HeapPlan); `staticHeapBytes` bounds them
//   scratch          a statement's temporary bytes (an event's borsh, a log line holding strings), built
//                    from here up to top and given up when the statement ends
//   top … HEAP_END   copies of the bytes variable-size states' fields take, made at load, growing down
//
// Strings and vectors have no length bound (values.ts), so these sizes are known only at run time, and
// running out fails the way a Rust program's allocator does.
import type { Label } from '../assembler.js';
import type { Reg } from '../isa.js';
import { isFixedSize, type StructLookup } from '../../../ir/layout.js';
import type { Instruction, Program } from '../../../ir/types.js';
import type { Codegen } from './context.js';
import { HEAP_SIZE, HEAP_START } from './layout.js';
import { imageSize } from './values.js';

/** Heap offset of the top word. */
export const HEAP_TOP = 0;
export const HEAP_END = HEAP_START + BigInt(HEAP_SIZE);
/** What a Rust program on Solana logs when its allocator runs out of heap, before it aborts. */
export const OUT_OF_MEMORY = 'Error: memory allocation failed, out of memory';

const align8 = (n: number): number => Math.ceil(n / 8) * 8;

/** The top word and the static images of one handler, as HeapPlan places them (8-aligned, in this order). */
export function staticHeapBytes(program: Program, ix: Instruction, structs: StructLookup): number {
  const states = ix.accounts.flatMap((a) => {
    const kind = a.account;
    const def = kind.kind === 'state' ? program.stateAccounts.find((d) => d.name === kind.type) : undefined;
    return def && !def.fields.every((f) => isFixedSize(f.type, structs)) ? [def.fields.reduce((n, f) => n + imageSize(f.type, structs), 0)] : [];
  });
  const args = ix.args.flatMap((arg) => (isFixedSize(arg.type, structs) ? [] : [imageSize(arg.type, structs)]));
  return [...states, ...args].reduce((used, size) => align8(used) + size, 8);
}

/** Where the scratch of every handler starts: after the largest static region of the program. */
export function scratchStart(program: Program, structs: StructLookup): bigint {
  return HEAP_START + BigInt(align8(Math.max(8, ...program.instructions.map((ix) => staticHeapBytes(program, ix, structs)))));
}

/** r = top: the end of the scratch (HEAP_END while no account copy was taken). */
export function emitLoadTop(cg: Codegen, r: Reg): void {
  const a = cg.asm;
  const set = a.newLabel('top_set');
  a.lddw(r, HEAP_START + BigInt(HEAP_TOP));
  a.ldx(8, r, r, 0);
  a.jumpIf('jne', r, 0, set);
  a.lddw(r, HEAP_END);
  a.bind(set);
}

/** The exit of an allocation that does not fit: the allocator's log line, then an abort. */
export function outOfMemory(cg: Codegen): Label {
  return cg.coldShared('out-of-memory', 'out_of_memory', () => {
    const text = cg.text(OUT_OF_MEMORY);
    cg.asm.lddwRodata('r1', text);
    cg.asm.mov('r2', text.length);
    cg.asm.syscall('sol_log_');
    cg.asm.syscall('abort');
  });
}

/**
 * Takes `lengthReg` bytes (8-aligned) below top for a state's copy: r0 = their address, and the new top.
 * Fails at outOfMemory when they would reach the scratch. Scratch r0, r1.
 */
export function emitTakeBelowTop(cg: Codegen, lengthReg: Reg): void {
  const a = cg.asm;
  emitLoadTop(cg, 'r0');
  a.sub('r0', lengthReg);
  a.and('r0', -8);
  a.lddw('r1', cg.scratch);
  a.jumpIf('jlt', 'r0', 'r1', outOfMemory(cg));
  a.lddw('r1', HEAP_START + BigInt(HEAP_TOP));
  a.stx(8, 'r1', 0, 'r0');
}
