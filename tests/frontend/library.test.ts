// The library declarations a program is checked against (src/frontend/program.ts LIBRARIES, chosen in compileSource):
// lib.es5 first, lib.es2022 whenever that first compile reports anything. What is accepted, what is compiled and what
// is reported must be exactly what the full library gives: every test program and HFMMT compile against es5 alone to
// the same IR, and a name es5 lacks keeps the diagnostic the full library gives.
import { readdirSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileAgainst, compileSource } from '../../src/frontend/index.js';
import { formatDiagnostic } from '../../src/diagnostics/format.js';
import { wrap } from './helpers.js';

const PROGRAMS_DIR = fileURLToPath(new URL('../programs/', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const corpus = [...readdirSync(PROGRAMS_DIR).filter((f) => f.endsWith('.ts')).map((f) => `${PROGRAMS_DIR}${f}`), `${ROOT}programs/hfmmt.ts`]
  .map((path) => [relative(ROOT, path), path]);

describe('a program that compiles cleanly against lib.es5', () => {
  it.each(corpus)('%s: the same Program as against lib.es2022', (_name, path) => {
    const text = readFileSync(path, 'utf8');
    const es5 = compileAgainst('es5', path, text).result;
    const full = compileAgainst('full', path, text).result;
    expect(full.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    // Clean against es5 too (else compileSource would compile it again: correct, but the time saved is lost).
    expect(es5.diagnostics).toEqual(full.diagnostics);
    expect(es5.program).toEqual(full.program);
  });

  it('uses every global the DSL gives a meaning: console.log, template literals, toString, Number, Boolean, String', () => {
    const text = wrap(`  run(data: Data, label: String, amount: u64): Result {
    require(Number(amount) > 5, AppError.Small);
    data.flag = true;
    console.log(\`Label \${label} of \${TestProgram.PROGRAM_ID.toString()}: \${amount}\`, data.count);
  }`, 'export enum AppError { Small = "Too small" }');
    expect(compileAgainst('es5', 'globals.ts', text).result.diagnostics).toEqual([]);
    const r = compileSource('globals.ts', text);
    expect(r.diagnostics).toEqual([]);
    expect(r.program).toEqual(compileAgainst('full', 'globals.ts', text).result.program);
  });
});

describe('a program that reports anything against lib.es5 is compiled against lib.es2022', () => {
  // Each uses a name or member es5 does not declare: the DSL's own error, as with the full library, not TypeScript's
  // "Do you need to change your target library?".
  const cases: [string, string][] = [
    ['a Map', '    const seen = new Map<u8, u8>();'],
    ['an es2017 string method', '    const padded = "7".padStart(3);'],
    ['an es2016 array method', '    require([1, 2].includes(1), AppError.Small);'],
  ];
  it.each(cases)('%s: the full library\'s diagnostics', (_name, line) => {
    const text = wrap(`  run(data: Data): Result {\n${line}\n  }`, 'export enum AppError { Small = "Too small" }');
    const es5 = compileAgainst('es5', 'later.ts', text).result;
    expect(es5.diagnostics.map((d) => `${d.prefix}${d.code}`)).toEqual(expect.arrayContaining([expect.stringMatching(/^TS25(83|50)$/)]));
    const r = compileSource('later.ts', text);
    expect(r).toEqual(compileAgainst('full', 'later.ts', text).result);
    expect(r.program).toBeNull();
    expect(r.diagnostics.map((d) => `${d.prefix ?? 'PS'}${d.code}`)).not.toContainEqual(expect.stringMatching(/^TS25(83|50)$/));
  });

  it('a TypeScript error in the program is reported at file(line,col) with its TS code', () => {
    const text = wrap('  run(data: Data): Result {\n    data.count = "many";\n  }');
    const r = compileSource('typed.ts', text);
    expect(r.program).toBeNull();
    expect(r.diagnostics.map((d) => formatDiagnostic(d).split('\n')[0])).toEqual([
      "typed.ts(6,5): error TS2322: Type 'string' is not assignable to type 'u64'.   Type 'string' is not assignable to type 'number'.",
    ]);
  });

  it('a warning: the program compiles, with the warning the full library gives', () => {
    const text = wrap('  run(user: Signer, data: Data) {\n    data.count = data.count.add(1);\n    return { success: true };\n  }');
    const r = compileSource('warned.ts', text);
    expect(r.program).not.toBeNull();
    expect(r.diagnostics.map((d) => [d.severity, d.code])).toEqual([['warning', 4025]]);
    expect(r).toEqual(compileAgainst('full', 'warned.ts', text).result);
  });
});

describe('a syntax error', () => {
  it('is reported from the lib.es5 compile alone: no library changes it', () => {
    const text = wrap('  run(data: Data): Result {\n    data.count = ;\n  }');
    const fast = compileAgainst('es5', 'syntax.ts', text);
    expect(fast.libraryIndependent).toBe(true);
    expect(compileSource('syntax.ts', text)).toEqual(compileAgainst('full', 'syntax.ts', text).result);
    expect(fast.result.diagnostics.map((d) => [d.prefix, d.code, d.span?.line, d.span?.col])).toEqual([['TS', 1109, 6, 18]]);
  });
});
