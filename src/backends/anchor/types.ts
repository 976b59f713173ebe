// Rust spelling of IR types and literals for the Anchor backend.
// In: IR Types, strings and byte constants. Out: Rust source fragments (`Vec<String>`, `#[max_len(5, 20)]`,
// `b"vault"`, escaped string literals) and the type facts the emitters need (Copy or not).
import { isPrintableAscii } from '../../ir/seeds.js';
import { isSigned, INT_BITS, type IntName, type Type } from '../../ir/types.js';

export function rustType(t: Type): string {
  switch (t.kind) {
    case 'int': return t.name;
    case 'bool': return 'bool';
    case 'pubkey': return 'Pubkey';
    case 'string': return 'String';
    case 'vec': return `Vec<${rustType(t.elem)}>`;
    case 'array': return `[${rustType(t.elem)}; ${t.len}]`;
    case 'struct': return t.name;
    case 'option': return `Option<${rustType(t.inner)}>`;
  }
}

/**
 * The `#[max_len(..)]` attribute `#[derive(InitSpace)]` needs for a field, or null. Anchor reads one
 * length per String/Vec level from the outside in; fixed arrays and structs take none.
 */
export function maxLenAttribute(t: Type): string | null {
  const lens: number[] = [];
  for (let cur: Type | null = t; cur; ) {
    if (cur.kind === 'string') {
      if (cur.maxLen === null) throw new Error('internal: an unbounded string in an account');
      lens.push(cur.maxLen);
      cur = null;
    } else if (cur.kind === 'vec') {
      lens.push(cur.maxLen);
      cur = cur.elem;
    }
    else if (cur.kind === 'array') cur = cur.elem;
    else cur = null;
  }
  return lens.length === 0 ? null : `#[max_len(${lens.join(', ')})]`;
}

/** Copy types can be read any number of times; the rest are cloned where a value is moved. */
export function isCopy(t: Type): boolean {
  if (t.kind === 'array') return isCopy(t.elem);
  if (t.kind === 'option') return isCopy(t.inner);
  return t.kind === 'int' || t.kind === 'bool' || t.kind === 'pubkey';
}

/** Whether every value of `from` fits in `to`, so `to::from(x)` compiles and cannot fail. */
export function isLosslessWidening(from: IntName, to: IntName): boolean {
  if (isSigned(from) === isSigned(to)) return INT_BITS[from] <= INT_BITS[to];
  return !isSigned(from) && INT_BITS[from] < INT_BITS[to];
}

/** A Rust string literal body: escapes `\`, `"` and control characters. */
export function escapeString(s: string): string {
  let out = '';
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    if (ch === '\\') out += '\\\\';
    else if (ch === '"') out += '\\"';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (code < 0x20 || code === 0x7f) out += `\\u{${code.toString(16)}}`;
    else out += ch;
  }
  return out;
}

/** A `format!`-style template piece: braces are doubled so they print as written. */
export const escapeFormat = (s: string): string => escapeString(s).replace(/[{}]/g, (b) => b + b);

/** `b"vote"` for printable ASCII seeds, otherwise a byte-array reference `&[1, 2, 3]`. */
export function byteLiteral(bytes: number[]): string {
  if (!isPrintableAscii(bytes)) return `&[${bytes.join(', ')}]`;
  return `b"${escapeString(String.fromCharCode(...bytes))}"`;
}
