// `poseidon compile`: usage errors (exit 2), unreadable input and DSL diagnostics (exit 1), outputs.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emitSingleFile } from '../../src/backends/anchor/index.js';
import { emitIdl, idlJson } from '../../src/backends/idl/index.js';
import { sbfOutput } from '../support/sbf.js';
import { COMPILE_USAGE } from '../../src/cli/usage.js';
import { compileFile } from '../../src/frontend/index.js';
import { runCli, tallySource, TALLY_WITH_ERROR, tempProject, writeFiles } from './helpers.js';

function projectWith(source: string): string {
  const dir = tempProject();
  writeFiles(dir, { 'tally.ts': source });
  return dir;
}

describe('poseidon compile: command line', () => {
  it('requires the input file, exit 2', async () => {
    expect(await runCli(['compile', '-o', 'lib.rs'], tempProject())).toEqual({
      code: 2, stdout: '', stderr: `error: missing the input file (-i <file.ts>)\n\n${COMPILE_USAGE}`,
    });
  });

  it('requires at least one output, exit 2', async () => {
    expect(await runCli(['compile', '-i', 'tally.ts'], tempProject())).toEqual({
      code: 2, stdout: '', stderr: `error: nothing to write: give at least one of -o <lib.rs>, --sbf <out.so>, --idl <out.json>\n\n${COMPILE_USAGE}`,
    });
  });

  it('rejects an unknown option, exit 2', async () => {
    expect(await runCli(['compile', '-i', 'tally.ts', '--bogus'], tempProject())).toEqual({
      code: 2, stdout: '', stderr: `error: Unknown option '--bogus'\n\n${COMPILE_USAGE}`,
    });
  });

  it('rejects an option without its value, exit 2', async () => {
    expect(await runCli(['compile', '-o', 'lib.rs', '-i'], tempProject())).toEqual({
      code: 2, stdout: '', stderr: `error: Option '-i, --input <value>' argument missing\n\n${COMPILE_USAGE}`,
    });
  });
});

describe('poseidon compile: failures', () => {
  it('reports a missing input file in one line, exit 1', async () => {
    expect(await runCli(['compile', '-i', 'missing.ts', '--idl', 'x.json'], tempProject())).toEqual({
      code: 1, stdout: '', stderr: 'error: cannot read missing.ts: no such file or directory\n',
    });
  });

  it('prints DSL diagnostics tsc-style with the source line, writes nothing, exit 1', async () => {
    const dir = projectWith(TALLY_WITH_ERROR);
    expect(await runCli(['compile', '-i', 'tally.ts', '-o', 'lib.rs', '--idl', 'tally.json'], dir)).toEqual({
      code: 1,
      stdout: '',
      stderr: [
        'tally.ts(8,31): error PS5009: Cannot mix u64 and u8; convert one side with .toU64()',
        '    tally.count = tally.count + tally.bump;',
        '                              ~',
        '',
      ].join('\n'),
    });
    expect(readdirSync(dir)).toEqual(['tally.ts']);
  });
});

describe('poseidon compile: outputs', () => {
  it('writes the single-file Rust, the ELF and the IDL the backends emit, silently', async () => {
    const dir = projectWith(tallySource());
    const run = await runCli(['compile', '-i', 'tally.ts', '-o', 'out/lib.rs', '--sbf', 'out/tally.so', '--idl', 'out/tally.json'], dir);
    const program = compileFile(join(dir, 'tally.ts')).program!;
    expect(run).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(join(dir, 'out/lib.rs'), 'utf8')).toBe(emitSingleFile(program));
    expect(new Uint8Array(readFileSync(join(dir, 'out/tally.so')))).toEqual(sbfOutput(program).elf);
    expect(readFileSync(join(dir, 'out/tally.json'), 'utf8')).toBe(idlJson(emitIdl(program)));
  });

  it('writes only the outputs asked for', async () => {
    const dir = projectWith(tallySource());
    await runCli(['compile', '--input', 'tally.ts', '--idl', 'tally.json'], dir);
    expect([existsSync(join(dir, 'tally.json')), readdirSync(dir).length]).toEqual([true, 2]);
  });
});
