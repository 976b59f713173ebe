// PDA seeds → the byte-slice expressions Anchor expects in `seeds = [...]` and in CPI signer seeds.
// In: IR Seeds. Out: Docs such as `b"vault"`, `owner.key().as_ref()`, `amount.to_le_bytes().as_ref()`,
// `&[state.bump]`: the same bytes the IR defines (keys, little-endian integers, UTF-8 strings).
import type { Seed, Type } from '../../ir/types.js';
import { chain, text, type ChainLink, type Doc } from './format.js';
import { byteLiteral } from './types.js';

export function seedDoc(seed: Seed): Doc {
  switch (seed.kind) {
    case 'const': return text(byteLiteral(seed.bytes));
    case 'accountKey': return chain(text(seed.account), [method('key'), method('as_ref')]);
    case 'arg': return valueBytes(text(seed.arg), seed.type);
    case 'field': return valueBytes(chain(text(seed.account), seed.path.map((field) => ({ field }))), seed.type);
  }
}

const method = (name: string): ChainLink => ({ method: name, args: [] });

/** The seed bytes of a stored or passed value, by type. */
function valueBytes(value: Doc, type: Type): Doc {
  switch (type.kind) {
    case 'int':
      // A u8 (typically a bump) is its own single byte.
      if (type.name === 'u8') return { kind: 'array', prefix: '&', items: [value] };
      return chain(value, [method('to_le_bytes'), method('as_ref')]);
    case 'bool': return { kind: 'array', prefix: '&', items: [{ kind: 'wrap', open: '', inner: value, close: ' as u8' }] };
    case 'pubkey': return chain(value, [method('as_ref')]);
    case 'string': return chain(value, [method('as_bytes')]);
    case 'array': return chain(value, [method('as_ref')]);
    case 'vec': case 'struct':
      throw new Error(`internal: a ${type.kind} value cannot be a PDA seed`);
  }
}
