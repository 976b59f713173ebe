// Account facts that follow from a whole instruction: who signs, what is `mut` (also what the helper functions it
// calls write), which program accounts the compiler appends. In: the lowered account params (constraints applied)
// and body. Out: the params updated in place, then system_program, token_program, associated_token_program
// appended as needed.
import type ts from 'typescript';
import type { AccountParam, KnownProgram, Stmt, TokenFn } from '../ir/types.js';
import { SET_AUTHORITY, TOKEN_FNS } from '../ir/token.js';
import type { BodyEnv } from './scope.js';
import { isTokenKind } from './tokenaccounts.js';
import { accountsWrittenByCalls } from './callgraph.js';
import { walkStatements } from '../ir/walk.js';
import { IMPLICIT_PROGRAM_NAMES } from './callees.js';

export function finishAccounts(env: BodyEnv, method: ts.MethodDeclaration, accounts: AccountParam[], body: readonly Stmt[]): void {
  // A keypair account created without seeds signs its own creation (Anchor adds `signer`); an associated
  // token account is a PDA of the Associated Token program and never signs.
  for (const a of accounts) if (a.init && !a.pda && !a.associatedToken) a.signer = true;
  markMutable(env, accounts, body);
  const statements = [...walkStatements(body)];
  for (const implicit of IMPLICIT_PROGRAMS) {
    if (!implicit.needed(accounts, statements)) continue;
    accounts.push({
      name: implicit.name, account: { kind: 'program', program: implicit.program }, mut: false, signer: false, hasOne: [],
      implicit: true, span: env.ctx.span(method.name),
    });
  }
}

interface ImplicitProgram {
  program: KnownProgram;
  /** The field name Anchor developers give it. */
  name: string;
  needed: (accounts: readonly AccountParam[], statements: readonly Stmt[]) => boolean;
}

/** In the order they are appended. */
const IMPLICIT_PROGRAMS: readonly ImplicitProgram[] = [
  {
    program: 'system', name: 'system_program',
    needed: (accounts, statements) => accounts.some((a) => a.init)
      || statements.some((s) => s.kind === 'systemTransfer' || (s.kind === 'tokenCpi' && s.createMint !== undefined))
      || passedOn(statements, 'system'),
  },
  {
    program: 'token', name: 'token_program',
    needed: (accounts, statements) => accounts.some((a) => isTokenKind(a.account)) || statements.some((s) => s.kind === 'tokenCpi') || passedOn(statements, 'token'),
  },
  {
    program: 'associatedToken', name: 'associated_token_program',
    needed: (accounts, statements) => accounts.some((a) => a.init && a.account.kind === 'associatedTokenAccount') || passedOn(statements, 'associatedToken'),
  },
];

/** Whether a CPI into another DSL program passes on the caller's account of `program` (the callee's implicit one). */
function passedOn(statements: readonly Stmt[], program: KnownProgram): boolean {
  return statements.some((s) => s.kind === 'programCpi' && s.accounts.some((a) => a.account === IMPLICIT_PROGRAM_NAMES[program]));
}

/** The roles a token instruction writes (SPL's writable metas). */
function writtenRoles(fn: TokenFn): readonly string[] {
  if (fn === 'setAuthority') return [SET_AUTHORITY.accounts[1]];
  return TOKEN_FNS[fn].metas.filter((m) => m.writable).map((m) => m.role);
}

/** Anchor's `mut`: every account whose data or lamports the instruction changes, itself or in a helper function. */
function markMutable(env: BodyEnv, accounts: AccountParam[], body: readonly Stmt[]): void {
  const written = accountsWrittenByCalls(body, env.functions.values());
  for (const a of accounts) {
    if (a.init) written.add(a.name).add(a.init.payer);
    if (a.close) written.add(a.name).add(a.close);
  }
  for (const s of walkStatements(body)) {
    if (s.kind === 'systemTransfer') written.add(s.from).add(s.to);
    if (s.kind === 'assign' && (s.place.kind === 'field' || s.place.kind === 'element')) written.add(s.place.account);
    if (s.kind === 'tokenCpi') for (const role of writtenRoles(s.fn)) written.add(s.accounts[role]);
    if (s.kind === 'tokenCpi' && s.createMint) written.add(s.createMint.payer);
    if (s.kind === 'programCpi') for (const a of s.accounts) if (a.writable) written.add(a.account);
  }
  for (const a of accounts) if (written.has(a.name)) a.mut = true;
}
