// One instruction → the Rust module `instructions/<ix>.rs`: imports, the Accounts struct and `handler`.
// In: the program, the instruction, the crate's names, and where to record error origins (if asked).
// Out: a RustModule (see modules.ts); the handler checks arg lengths first, then borrows the accounts it
// touches (mutably when it or a helper function it calls writes them) and runs the body.
import type { AccountParam, Instruction, Program, Stmt } from '../../ir/types.js';
import { someExpr, walkStatements } from '../../ir/walk.js';
import { zeroCopyDef, zeroCopyLoad } from '../../ir/zerocopy.js';
import { emitAccountsStruct } from './accounts.js';
import { INDENT, MAX_WIDTH, pad } from './format.js';
import type { RustModule } from './modules.js';
import { unusedName, type CrateNames } from './names.js';
import type { OriginRecorder } from './origins.js';
import { emitBlock, type BodyScope } from './statements.js';
import { splImportedNames, splImports } from './token.js';
import { rustType } from './types.js';
import { alwaysReturns, bodyUsage, reloadedAccounts, typeNamesOf, type BodyUsage } from './usage.js';

export function instructionModule(program: Program, ix: Instruction, names: CrateNames, origins?: OriginRecorder): RustModule {
  const usage = bodyUsage(ix.body, ix.accounts, program.functions);
  const structName = names.accountsStruct(ix);
  const { modules } = names;
  const scope: BodyScope = {
    program, ix, accounts: ix.accounts, helperPath: (fn) => `${modules.helpers}::${fn}`, errorEnum: names.errorEnum, reads: usage.reads,
    reassigned: usage.reassigned, reloads: usage.reloads, origins, context: names.context(ix),
  };
  // The explicit anchor_spl imports would shadow a program type of the same name from the crate's globs.
  const shadowed = [...program.stateAccounts, ...program.structs, ...program.events].find((t) => splImportedNames(ix).includes(t.name));
  if (shadowed) throw new Error(`internal: program type ${shadowed.name} has the name of an anchor_spl type ${ix.name} imports`);
  const usesStateModule =
    ix.accounts.some((a) => a.account.kind === 'state') ||
    ix.args.some((a) => typeNamesOf(a.type).length > 0) ||
    [...usage.typeNames].some((n) => !program.events.some((e) => e.name === n));
  const imports = ['use anchor_lang::prelude::*;', ...splImports(ix)];
  const crateImports = [
    usage.errors ? `use crate::${modules.error}::*;` : null,
    usage.events ? `use crate::${modules.events}::*;` : null,
    usage.helpers ? `use crate::${modules.helpers};` : null,
    usesStateModule ? `use crate::${modules.state}::*;` : null,
  ].filter((l): l is string => l !== null);
  return {
    name: names.instructionModule(ix),
    imports: crateImports.length > 0 ? [...imports, '', ...crateImports] : imports,
    children: [],
    reexported: true,
    items: (base) => [
      ...emitAccountsStruct(ix, structName, scope, base),
      '',
      ...handler(ix, structName, scope, usage, base),
    ],
  };
}

function handler(ix: Instruction, structName: string, scope: BodyScope, usage: BodyUsage, base: number): string[] {
  const inner = base + INDENT;
  const reloaded = reloadedAccounts(usage);
  const ctx = scope.context!;
  const aliases = ix.accounts
    .filter((a) => usage.accounts.has(a.name) || zeroCopyDef(scope.program, a.account))
    .map((a) => {
      if (zeroCopyDef(scope.program, a.account)) return pad(inner) + zeroCopyBorrow(a, ix.body, usage, ctx, taken(ix));
      const mutable = usage.written.has(a.name) || reloaded.has(a.name);
      return `${pad(inner)}let ${a.name} = &${mutable ? 'mut ' : ''}${ctx}.accounts.${a.name};`;
    });
  // An arg or the Context the body never reads is still part of the signature; `_` keeps rustc quiet about it.
  const params = [
    `${aliases.length > 0 || usage.bumps ? ctx : `_${ctx}`}: Context<${structName}>`,
    ...ix.args.map((a) => {
      return `${usage.reads.has(a.name) ? a.name : unusedName(a.name, taken(ix))}: ${rustType(a.type)}`;
    }),
  ];
  const body = [...ix.body];
  const last = body[body.length - 1];
  if (last?.kind === 'return') body.pop();
  const tail = alwaysReturns(body) ? [] : [`${pad(inner)}Ok(())`];
  return [
    ...fnSignature('pub fn handler', params, 'Result<()>', base),
    ...aliases,
    ...emitBlock(body, scope, inner),
    ...tail,
    `${pad(base)}}`,
  ];
}

const taken = (ix: Instruction): Set<string> => new Set([...ix.args, ...ix.accounts].map((p) => p.name));

/**
 * A zero-copy account's data, borrowed in place as Anchor's handler does before the body: `load_init` for one
 * `init` creates or `zero` initializes, `load_mut` when the body writes it, `load` otherwise. Every zero-copy
 * account is loaded (the sBPF program checks each one's length at the same point); the name shadows the
 * loader, whose key the body reads through the Context.
 */
function zeroCopyBorrow(a: AccountParam, body: readonly Stmt[], usage: BodyUsage, ctx: string, names: Set<string>): string {
  const load = zeroCopyLoad(a, usage.written.has(a.name));
  const method = load === 'init' ? 'load_init' : load === 'mut' ? 'load_mut' : 'load';
  // Only its data: the body reads the key through the Context.
  const used = someExpr(body, (e) => (e.kind === 'field' || e.kind === 'element') && e.account === a.name)
    || [...walkStatements(body)].some((s) => s.kind === 'assign' && s.place.kind !== 'local' && s.place.account === a.name);
  const binding = !used ? unusedName(a.name, names) : usage.written.has(a.name) ? `mut ${a.name}` : a.name;
  return `let ${binding} = ${ctx}.accounts.${a.name}.${method}()?;`;
}

/** `pub fn name(a: A, b: B) -> R {`, or one parameter per line when that is too wide (rustfmt's "Tall"). */
export function fnSignature(head: string, params: string[], ret: string, base: number): string[] {
  const oneLine = `${pad(base)}${head}(${params.join(', ')}) -> ${ret} {`;
  if (oneLine.length <= MAX_WIDTH) return [oneLine];
  return [`${pad(base)}${head}(`, ...params.map((p) => `${pad(base + INDENT)}${p},`), `${pad(base)}) -> ${ret} {`];
}
