// Where the TypeScript source of each program of a Poseidon workspace is. Poseidon's own convention is
// ts-programs/src/<camelName>.ts; projects also spell the file as the Anchor.toml key is written, in
// snake_case or kebab-case, and some keep it in ts-programs/ itself. Projects that compiled with
// `poseidon compile -i <file>` named it as they liked (`sol-transfer.ts` for "transfer_sol", `pda.ts`,
// a key `poseidon` for `realloc.ts`): when exactly one program has no source under any spelling and
// exactly one TypeScript program in ts-programs/ belongs to no program, they go together.
// In: the workspace folder and the programs of Anchor.toml. Out: each program's source (and whether it
// was paired that way), or the paths tried for it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { camelCase, snakeCase } from '../ir/names.js';
import { DSL_SPECIFIERS } from '../frontend/program.js';

/** Where Poseidon keeps the TypeScript programs of a workspace: ts-programs/src/, or ts-programs/ itself. */
export const TS_PROGRAMS_DIR = 'ts-programs';
const TS_SOURCE_DIRS = ['ts-programs/src', 'ts-programs'];

export type SourceLookup = { found: true; path: string } | { found: false; tried: string[] };

/** The first spelling of program `name`'s source that exists, or every path tried. */
export function findPoseidonSource(root: string, name: string): SourceLookup {
  const snake = snakeCase(name.replace(/-/g, '_'));
  const spellings = [...new Set([camelCase(snake), name, snake, snake.replace(/_/g, '-')])];
  const tried = TS_SOURCE_DIRS.flatMap((dir) => spellings.map((spelling) => join(root, dir, `${spelling}.ts`)));
  const path = tried.find(isFile);
  return path === undefined ? { found: false, tried } : { found: true, path };
}

export type ProgramSource<T> =
  | { entry: T; found: true; path: string; /** the only unclaimed program file, not a spelling of the name */ paired: boolean }
  | { entry: T; found: false; tried: string[] };

/** Every program's source, by spelling, or the lone unclaimed program file for the lone program without one. */
export function locatePoseidonSources<T extends { name: string }>(root: string, programs: readonly T[]): ProgramSource<T>[] {
  const located: ProgramSource<T>[] = programs.map((entry) => {
    const lookup = findPoseidonSource(root, entry.name);
    return lookup.found ? { entry, found: true, path: lookup.path, paired: false } : { entry, found: false, tried: lookup.tried };
  });
  const missing = located.filter((l) => !l.found);
  if (missing.length !== 1) return located;
  const claimed = new Set(located.flatMap((l) => (l.found ? [l.path] : [])));
  const unclaimed = programFiles(root).filter((path) => !claimed.has(path));
  if (unclaimed.length !== 1) return located;
  return located.map((l) => (l.found ? l : { entry: l.entry, found: true, path: unclaimed[0], paired: true }));
}

/** The .ts files directly in ts-programs/src/ and ts-programs/ that import the DSL (a program, not a helper or a test). */
function programFiles(root: string): string[] {
  return TS_SOURCE_DIRS.flatMap((dir) => {
    let names: string[];
    try {
      names = readdirSync(join(root, dir)).sort();
    } catch {
      return [];
    }
    return names
      .filter((name) => name.endsWith('.ts') && !name.endsWith('.d.ts'))
      .map((name) => join(root, dir, name))
      .filter((path) => isFile(path) && importsDsl(path));
  });
}

const IMPORT_FROM = /\bfrom\s*['"]([^'"]+)['"]/g;

function importsDsl(path: string): boolean {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return false;
  }
  return [...text.matchAll(IMPORT_FROM)].some((m) => DSL_SPECIFIERS.has(m[1]));
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
