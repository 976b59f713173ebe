// Golden files: every output of the compiler for each tests/programs/<case>.ts, kept under tests/golden/<case>/,
// and the printed diagnostics of each tests/frontend/diagnostics/cases/<case>.ts under tests/golden/diagnostics/.
// Each file must match exactly, and a folder must hold no missing or extra file.
// `npm run test:update` (UPDATE_GOLDEN=1) rewrites them all; review the diff before committing.
import { describe, expect, it } from 'vitest';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  caseNames, diagnosticsOutput, programOutputs, readTree,
  DIAGNOSTIC_CASES_DIR, DIAGNOSTICS_FOLDER, GOLDEN_DIR, PROGRAMS_DIR,
} from './outputs.js';

const UPDATE = process.env.UPDATE_GOLDEN === '1';

interface GoldenCase {
  folder: string;
  /** Relative path → expected text, or why the outputs could not be computed. */
  expected: Map<string, string> | Error;
}

function computed(folder: string, outputs: () => Map<string, string>): GoldenCase {
  try {
    return { folder, expected: outputs() };
  } catch (error) {
    return { folder, expected: error instanceof Error ? error : new Error(String(error)) };
  }
}

const cases: GoldenCase[] = [
  ...caseNames(PROGRAMS_DIR).map((name) => computed(name, () => programOutputs(name))),
  computed(DIAGNOSTICS_FOLDER, () =>
    new Map(caseNames(DIAGNOSTIC_CASES_DIR).map((name) => [`${name}.txt`, diagnosticsOutput(name)]))),
];
const caseFolders = new Set(cases.map((c) => c.folder));
const goldenFolders = () => readdirSync(GOLDEN_DIR, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();

if (UPDATE) {
  for (const folder of goldenFolders()) {
    if (!caseFolders.has(folder)) rmSync(join(GOLDEN_DIR, folder), { recursive: true });
  }
  for (const { folder, expected } of cases) {
    if (expected instanceof Error) continue;
    rmSync(join(GOLDEN_DIR, folder), { recursive: true, force: true });
    for (const [path, text] of expected) {
      const target = join(GOLDEN_DIR, folder, path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, text);
    }
  }
}

it('every golden folder belongs to a test program or to the diagnostics cases', () => {
  expect(goldenFolders()).toEqual([...caseFolders].sort());
});

describe.each(cases)('golden $folder', ({ folder, expected }) => {
  if (expected instanceof Error) {
    it('computes its outputs', () => {
      throw expected;
    });
    return;
  }
  const onDisk = readTree(join(GOLDEN_DIR, folder));

  it('has exactly the expected files (none missing, none extra)', () => {
    expect([...onDisk.keys()]).toEqual([...expected.keys()].sort());
  });

  it.each([...expected.keys()])('%s', (path) => {
    expect(onDisk.get(path)).toBe(expected.get(path));
  });
});
