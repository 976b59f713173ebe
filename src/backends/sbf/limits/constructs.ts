// IR constructs the sBPF code generator does not compile yet: struct literals, events with vector fields
// (or structs and arrays holding strings or vectors), and state accounts holding strings or vectors passed
// to helper functions. In: an IR Program. Out: a diagnostic at each statement or function that uses one.
import { dslError, type Diagnostic } from '../../../diagnostics/diagnostic.js';
import { Messages } from '../../../diagnostics/messages.js';
import { isFixedSize, structLookup, type StructLookup } from '../../../ir/layout.js';
import { camelCase } from '../../../ir/names.js';
import type { Expr, Program, Stmt, Type } from '../../../ir/types.js';
import { exprSome, ownExprs, walkStatements } from '../../../ir/walk.js';
import { isEmittable } from '../codegen/logging.js';
import { programAnchorFacts, targetAnchorVersion, versionText } from '../../../ir/anchor-version.js';

export function checkConstructs(program: Program): Diagnostic[] {
  const structs = structLookup(program);
  const out: Diagnostic[] = [];
  const bodies = [...program.instructions.map((ix) => ix.body), ...program.functions.map((f) => f.body)];
  for (const body of bodies) {
    for (const s of walkStatements(body)) {
      const literal = structLiteralIn(s);
      if (literal) out.push(dslError(Messages.SbfStructLiteral, s.span, literal.name));
      if (s.kind === 'emit') out.push(...eventProblems(program, structs, s));
    }
  }
  if (!programAnchorFacts(program).checksZeroCopyLength) {
    const release = versionText(targetAnchorVersion(program));
    for (const def of program.stateAccounts.filter((d) => d.zeroCopy)) out.push(dslError(Messages.SbfZeroCopyRelease, def.span, def.name, release));
  }
  for (const f of program.functions) {
    for (const p of f.params) {
      if (p.kind !== 'account' || p.account.kind !== 'state') continue;
      const state = p.account.type;
      const def = program.stateAccounts.find((d) => d.name === state);
      if (def && !def.fields.every((field) => isFixedSize(field.type, structs))) {
        out.push(dslError(Messages.SbfFunctionStateAccount, f.span, camelCase(f.name), camelCase(p.name), state));
      }
    }
  }
  return out;
}

function structLiteralIn(s: Stmt): (Expr & { kind: 'struct' }) | null {
  let found: (Expr & { kind: 'struct' }) | null = null;
  for (const e of ownExprs(s)) {
    exprSome(e, (x) => {
      if (x.kind === 'struct') found ??= x;
      return found !== null;
    });
  }
  return found;
}

function eventProblems(program: Program, structs: StructLookup, s: Stmt & { kind: 'emit' }): Diagnostic[] {
  const def = program.events.find((e) => e.name === s.event);
  const field = def?.fields.find((f) => !isEmittable(f.type, structs));
  return def && field ? [dslError(Messages.SbfEventField, s.span, def.name, camelCase(field.name), unemittable(field.type))] : [];
}

/** What an event field the backend cannot write is, in the words of the message. */
function unemittable(t: Type): string {
  switch (t.kind) {
    case 'vec': return 'a vector';
    case 'array': return 'an array holding strings or vectors';
    default: return 'a struct holding strings or vectors';
  }
}
