// The source map file `poseidon build` writes beside an Anchor workspace's IDL folder:
// `<workspace>/target/sourcemap/<program>.json` (not in target/idl/, where tools read every `.json` as an
// IDL). Format, version 1:
//
//   {
//     "version": 1,
//     "program": "vault",                      the crate name
//     "sourceRoot": "../../../..",             the folder `source` paths are relative to (the project
//                                              folder), relative to the folder of this file
//     "origins": {                             what the program logs after `AnchorError thrown in `
//       "programs/vault/src/instructions/withdraw.rs:34": {
//         "source": "programs/vault.ts", "line": 41, "column": 5, "kind": "require"
//       }
//     }
//   }
//
// Keys are `file!():line!()` of the Rust the Anchor backend writes, relative to the workspace root, as
// the Anchor program and our .so both log them; `line`/`column` (1-based) locate the DSL statement;
// `kind` is "require" or "conversion" (a checked `toU64()`-style conversion inside that statement).
// In: a SourceMap and where it goes, or a file to read. Out: the file text, or the map (absolute paths)
// or a one-line reason the file cannot be used.
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describeSystemError } from '../diagnostics/system-error.js';
import type { DslOrigin, SourceMap } from './build.js';

export const SOURCE_MAP_VERSION = 1;

/** Where the source map of program `name` goes inside its Anchor workspace (a relative, '/'-separated path). */
export function sourceMapPath(name: string): string {
  return `target/sourcemap/${name}.json`;
}

/** The file text for `map`, written at `mapFile`, its DSL paths relative to `sourceRoot` (both absolute). */
export function sourceMapJson(map: SourceMap, mapFile: string, sourceRoot: string): string {
  const portable = (path: string): string => path.split(sep).join('/') || '.';
  // One origin per line: the file reads as a table.
  const origins = [...map.origins].map(([rust, origin]) => {
    const fields = { source: portable(relative(sourceRoot, origin.file)), line: origin.line, column: origin.column, kind: origin.kind };
    return `    ${JSON.stringify(rust)}: {${Object.entries(fields).map(([key, value]) => `"${key}": ${JSON.stringify(value)}`).join(', ')}}`;
  });
  return [
    '{',
    `  "version": ${SOURCE_MAP_VERSION},`,
    `  "program": ${JSON.stringify(map.program)},`,
    `  "sourceRoot": ${JSON.stringify(portable(relative(dirname(mapFile), sourceRoot)))},`,
    origins.length === 0 ? '  "origins": {}' : `  "origins": {\n${origins.join(',\n')}\n  }`,
    '}',
    '',
  ].join('\n');
}

export type SourceMapRead = { ok: true; map: SourceMap } | { ok: false; error: string };

/** Reads a source map file; DSL paths come back absolute. */
export function readSourceMap(path: string): SourceMapRead {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    return { ok: false, error: err instanceof SyntaxError ? 'not JSON' : describeSystemError(err) };
  }
  const file = parsed as { version?: unknown; program?: unknown; sourceRoot?: unknown; origins?: unknown };
  if (typeof file !== 'object' || file === null || file.version !== SOURCE_MAP_VERSION) {
    return { ok: false, error: `not a version ${SOURCE_MAP_VERSION} poseidon source map` };
  }
  if (typeof file.program !== 'string' || typeof file.sourceRoot !== 'string' || typeof file.origins !== 'object' || file.origins === null) {
    return { ok: false, error: 'a source map needs "program", "sourceRoot" and "origins"' };
  }
  const root = resolve(dirname(path), file.sourceRoot);
  const origins = new Map<string, DslOrigin>();
  for (const [rust, value] of Object.entries(file.origins)) {
    const origin = value as { source?: unknown; line?: unknown; column?: unknown; kind?: unknown };
    if (typeof origin.source !== 'string' || !isPositive(origin.line) || !isPositive(origin.column)
      || (origin.kind !== 'require' && origin.kind !== 'conversion')) {
      return { ok: false, error: `origin "${rust}" needs "source", a positive "line" and "column", and "kind" require or conversion` };
    }
    origins.set(rust, { file: join(root, origin.source), line: origin.line, column: origin.column, kind: origin.kind });
  }
  return { ok: true, map: { program: file.program, origins } };
}

function isPositive(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) > 0;
}
