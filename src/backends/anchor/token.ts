// SPL Token in the emitted Rust (anchor-spl 0.29–1.2): field types of token accounts, mints and the token
// programs, the `use anchor_spl::…` lines an instruction needs, the token::/associated_token::/mint::
// constraints, reads of token-account and mint fields, and the anchor-spl features a program needs.
// In: IR account parameters and instructions. Out: Rust fragments and Docs.
import {
  isSplAccount, MINT_SIZE, SET_AUTHORITY, splField, TOKEN_ACCOUNT_SIZE, TOKEN_FNS, type SplAccountKind,
} from '../../ir/token.js';
import { programAnchorFacts } from '../../ir/anchor-version.js';
import { programDataField } from '../../ir/loader.js';
import type { AccountKind, AccountParam, Expr, Instruction, Program, Stmt } from '../../ir/types.js';
import { chain, type ChainLink, type Doc } from './format.js';

/** Anchor's init code names these fields itself, so the Accounts struct must use exactly these names. */
const TOKEN_PROGRAM_FIELD = 'token_program';
const ASSOCIATED_TOKEN_PROGRAM_FIELD = 'associated_token_program';
const SYSTEM_PROGRAM_FIELD = 'system_program';

/** `Account<'info, Mint>` / `Account<'info, TokenAccount>` (an ATA is a token account with a fixed address). */
export const splAccountType = (k: SplAccountKind): string =>
  k.kind === 'mint' ? "Account<'info, Mint>" : "Account<'info, TokenAccount>";

/**
 * `acc.field[.sub…]` of a state account, or the Rust read of a token account/mint or ProgramData field: an
 * optional key reads as the zero key when None (`unwrap_or_default()`), as the DSL defines it.
 */
export function accountFieldDoc(root: Doc, account: string, path: readonly string[], accounts: readonly { name: string; account: AccountKind }[]): Doc {
  const param = accounts.find((a) => a.name === account);
  if (!param) throw new Error(`internal: field of unknown account ${account}`);
  if (param.account.kind === 'programData') {
    const field = programDataField(path);
    return chain(root, [{ field: field.rust }, ...(field.option ? [{ method: 'unwrap_or_default', args: [] }] : [])]);
  }
  if (!isSplAccount(param.account)) return chain(root, path.map((field) => ({ field })));
  const field = splField(param.account, path);
  const links: ChainLink[] = [{ field: field.rust }];
  if (field.option) links.push({ method: 'unwrap_or_default', args: [] });
  return chain(root, links);
}

/** The accounts a token CPI writes and leaves open (closeAccount's account is gone afterwards). */
export function tokenCpiRefreshes(s: Stmt & { kind: 'tokenCpi' }): string[] {
  const roles = s.fn === 'setAuthority'
    ? [SET_AUTHORITY.accounts[1]]
    : TOKEN_FNS[s.fn].metas.filter((m) => m.writable && !(s.fn === 'closeAccount' && m.role === 'account')).map((m) => m.role);
  return roles.map((role) => s.accounts[role]).filter((name): name is string => name !== undefined);
}

/** The anchor_spl names an instruction's module imports; its Accounts struct must not reuse them. */
export function splImportedNames(ix: Instruction): string[] {
  const kinds = new Set(ix.accounts.map((a) => (a.account.kind === 'program' ? a.account.program : a.account.kind)));
  const names = [];
  if (kinds.has('associatedToken')) names.push('AssociatedToken');
  if (ix.body.some(setsAuthority)) names.push('AuthorityType');
  if (kinds.has('mint')) names.push('Mint');
  if (kinds.has('token')) names.push('Token');
  if (kinds.has('tokenAccount') || kinds.has('associatedTokenAccount')) names.push('TokenAccount');
  return names;
}

const setsAuthority = (s: Instruction['body'][number]): boolean =>
  (s.kind === 'tokenCpi' && s.fn === 'setAuthority') || (s.kind === 'if' && [...s.then, ...s.else].some(setsAuthority));

const hasTokenCpi = (stmts: Instruction['body']): boolean =>
  stmts.some((s) => s.kind === 'tokenCpi' || (s.kind === 'if' && (hasTokenCpi(s.then) || hasTokenCpi(s.else))));

/** `use anchor_spl::…;` lines in rustfmt's order; CPIs are spelled `token::transfer(…)`, hence `self`. */
export function splImports(ix: Instruction): string[] {
  const names = splImportedNames(ix);
  const lines: string[] = [];
  if (names.includes('AssociatedToken')) lines.push('use anchor_spl::associated_token::AssociatedToken;');
  if (names.includes('AuthorityType')) lines.push('use anchor_spl::token::spl_token::instruction::AuthorityType;');
  const tokenItems = [...(hasTokenCpi(ix.body) ? ['self'] : []), ...names.filter((n) => n !== 'AssociatedToken' && n !== 'AuthorityType')];
  if (tokenItems.length === 1) lines.push(tokenItems[0] === 'self' ? 'use anchor_spl::token;' : `use anchor_spl::token::${tokenItems[0]};`);
  if (tokenItems.length > 1) lines.push(`use anchor_spl::token::{${tokenItems.join(', ')}};`);
  return lines;
}

/** token::*, associated_token::* and mint::* constraints, after checking Anchor can generate their init. */
export function splConstraints(param: AccountParam, ix: Instruction): string[] {
  if (!isSplAccount(param.account)) {
    if (param.token || param.associatedToken || param.mint) throw new Error(`internal: ${param.name} has SPL constraints but is not a token account or mint`);
    return [];
  }
  if (param.close) throw new Error(`internal: ${param.name} is a token account or mint; Anchor cannot close it with \`close =\``);
  if (param.init) checkInit(param, param.account, ix);
  const out: string[] = [];
  if (param.token) out.push(`token::mint = ${param.token.mint}`, `token::authority = ${param.token.authority}`);
  if (param.associatedToken) {
    out.push(`associated_token::mint = ${param.associatedToken.mint}`, `associated_token::authority = ${param.associatedToken.authority}`);
  }
  if (param.mint) {
    out.push(`mint::decimals = ${constraintValue(param.mint.decimals)}`, `mint::authority = ${param.mint.authority}`);
    if (param.mint.freezeAuthority) out.push(`mint::freeze_authority = ${constraintValue(param.mint.freezeAuthority)}`);
  }
  return out;
}

/**
 * A mint constraint's value as Anchor reads it: a constant, an instruction argument (in scope through
 * `#[instruction(…)]`), or an account, whose key Anchor takes itself (`mint::freeze_authority = payer`).
 */
function constraintValue(e: Expr): string {
  switch (e.kind) {
    case 'int': return String(e.value);
    case 'arg': return e.name;
    case 'accountKey': return e.account;
    default: throw new Error(`internal: a mint constraint reads a ${e.kind}`);
  }
}

/** Anchor creates SPL accounts from the constraints alone: the right ones must be there, and no `space`. */
function checkInit(param: AccountParam, kind: SplAccountKind, ix: Instruction): void {
  const init = param.init!;
  const wanted = {
    mint: { constraint: param.mint, space: MINT_SIZE },
    tokenAccount: { constraint: param.token, space: TOKEN_ACCOUNT_SIZE },
    associatedTokenAccount: { constraint: param.associatedToken, space: TOKEN_ACCOUNT_SIZE },
  }[kind.kind];
  if (!wanted.constraint) throw new Error(`internal: init of ${kind.kind} ${param.name} without its mint/authority constraints`);
  if (init.space !== wanted.space) throw new Error(`internal: ${param.name} asks for ${init.space} bytes; Anchor sizes a ${kind.kind} itself (${wanted.space})`);
  const programs: [string, string][] = [[SYSTEM_PROGRAM_FIELD, 'system'], [TOKEN_PROGRAM_FIELD, 'token']];
  if (kind.kind === 'associatedTokenAccount') programs.push([ASSOCIATED_TOKEN_PROGRAM_FIELD, 'associatedToken']);
  for (const [name, program] of programs) {
    const found = ix.accounts.some((a) => a.name === name && a.account.kind === 'program' && a.account.program === program);
    if (!found) throw new Error(`internal: Anchor's init of ${param.name} needs a \`${name}\` account in ${ix.name}`);
  }
}

/**
 * anchor-spl features the program needs, or null when it uses no SPL account: on 1.x `solana-v3`, the
 * Solana crate cohort anchor-spl refuses to build without; `token` for the types and CPIs; `token_2022`
 * because Anchor's token/mint init and anchor-spl's own `idl-build` code name `token_interface`;
 * `token_2022_extensions` (0.30+) because Anchor's mint init names every mint extension's initializer;
 * `associated_token` for ATAs.
 */
export function anchorSplFeatures(program: Program): string[] | null {
  const facts = programAnchorFacts(program);
  const params = program.instructions.flatMap((ix) => ix.accounts);
  // A helper function's token account or mint parameter names anchor_spl's types even when no instruction passes one.
  const helperKinds = program.functions.flatMap((f) => f.params.flatMap((p) => (p.kind === 'account' ? [p.account] : [])));
  const kinds = [...params.map((a) => a.account), ...helperKinds];
  const usesSpl = kinds.some((k) => isSplAccount(k) || (k.kind === 'program' && k.program !== 'system'))
    || program.instructions.some((ix) => hasTokenCpi(ix.body));
  if (!usesSpl) return null;
  const mintInit = params.some((a) => a.account.kind === 'mint' && a.init);
  const ata = kinds.some((k) => k.kind === 'associatedTokenAccount' || (k.kind === 'program' && k.program === 'associatedToken'));
  return [
    ...(facts.splNeedsSolanaCohort ? ['solana-v3'] : []),
    'token',
    'token_2022',
    ...(mintInit && facts.splHasToken2022Extensions ? ['token_2022_extensions'] : []),
    ...(ata ? ['associated_token'] : []),
  ];
}
