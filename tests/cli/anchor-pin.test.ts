// The anchor-lang release a Poseidon project's program targets: read from programs/<dir>/Cargo.toml
// (pinnedAnchorVersion) as Cargo would select it, and what `poseidon build` then writes for it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pinnedAnchorVersion } from '../../src/cli/anchor-pin.js';
import { anchorToml } from '../interop/support.js';
import { runCli, tempProject, writeFiles } from './helpers.js';

const manifest = (dependencies: string) => `[package]\nname = "x"\nversion = "0.1.0"\n\n[dependencies]\n${dependencies}\n`;

describe('pinnedAnchorVersion', () => {
  it.each([
    ['anchor-lang = "0.30.1"', '0.30.1'],
    ['anchor-lang = "=0.29.0"', '0.29.0'],
    ['anchor-lang = "^0.31.1"', '0.31.1'],
    ['anchor-lang = "~0.32"', '0.32.0'],
    ['anchor-lang = { version = "0.32.1", features = ["init-if-needed"] }', '0.32.1'],
    ['anchor-lang = "=1.2.2"', '1.2.2'],
    // A caret requirement on 1.x selects the newest 1.x release.
    ['anchor-lang = "1.0.2"', '1.2.2'],
    ['anchor-lang = "1"', '1.2.2'],
  ])('%s → %s', (dependency, version) => {
    expect(pinnedAnchorVersion(manifest(dependency))).toEqual({ ok: true, version });
  });

  it('reads a [dependencies.anchor-lang] table', () => {
    expect(pinnedAnchorVersion('[dependencies.anchor-lang]\nversion = "0.30.1"\nfeatures = ["init-if-needed"]\n')).toEqual({ ok: true, version: '0.30.1' });
  });

  it('follows `workspace = true` to the workspace manifest, in either spelling', () => {
    const workspace = '[workspace]\nmembers = ["programs/*"]\n\n[workspace.dependencies]\nanchor-lang = "0.29.0"\n';
    expect([
      pinnedAnchorVersion(manifest('anchor-lang = { workspace = true }'), workspace),
      pinnedAnchorVersion(manifest('anchor-lang.workspace = true'), workspace),
    ]).toEqual([{ ok: true, version: '0.29.0' }, { ok: true, version: '0.29.0' }]);
  });

  it('is null without an anchor-lang version: the default release applies', () => {
    expect([
      pinnedAnchorVersion(manifest('borsh = "1"')),
      pinnedAnchorVersion('[dev-dependencies]\nanchor-lang = "0.30.1"\n'),
      pinnedAnchorVersion(manifest('anchor-lang = { workspace = true }')),
    ]).toEqual([null, null, null]);
  });

  it('refuses releases it does not build for, and requirements that do not name one', () => {
    expect([
      pinnedAnchorVersion(manifest('anchor-lang = "0.28.0"')),
      pinnedAnchorVersion(manifest('anchor-lang = "=1.0.2"')),
      pinnedAnchorVersion(manifest('anchor-lang = ">=0.29"')),
    ]).toEqual([
      { ok: false, error: 'anchor-lang 0.28.0 selects 0.28.x; poseidon builds for 0.29.x, 0.30.x, 0.31.x, 0.32.x, 1.2.x' },
      { ok: false, error: 'anchor-lang =1.0.2 selects 1.0.x; poseidon builds for 0.29.x, 0.30.x, 0.31.x, 0.32.x, 1.2.x' },
      { ok: false, error: 'cannot tell which anchor-lang release ">=0.29" selects; pin one, e.g. anchor-lang = "1.2.2"' },
    ]);
  });
});

describe('poseidon build in a Poseidon workspace follows the pin', () => {
  const VAULT_ID = 'GZejERmJnsGsbT7yazS3DWrBowCAtMWttFs5eA5jUjbU';
  const vaultWorkspace = (anchorLang: string) => {
    const dir = tempProject();
    writeFiles(dir, {
      'Anchor.toml': anchorToml(`vault_program = "${VAULT_ID}"`),
      'programs/vault-program/Cargo.toml': `[package]\nname = "vault-program"\nversion = "0.1.0"\n\n[lib]\ncrate-type = ["cdylib", "lib"]\nname = "vault_program"\n\n[dependencies]\n${anchorLang}\n`,
      'ts-programs/src/vaultProgram.ts': readFileSync(join(import.meta.dirname, '../programs/vault.ts'), 'utf8'),
    });
    return dir;
  };

  it('writes lib.rs for 0.30 when the crate pins anchor-lang 0.30.1: CpiContext takes the AccountInfo', async () => {
    const dir = vaultWorkspace('anchor-lang = "0.30.1"');
    expect((await runCli(['build'], dir)).code).toBe(0);
    expect(readFileSync(join(dir, 'programs/vault-program/src/lib.rs'), 'utf8')).toContain('CpiContext::new(\n                    system_program.to_account_info(),');
  }, 60_000);

  it('writes lib.rs for 1.x when the crate pins 1.x: CpiContext takes the program id', async () => {
    const dir = vaultWorkspace('anchor-lang = "1.2.2"');
    expect((await runCli(['build'], dir)).code).toBe(0);
    expect(readFileSync(join(dir, 'programs/vault-program/src/lib.rs'), 'utf8')).toContain('CpiContext::new(\n                    system_program.key(),');
  }, 60_000);

  it('refuses a release it does not build for, naming the manifest', async () => {
    const run = await runCli(['build'], vaultWorkspace('anchor-lang = "0.28.0"'));
    expect([run.code, run.stderr]).toEqual([1, 'error: programs/vault-program/Cargo.toml: anchor-lang 0.28.0 selects 0.28.x; poseidon builds for 0.29.x, 0.30.x, 0.31.x, 0.32.x, 1.2.x\n']);
  }, 60_000);
});
