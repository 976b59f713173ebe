// CPI signer seeds whose every slice has an address known when compiling. In: one PDA signer's seeds (and
// its bump slot) in a handler, which runs in the entrypoint's frame. Out: its SolSignerSeeds as a .rodata
// constant pointing at a .rodata SolBytes array, so the call site builds nothing (the array on the stack
// costs two or three instructions per seed), or null when a seed's address depends on the run.
// Known addresses: constant seeds (.rodata), the key and in-place state fields of account 0, whose record is
// always the first of the input (it cannot be a duplicate), and the entrypoint frame's bump slots.
import type { SignerSeed, Type } from '../../../ir/types.js';
import type { RodataRef } from '../assembler.js';
import { STATE_FIELDS, type InstructionGen } from './context.js';
import { INPUT, INPUT_START, RECORD, SOL_BYTES } from './layout.js';
import { splKind } from './token.js';
import { fieldOffset, intSize } from './values.js';

type Slice = { at: RodataRef | bigint; len: number };

const FIRST_RECORD = INPUT_START + BigInt(INPUT.firstRecord);

/** The SolSignerSeeds of `seeds` (then the byte at frame `bumpSlot`) in .rodata, or null. */
export function staticSignerSeeds(g: InstructionGen, seeds: readonly SignerSeed[], bumpSlot?: number): RodataRef | null {
  const a = g.cg.asm;
  const slices: Slice[] = [];
  for (const seed of seeds) {
    const slice = staticSlice(g, seed);
    if (!slice) return null;
    slices.push(slice);
  }
  if (bumpSlot !== undefined) {
    const at = a.frameAddress(bumpSlot);
    if (at === null) return null;
    slices.push({ at, len: 1 });
  }
  const array = new Uint8Array(SOL_BYTES.size * slices.length);
  const view = new DataView(array.buffer);
  const pointers: { at: number; to: RodataRef }[] = [];
  slices.forEach((s, i) => {
    const entry = SOL_BYTES.size * i;
    if (typeof s.at === 'bigint') view.setBigUint64(entry + SOL_BYTES.addr, s.at, true);
    else pointers.push({ at: entry + SOL_BYTES.addr, to: s.at });
    view.setBigUint64(entry + SOL_BYTES.len, BigInt(s.len), true);
  });
  const arrayRef = a.rodata(array, 8, pointers);
  const signers = new Uint8Array(SOL_BYTES.size);
  new DataView(signers.buffer).setBigUint64(SOL_BYTES.len, BigInt(slices.length), true);
  return a.rodata(signers, 8, [{ at: SOL_BYTES.addr, to: arrayRef }]);
}

function staticSlice(g: InstructionGen, seed: SignerSeed): Slice | null {
  const a = g.cg.asm;
  switch (seed.kind) {
    case 'const':
      return { at: g.cg.bytes(seed.bytes), len: seed.bytes.length };
    case 'accountKey':
      return g.account(seed.account).index === 0 && a.frameAddress(0) !== null ? { at: FIRST_RECORD + BigInt(RECORD.key), len: 32 } : null;
    case 'bump': {
      const slot = g.account(seed.account).bumpSlot;
      const at = slot === undefined ? null : a.frameAddress(slot);
      return at === null ? null : { at, len: 1 };
    }
    case 'field': {
      const view = g.account(seed.account);
      const len = fixedLength(seed.type);
      if (view.index !== 0 || a.frameAddress(0) === null || len === null) return null;
      if (view.param.account.kind === 'programData' || splKind(view) || view.state?.image.kind !== 'inPlace') return null;
      const offset = STATE_FIELDS + fieldOffset(view.state.def.fields, seed.path, g.cg.structs).offset;
      return { at: FIRST_RECORD + BigInt(offset), len };
    }
    case 'arg':
      return null;
  }
}

/** The bytes a fixed-size seed value takes (as storeValueSlice gives them), or null for a string. */
function fixedLength(type: Type): number | null {
  switch (type.kind) {
    case 'int':
      return intSize(type.name);
    case 'bool':
      return 1;
    case 'pubkey':
      return 32;
    default:
      return null;
  }
}
