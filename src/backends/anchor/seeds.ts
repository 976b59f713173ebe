// PDA seeds → the byte-slice expressions Anchor expects in `seeds = [...]` and in CPI signer seeds.
// In: IR Seeds, where they are used, and the instruction's accounts (to spell token-account fields).
// Out: Docs such as `b"vault"`, `owner.key().as_ref()`, `amount.to_le_bytes().as_ref()`, `&[state.bump]`:
// the same bytes the IR defines (keys, little-endian integers, UTF-8 strings).
import type { AccountParam, Seed, SignerSeed, Type } from '../../ir/types.js';
import { chain, text, type ChainLink, type Doc } from './format.js';
import { accountFieldDoc } from './token.js';
import { byteLiteral } from './types.js';

/**
 * `constraint`: a `seeds = [...]` attribute, which anchor-syn also reads to describe the PDA in the IDL, so
 * every integer is a method chain it understands (`x.to_le_bytes().as_ref()`, never a slice expression).
 * `signer`: CPI signer seeds, where a u8 (the bump) is written as the one-byte slice `&[bump]`.
 */
export type SeedUse = 'constraint' | 'signer';

export function seedDoc(seed: Seed, use: SeedUse, accounts: readonly AccountParam[]): Doc {
  switch (seed.kind) {
    case 'const': return text(seed.programId ? 'crate::ID.as_ref()' : byteLiteral(seed.bytes));
    case 'accountKey': return chain(text(seed.account), [method('key'), method('as_ref')]);
    case 'arg': return valueBytes(text(seed.arg), seed.type, use);
    case 'field': return valueBytes(accountFieldDoc(text(seed.account), seed.account, seed.path, accounts), seed.type, use);
  }
}

/** A CPI signer seed: a seed as `signer` spells it, or the bump Anchor found, `&[ctx.bumps.acc]` (`context`: the handler's Context). */
export function signerSeedDoc(seed: SignerSeed, accounts: readonly AccountParam[], context: string | undefined): Doc {
  if (seed.kind !== 'bump') return seedDoc(seed, 'signer', accounts);
  if (context === undefined) throw new Error(`internal: ${seed.account}'s bump as a signer seed where there is no Context`);
  return { kind: 'array', prefix: '&', items: [chain(text(context), [{ field: 'bumps' }, { field: seed.account }])] };
}

const method = (name: string): ChainLink => ({ method: name, args: [] });

/** The seed bytes of a stored or passed value, by type. */
function valueBytes(value: Doc, type: Type, use: SeedUse): Doc {
  switch (type.kind) {
    case 'int':
      if (type.name === 'u8' && use === 'signer') return { kind: 'array', prefix: '&', items: [value] };
      return chain(value, [method('to_le_bytes'), method('as_ref')]);
    case 'bool': return { kind: 'array', prefix: '&', items: [{ kind: 'wrap', open: '', inner: value, close: ' as u8' }] };
    case 'pubkey': return chain(value, [method('as_ref')]);
    case 'string': return chain(value, [method('as_bytes')]);
    case 'array': return chain(value, [method('as_ref')]);
    case 'vec': case 'struct': case 'option':
      throw new Error(`internal: a ${type.kind} value cannot be a PDA seed`);
  }
}
