// Mutations of the real test programs for the fuzz test: a program with one token or one line taken out,
// which the compiler must build or diagnose (located), never crash on.
// In: the source text of a program and a seed. Out: the mutated text; the same seed always gives the same text.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { Rng } from './generate.js';

export const PROGRAMS_DIR = join(import.meta.dirname, '../programs');

/** The test programs (tests/programs/*.ts), by file name, in a fixed order. */
export function realPrograms(): { name: string; text: string }[] {
  return readdirSync(PROGRAMS_DIR)
    .filter((f) => f.endsWith('.ts'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(PROGRAMS_DIR, name), 'utf8') }));
}

/** The tokens of `text` (TypeScript's scanner, trivia skipped) as [start, end) offsets. */
function tokens(text: string): [number, number][] {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, ts.LanguageVariant.Standard, text);
  const out: [number, number][] = [];
  for (let k = scanner.scan(); k !== ts.SyntaxKind.EndOfFileToken; k = scanner.scan()) out.push([scanner.getTokenStart(), scanner.getTokenEnd()]);
  return out;
}

/** `text` with one random token deleted, one random line deleted, or one token replaced by another of the file. */
export function mutate(text: string, seed: number): string {
  const rng = new Rng(seed);
  const r = rng.next();
  if (r < 0.4) {
    const lines = text.split('\n');
    lines.splice(rng.int(0, lines.length - 1), 1);
    return lines.join('\n');
  }
  const toks = tokens(text);
  const [start, end] = rng.pick(toks);
  if (r < 0.8) return text.slice(0, start) + text.slice(end);
  const [s2, e2] = rng.pick(toks);
  return text.slice(0, start) + text.slice(s2, e2) + text.slice(end);
}
