// Borsh sizes of IR types, as Anchor's InitSpace computes them.
// In: a Type (and the program's structs). Out: byte counts; whether a type has a fixed borsh size.
import type { Program, StructDef, Type } from './types.js';

export type StructLookup = (name: string) => StructDef;

export function structLookup(program: Pick<Program, 'structs'>): StructLookup {
  return (name) => {
    const s = program.structs.find((x) => x.name === name);
    if (!s) throw new Error(`internal: unknown struct ${name}`);
    return s;
  };
}

const INT_SIZE = { u8: 1, i8: 1, u16: 2, i16: 2, u32: 4, i32: 4, u64: 8, i64: 8, u128: 16, i128: 16 } as const;

/** Maximum borsh size (Anchor `INIT_SPACE` rules: String = 4 + max, Vec = 4 + max × elem). */
export function maxSize(t: Type, structs: StructLookup): number {
  switch (t.kind) {
    case 'int': return INT_SIZE[t.name];
    case 'bool': return 1;
    case 'pubkey': return 32;
    case 'string':
      if (t.maxLen === null) throw new Error('internal: the InitSpace of an unbounded string');
      return 4 + t.maxLen;
    case 'vec': return 4 + t.maxLen * maxSize(t.elem, structs);
    case 'array': return t.len * maxSize(t.elem, structs);
    case 'struct': return structs(t.name).fields.reduce((n, f) => n + maxSize(f.type, structs), 0);
    case 'option': return 1 + maxSize(t.inner, structs);
  }
}

/** True when every value of the type has the same borsh size (no String/Vec inside). */
export function isFixedSize(t: Type, structs: StructLookup): boolean {
  switch (t.kind) {
    case 'string': case 'vec': case 'option': return false;
    case 'array': return isFixedSize(t.elem, structs);
    case 'struct': return structs(t.name).fields.every((f) => isFixedSize(f.type, structs));
    default: return true;
  }
}
