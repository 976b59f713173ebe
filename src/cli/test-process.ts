// Runs a project's tests for `poseidon test` (its vitest, or Anchor.toml's test script) with their output
// passed through the CLI's io: each Anchor error location a source map knows gets its TypeScript line
// (`…/withdraw.rs:34 (programs/vault.ts:41:5)`), and solana-bankrun's INFO/DEBUG log lines stay off unless
// the user sets RUST_LOG.
// In: io, the command, its folder and environment, the project's source maps. Out: the tests' output on
// io.stdout / io.stderr; their exit code (1 when they cannot start or end by a signal).
import { spawn } from 'node:child_process';
import { annotateAnchorErrors, type SourceMap } from '../source-map/index.js';
import { EXIT_FAILURE, reportError, type CliIo } from './io.js';
import { forwardLines } from './line-stream.js';

export interface TestProcess {
  /** An executable and its arguments, or (with `shell`) one shell command line. */
  command: string;
  args: string[];
  shell: boolean;
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** How a failure to start is reported: "vitest", "the test script". */
  label: string;
}

export function runTestProcess(io: CliIo, run: TestProcess, maps: readonly SourceMap[]): Promise<number> {
  return new Promise((done) => {
    const child = spawn(run.command, run.args, {
      cwd: run.cwd,
      shell: run.shell,
      env: testEnvironment(run.env, io.color === true),
      stdio: ['inherit', 'pipe', 'pipe'],
    });
    const annotate = (text: string) => annotateAnchorErrors(text, maps, io.cwd);
    void forwardLines(child.stdout, io.stdout, annotate);
    void forwardLines(child.stderr, io.stderr, annotate);
    child.on('error', (err) => done(reportError(io, `cannot run ${run.label}: ${err.message}`)));
    // 'close' comes after both pipes have drained. A signal (Ctrl-C) ends the run without a code: failure.
    child.on('close', (code) => done(code ?? EXIT_FAILURE));
  });
}

/**
 * The tests' environment: RUST_LOG=error unless the user chose a level (solana-bankrun's program-test
 * otherwise prints every program log line at DEBUG and each program load at INFO), and colours kept
 * when the CLI writes to a terminal (the tests now write to a pipe).
 */
function testEnvironment(env: NodeJS.ProcessEnv, color: boolean): NodeJS.ProcessEnv {
  const colors = color && env.FORCE_COLOR === undefined && env.NO_COLOR === undefined ? { FORCE_COLOR: '1' } : {};
  return { ...env, RUST_LOG: env.RUST_LOG ?? 'error', ...colors };
}
