// The compile-time benchmark's generated programs (generate.ts) and the source-size limit.
// In: generated DSL programs compiled in memory. Out: a large program compiles through every backend it
// fits (no timing asserted: compile time is measured by `npm run bench`, not by tests), and a source
// over the 4 MiB the front end reads ends at once in a located PS1029, before TypeScript parses it.
import { describe, expect, it } from 'vitest';
import { emitSingleFile, errorOrigins } from '../../../src/backends/anchor/index.js';
import { formatDiagnostic } from '../../../src/diagnostics/format.js';
import { compileSource } from '../../../src/frontend/index.js';
import { MAX_SOURCE_CHARS } from '../../../src/frontend/program.js';
import { buildSbf } from '../../../src/pipeline/sbf.js';
import { generateProgram } from './generate.js';

describe('compile-time benchmark programs', () => {
  it('compiles 3,000 requires in one handler to a .so, each require at its own Anchor line', () => {
    const { program, diagnostics } = compileSource('one-body.ts', generateProgram('one-body', 3_000));
    expect(diagnostics).toEqual([]);
    expect(program!.instructions.map((ix) => ix.body.length)).toEqual([3_000]);
    // Each require fails at its own line of the Anchor program, which the binary logs.
    const origins = errorOrigins(program!);
    expect(new Set(origins.values()).size).toBe(3_000);
    expect(emitSingleFile(program!).match(/require!\(/g)).toHaveLength(3_000);
    const build = buildSbf(program!, { origins });
    expect(build.diagnostics).toEqual([]);
    expect(build.output!.elf.length).toBeGreaterThan(3_000 * 8);
  });

  it('lowers 20,000 statements in 200 handlers and emits their Anchor program', () => {
    const { program, diagnostics } = compileSource('statements.ts', generateProgram('statements', 20_000));
    expect(diagnostics).toEqual([]);
    expect(program!.instructions).toHaveLength(200);
    expect(program!.instructions.every((ix) => ix.body.length === 100)).toBe(true);
    expect(emitSingleFile(program!).match(/pub fn run\d+\(/g)).toHaveLength(200);
  });

  it('refuses a 10 MB source with a located PS1029 before TypeScript parses it', () => {
    const text = generateProgram('padded', 10_000_000);
    expect(text.length).toBeGreaterThan(MAX_SOURCE_CHARS);
    const { program, diagnostics } = compileSource('big.ts', text);
    expect(program).toBeNull();
    const before = text.slice(0, MAX_SOURCE_CHARS);
    const line = before.split('\n').length;
    const col = MAX_SOURCE_CHARS - before.lastIndexOf('\n');
    expect(diagnostics.map((d) => formatDiagnostic(d).split('\n')[0])).toEqual([
      `big.ts(${line},${col}): error PS1029: The program source is ${text.length} characters long; the compiler reads at most ${MAX_SOURCE_CHARS} and stops here: split the program into programs that call each other (CPI)`,
    ]);
  });
});
