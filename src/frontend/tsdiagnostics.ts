// TypeScript's own diagnostics → our Diagnostic records.
// In: ts.Diagnostics from the program of one DSL file. Out: `TS<code>` diagnostics with spans, except
// where TypeScript's message hides what the DSL wants (`derive` on a Signer, a TokenAccount where a Mint belongs, a
// helper function that does not always return, an instruction argument named inside a helper function): those become the matching PS diagnostic so the user sees the DSL way to write it. The errors
// that are DSL spellings (an instruction's return value) are no errors at all: tsleniency.ts recognizes them.
import { ts } from './typescript.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { dslError } from '../diagnostics/diagnostic.js';
import { Messages } from '../diagnostics/messages.js';
import { spanAt, type LowerContext } from './context.js';
import { isDslSpelling } from './tsleniency.js';
import { tokenArgumentProblem } from './tokendiagnostics.js';
import { TOKEN_FNS } from '../ir/token.js';
import { DSL_SPECIFIERS } from './program.js';
import { isHelperMethod, type HelperDeclaration } from './collect.js';

const PROPERTY_MISSING = 2339;
/** "Cannot find module '…' or its corresponding type declarations" (and the variant naming a path). */
const MODULE_NOT_FOUND: ReadonlySet<number> = new Set([2307, 2792]);
const CANNOT_FIND_NAME = 2304;
/** "Function lacks ending return statement", "A function … must return a value", "Not all code paths return a value". */
const MISSING_RETURN: ReadonlySet<number> = new Set([2366, 2355, 7030]);
/** "Type X is not assignable to type Y" (as a value, and as an argument). */
const NOT_ASSIGNABLE: ReadonlySet<number> = new Set([2322, 2345]);
/** Calls whose array-literal argument is a list of PDA seeds: constraints, and the CPIs' signer seeds. */
const SEED_CALLS: ReadonlySet<string> = new Set(['derive', 'deriveWithBump', 'transfer', 'setAuthority', ...Object.keys(TOKEN_FNS)]);

export function convertTsDiagnostics(ctx: LowerContext, diags: readonly ts.Diagnostic[]): Diagnostic[] {
  const inUserFile = (d: ts.Diagnostic) => d.file === ctx.sourceFile && d.start !== undefined;
  return diags
    .filter((d) => !inUserFile(d) || !isDslSpelling(d, nodeAt(ctx.sourceFile, d.start!)))
    .filter((d) => !inUserFile(d) || !isForeignModuleNotFound(d, nodeAt(ctx.sourceFile, d.start!)))
    .map((d) => dslVersionOf(ctx, d) ?? fromTs(ctx, d));
}

/** "Cannot find module" at the specifier of an import from another package: imports.ts reports those. */
function isForeignModuleNotFound(d: ts.Diagnostic, node: ts.Node): boolean {
  return MODULE_NOT_FOUND.has(d.code) && ts.isStringLiteral(node) && ts.isImportDeclaration(node.parent) && !DSL_SPECIFIERS.has(node.text);
}

function fromTs(ctx: LowerContext, d: ts.Diagnostic): Diagnostic {
  const span = d.file && d.start !== undefined ? spanAt(d.file, displayName(ctx, d.file), d.start, d.start + (d.length ?? 1)) : null;
  const related = (d.relatedInformation ?? [])
    .filter((r) => r.file && r.start !== undefined)
    .map((r) => ({ message: ts.flattenDiagnosticMessageText(r.messageText, ' '), span: spanAt(r.file!, displayName(ctx, r.file!), r.start!, r.start! + (r.length ?? 1)) }));
  return {
    code: d.code,
    severity: d.category === ts.DiagnosticCategory.Error ? 'error' : 'warning',
    message: ts.flattenDiagnosticMessageText(d.messageText, ' '),
    span,
    ...(related.length > 0 ? { related } : {}),
    prefix: 'TS',
  };
}

const displayName = (ctx: LowerContext, file: ts.SourceFile): string =>
  file === ctx.sourceFile ? ctx.displayName : file.fileName;

function dslVersionOf(ctx: LowerContext, d: ts.Diagnostic): Diagnostic | undefined {
  if (d.file !== ctx.sourceFile || d.start === undefined) return undefined;
  const node = nodeAt(ctx.sourceFile, d.start);
  if (NOT_ASSIGNABLE.has(d.code)) {
    const seed = seedElement(node);
    if (seed) return dslError(Messages.UnsupportedSeed, ctx.span(seed));
    return tokenArgumentProblem(ctx, node);
  }
  if (d.code === PROPERTY_MISSING && ts.isIdentifier(node) && ts.isPropertyAccessExpression(node.parent) && node.parent.name === node) {
    return missingAccountMethod(ctx, node.parent.expression, node);
  }
  const fn = ancestor(node, isHelper);
  if (fn?.name && fn.type && MISSING_RETURN.has(d.code)) {
    return dslError(Messages.MissingReturn, ctx.span(fn.name), fn.name.text, fn.type.getText(ctx.sourceFile));
  }
  if (fn?.name && d.code === CANNOT_FIND_NAME && ts.isIdentifier(node)) {
    const ix = instructionWithParameter(ctx.sourceFile, node.text);
    if (ix) return dslError(Messages.ArgInFunction, ctx.span(node), node.text, ix, fn.name.text);
  }
  return undefined;
}

/** A helper function: a function declared at the top level of the file, or a private method of a class. */
const isHelper = (n: ts.Node): n is HelperDeclaration =>
  (ts.isFunctionDeclaration(n) && ts.isSourceFile(n.parent)) || (ts.isClassElement(n) && isHelperMethod(n));

/** The instruction (a method of a class in the file) that has a parameter called `name`, as written. */
function instructionWithParameter(sf: ts.SourceFile, name: string): string | undefined {
  for (const stmt of sf.statements) {
    if (!ts.isClassDeclaration(stmt)) continue;
    for (const m of stmt.members) {
      if (ts.isMethodDeclaration(m) && m.parameters.some((p) => ts.isIdentifier(p.name) && p.name.text === name)) return m.name.getText(sf);
    }
  }
  return undefined;
}

/** Builtin account kinds that lack some constraint methods (only state accounts have them all). */
const LIMITED_ACCOUNTS: ReadonlySet<string> = new Set(['Signer', 'UncheckedAccount', 'SystemAccount', 'AccountInfo', 'Mint', 'TokenAccount', 'AssociatedTokenAccount']);

/** `user.derive(…)` on a Signer, `vault.init(…)` on a SystemAccount, `vault.close(…)` on a TokenAccount…: say why, not just "no such property". */
function missingAccountMethod(ctx: LowerContext, owner: ts.Expression, method: ts.Identifier): Diagnostic | undefined {
  const kind = ctx.dslTypeName(ctx.checker.getTypeAtLocation(owner));
  if (!kind || !LIMITED_ACCOUNTS.has(kind)) return undefined;
  // In a chain (`acc.derive([…]).init(…)`) name the account, not the whole chain.
  let root: ts.Expression = owner;
  while (ts.isCallExpression(root) || ts.isPropertyAccessExpression(root)) root = root.expression;
  const ownerText = root.getText(ctx.sourceFile);
  const span = ctx.span(method);
  const name = method.text;
  if (kind === 'Signer') {
    if (name === 'derive' || name === 'deriveWithBump') return dslError(Messages.DeriveOnSigner, span, ownerText);
    return ['init', 'initIfNeeded', 'close', 'has', 'getBump'].includes(name) ? dslError(Messages.ConstraintOnSigner, span, ownerText, name) : undefined;
  }
  if (name === 'init' || name === 'initIfNeeded') return dslError(Messages.InitNotState, span, ownerText, name);
  if (name === 'close') {
    if (kind === 'Mint') return dslError(Messages.MintCloseNotAllowed, span, ownerText);
    if (kind === 'TokenAccount' || kind === 'AssociatedTokenAccount') return dslError(Messages.TokenCloseNotAllowed, span, ownerText);
    return dslError(Messages.CloseNotState, span, ownerText);
  }
  if (name === 'has') return dslError(Messages.HasOnNonState, span, ownerText);
  return undefined;
}


/** The element of a seeds array literal (`derive([...])`, transfer signer seeds) that holds `node`. */
function seedElement(node: ts.Node): ts.Expression | undefined {
  for (let n: ts.Node = node; n.parent; n = n.parent) {
    const list = n.parent;
    if (!ts.isArrayLiteralExpression(list)) continue;
    const call = list.parent;
    const isSeedList = ts.isCallExpression(call) && ts.isPropertyAccessExpression(call.expression) && SEED_CALLS.has(call.expression.name.text);
    return isSeedList ? (n as ts.Expression) : undefined;
  }
  return undefined;
}

function nodeAt(sf: ts.SourceFile, pos: number): ts.Node {
  let node: ts.Node = sf;
  for (;;) {
    const child = node.getChildren(sf).find((c) => c.getStart(sf) <= pos && pos < c.getEnd());
    if (!child) return node;
    node = child;
  }
}

function ancestor<T extends ts.Node>(node: ts.Node, test: (n: ts.Node) => n is T): T | undefined {
  for (let n: ts.Node | undefined = node; n; n = n.parent) if (test(n)) return n;
  return undefined;
}
