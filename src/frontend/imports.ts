// Imports from other packages in a program file. Poseidon ignored them (a program's tests and client share
// its folder, so `import { LAMPORTS_PER_SOL } from '@solana/web3.js'` left over from them is common); nothing
// of another package exists on-chain, so a name from one cannot be used. The one name another file may give is a
// DSL program's class as the type argument of `Program<Callee>` (callees.ts compiles it from its file).
// In: the user's SourceFile and its checker. Out: a warning for each such import nothing uses, an error at
// each use of a name one brings in.
import { ts } from './typescript.js';
import { Messages } from '../diagnostics/messages.js';
import type { LowerContext } from './context.js';
import { DSL_SPECIFIERS } from './program.js';

export function checkForeignImports(ctx: LowerContext): void {
  for (const stmt of ctx.sourceFile.statements) {
    if (!ts.isImportDeclaration(stmt) || !ts.isStringLiteral(stmt.moduleSpecifier) || DSL_SPECIFIERS.has(stmt.moduleSpecifier.text)) continue;
    const from = stmt.moduleSpecifier.text;
    const bindings = new Map<ts.Symbol, string>();
    for (const name of boundNames(stmt)) {
      const symbol = ctx.checker.getSymbolAtLocation(name);
      if (symbol) bindings.set(symbol, name.text);
    }
    const { uses, calleeUses } = usesOf(ctx, bindings, stmt);
    if (uses.length === 0 && calleeUses === 0) ctx.warn(Messages.UnusedForeignImport, stmt.moduleSpecifier, from);
    for (const use of uses) ctx.error(Messages.ForeignNameUsed, use, use.text, from);
  }
}

/** The local names an import declaration binds: default, namespace and named imports. */
function boundNames(stmt: ts.ImportDeclaration): ts.Identifier[] {
  const clause = stmt.importClause;
  if (!clause) return [];
  const names = clause.name ? [clause.name] : [];
  const bindings = clause.namedBindings;
  if (bindings && ts.isNamespaceImport(bindings)) names.push(bindings.name);
  if (bindings && ts.isNamedImports(bindings)) names.push(...bindings.elements.map((e) => e.name));
  return names;
}

/**
 * Identifiers outside the import itself that refer to one of its bindings, in source order, apart from the
 * `Program<Callee>` type arguments, which are counted.
 */
function usesOf(ctx: LowerContext, bindings: Map<ts.Symbol, string>, own: ts.ImportDeclaration): { uses: ts.Identifier[]; calleeUses: number } {
  const uses: ts.Identifier[] = [];
  let calleeUses = 0;
  const names = new Set(bindings.values());
  const visit = (node: ts.Node): void => {
    if (node === own) return;
    if (ts.isIdentifier(node) && names.has(node.text)) {
      const symbol = ctx.checker.getSymbolAtLocation(node);
      if (symbol && bindings.has(symbol)) {
        if (isCalleeTypeArgument(node)) calleeUses++;
        else uses.push(node);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(ctx.sourceFile);
  return { uses, calleeUses };
}

/** `Callee` in `Program<Callee>`: a CPI target, which callees.ts checks is another DSL program's class. */
function isCalleeTypeArgument(node: ts.Identifier): boolean {
  const ref = node.parent;
  const outer = ref?.parent;
  return ts.isTypeReferenceNode(ref) && ts.isTypeReferenceNode(outer) && ts.isIdentifier(outer.typeName)
    && outer.typeName.text === 'Program' && (outer.typeArguments?.includes(ref) ?? false);
}
