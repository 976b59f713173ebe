// Test helpers for the CLI: run `main` in-process against a temp project and capture its output.
// In: argv and a working directory. Out: exit code, stdout, stderr; temp dirs; a small DSL program.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { onTestFinished } from 'vitest';
import { main } from '../../src/cli/main.js';

export interface CliRun { code: number; stdout: string; stderr: string }

export async function runCli(argv: string[], cwd: string): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (s) => { stdout += s; }, stderr: (s) => { stderr += s; }, cwd });
  return { code, stdout, stderr };
}

/** A fresh temp folder, removed when the current test finishes. */
export function tempProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'poseidon-cli-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Writes `files` (relative path → text) under `root`. */
export function writeFiles(root: string, files: Record<string, string>): void {
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), text);
  }
}

export const TALLY_ID = '2LgHA9kAiG3pDC8LLmyEdD6GZuyMsXYsKP3A5fgqNYkQ';

/** A one-instruction DSL program (crate `tally_program`); `countUpdate` replaces the body's middle line. */
export function tallySource(countUpdate = 'tally.count = new u64(0);'): string {
  return `import { Account, Pubkey, Result, Signer, u64, u8 } from "@solanaturbine/poseidon";

export default class TallyProgram {
  static PROGRAM_ID = new Pubkey("${TALLY_ID}");

  initialize(payer: Signer, tally: Tally): Result {
    tally.derive(["tally", payer.key]).init(payer);
    ${countUpdate}
    tally.bump = tally.getBump();
  }
}

export interface Tally extends Account {
  count: u64;
  bump: u8;
}
`;
}

/** The same program with an error the front end reports at line 8, column 31. */
export const TALLY_WITH_ERROR = tallySource('tally.count = tally.count + tally.bump;');
