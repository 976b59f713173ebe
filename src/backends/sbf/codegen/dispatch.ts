// Instruction dispatch: the jump from the instruction's first 8 bytes to its handler. In: the discriminators
// of the program's instructions, the register holding the 8 bytes read (as one little-endian u64) and each
// handler's label. Out: a search over the discriminators, compared as 64-bit words: a binary search whose
// leaves compare a few words in turn, so a call costs O(log n) CU whatever its place in the declaration
// order; no match jumps to `fallback` (101, InstructionFallbackNotFound).
//
// Anchor matches in declaration order, but discriminators are distinct (sighash of distinct names), so at
// most one can match and the order of the comparisons is not observable.
import type { Assembler, Label } from '../assembler.js';
import type { Reg } from '../isa.js';
import { readU64 } from './words.js';

export interface DispatchTarget {
  discriminator: readonly number[];
  handler: Label;
}

/**
 * A leaf compares up to this many words in turn (2 CU each; a search level costs 3): linear is cheaper
 * below four, and a leaf of three is never worse than two more levels.
 */
const LEAF_SIZE = 3;

/** Emits the search; `word` holds the data's first 8 bytes, `scratch` takes the constants. */
export function emitDispatch(a: Assembler, targets: readonly DispatchTarget[], word: Reg, scratch: Reg, fallback: Label): void {
  const sorted = targets
    .map((t) => ({ key: readU64(Uint8Array.from(t.discriminator), 0), handler: t.handler }))
    .sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]!.key === sorted[i - 1]!.key) throw new Error('internal: two instructions share a discriminator');
  }
  emitRange(a, sorted, word, scratch, fallback);
}

function emitRange(a: Assembler, keys: readonly { key: bigint; handler: Label }[], word: Reg, scratch: Reg, fallback: Label): void {
  if (keys.length <= LEAF_SIZE) {
    // The last comparison jumps away on a mismatch and falls into its handler's jump, which the
    // assembler drops when that handler comes next.
    keys.forEach(({ key, handler }, i) => {
      a.lddw(scratch, key);
      if (i < keys.length - 1) a.jumpIf('jeq', word, scratch, handler);
      else {
        a.jumpIf('jne', word, scratch, fallback);
        a.jump(handler);
      }
    });
    if (keys.length === 0) a.jump(fallback);
    return;
  }
  const mid = keys.length >> 1;
  const upper = a.newLabel('dispatch_upper');
  const { key, handler } = keys[mid]!;
  a.lddw(scratch, key);
  a.jumpIf('jeq', word, scratch, handler);
  a.jumpIf('jgt', word, scratch, upper);
  emitRange(a, keys.slice(0, mid), word, scratch, fallback);
  a.bind(upper);
  emitRange(a, keys.slice(mid + 1), word, scratch, fallback);
}
