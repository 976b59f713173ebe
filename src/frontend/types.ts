// Type annotations → IR types.
// In: a TypeScript type node (field, argument or local annotation) and the names of the program's
// structs. Out: an IR Type, or null after reporting why the annotation is not a DSL value type.
import { ts } from './typescript.js';
import type { IntName, Type } from '../ir/types.js';
import { Messages } from '../diagnostics/messages.js';
import type { LowerContext } from './context.js';

const INT_NAMES: ReadonlySet<string> = new Set(['u8', 'i8', 'u16', 'i16', 'u32', 'i32', 'u64', 'i64', 'u128', 'i128']);

/** usize/isize are 64-bit on the Solana VM: they are stored, serialized and computed as u64/i64. */
const POINTER_SIZED: Record<string, IntName> = { usize: 'u64', isize: 'i64' };

/** The integer type a DSL class name denotes (`u64`, `usize` → u64), if any. */
export function intTypeOfDslName(name: string | undefined): IntName | undefined {
  if (name === undefined) return undefined;
  if (INT_NAMES.has(name)) return name as IntName;
  return POINTER_SIZED[name];
}

const isUndefinedUnion = (node: ts.UnionTypeNode): boolean => node.types.some((t) => t.kind === ts.SyntaxKind.UndefinedKeyword);

export function typeText(t: Type): string {
  switch (t.kind) {
    case 'option': return `${typeText(t.inner)} | undefined`;
    case 'int': return t.name;
    case 'bool': return 'Boolean';
    case 'pubkey': return 'Pubkey';
    case 'string': return t.maxLen === null ? 'string' : `Str<${t.maxLen}>`;
    case 'vec': return `Vec<${typeText(t.elem)}, ${t.maxLen}>`;
    case 'array': return `FixedArray<${typeText(t.elem)}, ${t.len}>`;
    case 'struct': return t.name;
  }
}

export function sameType(a: Type, b: Type): boolean {
  return typeText(a) === typeText(b);
}

/** Resolves user struct names: returns the struct's IR name when `node` refers to one. */
export type StructResolver = (typeName: ts.EntityName) => string | undefined;

/**
 * `fixedArrays`: whether a `FixedArray<T, N>` may appear here (a field of a zero-copy account, or an element of
 * one); anywhere else it is reported.
 */
export function lowerTypeNode(ctx: LowerContext, node: ts.TypeNode, structs: StructResolver, fixedArrays = false): Type | null {
  if (isUnboundedString(ctx, node)) {
    const written = node.getText(ctx.sourceFile);
    ctx.error(Messages.StringNeedsLength, node, written, ts.isTypeReferenceNode(node) && ctx.dslName(node.typeName) === 'Str' ? written : 'Str');
    return null;
  }
  switch (node.kind) {
    case ts.SyntaxKind.BooleanKeyword:
      return { kind: 'bool' };
    case ts.SyntaxKind.AnyKeyword:
    case ts.SyntaxKind.UnknownKeyword:
      ctx.error(Messages.AnyType, node, node.getText(ctx.sourceFile));
      return null;
    case ts.SyntaxKind.TypeReference:
      return lowerTypeReference(ctx, node as ts.TypeReferenceNode, structs, fixedArrays);
    case ts.SyntaxKind.UnionType:
      // `T | undefined` is an optional instruction argument (optionals.ts lowers those before this).
      if (isUndefinedUnion(node as ts.UnionTypeNode)) ctx.error(Messages.OptionalNotArgument, node, node.getText(ctx.sourceFile));
      else ctx.error(Messages.UnsupportedType, node, node.getText(ctx.sourceFile));
      return null;
    default:
      ctx.error(Messages.UnsupportedType, node, node.getText(ctx.sourceFile));
      return null;
  }
}

function lowerTypeReference(ctx: LowerContext, node: ts.TypeReferenceNode, structs: StructResolver, fixedArrays: boolean): Type | null {
  const name = ctx.dslName(node.typeName);
  if (name === 'FixedArray') return lowerFixedArray(ctx, node, structs, fixedArrays);
  const int = intTypeOfDslName(name);
  if (int) return { kind: 'int', name: int };
  if (name === 'Pubkey') return { kind: 'pubkey' };
  if (name === 'Boolean') return { kind: 'bool' };
  if (name === 'Str') {
    const maxLen = literalLength(ctx, node.typeArguments?.[0]);
    if (maxLen === undefined) {
      ctx.error(Messages.StrNeedsLength, node);
      return null;
    }
    return maxLen === null ? null : { kind: 'string', maxLen };
  }
  if (name === 'Vec') {
    const [elemNode, lenNode] = node.typeArguments ?? [];
    const maxLen = literalLength(ctx, lenNode);
    if (!elemNode || maxLen === undefined) {
      ctx.error(Messages.VecNeedsLength, node);
      return null;
    }
    const elem = lowerTypeNode(ctx, elemNode, structs);
    return elem && maxLen !== null ? { kind: 'vec', elem, maxLen } : null;
  }
  const struct = name === undefined ? structs(node.typeName) : undefined;
  if (struct) return { kind: 'struct', name: struct };
  ctx.error(Messages.UnsupportedType, node, node.getText(ctx.sourceFile));
  return null;
}

/** `FixedArray<T, N>` → `[T; N]`, where one may stand. */
function lowerFixedArray(ctx: LowerContext, node: ts.TypeReferenceNode, structs: StructResolver, allowed: boolean): Type | null {
  if (!allowed) {
    ctx.error(Messages.FixedArrayOutsideZeroCopy, node, node.getText(ctx.sourceFile));
    return null;
  }
  const [elemNode, lenNode] = node.typeArguments ?? [];
  const len = literalLength(ctx, lenNode);
  if (!elemNode || len === undefined) {
    ctx.error(Messages.FixedArrayNeedsLength, node);
    return null;
  }
  const elem = lowerTypeNode(ctx, elemNode, structs, true);
  return elem && len !== null ? { kind: 'array', elem, len } : null;
}

/**
 * `string`, TypeScript's global `String`, or the DSL's `Str`/`String` without N: Poseidon emitted an unbounded Rust
 * `String`. An account cannot be sized for one (the compiler asks for N); an instruction argument can take one.
 */
export function isUnboundedString(ctx: LowerContext, node: ts.TypeNode): boolean {
  if (node.kind === ts.SyntaxKind.StringKeyword) return true;
  if (!ts.isTypeReferenceNode(node)) return false;
  if (ctx.dslName(node.typeName) === 'Str') return !node.typeArguments;
  const decl = ctx.symbolOf(node.typeName)?.declarations?.[0];
  return decl !== undefined && ctx.program.isSourceFileDefaultLibrary(decl.getSourceFile()) && node.typeName.getText(ctx.sourceFile) === 'String';
}

/** An unbounded string argument (Rust `String`): like every string argument, of any length the transaction carries. */
export const UNBOUNDED_STRING_ARGUMENT: Type = { kind: 'string', maxLen: null };

/**
 * The N of `Str<N>`/`Vec<T, N>`: undefined when it is not a numeric literal type at all,
 * null when it is one but not a positive integer (already reported).
 */
export function literalLength(ctx: LowerContext, node: ts.TypeNode | undefined): number | null | undefined {
  if (!node || !ts.isLiteralTypeNode(node) || !ts.isNumericLiteral(node.literal)) return undefined;
  const value = Number(node.literal.text);
  if (!Number.isSafeInteger(value) || value <= 0) {
    ctx.error(Messages.InvalidLength, node, node.literal.text);
    return null;
  }
  return value;
}
