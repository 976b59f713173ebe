// An instruction's account params → its `#[derive(Accounts)]` struct.
// In: one Instruction, its struct name (CrateNames.accountsStruct) and the expression scope. Out: the struct's lines: the SPL-style account list as a doc
// comment, `#[instruction(..)]` when seeds read args, and one `#[account(..)]` field per param.
import type { AccountParam, Instruction, KnownProgram } from '../../ir/types.js';
import { flat, INDENT, MAX_WIDTH, pad } from './format.js';
import { exprText, type ExprScope } from './expressions.js';
import { seedDoc } from './seeds.js';
import { isSplAccount } from '../../ir/token.js';
import { splAccountType, splConstraints } from './token.js';
import { rustType } from './types.js';
import { constraintArgs } from '../../ir/walk.js';
import { UPGRADEABLE_LOADER_ID } from '../../ir/loader.js';
import { calleeProgramType } from './callees.js';
import { zeroCopyDef } from '../../ir/zerocopy.js';

/** The struct's lines, indented by `base` (inline modules of the single-file form nest it). */
export function emitAccountsStruct(ix: Instruction, structName: string, scope: ExprScope, base: number): string[] {
  const head = [`/// Accounts of \`${ix.name}\`, in order:`, '///', ...ix.accounts.map(accountListEntry), '#[derive(Accounts)]'];
  const seedArgs = instructionArgs(ix);
  if (seedArgs) head.push(seedArgs);
  const lines = head.map((l) => pad(base) + l);
  if (ix.accounts.length === 0) return [...lines, `${pad(base)}pub struct ${structName} {}`];
  return [
    ...lines,
    `${pad(base)}pub struct ${structName}<'info> {`,
    ...ix.accounts.flatMap((param) => accountField(param, ix, scope, base + INDENT)),
    `${pad(base)}}`,
  ];
}

/** `/// 0. [writable, signer] payer`, as SPL Token documents its instructions. */
function accountListEntry(param: AccountParam, index: number): string {
  const flags = [];
  if (param.mut || param.init) flags.push('writable');
  if (param.signer || param.account.kind === 'signer') flags.push('signer');
  return `/// ${index}. [${flags.join(', ')}] ${param.name}`;
}

/**
 * `#[instruction(a: T, …)]` listing the args up to the last one a constraint reads (a seed, a bump, a mint's
 * decimals or freeze authority), or null: Anchor decodes that prefix of the instruction data to validate.
 */
function instructionArgs(ix: Instruction): string | null {
  const args = constraintArgs(ix);
  if (args.length === 0) return null;
  return `#[instruction(${args.map((a) => `${a.name}: ${rustType(a.type)}`).join(', ')})]`;
}

/** A field's lines at `indent` (already including the struct's own indent). */
function accountField(param: AccountParam, ix: Instruction, scope: ExprScope, indent: number): string[] {
  const at = pad(indent);
  const lines: string[] = [];
  if (param.account.kind === 'unchecked' || param.account.kind === 'accountInfo') {
    lines.push(`${at}/// CHECK: the DSL declares this account unchecked; the program reads no data from it.`);
  }
  if (param.account.kind === 'mintToInitialize') {
    lines.push(`${at}/// CHECK: a mint this instruction initializes (token::initialize_mint2), creating its account first when it has no lamports.`);
  }
  const constraints = accountConstraints(param, ix, scope);
  if (constraints.length > 0) {
    const oneLine = `${at}#[account(${constraints.join(', ')})]`;
    const broken = [`${at}#[account(`, ...constraints.map((c) => `${pad(indent + INDENT)}${c},`), `${at})]`];
    lines.push(...(oneLine.length <= MAX_WIDTH ? [oneLine] : broken));
  }
  lines.push(`${at}pub ${param.name}: ${fieldType(param, scope)},`);
  return lines;
}

const PROGRAM_TYPES: Record<KnownProgram, string> = { system: 'System', token: 'Token', associatedToken: 'AssociatedToken' };

function fieldType(param: AccountParam, scope: ExprScope): string {
  const a = param.account;
  switch (a.kind) {
    case 'calleeProgram': return calleeProgramType(scope.program, a.callee);
    case 'signer': return "Signer<'info>";
    case 'state': return zeroCopyDef(scope.program, a) ? `AccountLoader<'info, ${a.type}>` : `Account<'info, ${a.type}>`;
    case 'unchecked': case 'mintToInitialize': return "UncheckedAccount<'info>";
    case 'system': return "SystemAccount<'info>";
    case 'accountInfo': return "AccountInfo<'info>";
    case 'program': return `Program<'info, ${PROGRAM_TYPES[a.program]}>`;
    case 'mint': case 'tokenAccount': case 'associatedTokenAccount': return splAccountType(a);
    case 'programData': return "Account<'info, ProgramData>";
  }
}

/** Constraints in the order Anchor's template writes them (Anchor checks them in its own fixed order). */
function accountConstraints(param: AccountParam, ix: Instruction, scope: ExprScope): string[] {
  const out: string[] = [];
  if (param.init) {
    out.push(param.init.ifNeeded ? 'init_if_needed' : 'init', `payer = ${param.init.payer}`);
    // Anchor sizes token accounts and mints itself, and refuses a `space` on them.
    if (!isSplAccount(param.account)) out.push(`space = ${space(param, scope)}`);
  } else if (param.zero) {
    out.push('zero');
  } else if (param.mut) {
    out.push('mut');
  }
  // Signer fields check themselves, and Anchor makes a keypair `init` account sign on its own.
  const implicitSigner = param.account.kind === 'signer' || (param.init !== undefined && !param.pda);
  if (param.signer && !implicitSigner) out.push('signer');
  if (param.pda) {
    out.push(`seeds = [${param.pda.seeds.map((s) => flat(seedDoc(s, 'constraint', ix.accounts))).join(', ')}]`);
    // init / init_if_needed search the canonical bump (a stored bump may not exist yet): it is the bump a
    // `deriveWithBump(…, acc.bump).initIfNeeded(…)` stored, so `bump` keeps the meaning; the sBPF backend
    // verifies an existing account with the stored bump instead of searching (fewer compute units).
    out.push(param.pda.bump.kind === 'canonical' || param.init ? 'bump' : `bump = ${exprText(param.pda.bump.value, scope)}`);
    if (param.pda.program) out.push(`seeds::program = ${programPath(param.pda.program)}`);
  }
  out.push(...splConstraints(param, ix));
  for (const other of param.hasOne) out.push(`has_one = ${other}`);
  if (param.close) out.push(`close = ${param.close}`);
  return out;
}

/** The Rust path of the program a PDA derives under (`seeds::program`): the front end sets only the loader's. */
function programPath(programId: string): string {
  if (programId !== UPGRADEABLE_LOADER_ID) throw new Error(`internal: seeds::program ${programId} has no Rust path`);
  return 'anchor_lang::solana_program::bpf_loader_upgradeable::ID';
}

/** `8 + T::INIT_SPACE` when that is the size asked for, so the Rust stays in step with the struct. */
function space(param: AccountParam, scope: ExprScope): string {
  const bytes = param.init!.space;
  if (param.account.kind !== 'state') return String(bytes);
  const typeName = param.account.type;
  const def = scope.program.stateAccounts.find((s) => s.name === typeName);
  if (def?.zeroCopy && bytes === 8 + def.initSpace) return `8 + std::mem::size_of::<${typeName}>()`;
  return def && bytes === 8 + def.initSpace ? `8 + ${typeName}::INIT_SPACE` : String(bytes);
}
