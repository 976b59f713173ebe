// A construct the IR can express but the sBPF backend cannot compile yet is reported like every other
// diagnostic — file(line,col), PS6001, the source line — never a stack trace, and no output is written.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempProject, writeFiles } from './helpers.js';

const SOURCE = `import { Account, Pubkey, Result, Signer, Str } from "@solanaturbine/poseidon";

function touch(profile: Profile): void {
  profile.name = profile.name;
}

export default class Profiles {
  static PROGRAM_ID = new Pubkey("6yCvVh8dSZ97WsmUmituH6NKMcwWEbhs6bbxt41fsvM3");

  create(owner: Signer, profile: Profile): Result {
    profile.derive(["profile", owner.key]).init(owner);
    touch(profile);
  }
}

export interface Profile extends Account {
  name: Str<8>;
}
`;

describe('sBPF backend limits as diagnostics', () => {
  it('reports PS6001 at the function, exit 1, and writes no .so', async () => {
    const dir = tempProject();
    writeFiles(dir, { 'profiles.ts': SOURCE });
    const run = await runCli(['compile', '-i', 'profiles.ts', '--sbf', 'out.so'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^profiles\.ts\(3,10\): error PS6001: The sBPF backend cannot compile this: profile: accounts with strings or vectors cannot be passed to helper functions in the sBPF backend yet\n/);
    expect(existsSync(join(dir, 'out.so'))).toBe(false);
  });
});
