// Top-level declarations → the program's named parts.
// In: the user's SourceFile. Out: a ProgramModel — the program class and its id, state accounts,
// structs, events and errors (IR defs keyed by their TypeScript declaration), the helper function
// declarations (lowered later, in functions.ts) — plus diagnostics.
import { ts } from './typescript.js';
import type { ErrorDef, EventDef, FieldDef, StateAccountDef, StructDef, Type } from '../ir/types.js';
import { snakeCase } from '../ir/names.js';
import { sighash } from '../ir/discriminator.js';
import { maxSize } from '../ir/layout.js';
import { collectStaticConstant, collectTopLevelConstants, isStaticReadonly, type Constants } from './constants.js';
import { Messages } from '../diagnostics/messages.js';
import { dslError, withRelated } from '../diagnostics/diagnostic.js';
import { spanAt, type LowerContext } from './context.js';
import { lowerTypeNode, type StructResolver } from './types.js';
import { pubkeyProblem } from '../ir/base58.js';
import { RESERVED_ADDRESSES } from '../ir/reserved-addresses.js';
import { undefinedUnionMember } from './optionals.js';
import type { CalleeEntry } from './callees.js';
import { checkZeroCopyState } from './zerocopy.js';

export interface ProgramModel {
  programClass: ts.ClassDeclaration | null;
  programId: string | null;
  states: Map<ts.Declaration, StateAccountDef>;
  structs: Map<ts.Declaration, StructDef>;
  events: Map<ts.Declaration, EventDef>;
  /** Error enums, for resolving `XError.Name` in `require`. */
  errorEnums: Set<ts.Declaration>;
  errors: ErrorDef[];
  /** Helper functions (module-level functions, the program class's private methods), in source order. */
  functions: HelperDeclaration[];
  /** Other DSL programs named by `Program<Callee>` parameters, compiled, by their name (callees.ts). */
  callees: Map<string, CalleeEntry>;
  /** Named constants: top-level `const`s and the program class's `static readonly` members (constants.ts). */
  constants: Constants;
}

/**
 * A helper function: a module-level `function`, or a `private`/`protected` method of the program class (called as
 * `this.name(…)`), lowered alike (functions.ts).
 */
export type HelperDeclaration = ts.FunctionDeclaration | (ts.MethodDeclaration & { name: ts.Identifier });

/** A `private` or `protected` method of the program class: a helper function, not an instruction. */
export function isHelperMethod(member: ts.ClassElement): member is ts.MethodDeclaration & { name: ts.Identifier } {
  if (!ts.isMethodDeclaration(member) || !ts.isIdentifier(member.name)) return false;
  return (ts.getModifiers(member) ?? []).some((m) => m.kind === ts.SyntaxKind.PrivateKeyword || m.kind === ts.SyntaxKind.ProtectedKeyword);
}

type InterfaceRole = 'state' | 'zeroCopy' | 'event' | 'struct';

export function collectProgram(ctx: LowerContext): ProgramModel {
  const model: ProgramModel = {
    programClass: null, programId: null, states: new Map(), structs: new Map(), events: new Map(),
    errorEnums: new Set(), errors: [], functions: [], callees: new Map(), constants: new Map(),
  };
  const interfaces: { decl: ts.InterfaceDeclaration; role: InterfaceRole }[] = [];
  for (const stmt of ctx.sourceFile.statements) {
    if (ts.isImportDeclaration(stmt)) continue; // imports.ts checks those from other packages
    else if (ts.isClassDeclaration(stmt)) collectClass(ctx, model, stmt);
    else if (ts.isInterfaceDeclaration(stmt)) {
      const role = interfaceRole(ctx, stmt);
      if (role) interfaces.push({ decl: stmt, role });
    } else if (ts.isEnumDeclaration(stmt)) collectErrorEnum(ctx, model, stmt);
    else if (ts.isFunctionDeclaration(stmt)) model.functions.push(stmt);
    else if (ts.isVariableStatement(stmt)) collectTopLevelConstants(ctx, model.constants, stmt);
    else if (!ts.isEmptyStatement(stmt)) ctx.error(Messages.UnsupportedTopLevel, stmt.getChildAt(0, ctx.sourceFile), describeStatement(stmt));
  }
  // Functions call only functions declared before them: the class's helper methods take their place in the file.
  model.functions.sort((a, b) => a.pos - b.pos);
  if (!model.programClass) {
    const sf = ctx.sourceFile;
    ctx.diagnostics.push(dslError(Messages.MissingProgramClass, spanAt(sf, ctx.displayName, 0, sf.getLineEndOfPosition(0))));
  }
  collectInterfaces(ctx, model, interfaces);
  return model;
}

/** `VariableStatement` → "variable statement" (the SyntaxKind name, in words). */
export function describeStatement(stmt: ts.Statement): string {
  const kind = ts.isVariableStatement(stmt) ? 'VariableStatement' : ts.SyntaxKind[stmt.kind];
  return kind.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

const isStatic = (m: ts.ClassElement): boolean =>
  ts.canHaveModifiers(m) && (ts.getModifiers(m) ?? []).some((x) => x.kind === ts.SyntaxKind.StaticKeyword);

function isProgramClass(stmt: ts.ClassDeclaration): boolean {
  const mods = ts.getModifiers(stmt) ?? [];
  const isDefault = mods.some((x) => x.kind === ts.SyntaxKind.DefaultKeyword);
  const hasId = stmt.members.some((m) => ts.isPropertyDeclaration(m) && m.name.getText() === 'PROGRAM_ID' && isStatic(m));
  return isDefault || hasId;
}

function collectClass(ctx: LowerContext, model: ProgramModel, stmt: ts.ClassDeclaration): void {
  const name = stmt.name?.text ?? 'default';
  if (!isProgramClass(stmt)) {
    ctx.error(Messages.UnsupportedClass, stmt.name ?? stmt, name);
    return;
  }
  if (model.programClass) {
    ctx.error(Messages.MultiplePrograms, stmt.name ?? stmt, name);
    return;
  }
  model.programClass = stmt;
  for (const member of stmt.members) {
    if (isStaticReadonly(member) && member.name.text !== 'PROGRAM_ID') collectStaticConstant(ctx, model.constants, member);
    else if (isHelperMethod(member)) model.functions.push(member);
  }
  // TypeScript itself rejects a second PROGRAM_ID (duplicate identifier).
  const idNode = stmt.members.find((m): m is ts.PropertyDeclaration => ts.isPropertyDeclaration(m) && m.name.getText(ctx.sourceFile) === 'PROGRAM_ID');
  if (idNode) model.programId = programIdOf(ctx, idNode);
  else ctx.error(Messages.MissingProgramId, stmt.name ?? stmt, name);
}

function programIdOf(ctx: LowerContext, member: ts.PropertyDeclaration): string | null {
  const init = member.initializer;
  const arg = init && ts.isNewExpression(init) && ctx.dslName(init.expression) === 'Pubkey' ? init.arguments?.[0] : undefined;
  if (!isStatic(member) || !arg || !ts.isStringLiteralLike(arg) || init?.kind !== ts.SyntaxKind.NewExpression) {
    ctx.error(Messages.ProgramIdNotLiteral, init ?? member);
    return null;
  }
  const problem = pubkeyProblem(arg.text);
  if (problem) {
    ctx.error(Messages.InvalidProgramId, arg, arg.text, problem);
    return null;
  }
  const reserved = RESERVED_ADDRESSES.get(arg.text);
  if (reserved) ctx.warn(Messages.ReservedProgramId, arg, arg.text, reserved);
  return arg.text;
}

function interfaceRole(ctx: LowerContext, decl: ts.InterfaceDeclaration): InterfaceRole | null {
  const bases = (decl.heritageClauses ?? []).flatMap((h) => h.types);
  if (bases.length === 0) return 'struct';
  const base = bases.length === 1 ? ctx.dslName(bases[0].expression) : undefined;
  if (base === 'Account') return 'state';
  if (base === 'ZeroCopyAccount') return 'zeroCopy';
  if (base === 'Event') return 'event';
  ctx.error(Messages.UnsupportedInterface, decl.name, decl.name.text);
  return null;
}

/** Solana's largest account (MAX_PERMITTED_DATA_LENGTH): 10 MiB. */
const MAX_ACCOUNT_BYTES = 10 * 1024 * 1024;

const isExported = (decl: ts.Declaration): boolean =>
  ts.canHaveModifiers(decl) && (ts.getModifiers(decl) ?? []).some((x) => x.kind === ts.SyntaxKind.ExportKeyword);

function collectInterfaces(ctx: LowerContext, model: ProgramModel, interfaces: { decl: ts.InterfaceDeclaration; role: InterfaceRole }[]): void {
  const structDecls = new Set<ts.Declaration>(interfaces.filter((i) => i.role === 'struct').map((i) => i.decl));
  const resolveStruct: StructResolver = (typeName) => {
    const decl = ctx.userDeclaration(typeName);
    return decl && structDecls.has(decl) ? (decl as ts.InterfaceDeclaration).name.text : undefined;
  };
  for (const { decl, role } of interfaces) {
    const name = decl.name.text;
    const fields = lowerFields(ctx, decl, resolveStruct, role === 'zeroCopy');
    const span = ctx.span(decl.name);
    if (role === 'struct') model.structs.set(decl, { name, fields, span });
    else if (role === 'event') model.events.set(decl, { name, fields, discriminator: sighash('event', name), span });
    else {
      if (!isExported(decl)) ctx.error(Messages.StateNotExported, decl.name, name);
      const zeroCopy = role === 'zeroCopy' ? { zeroCopy: true as const } : {};
      model.states.set(decl, { name, fields, ...zeroCopy, discriminator: sighash('account', name), initSpace: 0, span });
    }
  }
  const structs = [...model.structs.values()];
  const acyclic = checkStructCycles(ctx, model);
  if (!acyclic) return;
  const lookup = (n: string): StructDef => {
    const s = structs.find((x) => x.name === n);
    if (!s) throw new Error(`internal: unknown struct ${n}`);
    return s;
  };
  for (const [decl, state] of model.states) {
    if (state.zeroCopy) checkZeroCopyState(ctx, state);
    state.initSpace = state.fields.reduce((n, f) => n + maxSize(f.type, lookup), 0);
    // Solana can never hold it, whichever backend: reported here so that -o rejects it as --sbf does.
    if (8 + state.initSpace > MAX_ACCOUNT_BYTES) ctx.error(Messages.AccountTooLarge, (decl as ts.InterfaceDeclaration).name, state.name, String(8 + state.initSpace));
  }
}

function lowerFields(ctx: LowerContext, decl: ts.InterfaceDeclaration, structs: StructResolver, fixedArrays: boolean): FieldDef[] {
  const fields: FieldDef[] = [];
  for (const member of decl.members) {
    const optional = ts.isPropertySignature(member) && member.type && (member.questionToken || undefinedUnionMember(member.type));
    if (optional && ts.isIdentifier(member.name)) {
      ctx.error(Messages.OptionalField, member, member.name.text);
      continue;
    }
    if (!ts.isPropertySignature(member) || !ts.isIdentifier(member.name) || !member.type || member.questionToken) {
      ctx.error(Messages.InvalidFieldDeclaration, member);
      continue;
    }
    const name = snakeCase(member.name.text);
    const type = lowerTypeNode(ctx, member.type, structs, fixedArrays);
    const docs = docLines(member);
    if (type) fields.push(docs.length > 0 ? { name, type, docs, span: ctx.span(member.name) } : { name, type, span: ctx.span(member.name) });
  }
  return fields;
}

/** The lines of a declaration's JSDoc comment, trimmed, blank ones left out: what Anchor puts in `docs`. */
function docLines(node: ts.Node): string[] {
  return ts.getJSDocCommentsAndTags(node)
    .flatMap((doc) => (ts.isJSDoc(doc) ? [ts.getTextOfJSDocComment(doc.comment) ?? ''] : []))
    .flatMap((text) => text.split('\n').map((line) => line.trim()))
    .filter((line) => line.length > 0);
}

/** Reports every struct that contains itself; true when there is none. */
function checkStructCycles(ctx: LowerContext, model: ProgramModel): boolean {
  const byName = new Map([...model.structs].map(([decl, s]) => [s.name, { decl, s }]));
  const refs = (t: Type): string[] =>
    t.kind === 'struct' ? [t.name] : t.kind === 'vec' || t.kind === 'array' ? refs(t.elem) : [];
  let ok = true;
  for (const [decl, s] of model.structs) {
    const seen = new Set<string>();
    const stack = s.fields.flatMap((f) => refs(f.type));
    while (stack.length > 0) {
      const next = stack.pop()!;
      if (next === s.name) {
        ctx.error(Messages.RecursiveStruct, (decl as ts.InterfaceDeclaration).name, s.name);
        ok = false;
        break;
      }
      if (seen.has(next)) continue;
      seen.add(next);
      stack.push(...(byName.get(next)?.s.fields.flatMap((f) => refs(f.type)) ?? []));
    }
  }
  return ok;
}

function collectErrorEnum(ctx: LowerContext, model: ProgramModel, decl: ts.EnumDeclaration): void {
  model.errorEnums.add(decl);
  for (const member of decl.members) {
    const name = member.name.getText(ctx.sourceFile);
    const init = member.initializer;
    if (!init || !ts.isStringLiteralLike(init)) {
      ctx.error(Messages.ErrorMessageNotLiteral, member, name);
      continue;
    }
    const first = model.errors.find((e) => e.name === name);
    if (first) {
      ctx.diagnostics.push(withRelated(dslError(Messages.DuplicateErrorName, ctx.span(member.name), name), 'first declared here', first.span));
      continue;
    }
    model.errors.push({ name, code: 6000 + model.errors.length, msg: init.text, span: ctx.span(member.name) });
  }
}
