// Per-file lowering state shared by every front-end stage: the checker, the diagnostic sink, spans,
// and how a name in the source resolves to a DSL declaration.
// In: the TypeScript program of one DSL file. Out: helpers; diagnostics accumulate in `diagnostics`.
import { ts } from './typescript.js';
import type { Span } from '../ir/types.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { dslError, dslWarning } from '../diagnostics/diagnostic.js';
import type { MessageTemplate } from '../diagnostics/messages.js';
import { DSL_DECLARATIONS_PATH } from './program.js';
import { resolve } from 'node:path';

export class LowerContext {
  readonly diagnostics: Diagnostic[] = [];

  constructor(
    readonly program: ts.Program,
    readonly checker: ts.TypeChecker,
    readonly sourceFile: ts.SourceFile,
    /** The file name as the caller spelled it; spans and messages use it. */
    readonly displayName: string,
  ) {}

  span(node: ts.Node): Span {
    return spanAt(this.sourceFile, this.displayName, node.getStart(this.sourceFile), node.getEnd());
  }

  /** Errors reported so far (warnings do not stop a part from lowering). */
  errorCount(): number {
    return this.diagnostics.filter((d) => d.severity === 'error').length;
  }

  error(template: MessageTemplate, node: ts.Node, ...args: (string | number)[]): void {
    this.diagnostics.push(dslError(template, this.span(node), ...args));
  }

  warn(template: MessageTemplate, node: ts.Node, ...args: (string | number)[]): void {
    this.diagnostics.push(dslWarning(template, this.span(node), ...args));
  }

  // The checker resolves a name anew on every getSymbolAtLocation (it walks the scopes up to the file), and the
  // lowering asks about most names more than once: a third of its time on a large program before these caches.
  private readonly symbols = new Map<ts.Node, ts.Symbol | undefined>();
  private readonly dslFiles = new Map<ts.SourceFile, boolean>();

  /** The declared symbol a reference resolves to, following imports (`import { u64 as U }`). */
  symbolOf(node: ts.Node): ts.Symbol | undefined {
    if (this.symbols.has(node)) return this.symbols.get(node);
    let s = this.checker.getSymbolAtLocation(node);
    if (s && s.flags & ts.SymbolFlags.Alias) s = this.checker.getAliasedSymbol(s);
    this.symbols.set(node, s);
    return s;
  }

  /** The DSL name (`u64`, `Signer`, `SystemProgram`…) a reference resolves to, or undefined. */
  dslName(node: ts.Node): string | undefined {
    const s = this.symbolOf(node);
    const decl = s?.declarations?.[0];
    if (!s || !decl) return undefined;
    const file = decl.getSourceFile();
    if (this.isDslDeclarations(file)) return s.name;
    // The global `Boolean` of lib.es2022 is accepted as a field type, as Poseidon programs write it.
    if (this.program.isSourceFileDefaultLibrary(file) && s.name === 'Boolean') return 'Boolean';
    return undefined;
  }

  /** The DSL name of a type (`Mint`, `Signer`, `u64`…), or undefined when the DSL does not declare it. */
  dslTypeName(type: ts.Type): string | undefined {
    const symbol = type.getSymbol() ?? type.aliasSymbol;
    const file = symbol?.declarations?.[0]?.getSourceFile();
    return file !== undefined && this.isDslDeclarations(file) ? symbol!.name : undefined;
  }

  private isDslDeclarations(file: ts.SourceFile): boolean {
    let is = this.dslFiles.get(file);
    if (is === undefined) this.dslFiles.set(file, (is = resolve(file.fileName) === DSL_DECLARATIONS_PATH));
    return is;
  }

  /** The user-file declaration a reference resolves to (an interface, enum, …), or undefined. */
  userDeclaration(node: ts.Node): ts.Declaration | undefined {
    const decl = this.symbolOf(node)?.declarations?.[0];
    return decl && decl.getSourceFile() === this.sourceFile ? decl : undefined;
  }
}

export function spanAt(sf: ts.SourceFile, file: string, start: number, end: number): Span {
  const { line, character } = sf.getLineAndCharacterOfPosition(start);
  const lineEnd = sf.getLineEndOfPosition(start);
  return { file, line: line + 1, col: character + 1, length: Math.max(1, Math.min(end, lineEnd) - start) };
}
