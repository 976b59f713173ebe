// One program-class method → one IR Instruction.
// In: the method declaration and the ProgramModel. Out: the instruction (args and accounts in
// parameter order, constraints applied, body lowered, mut/signer flags and implicit programs derived).
import ts from 'typescript';
import type { AccountKind, AccountParam, Arg, Instruction, Stmt } from '../ir/types.js';
import { snakeCase } from '../ir/names.js';
import { sighash } from '../ir/discriminator.js';
import { Messages } from '../diagnostics/messages.js';
import { dslError, withRelated } from '../diagnostics/diagnostic.js';
import { Scope, type BodyEnv } from './scope.js';
import { accountKindOf, applyConstraints, constraintTarget } from './accounts.js';
import { lowerStatements } from './statements.js';
import { lowerTypeNode } from './types.js';
import { checkRustName } from './rustnames.js';

export function lowerInstruction(env: BodyEnv, method: ts.MethodDeclaration): Instruction | null {
  const { ctx } = env;
  const tsName = method.name.getText(ctx.sourceFile);
  const name = snakeCase(tsName);
  const before = ctx.diagnostics.length;
  checkRustName(ctx, method.name, name);
  const scope = new Scope();
  const accounts: AccountParam[] = [];
  const args: Arg[] = [];
  const seenNames = new Map<string, ts.Node>();

  for (const p of method.parameters) lowerParameter(env, scope, p, seenNames, accounts, args);

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
  if (needsSystemProgram(accounts, body)) {
    const clash = seenNames.get('system_program');
    if (clash) ctx.error(Messages.NameCollision, clash, clash.getText(ctx.sourceFile), 'the System Program account the instruction needs', 'system_program');
    accounts.push(systemProgram(ctx.span(method.name)));
  }
  if (ctx.diagnostics.length > before) return null;
  return { name, discriminator: sighash('global', name), args, accounts, body, span: ctx.span(method.name) };
}

const TOKEN_KINDS: Record<string, AccountKind> = {
  Mint: { kind: 'mint' }, TokenAccount: { kind: 'tokenAccount' }, AssociatedTokenAccount: { kind: 'associatedTokenAccount' },
};

/** Declares one method parameter as an account or an argument (in parameter order). */
function lowerParameter(env: BodyEnv, scope: Scope, p: ts.ParameterDeclaration, seenNames: Map<string, ts.Node>, accounts: AccountParam[], args: Arg[]): void {
  const { ctx } = env;
  if (!ts.isIdentifier(p.name)) return ctx.error(Messages.DestructuringNotSupported, p.name);
  const rustName = snakeCase(p.name.text);
  const clash = seenNames.get(rustName);
  if (clash) return ctx.error(Messages.NameCollision, p.name, clash.getText(ctx.sourceFile), p.name.text, rustName);
  seenNames.set(rustName, p.name);
  if (!checkRustName(ctx, p.name, rustName)) return;
  if (!p.type) return ctx.error(Messages.MissingParamType, p, p.name.text);
  if (p.questionToken || p.dotDotDotToken || p.initializer) return ctx.error(Messages.UnsupportedType, p, p.getText(ctx.sourceFile));

  const tokenKind = tokenAccountKindOf(ctx, p.type);
  if (tokenKind) ctx.error(Messages.NotYetSupportedAccount, p.type, p.type.getText(ctx.sourceFile));
  // Token accounts stay bound (the instruction is already in error) so their uses do not cascade.
  const kind = accountKindOf(ctx, env.model, p.type) ?? tokenKind;
  if (kind) {
    const param: AccountParam = { name: rustName, account: kind, mut: false, signer: kind.kind === 'signer', hasOne: [], implicit: false, span: ctx.span(p.name) };
    const state = kind.kind === 'state' ? [...env.model.states.values()].find((st) => st.name === kind.type) : undefined;
    accounts.push(param);
    scope.declare(p.name.text, { kind: 'account', param, state, decl: p });
    return;
  }
  const structOf = (n: ts.EntityName) => {
    const decl = ctx.userDeclaration(n);
    return decl ? env.model.structs.get(decl)?.name : undefined;
  };
  if (ts.isTypeReferenceNode(p.type) && ctx.dslName(p.type.typeName) === undefined && !structOf(p.type.typeName)) {
    return ctx.error(Messages.UnknownAccountType, p.type, p.type.getText(ctx.sourceFile));
  }
  const type = lowerTypeNode(ctx, p.type, structOf);
  if (!type) return;
  const arg: Arg = { name: rustName, type, span: ctx.span(p.name) };
  args.push(arg);
  scope.declare(p.name.text, { kind: 'arg', arg });
}

/** SPL Token account types, which this front end does not lower yet. */
function tokenAccountKindOf(ctx: BodyEnv['ctx'], type: ts.TypeNode): AccountKind | undefined {
  return ts.isTypeReferenceNode(type) ? TOKEN_KINDS[ctx.dslName(type.typeName) ?? ''] : undefined;
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
