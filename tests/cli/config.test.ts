// poseidon.config.json validation: every problem reported, one line each, naming the key.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, validateConfig } from '../../src/cli/config.js';
import { tempProject, writeFiles, TALLY_ID } from './helpers.js';

const CONFIG = '/project/poseidon.config.json';
const entry = (fields: Record<string, unknown> = {}) => ({ name: 'tally', source: 'programs/tally.ts', programId: TALLY_ID, ...fields });
const errorsOf = (raw: unknown): string[] => {
  const result = validateConfig(raw, CONFIG);
  return result.ok ? [] : result.errors;
};

describe('config file', () => {
  it('reports a missing file', () => {
    expect(loadConfig(join(tempProject(), 'poseidon.config.json'))).toEqual({
      ok: false, errors: ['cannot read the config file: no such file or directory'],
    });
  });

  it('reports invalid JSON with line and column', () => {
    const dir = tempProject();
    writeFiles(dir, { 'poseidon.config.json': '{\n  "programs": [],\n}\n' });
    expect(loadConfig(join(dir, 'poseidon.config.json'))).toEqual({
      ok: false, errors: ['invalid JSON: line 3, column 1: Expected double-quoted property name'],
    });
  });
});

describe('config shape', () => {
  it('requires an object', () => {
    expect(errorsOf([])).toEqual(['expected a JSON object with a "programs" array']);
  });

  it('requires "programs" and rejects unknown keys', () => {
    expect(errorsOf({ program: [] })).toEqual(['unknown key "program" (expected "programs" or "cluster")', 'missing "programs" (an array of programs)']);
  });

  it('accepts a deploy cluster and rejects one that is not a non-empty string', () => {
    expect(errorsOf({ programs: [], cluster: 'devnet' })).toEqual([]);
    expect(errorsOf({ programs: [], cluster: 7 })).toEqual(['"cluster" must be a cluster name (devnet, mainnet-beta, localnet) or an RPC URL']);
  });

  it('requires "programs" to be an array', () => {
    expect(errorsOf({ programs: {} })).toEqual(['"programs" must be an array']);
  });

  it('reports every missing or mistyped program field', () => {
    expect(errorsOf({ programs: [{ programID: 'x', source: 3 }] })).toEqual([
      'programs[0]: unknown key "programID" (expected name, source, programId, out, features)',
      'programs[0]: missing "name"',
      'programs[0].source: must be a non-empty string',
      'programs[0]: missing "programId"',
    ]);
  });

  it('rejects a program id that is not a 32-byte base58 key', () => {
    expect(errorsOf({ programs: [entry({ programId: 'abc0' })] })).toEqual([
      'programs[0].programId: "abc0" is not a base58 public key (32 bytes)',
    ]);
  });

  it('rejects a name that cannot be a folder name', () => {
    expect(errorsOf({ programs: [entry({ name: 'my prog' })] })).toEqual([
      'programs[0].name: "my prog" may only contain letters, digits, "_" and "-"',
    ]);
  });
});

describe('config consistency', () => {
  it('rejects duplicate names', () => {
    expect(errorsOf({ programs: [entry({ out: 'a' }), entry({ out: 'b' })] })).toEqual([
      'programs[1].name: "tally" is already the name of programs[0]',
    ]);
  });

  it('rejects nested out folders, since a build removes what it did not write', () => {
    expect(errorsOf({ programs: [entry({ out: 'gen' }), entry({ name: 'other', out: 'gen/other' })] })).toEqual([
      'programs[1].out: overlaps the out folder of programs[0] ("tally"); each program needs its own folder',
    ]);
  });

  it('rejects an out folder holding the config file', () => {
    expect(errorsOf({ programs: [entry({ out: '.' })] })).toEqual([
      'programs[0].out: the folder contains the config file; give the program an output folder of its own',
    ]);
  });

  it('rejects an out folder holding a program source', () => {
    expect(errorsOf({ programs: [entry({ out: 'programs' })] })).toEqual([
      'programs[0].out: the folder contains the source programs/tally.ts; give the program an output folder of its own',
    ]);
  });
});

describe('valid config', () => {
  it('resolves paths against the config folder and defaults out to generated/<name>', () => {
    expect(validateConfig({ programs: [entry()] }, CONFIG)).toEqual({
      ok: true,
      config: {
        path: CONFIG,
        programs: [{ name: 'tally', source: '/project/programs/tally.ts', programId: TALLY_ID, out: '/project/generated/tally', features: [] }],
      },
    });
  });

  it('takes the program crate\'s features once each, and rejects unknown ones', () => {
    const valid = validateConfig({ programs: [entry({ features: ['no-log-ix-name', 'no-log-ix-name'] })] }, CONFIG);
    expect(valid.ok && valid.config.programs[0]!.features).toEqual(['no-log-ix-name']);
    expect(errorsOf({ programs: [entry({ features: 'no-log-ix-name' })] })).toEqual([
      'programs[0].features: must be an array of feature names, e.g. ["no-log-ix-name"]',
    ]);
    expect(errorsOf({ programs: [entry({ features: ['no-log'] })] })).toEqual([
      'programs[0].features: unknown feature "no-log" (known: no-log-ix-name)',
    ]);
  });
});
