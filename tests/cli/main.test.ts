// `poseidon` dispatch: help, version, and malformed command lines (exit code 2, like clap).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILD_USAGE, COMPILE_USAGE, MAIN_USAGE } from '../../src/cli/usage.js';
import { runCli } from './helpers.js';

const cwd = process.cwd();

describe('poseidon usage errors', () => {
  it('rejects a missing command with the usage, exit 2', async () => {
    expect(await runCli([], cwd)).toEqual({ code: 2, stdout: '', stderr: `error: no command given\n\n${MAIN_USAGE}` });
  });

  it('rejects an unknown command, exit 2', async () => {
    expect(await runCli(['frobnicate'], cwd)).toEqual({ code: 2, stdout: '', stderr: `error: unknown command 'frobnicate'\n\n${MAIN_USAGE}` });
  });

  it('rejects an unknown top-level option, exit 2', async () => {
    expect(await runCli(['--frob'], cwd)).toEqual({ code: 2, stdout: '', stderr: `error: unknown option '--frob'\n\n${MAIN_USAGE}` });
  });

  it('rejects help for an unknown command, exit 2', async () => {
    expect(await runCli(['help', 'frobnicate'], cwd)).toEqual({ code: 2, stdout: '', stderr: `error: unknown command 'frobnicate'\n\n${MAIN_USAGE}` });
  });
});

describe('poseidon help and version', () => {
  it('prints the usage for --help', async () => {
    expect(await runCli(['--help'], cwd)).toEqual({ code: 0, stdout: MAIN_USAGE, stderr: '' });
  });

  it('prints the usage for `help`', async () => {
    expect(await runCli(['help'], cwd)).toEqual({ code: 0, stdout: MAIN_USAGE, stderr: '' });
  });

  it('prints a command usage for `help <command>`', async () => {
    expect(await runCli(['help', 'build'], cwd)).toEqual({ code: 0, stdout: BUILD_USAGE, stderr: '' });
  });

  it('prints a command usage for `<command> --help`', async () => {
    expect(await runCli(['compile', '--help'], cwd)).toEqual({ code: 0, stdout: COMPILE_USAGE, stderr: '' });
  });

  it('prints the package.json version for --version', async () => {
    const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(await runCli(['--version'], cwd)).toEqual({ code: 0, stdout: `poseidon ${version}\n`, stderr: '' });
  });
});
