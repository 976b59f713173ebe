// One instruction's account list, as anchor-syn's IDL build describes the Accounts struct the Anchor
// backend emits for it (lang/syn/src/idl/accounts.rs: writable, signer, address, pda, relations).
// In: the IR account parameters of one instruction. Out: IdlInstructionAccount items, in order.
import { pubkeyBytes } from '../../ir/base58.js';
import { PROGRAM_IDS, type AccountKind, type AccountParam, type CalleeProgram, type Seed } from '../../ir/types.js';
import { seedIsSliceExpression } from '../../ir/seeds.js';
import { isSplAccount, splField } from '../../ir/token.js';
import type { IdlInstructionAccount, IdlPda, IdlSeed } from './types.js';

/** `callees`: the DSL programs the instruction may call by CPI (Program.callees), whose ids `Program<Callee>` accounts take. */
export function emitInstructionAccounts(accounts: AccountParam[], callees: readonly CalleeProgram[] = []): IdlInstructionAccount[] {
  return accounts.map((acc) => emitAccount(acc, accounts, callees));
}

function emitAccount(acc: AccountParam, siblings: AccountParam[], callees: readonly CalleeProgram[]): IdlInstructionAccount {
  const item: IdlInstructionAccount = { name: acc.name };
  // `init` implies `mut` in Anchor's constraint parser.
  if (acc.mut || acc.init) item.writable = true;
  if (isSigner(acc)) item.signer = true;
  if (acc.account.kind === 'program') item.address = PROGRAM_IDS[acc.account.program];
  const callee = acc.account.kind === 'calleeProgram' ? acc.account.callee : undefined;
  if (callee !== undefined) {
    const program = callees.find((c) => c.name === callee);
    if (!program) throw new Error(`internal: no callee program ${callee}`);
    item.address = program.programId;
  }
  const pda = emitPda(acc, siblings);
  if (pda) item.pda = pda;
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
 * The `seeds` constraint when anchor-syn can describe every seed; otherwise, for an ATA, the derivation
 * anchor-syn writes for `associated_token::` constraints: [authority, token program id, mint] under the
 * associated token program.
 */
function emitPda(acc: AccountParam, siblings: AccountParam[]): IdlPda | undefined {
  if (acc.pda) {
    // anchor-syn's `parse_seed` gives up on a slice expression, and then on the whole PDA: `anchor build`
    // writes no `pda` for that account.
    if (acc.pda.seeds.some(seedIsSliceExpression)) return undefined;
    const seeds = acc.pda.seeds.map((s) => emitSeed(s, siblings));
    // `seeds::program = <path to a constant>`: anchor-syn describes the program as a const seed.
    return acc.pda.program ? { seeds, program: { kind: 'const', value: [...pubkeyBytes(acc.pda.program)] } } : { seeds };
  }
  if (!acc.associatedToken) return undefined;
  return {
    seeds: [
      { kind: 'account', path: acc.associatedToken.authority },
      { kind: 'const', value: programIdBytes('token') },
      { kind: 'account', path: acc.associatedToken.mint },
    ],
    program: { kind: 'const', value: programIdBytes('associatedToken') },
  };
}

function programIdBytes(program: 'token' | 'associatedToken'): number[] {
  return [...pubkeyBytes(PROGRAM_IDS[program])];
}

function emitSeed(seed: Seed, siblings: AccountParam[]): IdlSeed {
  switch (seed.kind) {
    case 'const': return { kind: 'const', value: seed.bytes };
    case 'arg': return { kind: 'arg', path: seed.arg };
    case 'accountKey': return { kind: 'account', path: seed.account };
    case 'field': {
      const owner = siblings.find((s) => s.name === seed.account);
      if (!owner) throw new Error(`internal: seed refers to unknown account ${seed.account}`);
      // The path is the Rust field the seed reads, as the Anchor backend spells it.
      const fields = isSplAccount(owner.account) ? [splField(owner.account, seed.path).rust] : seed.path;
      const path = [seed.account, ...fields].join('.');
      const account = accountTypeName(owner.account);
      return account === undefined ? { kind: 'account', path } : { kind: 'account', path, account };
    }
  }
}

/** The `T` of `Account<'info, T>` (anchor-syn's `ty_name`), named in seeds that read a stored field. */
export function accountTypeName(kind: AccountKind): string | undefined {
  switch (kind.kind) {
    case 'state': return kind.type;
    case 'mint': return 'Mint';
    case 'tokenAccount': case 'associatedTokenAccount': return 'TokenAccount';
    default: return undefined;
  }
}
