// The user's spelling of a name, read back from the source: the naming pass (src/ir/naming.ts) works on the IR,
// whose names are already converted, and its messages quote the name as the user wrote it.
// In: the source text's lines and a span that starts at the name. Out: the identifier there (`fooBar`, `$x`, `ñandú`).

const IDENTIFIER = /^[\p{ID_Start}$_][\p{ID_Continue}$\u200c\u200d]*/u;

export function identifierAt(lines: readonly string[], span: { line: number; col: number; length: number }): string {
  const line = lines[span.line - 1] ?? '';
  const rest = line.slice(span.col - 1);
  return IDENTIFIER.exec(rest)?.[0] ?? rest.slice(0, span.length);
}
