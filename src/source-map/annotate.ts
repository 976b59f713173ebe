// Anchor's error location, mapped back to the DSL. A failing `require` logs
// `AnchorError thrown in programs/vault/src/instructions/withdraw.rs:34. Error Code: …` (Anchor's format,
// kept as is); with the program's source map that becomes the TypeScript line `programs/vault.ts:41:5`.
// In: source maps, and a location, program logs or any text holding Anchor's lines. Out: the DSL origin,
// or the text with ` (programs/vault.ts:41:5)` after each Rust location a map knows.
import { relative } from 'node:path';
import type { DslOrigin, SourceMap } from './build.js';

/** `thrown in <file>.rs:<line>`, as AnchorError's message and its log line both say it. */
const THROWN_IN = /(thrown in )([^\s()'"`]+?\.rs):(\d+)/g;

export function findOrigin(maps: readonly SourceMap[], rustLocation: string): DslOrigin | undefined {
  for (const map of maps) {
    const origin = map.origins.get(rustLocation);
    if (origin) return origin;
  }
  return undefined;
}

/** `programs/vault.ts:41:5`, the path relative to `cwd` (how editors and terminals open it). */
export function formatOrigin(origin: DslOrigin, cwd: string): string {
  return `${relative(cwd, origin.file) || origin.file}:${origin.line}:${origin.column}`;
}

/** The DSL origin of the first AnchorError with a file:line in `logs` that a map knows. */
export function originInLogs(maps: readonly SourceMap[], logs: readonly string[]): DslOrigin | undefined {
  for (const line of logs) {
    for (const match of line.matchAll(THROWN_IN)) {
      const origin = findOrigin(maps, `${match[2]}:${match[3]}`);
      if (origin) return origin;
    }
  }
  return undefined;
}

/** `text` with the DSL origin after every Rust location a map knows; unknown ones stay as they are. */
export function annotateAnchorErrors(text: string, maps: readonly SourceMap[], cwd: string): string {
  if (maps.length === 0 || !text.includes('thrown in ')) return text;
  return text.replace(THROWN_IN, (whole: string, _prefix: string, file: string, line: string) => {
    const origin = findOrigin(maps, `${file}:${line}`);
    return origin ? `${whole} (${formatOrigin(origin, cwd)})` : whole;
  });
}
