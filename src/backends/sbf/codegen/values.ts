// How IR values live in the generated code. In: IR types. Out: their in-memory ("image") layout and
// whether a value travels in a register or by address.
//
// Integers up to 64 bits and booleans travel in registers (zero-extended when unsigned, sign-extended
// when signed). Everything else (pubkeys, 128-bit integers, strings, vectors, structs) travels as the
// address of its bytes. A value in memory uses the image layout: borsh for fixed-size types, and for
// `Str<N>` / `Vec<T, N>` the length prefix followed by room for N items, so every field of an account
// image has a fixed offset. For fixed-size types the image layout IS the borsh layout, so fixed-size
// accounts are used in place, without any copy.
import { INT_BITS, type Expr, type IntName, type Type } from '../../../ir/types.js';
import { maxSize, type StructLookup } from '../../../ir/layout.js';

export const isRegisterType = (t: Type): boolean => t.kind === 'bool' || (t.kind === 'int' && INT_BITS[t.name] <= 64);

export const intSize = (name: IntName): 1 | 2 | 4 | 8 | 16 => (INT_BITS[name] / 8) as 1 | 2 | 4 | 8 | 16;

/**
 * Size of the image layout: the most borsh bytes a value of the type takes (Anchor's InitSpace rule,
 * ir/layout.ts), since an image keeps room for every item a string or vector may hold.
 */
export const imageSize = maxSize;

/** Offset and type of `path` inside a value of struct-like fields (an account or a struct). */
export function fieldOffset(
  fields: readonly { name: string; type: Type }[],
  path: readonly string[],
  structs: StructLookup,
): { offset: number; type: Type } {
  let offset = 0;
  let current = fields;
  let type: Type | undefined;
  for (const [depth, name] of path.entries()) {
    let found = false;
    for (const f of current) {
      if (f.name === name) {
        type = f.type;
        found = true;
        break;
      }
      offset += imageSize(f.type, structs);
    }
    if (!found || !type) throw new Error(`internal: no field ${path.join('.')}`);
    if (depth < path.length - 1) {
      if (type.kind !== 'struct') throw new Error(`internal: ${name} is not a struct`);
      current = structs(type.name).fields;
    }
  }
  if (!type) throw new Error('internal: empty field path');
  return { offset, type };
}

/** The IR type of an expression. */
export function typeOf(e: Expr): Type {
  return e.kind === 'bool' ? { kind: 'bool' } : e.type;
}
