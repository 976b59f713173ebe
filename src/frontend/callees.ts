// CPIs into other DSL programs: `import Callee from "./callee"`, an account parameter `callee: Program<Callee>`
// (Anchor's `Program<'info, Callee>`), and `callee.someInstruction(…)` in an instruction body, which takes the
// callee method's own parameters in order (any account where it takes an account).
// In: the parameter's type node, or the call. Out: the calleeProgram AccountKind (the callee compiled from its
// file, once per compilation), the programCpi statement, and the summary of what is called (Program.callees).
import { ts } from './typescript.js';
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import type { AccountKind, AccountParam, CalleeInstruction, CalleeProgram, CpiAccount, Expr, Instruction, KnownProgram, Program, Stmt } from '../ir/types.js';
import { snakeCase } from '../ir/names.js';
import { Messages } from '../diagnostics/messages.js';
import { formatDiagnostic } from '../diagnostics/format.js';
import type { LowerContext } from './context.js';
import type { ProgramModel } from './collect.js';
import type { AccountBinding, BodyEnv, Scope } from './scope.js';
import { lowerExpr } from './expressions.js';
import { typeText } from './types.js';
import { compileSource } from './index.js';
import { refuseZeroCopyCpiAccount } from './zerocopy.js';

export interface CalleeEntry {
  program: Program;
  /** The callee's file (absolute). */
  path: string;
  /** The instructions called so far, in first-call order. */
  called: CalleeInstruction[];
}

/** The names the caller's implicit program accounts take (accountflags.ts appends them). */
export const IMPLICIT_PROGRAM_NAMES: Record<KnownProgram, string> = {
  system: 'system_program', token: 'token_program', associatedToken: 'associated_token_program',
};

/** Files being compiled, the caller's included: a callee among them imports back. */
const compiling = new Set<string>();

/** `Program<Callee>`: the callee compiled from the file its class comes from. */
export function calleeKind(ctx: LowerContext, model: ProgramModel, type: ts.TypeReferenceNode): AccountKind {
  const arg = type.typeArguments?.length === 1 ? type.typeArguments[0] : undefined;
  const decl = arg && ts.isTypeReferenceNode(arg) ? ctx.symbolOf(arg.typeName)?.declarations?.[0] : undefined;
  const file = decl?.getSourceFile();
  const fallback: AccountKind = { kind: 'unchecked' };
  if (!decl || !file || !ts.isClassDeclaration(decl) || file === ctx.sourceFile || file.isDeclarationFile) {
    ctx.error(Messages.ProgramTypeArgument, arg ?? type, arg?.getText(ctx.sourceFile) ?? '');
    return fallback;
  }
  const path = resolve(file.fileName);
  const known = [...model.callees.values()].find((c) => c.path === path);
  if (known) return { kind: 'calleeProgram', callee: known.program.name };
  const self = resolve(ctx.sourceFile.fileName);
  if (compiling.has(path)) {
    ctx.error(Messages.CalleeCycle, arg!, ctx.displayName, decl.name?.text ?? path);
    return fallback;
  }
  // The callee is named as the caller's import names it, relative to the caller: nothing machine-specific in messages.
  const shown = relative(dirname(ctx.sourceFile.fileName), path).split(sep).join('/');
  compiling.add(self);
  const result = (() => {
    try {
      return compileSource(shown, readFileSync(path, 'utf8'), path);
    } finally {
      compiling.delete(self);
    }
  })();
  if (!result.program) {
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    ctx.error(Messages.CalleeDoesNotCompile, arg!, decl.name?.text ?? shown, shown, errors.length, errors[0] ? formatDiagnostic(errors[0]) : 'none');
    return fallback;
  }
  model.callees.set(result.program.name, { program: result.program, path, called: [] });
  return { kind: 'calleeProgram', callee: result.program.name };
}

/** `callee.ix(…)` on a `Program<Callee>` account: the CPI, its accounts and arguments in the callee's order. */
export function lowerProgramCpi(env: BodyEnv, scope: Scope, call: ts.CallExpression, program: AccountBinding, method: string): Stmt[] {
  const { ctx } = env;
  const kind = program.param.account;
  if (kind.kind !== 'calleeProgram') throw new Error(`internal: ${program.param.name} is not a callee program`);
  const entry = env.model.callees.get(kind.callee);
  const ix = entry?.program.instructions.find((i) => i.name === snakeCase(method));
  if (!entry || !ix) throw new Error(`internal: ${kind.callee} has no instruction ${method} after type checking`);
  const label = entry.program.className;
  const names: string[] = [];
  const args: Expr[] = [];
  let ok = true;
  parameterOrder(ix).forEach((param, i) => {
    const node = call.arguments[i];
    if (!node) throw new Error(`internal: ${label}.${method} lacks argument ${i} after type checking`);
    if (param.kind === 'account') {
      const b = ts.isIdentifier(node) ? scope.lookup(node.text) : undefined;
      if (b?.kind !== 'account') {
        ctx.error(Messages.NotAnAccount, node, node.getText(ctx.sourceFile));
        ok = false;
        return;
      }
      if (refuseZeroCopyCpiAccount(ctx, b, node, `${label}.${method}`)) {
        ok = false;
        return;
      }
      if (signs(param.account) && b.param.account.kind !== 'signer' && !b.param.signer) {
        ctx.error(Messages.CpiSignerNeeded, node, label, method, node.getText(ctx.sourceFile));
        ok = false;
        return;
      }
      names.push(b.param.name);
      return;
    }
    const t = param.arg.type;
    if (t.kind !== 'int' && t.kind !== 'bool' && t.kind !== 'pubkey') {
      ctx.error(Messages.CpiArgumentType, node, label, method, param.arg.name, typeText(t));
      ok = false;
      return;
    }
    const value = lowerExpr(env, scope, node, t);
    if (value) args.push(value);
    else ok = false;
  });
  // The callee's implicit program accounts come from the caller's own (accountflags.ts appends them).
  for (const a of ix.accounts) if (a.implicit && a.account.kind === 'program') names.push(IMPLICIT_PROGRAM_NAMES[a.account.program]);
  if (!ok) return [];
  const called = summary(ix);
  if (!entry.called.some((c) => c.name === ix.name)) entry.called.push(called);
  const accounts: CpiAccount[] = called.accounts.map((a, i) => ({ account: names[i], writable: a.writable, signer: a.signer }));
  return [{ kind: 'programCpi', program: program.param.name, callee: entry.program.name, instruction: ix.name, accounts, args, span: ctx.span(call) }];
}

/** What Program.callees lists: every callee with the instructions called, in the order first met. */
export function calleePrograms(model: ProgramModel): CalleeProgram[] | undefined {
  const called = [...model.callees.values()].filter((c) => c.called.length > 0);
  if (called.length === 0) return undefined;
  return called.map(({ program, called: instructions }) => ({
    name: program.name, className: program.className, programId: program.programId, instructions,
  }));
}

type Parameter = { kind: 'account'; account: AccountParam } | { kind: 'arg'; arg: Instruction['args'][number] };

/** The callee method's parameters in source order (the IR keeps accounts and arguments apart). */
function parameterOrder(ix: Instruction): Parameter[] {
  const params: Parameter[] = [
    ...ix.accounts.filter((a) => !a.implicit).map((account): Parameter => ({ kind: 'account', account })),
    ...ix.args.map((arg): Parameter => ({ kind: 'arg', arg })),
  ];
  const at = (p: Parameter) => (p.kind === 'account' ? p.account.span : p.arg.span);
  return params.sort((x, y) => at(x).line - at(y).line || at(x).col - at(y).col);
}

/** Whether the callee needs the account to sign, as its IDL says. */
function signs(a: AccountParam): boolean {
  return a.account.kind === 'signer' || a.signer;
}

function summary(ix: Instruction): CalleeInstruction {
  return {
    name: ix.name,
    discriminator: ix.discriminator,
    accounts: ix.accounts.map((a) => {
      const program = a.implicit && a.account.kind === 'program' ? { program: a.account.program } : {};
      return { name: a.name, writable: a.mut || a.init !== undefined, signer: signs(a), ...program };
    }),
    args: ix.args,
  };
}
