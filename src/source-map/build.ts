// The source map of a compiled program: for every place the program can report an error from, as
// Anchor logs it (`AnchorError thrown in <file>:<line>`), the DSL statement it was compiled from.
// In: an IR Program (its statements carry DSL spans) and the error origins the sBPF build uses (the
// Anchor backend's errorOrigins: IR node → `file:line`). Out: a SourceMap, with absolute DSL paths.
import { resolve } from 'node:path';
import type { Expr, Program, Span, Stmt } from '../ir/types.js';
import { exprSome, ownExprs, walkStatements } from '../ir/walk.js';

/** Where in the DSL an error is thrown from, and what throws it. */
export interface DslOrigin {
  /** The DSL source file, absolute. */
  file: string;
  /** 1-based line and column of the statement. */
  line: number;
  column: number;
  /** A `require(…)` statement, or a checked conversion (`toU64()` …: 4102) inside the statement. */
  kind: 'require' | 'conversion';
}

export interface SourceMap {
  /** The program's crate name. */
  program: string;
  /** `<file>:<line>` as the program logs it (relative to the Anchor workspace root) → its DSL origin. */
  origins: Map<string, DslOrigin>;
}

export function createSourceMap(program: Program, origins: ReadonlyMap<Stmt | Expr, string>): SourceMap {
  const statementOf = originStatements(program);
  const mapped = new Map<string, DslOrigin>();
  for (const [node, rustLocation] of origins) {
    // An index's origin is a panic's location (`file:line:col`), which no AnchorError names: not mapped.
    if (node.kind === 'element') continue;
    const found = statementOf.get(node);
    if (!found) throw new Error(`internal: the error origin ${rustLocation} is in no statement of ${program.name}`);
    // A conversion inside a require prints on the require's line: both are that one statement.
    if (mapped.has(rustLocation)) continue;
    const { span, kind } = found;
    mapped.set(rustLocation, { file: resolve(span.file), line: span.line, column: span.col, kind });
  }
  return { program: program.name, origins: mapped };
}

/** Every `require` statement and every conversion, with the span of the statement it belongs to. */
function originStatements(program: Program): Map<Stmt | Expr, { span: Span; kind: DslOrigin['kind'] }> {
  const found = new Map<Stmt | Expr, { span: Span; kind: DslOrigin['kind'] }>();
  const bodies = [...program.instructions.map((ix) => ix.body), ...program.functions.map((fn) => fn.body)];
  for (const body of bodies) {
    for (const stmt of walkStatements(body)) {
      if (stmt.kind === 'require') found.set(stmt, { span: stmt.span, kind: 'require' });
      for (const expr of ownExprs(stmt)) {
        exprSome(expr, (e) => {
          if (e.kind === 'convert') found.set(e, { span: stmt.span, kind: 'conversion' });
          return false;
        });
      }
    }
  }
  return found;
}
