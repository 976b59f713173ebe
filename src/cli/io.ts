// How the CLI talks to the world: an injectable stdout/stderr/cwd (tests run `main` in-process) and
// the exit codes it returns.
// In: nothing. Out: CliIo, the process-backed default, exit codes, one-line error reporting, and the
// phrase for a failed file-system call (src/diagnostics/system-error.ts) every command uses.
export { describeSystemError } from '../diagnostics/system-error.js';

export interface CliIo {
  stdout(s: string): void;
  stderr(s: string): void;
  /** Directory that relative paths on the command line are resolved against. */
  cwd: string;
  /** stdout is a terminal: output from child processes keeps its colours. */
  color?: boolean;
}

export function processIo(): CliIo {
  return {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    cwd: process.cwd(),
    color: process.stdout.isTTY === true,
  };
}

/** Exit codes: clap's convention (Anchor's and Poseidon's CLIs): 2 for a malformed command line. */
export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

/** One `error: …` line on stderr; returns EXIT_FAILURE so callers can `return reportError(…)`. */
export function reportError(io: CliIo, message: string): number {
  io.stderr(`error: ${message}\n`);
  return EXIT_FAILURE;
}

/** A malformed command line: the message, then the usage of the command. */
export function reportUsageError(io: CliIo, message: string, usage: string): number {
  io.stderr(`error: ${message}\n\n${usage}`);
  return EXIT_USAGE;
}
