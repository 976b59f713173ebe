// One program-class method → one IR Instruction.
// In: the method declaration and the ProgramModel. Out: the instruction (args and accounts in
// parameter order, constraints applied, body lowered, mut/signer flags and implicit programs derived).
import ts from 'typescript';
import type { AccountParam, Instruction, Stmt } from '../ir/types.js';
import { snakeCase } from '../ir/names.js';
import { sighash } from '../ir/discriminator.js';
import { Messages } from '../diagnostics/messages.js';
import { dslError, withRelated } from '../diagnostics/diagnostic.js';
import { Scope, type BodyEnv } from './scope.js';
import { accountKindOf, applyConstraints, constraintTarget } from './accounts.js';
import { lowerStatements } from './statements.js';
import { lowerTypeNode } from './types.js';

export function lowerInstruction(env: BodyEnv, method: ts.MethodDeclaration): Instruction | null {
  const { ctx } = env;
  const tsName = method.name.getText(ctx.sourceFile);
  const name = snakeCase(tsName);
  const before = ctx.diagnostics.length;
  const scope = new Scope();
  const accounts: AccountParam[] = [];
  const args: Instruction['args'] = [];
  const seenNames = new Map<string, ts.Node>();

  for (const p of method.parameters) {
    if (!ts.isIdentifier(p.name)) {
      ctx.error(Messages.DestructuringNotSupported, p.name);
      continue;
    }
    const rustName = snakeCase(p.name.text);
    const clash = seenNames.get(rustName);
    if (clash) {
      ctx.error(Messages.NameCollision, p.name, clash.getText(ctx.sourceFile), p.name.text, rustName);
      continue;
    }
    seenNames.set(rustName, p.name);
    if (!p.type || p.questionToken || p.dotDotDotToken || p.initializer) {
      ctx.error(p.type ? Messages.UnsupportedType : Messages.MissingParamType, p, p.type ? p.getText(ctx.sourceFile) : p.name.text);
      continue;
    }
    const kind = accountKindOf(ctx, env.model, p.type);
    if (kind) {
      const param: AccountParam = { name: rustName, account: kind, mut: false, signer: kind.kind === 'signer', hasOne: [], implicit: false, span: ctx.span(p.name) };
      const state = kind.kind === 'state' ? [...env.model.states.values()].find((s) => s.name === kind.type) : undefined;
      accounts.push(param);
      scope.declare(p.name.text, { kind: 'account', param, state, decl: p });
      continue;
    }
    if (isUnsupportedAccountType(ctx, p.type)) {
      ctx.error(Messages.NotYetSupportedAccount, p.type, p.type.getText(ctx.sourceFile));
      continue;
    }
    const structOf = (n: ts.EntityName) => {
      const decl = ctx.userDeclaration(n);
      return decl ? env.model.structs.get(decl)?.name : undefined;
    };
    if (ts.isTypeReferenceNode(p.type) && ctx.dslName(p.type.typeName) === undefined && !structOf(p.type.typeName)) {
      ctx.error(Messages.UnknownAccountType, p.type, p.type.getText(ctx.sourceFile));
      continue;
    }
    const type = lowerTypeNode(ctx, p.type, structOf);
    if (!type) continue;
    const arg = { name: rustName, type, span: ctx.span(p.name) };
    args.push(arg);
    scope.declare(p.name.text, { kind: 'arg', arg });
  }

  const statements = method.body?.statements ?? [];
  // Constraints first: the body may read what they define (e.g. `acc.getBump()` before `acc.derive`).
  for (const s of statements) {
    if (constraintTarget(scope, s)) applyConstraints(env, scope, s as ts.ExpressionStatement);
  }
  for (const a of accounts) {
    // A keypair account created without seeds signs its own creation (Anchor adds `signer`).
    if (a.init && !a.pda) a.signer = true;
  }
  const body = lowerStatements(env, scope, statements, true);
  markMutable(accounts, body);
  if (needsSystemProgram(accounts, body)) accounts.push(systemProgram(ctx.span(method.name)));
  if (ctx.diagnostics.length > before) return null;
  return { name, discriminator: sighash('global', name), args, accounts, body, span: ctx.span(method.name) };
}

/** DSL account types of later issues (tokens) that this front end does not lower yet. */
function isUnsupportedAccountType(ctx: BodyEnv['ctx'], type: ts.TypeNode): boolean {
  if (!ts.isTypeReferenceNode(type)) return false;
  const name = ctx.dslName(type.typeName);
  return name === 'Mint' || name === 'TokenAccount' || name === 'AssociatedTokenAccount';
}

function systemProgram(span: AccountParam['span']): AccountParam {
  return { name: 'system_program', account: { kind: 'program', program: 'system' }, mut: false, signer: false, hasOne: [], implicit: true, span };
}

function* walk(stmts: readonly Stmt[]): Generator<Stmt> {
  for (const s of stmts) {
    yield s;
    if (s.kind === 'if') {
      yield* walk(s.then);
      yield* walk(s.else);
    }
  }
}

function needsSystemProgram(accounts: readonly AccountParam[], body: readonly Stmt[]): boolean {
  return accounts.some((a) => a.init) || [...walk(body)].some((s) => s.kind === 'systemTransfer');
}

/** Anchor's `mut`: every account whose data or lamports the instruction changes. */
function markMutable(accounts: AccountParam[], body: readonly Stmt[]): void {
  const written = new Set<string>();
  for (const a of accounts) {
    if (a.init) written.add(a.name).add(a.init.payer);
    if (a.close) written.add(a.name).add(a.close);
  }
  for (const s of walk(body)) {
    if (s.kind === 'systemTransfer') written.add(s.from).add(s.to);
    if (s.kind === 'assign' && s.place.kind === 'field') written.add(s.place.account);
  }
  for (const a of accounts) if (written.has(a.name)) a.mut = true;
}

/** Instruction names must stay unique after snake_casing (`setData` and `set_data` collide). */
export function checkDuplicateInstructions(env: BodyEnv, methods: readonly ts.MethodDeclaration[]): void {
  const { ctx } = env;
  const first = new Map<string, ts.MethodDeclaration>();
  for (const m of methods) {
    const name = snakeCase(m.name.getText(ctx.sourceFile));
    const prev = first.get(name);
    if (prev) {
      ctx.diagnostics.push(withRelated(dslError(Messages.DuplicateInstruction, ctx.span(m.name), name), 'first declared here', ctx.span(prev.name)));
    } else first.set(name, m);
  }
}
