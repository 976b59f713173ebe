// Prints one diagnostic the way tsc does, plus the offending source line underlined.
// In: a Diagnostic and (optionally) the text of the file its span points into.
// Out: `file(line,col): error PS1234: message`, then the source line and a `~~~` underline.
import type { Diagnostic } from './diagnostic.js';

export function formatDiagnostic(d: Diagnostic, sourceText?: string): string {
  const head = `${d.severity} ${d.prefix ?? 'PS'}${d.code}: ${d.message}`;
  if (!d.span) return head;
  const { file, line, col, length } = d.span;
  const lines = [`${file}(${line},${col}): ${head}`];
  const sourceLine = sourceText?.split(/\r?\n/)[line - 1];
  if (sourceLine !== undefined) {
    lines.push(sourceLine);
    const width = Math.max(1, Math.min(length, sourceLine.length - (col - 1)));
    // Keep tabs so the underline lines up with the source line in a terminal.
    lines.push(sourceLine.slice(0, col - 1).replace(/[^\t]/g, ' ') + '~'.repeat(width));
  }
  for (const r of d.related ?? []) {
    lines.push(`  ${r.span.file}(${r.span.line},${r.span.col}): ${r.message}`);
  }
  return lines.join('\n');
}
