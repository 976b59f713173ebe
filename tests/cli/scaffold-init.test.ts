// `poseidon init <name>`: the files of a new project, its program id, its wiring to this toolchain,
// and the names and folders it refuses.
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Keypair } from '@solana/web3.js';
import { describe, expect, it } from 'vitest';
import { INIT_USAGE, SYNC_USAGE, TEST_USAGE } from '../../src/cli/usage.js';
import { compileFile, compileSource } from '../../src/frontend/index.js';
import { scaffoldNames } from '../../src/scaffold/index.js';
import { programSource } from '../../src/scaffold/program-template.js';
import { emitAnchorWorkspace } from '../../src/backends/anchor/index.js';
import { TOOLCHAIN_ROOT } from '../interop/support.js';
import { runCli, TALLY_ID, tempProject, writeFiles } from './helpers.js';

const ours = JSON.parse(readFileSync(join(TOOLCHAIN_ROOT, 'package.json'), 'utf8')) as {
  version: string; dependencies: Record<string, string>; devDependencies: Record<string, string>; overrides: Record<string, unknown>;
  allowScripts: Record<string, boolean>;
};

function listFiles(root: string, dir = root): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(root, join(dir, e.name)) : [relative(root, join(dir, e.name))]).sort();
}

async function init(name = 'demo'): Promise<string> {
  const parent = tempProject();
  const run = await runCli(['init', name], parent);
  if (run.code !== 0) throw new Error(`init failed: ${run.stderr}`);
  return join(parent, name);
}

const read = (dir: string, rel: string): string => readFileSync(join(dir, rel), 'utf8');

describe('poseidon init, test and sync: registration', () => {
  it('prints each command\'s usage for `help <command>`', async () => {
    const printed = await Promise.all(['init', 'test', 'sync'].map(async (command) => (await runCli(['help', command], tempProject())).stdout));
    expect(printed).toEqual([INIT_USAGE, TEST_USAGE, SYNC_USAGE]);
  });
});

describe('poseidon init: refusals', () => {
  it('requires a name, exit 2', async () => {
    const run = await runCli(['init'], tempProject());
    expect([run.code, run.stderr.split('\n')[0]]).toEqual([2, 'error: missing the project name']);
  });

  it('refuses a name that does not start with a letter, exit 1', async () => {
    expect(await runCli(['init', '1st'], tempProject())).toEqual({
      code: 1, stdout: '', stderr: 'error: "1st" is not a valid project name: start with a letter and use only letters, digits, "-" and "_"\n',
    });
  });

  it('refuses a name whose program class would not give back the same crate name, exit 1', async () => {
    expect(await runCli(['init', 'MyApp'], tempProject())).toEqual({
      code: 1, stdout: '', stderr: 'error: "MyApp" is not a valid project name: use lowercase words separated by "_" or "-", each starting with a letter (e.g. my_app)\n',
    });
  });

  it('refuses a name whose class would clash with the template, exit 1', async () => {
    expect(await runCli(['init', 'pubkey'], tempProject())).toEqual({
      code: 1, stdout: '', stderr: 'error: "pubkey" is not a valid project name: its program class Pubkey would clash with the template\'s Pubkey\n',
    });
  });

  it.each([
    ['type', 'its crate name type is a Rust keyword'],
    ['self', 'its crate name self is a Rust keyword'],
    ['std', 'its crate name std is a crate Rust provides'],
    ['core', 'its crate name core is a crate Rust provides'],
    ['alloc', 'its crate name alloc is a crate Rust provides'],
    ['anchor-lang', 'its crate name anchor_lang is a crate the program depends on'],
    ['solana_program', 'its crate name solana_program is a crate the program depends on'],
    ['instruction', "its crate name instruction is a module Anchor's #[program] declares"],
  ])('refuses %s, a crate name the generated crate cannot take, exit 1', async (name, reason) => {
    expect(await runCli(['init', name], tempProject())).toEqual({
      code: 1, stdout: '', stderr: `error: "${name}" is not a valid project name: ${reason}\n`,
    });
  });

  it('refuses to create the project inside another npm project, naming where it would have gone, exit 1', async () => {
    const parent = tempProject();
    writeFiles(parent, { 'package.json': '{}\n' });
    mkdirSync(join(parent, 'sub'));
    expect(await runCli(['init', 'demo'], join(parent, 'sub'))).toEqual({
      code: 1, stdout: '', stderr: `error: not creating ${join(parent, 'sub', 'demo')}: it would be inside the npm project ${parent} `
        + '(it has a package.json); run `poseidon init` from a folder outside it, or pass --force to create it there\n',
    });
    expect(listFiles(parent)).toEqual(['package.json']);
  });

  it('refuses to create the project inside a git work tree (a .git folder, or a .git file of a worktree), exit 1', async () => {
    const repo = tempProject();
    mkdirSync(join(repo, '.git'));
    const worktree = tempProject();
    writeFiles(worktree, { '.git': 'gitdir: /elsewhere/.git/worktrees/x\n' });
    const runs = await Promise.all([repo, worktree].map((dir) => runCli(['init', 'demo'], dir)));
    expect(runs.map((run) => [run.code, run.stderr])).toEqual([repo, worktree].map((dir) => [1,
      `error: not creating ${join(dir, 'demo')}: it would be inside the git work tree ${dir}; run \`poseidon init\` from a folder outside it, `
      + 'or pass --force to create it there\n']));
  });

  it('creates the project inside another project with --force', async () => {
    const parent = tempProject();
    writeFiles(parent, { 'package.json': '{}\n' });
    const run = await runCli(['init', '--force', 'demo'], parent);
    expect([run.code, run.stderr, listFiles(join(parent, 'demo')).includes('programs/demo.ts')]).toEqual([0, '', true]);
  });

  it('refuses a folder that exists and is not empty, and leaves it alone, exit 1', async () => {
    const parent = tempProject();
    writeFiles(parent, { 'demo/notes.md': 'mine' });
    expect(await runCli(['init', 'demo'], parent)).toEqual({
      code: 1, stdout: '', stderr: 'error: cannot create demo: the folder exists and is not empty\n',
    });
    expect(listFiles(join(parent, 'demo'))).toEqual(['notes.md']);
  });
});

describe('poseidon init: names the generated crate uses itself', () => {
  it.each(['state', 'error', 'helpers', 'instructions', 'events', 'handler', 'ctx', 'entry', 'id'])(
    'accepts %s: the template compiles cleanly and the crate moves its own module aside',
    (name) => {
      const result = scaffoldNames(name);
      if (!result.ok) throw new Error(result.error);
      const compiled = compileSource(`${name}.ts`, programSource(result.names, TALLY_ID));
      expect(compiled.diagnostics).toEqual([]);
      const lib = emitAnchorWorkspace(compiled.program!).get(`programs/${name}/src/lib.rs`)!;
      expect(lib).toContain(`pub mod ${name} {`);
      if (name === 'state') expect(lib).toContain('pub mod state_mod;');
    },
  );
});

describe('poseidon init: the project', () => {
  it('writes the program, its test, the config, the keypair and the package files', async () => {
    expect(listFiles(await init())).toEqual([
      '.gitignore', 'README.md', 'generated/demo/target/deploy/demo-keypair.json', 'package.json',
      'poseidon.config.json', 'programs/demo.ts', 'tests/demo.test.ts', 'tsconfig.json',
    ]);
  });

  it('prints the program id and the next steps', async () => {
    const parent = tempProject();
    const run = await runCli(['init', 'demo'], parent);
    const { programs: [{ programId }] } = JSON.parse(read(join(parent, 'demo'), 'poseidon.config.json')) as { programs: { programId: string }[] };
    expect(run).toEqual({
      code: 0, stderr: '', stdout: `Created demo/: program demo, program id ${programId}\n\nNext:\n  cd demo\n  npm install\n  npx poseidon test\n`
        + `\nposeidon-sbf@^${ours.version} comes from the npm registry: to use this checkout instead, see the note in demo/README.md\n`,
    });
  });

  it('uses the keypair\'s public key as the program id in the config and in PROGRAM_ID', async () => {
    const dir = await init();
    const secret = JSON.parse(read(dir, 'generated/demo/target/deploy/demo-keypair.json')) as number[];
    const publicKey = Keypair.fromSecretKey(Uint8Array.from(secret)).publicKey.toBase58();
    expect(JSON.parse(read(dir, 'poseidon.config.json'))).toEqual({
      programs: [{ name: 'demo', source: 'programs/demo.ts', programId: publicKey, out: 'generated/demo' }],
    });
    expect(compileFile(join(dir, 'programs/demo.ts')).program?.programId).toBe(publicKey);
  });

  it('makes the keypair readable by its owner only', async () => {
    expect(statSync(join(await init(), 'generated/demo/target/deploy/demo-keypair.json')).mode & 0o777).toBe(0o600);
  });

  it('depends on the toolchain by the semver range of its version, even from a checkout, and pins the toolchain\'s own versions', async () => {
    const dir = await init();
    const pkg = JSON.parse(read(dir, 'package.json')) as {
      devDependencies: Record<string, string>; scripts: Record<string, string>; overrides: Record<string, unknown>;
      allowScripts: Record<string, boolean>;
    };
    const pinned = { ...ours.devDependencies, ...ours.dependencies };
    expect(pkg.devDependencies).toEqual({
      '@anchor-lang/core': pinned['@anchor-lang/core'],
      '@solana/spl-token': pinned['@solana/spl-token'],
      '@solana/web3.js': pinned['@solana/web3.js'],
      '@types/node': pinned['@types/node'],
      'poseidon-sbf': `^${ours.version}`,
      'solana-bankrun': pinned['solana-bankrun'],
      tsx: pinned.tsx,
      typescript: '5.9.3',
      vitest: pinned.vitest,
    });
    expect(pkg.overrides).toEqual(ours.overrides);
    // npm 11.16+ lists every dependency whose install script allowScripts does not cover; the project installs ours.
    expect(pkg.allowScripts).toEqual(ours.allowScripts);
    expect(Object.keys(pkg.allowScripts)).toEqual(['bigint-buffer', 'bufferutil', 'esbuild', 'utf-8-validate']);
    expect(pkg.scripts).toEqual({ build: 'poseidon build', test: 'poseidon test', typecheck: 'tsc --noEmit' });
    expect(read(dir, 'package.json')).not.toContain(TOOLCHAIN_ROOT);
  });

  it('says in the README, made from a checkout, how to link the checkout, naming no path of this machine', async () => {
    const readme = read(await init(), 'README.md');
    const note = readme.split('\n').filter((line) => line.startsWith('Made from a development checkout'));
    expect(note).toEqual([
      `Made from a development checkout of poseidon-sbf: if ${ours.version} is not on the npm registry yet, use the checkout instead of `
      + '`npm install`, either linked (`npm link` in the checkout, then `npm link poseidon-sbf` here) or as a tarball (`npm pack` in the '
      + `checkout, then \`npm install --no-save <path to poseidon-sbf-${ours.version}.tgz>\` here).`,
    ]);
    expect(readme).not.toContain(TOOLCHAIN_ROOT);
  });

  it('maps @solanaturbine/poseidon to the toolchain\'s declarations in tsconfig.json', async () => {
    const tsconfig = JSON.parse(read(await init(), 'tsconfig.json')) as { compilerOptions: { paths: Record<string, string[]> } };
    expect(tsconfig.compilerOptions.paths).toEqual({ '@solanaturbine/poseidon': ['./node_modules/poseidon-sbf/src/dsl/poseidon.d.ts'] });
  });

  it('writes a program the compiler accepts, whose crate is the project name', async () => {
    const { program, diagnostics } = compileFile(join(await init(), 'programs/demo.ts'));
    expect([program?.name, program?.instructions.map((ix) => ix.name), diagnostics]).toEqual(['demo', ['initialize', 'increment'], []]);
  });

  it('accepts an empty existing folder', async () => {
    const parent = tempProject();
    mkdirSync(join(parent, 'demo'));
    const run = await runCli(['init', 'demo'], parent);
    expect([run.code, run.stderr, listFiles(join(parent, 'demo')).includes('programs/demo.ts')]).toEqual([0, '', true]);
  });

  it('turns "-" into "_" for the crate, the files and the config, and keeps the folder name', async () => {
    const dir = await init('my-app');
    const config = JSON.parse(read(dir, 'poseidon.config.json')) as { programs: { name: string; source: string }[] };
    expect([relative(join(dir, '..'), dir), config.programs[0].name, compileFile(join(dir, config.programs[0].source)).program?.name])
      .toEqual(['my-app', 'my_app', 'my_app']);
  });

  it('builds out of the box: generated/<name>/ gets the .so and keeps the keypair', async () => {
    const dir = await init();
    const build = await runCli(['build'], dir);
    expect([build.code, build.stderr]).toEqual([0, '']);
    expect(listFiles(join(dir, 'generated/demo/target/deploy'))).toEqual(['demo-keypair.json', 'demo.so']);
  });
});
