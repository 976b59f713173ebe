// Helper functions → the `helpers` module (`helpers.rs`, or `mod helpers` inline in the single file).
// In: the Program, the crate's names, and where to record error origins (if asked). Out: a RustModule with one
// plain `pub fn` per FunctionDef, or null when there is none: state accounts come in as `&T` (`&mut T` when the
// function writes them), token accounts and mints as `&TokenAccount`/`&Mint`, values by copy; the result is
// `Result<T>`, so checked arithmetic, `require!` and conversions fail exactly as they do in a handler.
import type { FunctionDef, FunctionParam, Program } from '../../ir/types.js';
import { INDENT, layout, pad } from './format.js';
import { fnSignature } from './instruction.js';
import type { RustModule } from './modules.js';
import { unusedName, type CrateNames } from './names.js';
import type { OriginRecorder } from './origins.js';
import { emitBlock, okDoc, type BodyScope } from './statements.js';
import { rustType } from './types.js';
import { bodyUsage, typeNamesOf, type BodyUsage } from './usage.js';
import { walkStatements } from '../../ir/walk.js';
import { unraw } from '../../ir/rust-names.js';
import type { AccountRef } from './expressions.js';

export function helpersModule(program: Program, names: CrateNames, origins?: OriginRecorder): RustModule | null {
  if (program.functions.length === 0) return null;
  const usages = program.functions.map((f) => bodyUsage(f.body, accountRefs(f), program.functions));
  return {
    name: names.modules.helpers,
    imports: imports(program, usages, names),
    children: [],
    reexported: false,
    items: (base) => program.functions.flatMap((f, i) => [
      ...(i > 0 ? [''] : []),
      ...helperFn(program, f, usages[i], names.errorEnum, base, origins),
    ]),
  };
}

const accountRefs = (f: FunctionDef): AccountRef[] =>
  f.params.flatMap((p) => (p.kind === 'account' ? [{ name: p.name, account: p.account }] : []));

/** The anchor_spl types the signatures name. */
function splNames(program: Program): string[] {
  const kinds = new Set(program.functions.flatMap((f) => f.params.flatMap((p) => (p.kind === 'account' ? [p.account.kind] : []))));
  const names = [];
  if (kinds.has('mint')) names.push('Mint');
  if (kinds.has('tokenAccount') || kinds.has('associatedTokenAccount')) names.push('TokenAccount');
  return names;
}

function imports(program: Program, usages: BodyUsage[], { modules }: CrateNames): string[] {
  const spl = splNames(program);
  // The explicit anchor_spl imports would shadow a program type of the same name from the state glob.
  const shadowed = [...program.stateAccounts, ...program.structs, ...program.events].find((t) => spl.includes(t.name));
  if (shadowed) throw new Error(`internal: program type ${shadowed.name} has the name of an anchor_spl type the helpers import`);
  const lines = ['use anchor_lang::prelude::*;'];
  if (spl.length === 1) lines.push(`use anchor_spl::token::${spl[0]};`);
  if (spl.length > 1) lines.push(`use anchor_spl::token::{${spl.join(', ')}};`);
  const signatureTypes = program.functions.flatMap((f) => [
    ...f.params.flatMap((p) => (p.kind === 'account' ? (p.account.kind === 'state' ? [p.account.type] : []) : typeNamesOf(p.type))),
    ...(f.returns ? typeNamesOf(f.returns) : []),
  ]);
  const bodyTypes = usages.flatMap((u) => [...u.typeNames]).filter((n) => !program.events.some((e) => e.name === n));
  const crate = [
    usages.some((u) => u.errors) ? `use crate::${modules.error}::*;` : null,
    usages.some((u) => u.events) ? `use crate::${modules.events}::*;` : null,
    signatureTypes.length > 0 || bodyTypes.length > 0 ? `use crate::${modules.state}::*;` : null,
  ].filter((l): l is string => l !== null);
  return crate.length > 0 ? [...lines, '', ...crate] : lines;
}

function helperFn(program: Program, f: FunctionDef, usage: BodyUsage, errorEnum: string, base: number, origins?: OriginRecorder): string[] {
  const inner = base + INDENT;
  // A parameter or local of the same Rust name would shadow a helper called by its bare name.
  const locals = [...walkStatements(f.body)].flatMap((s) => (s.kind === 'let' ? [s.name] : []));
  const shadowing = new Set([...f.params.map((p) => p.name), ...locals]);
  const scope: BodyScope = {
    program, ix: null, accounts: accountRefs(f), helperPath: (fn) => (shadowing.has(fn) ? `self::${fn}` : fn), errorEnum,
    reads: usage.reads, reassigned: usage.reassigned, reloads: usage.reloads, origins,
  };
  // A parameter the body never reads is still part of the signature; `_` keeps rustc quiet about it.
  const taken = new Set([...shadowing].map(unraw));
  const params = f.params.map((p) => `${isUsed(p, usage) ? p.name : unusedName(p.name, taken)}: ${paramType(p)}`);
  const body = [...f.body];
  const last = body[body.length - 1];
  // A trailing `return` becomes the tail expression, as Rust writes it; a body that cannot reach its end needs none.
  const result = last?.kind === 'return' ? body.pop() as typeof last : undefined;
  const tail = result || !diverges(body) ? [pad(inner) + layout(okDoc(result?.value, scope), inner, inner, 0)] : [];
  return [
    ...fnSignature(`pub fn ${f.name}`, params, `Result<${f.returns ? rustType(f.returns) : '()'}>`, base),
    ...emitBlock(body, scope, inner),
    ...tail,
    `${pad(base)}}`,
  ];
}

const isUsed = (p: FunctionParam, usage: BodyUsage): boolean =>
  p.kind === 'account' ? usage.accounts.has(p.name) : usage.reads.has(p.name);

function paramType(p: FunctionParam): string {
  if (p.kind === 'value') return rustType(p.type);
  const ref = p.mut ? '&mut ' : '&';
  switch (p.account.kind) {
    case 'state': return ref + p.account.type;
    case 'mint': return `${ref}Mint`;
    case 'tokenAccount': case 'associatedTokenAccount': return `${ref}TokenAccount`;
    default: throw new Error(`internal: helper ${p.name} cannot take a ${p.account.kind} account`);
  }
}

/** True when no path through `stmts` reaches its end (some statement returns on every path). */
function diverges(stmts: FunctionDef['body']): boolean {
  return stmts.some((s) => s.kind === 'return' || (s.kind === 'if' && diverges(s.then) && diverges(s.else)));
}
