// The README's walkthrough, run as written: `poseidon init demo`, `poseidon build`, then the README's
// in-process deploy snippets (extracted from README.md, unchanged) with tsx in the new project.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli/helpers.js';
import { linkToolchainModules, TOOLCHAIN_ROOT } from './support.js';

const README = readFileSync(join(TOOLCHAIN_ROOT, 'README.md'), 'utf8');
const snippet = (marker: string) => README.split(`<!-- readme:${marker} -->`)[1]?.match(/```ts\n([\s\S]*?)```/)?.[1];
const SNIPPET = snippet('deploy-in-process');
/** deployToRuntime for tests of a program reading its ProgramData: it throws (a non-zero exit) when the deploy fails. */
const UPGRADEABLE_SNIPPET = snippet('deploy-upgradeable-test');

let parent: string;
let project: string;

beforeAll(async () => {
  parent = mkdtempSync(join(tmpdir(), 'poseidon-readme-'));
  expect((await runCli(['init', 'demo'], parent)).code).toBe(0);
  project = join(parent, 'demo');
  linkToolchainModules(project);
  expect((await runCli(['build'], project)).code).toBe(0);
}, 60_000);

afterAll(() => rmSync(parent, { recursive: true, force: true }));

describe('the README walkthrough', () => {
  it('deploys the new project\'s program into an in-process cluster with the snippet as written', () => {
    expect(SNIPPET).toBeDefined();
    writeFileSync(join(project, 'deploy-local.mts'), SNIPPET!);
    const run = spawnSync(process.execPath, [join(TOOLCHAIN_ROOT, 'node_modules/tsx/dist/cli.mjs'), 'deploy-local.mts'], { cwd: project, encoding: 'utf8' });
    const id = JSON.parse(readFileSync(join(project, 'poseidon.config.json'), 'utf8')).programs[0].programId;
    expect([run.status, run.stdout.trim()]).toEqual([0, `deployed ${id}`]);
  }, 60_000);

  it('deploys it through the upgradeable loader for a test with the ProgramData snippet as written', () => {
    expect(UPGRADEABLE_SNIPPET).toBeDefined();
    writeFileSync(join(project, 'deploy-test.mts'), UPGRADEABLE_SNIPPET!);
    const run = spawnSync(process.execPath, [join(TOOLCHAIN_ROOT, 'node_modules/tsx/dist/cli.mjs'), 'deploy-test.mts'], { cwd: project, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
  }, 60_000);
});
