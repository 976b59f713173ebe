// What an instruction or helper function body uses, gathered in one walk over the IR.
// In: the body, the accounts in reach and the program's helper functions. Out: reads per arg/local, the
// accounts the body touches (and which it writes or reloads, itself or through a helper), and the program
// items it names: the emitters decide imports, aliases, clones and `_` prefixes from it.
import type { CallArg, Expr, FunctionDef, KnownProgram, SignerSeed, Stmt, Type } from '../../ir/types.js';
import type { AccountRef } from './expressions.js';
import { isSplAccount } from '../../ir/token.js';
import { tokenCpiRefreshes } from './token.js';

export interface BodyUsage {
  /** Reads of each arg or local name (a place being assigned is not a read). */
  reads: Map<string, number>;
  /** Account params the body names (fields, keys, CPI accounts). */
  accounts: Set<string>;
  /** Account params whose fields the body assigns, or that it passes to a helper that writes them. */
  written: Set<string>;
  /** Locals the body assigns after their `let` (only those need `let mut`). */
  reassigned: Set<string>;
  /**
   * Per token CPI (or CPI into another DSL program), the token accounts and mints it changes (may change) whose
   * fields the body reads after it: Anchor's `Account` holds the data deserialized before the handler, so they are
   * reloaded after the CPI to read what the DSL reads (the account as it is now). "After" is textual order, which
   * covers every path.
   */
  reloads: Map<Stmt, string[]>;
  /** `ctx.bumps.<acc>` is read. */
  bumps: boolean;
  errors: boolean;
  events: boolean;
  /** The body calls a helper function. */
  helpers: boolean;
  /** Program struct/event/state type names the body spells out (struct literals, typed locals). */
  typeNames: Set<string>;
}

export function bodyUsage(body: readonly Stmt[], accounts: readonly AccountRef[], functions: readonly FunctionDef[]): BodyUsage {
  const u: BodyUsage = {
    reads: new Map(), accounts: new Set(), written: new Set(), reassigned: new Set(), reloads: new Map(), bumps: false, errors: false, events: false,
    helpers: false, typeNames: new Set(),
  };
  const read = (name: string): void => { u.reads.set(name, (u.reads.get(name) ?? 0) + 1); };
  // Field reads and token CPIs in textual order, to find the reads that follow each CPI.
  const events: ({ read: string } | { cpi: Stmt & { kind: 'tokenCpi' | 'programCpi' } })[] = [];
  const seed = (s: SignerSeed): void => {
    if (s.kind === 'bump') u.bumps = true;
    if (s.kind === 'accountKey' || s.kind === 'field') u.accounts.add(s.account);
    if (s.kind === 'field') events.push({ read: s.account });
    if (s.kind === 'arg') read(s.arg);
  };
  const callOf = (fn: string, args: readonly CallArg[]): void => {
    const callee = functions.find((f) => f.name === fn);
    if (!callee) throw new Error(`internal: call of unknown helper function ${fn}`);
    u.helpers = true;
    args.forEach((a, i) => {
      if (a.kind !== 'account') return;
      u.accounts.add(a.account);
      events.push({ read: a.account }); // the helper may read its fields
      const p = callee.params[i];
      if (p?.kind === 'account' && p.mut) u.written.add(a.account);
    });
  };
  const expr = (root: Expr): void => walkExpr(root, (e) => {
    if (e.kind === 'arg' || e.kind === 'local') read(e.name);
    else if (e.kind === 'field' || e.kind === 'element') { u.accounts.add(e.account); events.push({ read: e.account }); }
    else if (e.kind === 'accountKey') u.accounts.add(e.account);
    else if (e.kind === 'bump') u.bumps = true;
    else if (e.kind === 'struct') u.typeNames.add(e.name);
    else if (e.kind === 'call') callOf(e.fn, e.args);
  });
  const stmt = (s: Stmt): void => {
    switch (s.kind) {
      case 'assign':
        if (s.place.kind === 'local') u.reassigned.add(s.place.name);
        else { u.accounts.add(s.place.account); u.written.add(s.place.account); }
        if (s.place.kind === 'element') expr(s.place.index);
        expr(s.value);
        break;
      case 'let': typeNamesOf(s.type).forEach((n) => u.typeNames.add(n)); expr(s.value); break;
      case 'if': expr(s.cond); s.then.forEach(stmt); s.else.forEach(stmt); break;
      case 'return': if (s.value) expr(s.value); break;
      case 'call':
        callOf(s.fn, s.args);
        s.args.forEach((a) => { if (a.kind === 'value') expr(a.value); });
        break;
      case 'require': u.errors = true; expr(s.cond); break;
      case 'emit': u.events = true; s.fields.forEach(expr); break;
      case 'log': s.parts.forEach((p) => { if (typeof p !== 'string') expr(p); }); break;
      case 'systemTransfer':
        u.accounts.add(s.from); u.accounts.add(s.to);
        programs('system');
        expr(s.amount);
        s.signerSeeds?.forEach(seed);
        break;
      case 'tokenCpi':
        Object.values(s.accounts).forEach((name) => u.accounts.add(name));
        programs('token');
        if (s.createMint) { u.accounts.add(s.createMint.payer); programs('system'); }
        s.args.forEach(expr);
        s.signerSeeds?.forEach(seed);
        events.push({ cpi: s });
        break;
      case 'programCpi':
        u.accounts.add(s.program);
        s.accounts.forEach((a) => u.accounts.add(a.account));
        s.args.forEach(expr);
        events.push({ cpi: s });
        break;
    }
  };
  /** A CPI passes its program's account, so the handler borrows it. */
  const programs = (program: KnownProgram): void => {
    for (const a of accounts) if (a.account.kind === 'program' && a.account.program === program) u.accounts.add(a.name);
  };
  body.forEach(stmt);
  const spl = new Set(accounts.filter((a) => isSplAccount(a.account)).map((a) => a.name));
  events.forEach((event, i) => {
    if (!('cpi' in event)) return;
    const readLater = new Set(events.slice(i + 1).flatMap((e) => ('read' in e ? [e.read] : [])));
    const changed = event.cpi.kind === 'tokenCpi' ? tokenCpiRefreshes(event.cpi) : event.cpi.accounts.flatMap((a) => (a.writable ? [a.account] : []));
    const stale = changed.filter((name) => spl.has(name) && readLater.has(name));
    if (stale.length > 0) u.reloads.set(event.cpi, stale);
  });
  return u;
}

/** Accounts some token CPI of the body reloads (their handler alias must be `&mut`). */
export const reloadedAccounts = (u: BodyUsage): Set<string> => new Set([...u.reloads.values()].flat());

/** Calls `visit` on `e` and every expression inside it. */
export function walkExpr(e: Expr, visit: (e: Expr) => void): void {
  visit(e);
  switch (e.kind) {
    case 'arith': case 'minmax': case 'compare': case 'logic': walkExpr(e.left, visit); walkExpr(e.right, visit); break;
    case 'not': walkExpr(e.operand, visit); break;
    case 'isSome': walkExpr(e.value, visit); break;
    case 'mulDiv': walkExpr(e.a, visit); walkExpr(e.b, visit); walkExpr(e.c, visit); break;
    case 'convert': walkExpr(e.value, visit); break;
    case 'element': walkExpr(e.index, visit); break;
    case 'struct': for (const f of e.fields) walkExpr(f, visit); break;
    case 'call': for (const a of e.args) if (a.kind === 'value') walkExpr(a.value, visit); break;
    default: break;
  }
}

/** Struct names a type mentions (`Vec<Item>` → Item). */
export function typeNamesOf(t: Type): string[] {
  if (t.kind === 'struct') return [t.name];
  if (t.kind === 'vec' || t.kind === 'array') return typeNamesOf(t.elem);
  if (t.kind === 'option') return typeNamesOf(t.inner);
  return [];
}

/** True when control never falls off the end of `stmts` (so no trailing `Ok(())` is needed). */
export function alwaysReturns(stmts: Stmt[]): boolean {
  const last = stmts[stmts.length - 1];
  if (!last) return false;
  if (last.kind === 'return') return true;
  return last.kind === 'if' && alwaysReturns(last.then) && alwaysReturns(last.else);
}
