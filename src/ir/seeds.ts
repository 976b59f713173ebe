// How the Anchor program spells a PDA seed, for the stages that must agree with it without printing Rust.
// anchor-syn's IDL build describes a `seeds = [...]` constraint only when every seed is a byte-string
// literal or a method chain (`owner.key().as_ref()`, `amount.to_le_bytes().as_ref()`); a slice expression
// (`&[1, 2]`, `&[flag as u8]`) makes it give up on the whole PDA. In: an IR Seed or constant bytes.
// Out: whether the emitted Rust writes it as a slice expression; whether bytes print as `b"…"`.
import type { Seed } from './types.js';

/** Constant seed bytes the Rust writes as a byte string `b"vote"`: non-empty printable ASCII. */
export const isPrintableAscii = (bytes: readonly number[]): boolean =>
  bytes.length > 0 && bytes.every((b) => b >= 0x20 && b < 0x7f);

/**
 * Whether a seed of a `seeds = [...]` constraint is a slice expression in the Rust: a constant that is not
 * printable ASCII (`&[0, 255]`; the program's own id is the method chain `crate::ID.as_ref()`), or a bool
 * (`&[flag as u8]`, Rust having no byte view of a bool).
 */
export function seedIsSliceExpression(seed: Seed): boolean {
  switch (seed.kind) {
    case 'const': return !seed.programId && !isPrintableAscii(seed.bytes);
    case 'accountKey': return false;
    case 'arg': case 'field': return seed.type.kind === 'bool';
  }
}
