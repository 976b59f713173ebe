// One instruction's account list, as anchor-syn's IDL build describes the Accounts struct the Anchor
// backend emits for it (lang/syn/src/idl/accounts.rs: writable, signer, address, pda, relations).
// In: the IR account parameters of one instruction. Out: IdlInstructionAccount items, in order.
import { PROGRAM_IDS, type AccountKind, type AccountParam, type Seed } from '../../ir/types.js';
import { flat } from '../anchor/format.js';
import { seedDoc } from '../anchor/seeds.js';
import type { IdlInstructionAccount, IdlSeed } from './types.js';

export function emitInstructionAccounts(accounts: AccountParam[]): IdlInstructionAccount[] {
  return accounts.map((acc) => emitAccount(acc, accounts));
}

function emitAccount(acc: AccountParam, siblings: AccountParam[]): IdlInstructionAccount {
  const item: IdlInstructionAccount = { name: acc.name };
  // `init` implies `mut` in Anchor's constraint parser.
  if (acc.mut || acc.init) item.writable = true;
  if (isSigner(acc)) item.signer = true;
  if (acc.account.kind === 'program') item.address = PROGRAM_IDS[acc.account.program];
  if (acc.pda && acc.pda.seeds.every(anchorDescribesSeed)) item.pda = { seeds: acc.pda.seeds.map((s) => emitSeed(s, siblings)) };
  // `relations` on X lists the sibling fields that declare `has_one = X`.
  const relations = siblings.filter((s) => s.hasOne.includes(acc.name)).map((s) => s.name);
  if (relations.length > 0) item.relations = relations;
  return item;
}

/** `Signer<'info>`, or Anchor's implicit `signer` on an `init` that has neither seeds nor an ATA. */
function isSigner(acc: AccountParam): boolean {
  if (acc.account.kind === 'signer' || acc.signer) return true;
  return acc.init !== undefined && acc.pda === undefined && acc.account.kind !== 'associatedTokenAccount';
}

/**
 * anchor-syn's `parse_seed` understands byte-string literals, paths and method chains
 * (`owner.key().as_ref()`, `amount.to_le_bytes().as_ref()`), but gives up on a slice expression such
 * as `&[state.bump]`, and then on the whole PDA: `anchor build` writes no `pda` for that account.
 * The Anchor backend spells u8 and bool seeds and non-printable constants that way, so we ask it.
 */
function anchorDescribesSeed(seed: Seed): boolean {
  return !/^&?\[/.test(flat(seedDoc(seed)));
}

function emitSeed(seed: Seed, siblings: AccountParam[]): IdlSeed {
  switch (seed.kind) {
    case 'const': return { kind: 'const', value: seed.bytes };
    case 'arg': return { kind: 'arg', path: seed.arg };
    case 'accountKey': return { kind: 'account', path: seed.account };
    case 'field': {
      const owner = siblings.find((s) => s.name === seed.account);
      if (!owner) throw new Error(`internal: seed refers to unknown account ${seed.account}`);
      const path = [seed.account, ...seed.path].join('.');
      const account = accountTypeName(owner.account);
      return account === undefined ? { kind: 'account', path } : { kind: 'account', path, account };
    }
  }
}

/** The `T` of `Account<'info, T>` (anchor-syn's `ty_name`), named in seeds that read a stored field. */
function accountTypeName(kind: AccountKind): string | undefined {
  switch (kind.kind) {
    case 'state': return kind.type;
    case 'mint': return 'Mint';
    case 'tokenAccount': case 'associatedTokenAccount': return 'TokenAccount';
    default: return undefined;
  }
}
