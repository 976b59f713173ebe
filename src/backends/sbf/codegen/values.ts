// How IR values live in the generated code. In: IR types. Out: their in-memory ("image") layout and
// whether a value travels in a register or by address.
//
// Integers up to 64 bits and booleans travel in registers (zero-extended when unsigned, sign-extended
// when signed). Everything else (pubkeys, 128-bit integers, strings, vectors, structs) travels as the
// address of its image. For fixed-size types the image IS the borsh layout, so fixed-size accounts and
// arguments are used in place, without any copy. A string or vector has no bound on its length (N in
// `Str<N>` only sizes accounts), so its image is a view: 8 bytes holding the address of its borsh bytes
// (u32 length or count, then the items) wherever they are — the instruction data, a heap copy of an
// account's data, .rodata for a literal. Strings and vectors are never changed in place (the DSL only
// replaces them whole), so views are copied and shared freely. A struct's image is its fields' images in
// order, so every field of an account image or struct image has a fixed offset.
import { INT_BITS, type Expr, type IntName, type Type } from '../../../ir/types.js';
import { isFixedSize, maxSize, type StructLookup } from '../../../ir/layout.js';

export const isRegisterType = (t: Type): boolean => t.kind === 'bool' || (t.kind === 'int' && INT_BITS[t.name] <= 64);

export const intSize = (name: IntName): 1 | 2 | 4 | 8 | 16 => (INT_BITS[name] / 8) as 1 | 2 | 4 | 8 | 16;

/** Bytes of a view: the address of a string's or vector's borsh bytes. */
export const VIEW_SIZE = 8;

export const isView = (t: Type): boolean => t.kind === 'string' || t.kind === 'vec';

/** Size of the image layout: the borsh size of a fixed-size type; a view for strings and vectors. */
export function imageSize(t: Type, structs: StructLookup): number {
  if (isFixedSize(t, structs)) return maxSize(t, structs);
  switch (t.kind) {
    case 'string': case 'vec': return VIEW_SIZE;
    case 'struct': return structs(t.name).fields.reduce((n, f) => n + imageSize(f.type, structs), 0);
    case 'option': return 1 + imageSize(t.inner, structs);
    default: throw new Error(`internal: no image size for ${t.kind}`);
  }
}

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

/** The image offsets of every view inside an image of `t` that starts at `offset`. */
export function viewOffsets(t: Type, offset: number, structs: StructLookup): number[] {
  if (isView(t)) return [offset];
  switch (t.kind) {
    case 'struct': {
      let at = offset;
      return structs(t.name).fields.flatMap((f) => {
        const views = viewOffsets(f.type, at, structs);
        at += imageSize(f.type, structs);
        return views;
      });
    }
    default: return [];
  }
}

/** The IR type of an expression. */
export function typeOf(e: Expr): Type {
  return e.kind === 'bool' ? { kind: 'bool' } : e.type;
}
