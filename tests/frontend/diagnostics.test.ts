// Each tests/frontend/diagnostics/cases/<case>.ts declares what the compiler must report in
// `// expect: PS1234 at line:col` header lines; the compiler must report exactly those, in order,
// and produce no program. (The folder is excluded from the project typecheck: the cases are wrong on purpose.)
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { compileFile, compileSource } from '../../src/frontend/index.js';
import { formatDiagnostic } from '../../src/diagnostics/format.js';
import { Messages } from '../../src/diagnostics/messages.js';

const casesDir = fileURLToPath(new URL('./diagnostics/cases/', import.meta.url));
const cases = readdirSync(casesDir).filter((f) => f.endsWith('.ts')).sort();

function expectations(text: string): string[] {
  return [...text.matchAll(/^\/\/ expect: ((?:PS|TS)\d+ at \d+:\d+)$/gm)].map((m) => m[1]);
}

describe('diagnostic cases', () => {
  it('there are at least 20 cases covering at least 20 distinct codes', () => {
    const codes = new Set(cases.flatMap((c) => expectations(readFileSync(join(casesDir, c), 'utf8')).map((e) => e.split(' ')[0])));
    expect(cases.length).toBeGreaterThanOrEqual(20);
    expect(codes.size).toBeGreaterThanOrEqual(20);
  });

  it.each(cases)('%s', (name) => {
    const path = join(casesDir, name);
    const expected = expectations(readFileSync(path, 'utf8'));
    expect(expected.length).toBeGreaterThan(0);
    const result = compileFile(path);
    const actual = result.diagnostics.map((d) => `${d.prefix ?? 'PS'}${d.code} at ${d.span?.line}:${d.span?.col}`);
    expect(actual).toEqual(expected);
    expect(result.program).toBeNull();
  });
});

describe('formatDiagnostic', () => {
  it('prints file(line,col), the code, the message, the source line and an underline', () => {
    const text = readFileSync(join(casesDir, 'plus-mixed-ints.ts'), 'utf8');
    const [d] = compileSource('plus-mixed-ints.ts', text).diagnostics;
    expect(formatDiagnostic(d, text)).toBe([
      'plus-mixed-ints.ts(9,29): error PS5009: Cannot mix u64 and u8; convert one side with .toU64()',
      '    data.count = data.count + data.small;',
      '                            ~',
    ].join('\n'));
  });

  it('passes TypeScript errors through with their TS code', () => {
    const text = readFileSync(join(casesDir, 'unknown-field.ts'), 'utf8');
    const [d] = compileSource('unknown-field.ts', text).diagnostics;
    expect(formatDiagnostic(d, text)).toBe([
      "unknown-field.ts(9,23): error TS2339: Property 'missing' does not exist on type 'Data'.",
      '    data.count = data.missing;',
      '                      ~~~~~~~',
    ].join('\n'));
  });

  it('lists related locations after the underline', () => {
    const text = readFileSync(join(casesDir, 'duplicate-instruction.ts'), 'utf8');
    const [d] = compileSource('dup.ts', text).diagnostics;
    expect(formatDiagnostic(d, text).split('\n')).toEqual([
      "dup.ts(10,3): error PS1006: Duplicate instruction 'set_data'",
      '  set_data(user: Signer): Result {}',
      '  ~~~~~~~~',
      '  dup.ts(8,3): first declared here',
    ]);
  });

  it('prints only the header when there is no span', () => {
    expect(formatDiagnostic({ code: 1017, severity: 'error', message: 'x', span: null })).toBe('error PS1017: x');
  });
});

describe('message catalogue', () => {
  it('every code is unique', () => {
    const codes = Object.values(Messages).map((m) => m.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('a missing file is a diagnostic, not an exception', () => {
    const r = compileFile('/nonexistent/program.ts');
    expect(r.program).toBeNull();
    expect(r.diagnostics.map((d) => [d.code, d.message])).toEqual([[1017, "Cannot read '/nonexistent/program.ts': no such file"]]);
  });
});
