// The README's quick start from the published package alone, in folders that have never seen this
// repository: `npm pack`, then `npx poseidon-sbf init demo` with the tarball in place of the registry (npx
// installs it into its own cache: init refuses to nest a project inside an npm project), `npm install`
// in the project (again the tarball for poseidon-sbf, everything else from the registry through npm's
// cache), `npx poseidon build`, `npx poseidon test` (quiet; a failing require shown at its TypeScript line),
// `npx poseidon test --runtime native` (the emitted Anchor Rust built natively: the one place the suite runs
// `--runtime native` in a project), `npx poseidon explain`, the README's in-process deploy snippet, the
// type-check, and a wallet for deploy.
// Run by .ci/run (not by `npm test`: it needs the npm registry and takes a couple of minutes):
//   npx vitest run --config tests/tarball/vitest.config.ts
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { Keypair } from '@solana/web3.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NATIVE_FLAVORS } from '../../src/runtime/native-flavors.js';
import { HOST_SOURCES } from '../../src/runtime/native-host.js';

const REPO = join(import.meta.dirname, '../..');
const README = readFileSync(join(REPO, 'README.md'), 'utf8');
const OURS = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { name: string; version: string };

let root: string;
let tarball: string;
let project: string;

/** Runs a command line (npm and npx are scripts: through the shell) and returns its output without colours. */
function sh(command: string, cwd: string, env: NodeJS.ProcessEnv = {}): SpawnSyncReturns<string> {
  const run = spawnSync(command, {
    cwd, shell: true, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, RUST_LOG: undefined, ...env },
  });
  const plain = (text: string) => text.replace(/\x1b\[[0-9;]*m/g, '');
  return { ...run, stdout: plain(run.stdout), stderr: plain(run.stderr) };
}

function ok(run: SpawnSyncReturns<string>, what: string): SpawnSyncReturns<string> {
  if (run.status !== 0) throw new Error(`${what} failed (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
  return run;
}

/** The npx cache folder npx installed `spec` into (npm keys it by the spec): removed after the run. */
function npxInstallsOf(spec: string): string[] {
  const cache = join(sh('npm config get cache', root).stdout.trim(), '_npx');
  if (!existsSync(cache)) return [];
  return readdirSync(cache).map((d) => join(cache, d)).filter((dir) => {
    try {
      return readFileSync(join(dir, 'package.json'), 'utf8').includes(spec);
    } catch {
      return false;
    }
  });
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'poseidon-tarball-'));
  if (!relative(REPO, root).startsWith('..')) throw new Error(`${root} is inside the repository`);
  mkdirSync(join(root, 'pack'));
  ok(sh(`npm pack --silent --pack-destination ${JSON.stringify(join(root, 'pack'))}`, REPO), 'npm pack');
  tarball = join(root, 'pack', `${OURS.name}-${OURS.version}.tgz`);
  mkdirSync(join(root, 'work'));
  project = join(root, 'work', 'demo');
}, 300_000);

afterAll(() => {
  for (const dir of npxInstallsOf(tarball)) rmSync(dir, { recursive: true, force: true });
  rmSync(root, { recursive: true, force: true });
});

describe('the package', () => {
  it('holds the compiled library, the poseidon bin, the DSL declarations, the Rust host of the native runtime and README, and no other sources, tests or fixtures', () => {
    const files = ok(sh(`tar tzf ${JSON.stringify(tarball)}`, root), 'tar').stdout.trim().split('\n').map((f) => f.replace(/^package\//, ''));
    // The host's sources, and each flavor's sdk.rs and Cargo.lock (src/runtime/native-flavors.ts).
    const nativeHost = [...new Set([...HOST_SOURCES, ...NATIVE_FLAVORS.flatMap((f) => [join(f.sdkFolder, 'sdk.rs'), join(f.folder, 'Cargo.lock')])])]
      .map((f) => `src/runtime/native-host/${f}`);
    const outside = files.filter((f) => !f.startsWith('dist/') && ![...nativeHost, 'bin/poseidon.js', 'src/dsl/poseidon.d.ts', 'package.json', 'README.md'].includes(f));
    const missing = [...nativeHost, 'dist/index.js', 'dist/index.d.ts', 'dist/cli/main.js'].filter((f) => !files.includes(f));
    expect([outside, files.filter((f) => f.endsWith('.map')), missing]).toEqual([[], [], []]);
  });

  it('publishes without warnings (a dry run; npm only notes that nobody is logged in)', () => {
    const run = ok(sh('npm publish --dry-run --ignore-scripts', REPO), 'npm publish --dry-run');
    expect(run.stderr.split('\n').filter((l) => l.startsWith('npm warn') && !l.includes('requires you to be logged in'))).toEqual([]);
  }, 120_000);
});

describe('the quick start from the tarball alone', () => {
  it('npx poseidon-sbf init demo makes the project in an empty folder', () => {
    const run = ok(sh(`npx --yes --package=${JSON.stringify(tarball)} poseidon init demo`, join(root, 'work')), 'npx poseidon init demo');
    expect(run.stdout).toMatch(/^Created demo\/: program demo, program id \w+\n/);
    expect(run.stdout).not.toContain('checkout');
  }, 300_000);

  it('writes a package.json with no absolute path, depending on the package by its version range', () => {
    const text = readFileSync(join(project, 'package.json'), 'utf8');
    const pkg = JSON.parse(text) as { devDependencies: Record<string, string> };
    expect([pkg.devDependencies[OURS.name], text.includes(root), /"(file:|\/)/.test(text)]).toEqual([`^${OURS.version}`, false, false]);
  });

  it('installs with npm (the tarball in place of the registry) without engine or install-script warnings', () => {
    const run = ok(sh(`npm install --no-audit --no-fund --no-save ${JSON.stringify(tarball)}`, project), 'npm install');
    const output = `${run.stdout}${run.stderr}`;
    expect(output).not.toMatch(/EBADENGINE|Unsupported engine/);
    // npm 11.16+ lists the dependencies whose install scripts the project's allowScripts leaves out. The only one
    // is the toolchain's own `prepare` (the build of dist/), and only because it comes from a file here: npm counts
    // `prepare` for file and git sources, never for the registry's, and no name-only entry matches a file source.
    expect(output.split('\n').filter((l) => /^npm warn install-scripts +\S+@/.test(l)))
      .toEqual([`npm warn install-scripts   ${OURS.name}@${OURS.version} (prepare: npm run build)`]);
  }, 300_000);

  it('builds with npx poseidon build: the .so, the IDL and the source map', () => {
    ok(sh('npx poseidon build', project), 'npx poseidon build');
    expect(['target/deploy/demo.so', 'target/idl/demo.json', 'target/sourcemap/demo.json'].filter((f) => !existsSync(join(project, 'generated/demo', f))))
      .toEqual([]);
  }, 120_000);

  it('passes its tests with npx poseidon test, without the runtime\'s log lines', () => {
    const run = ok(sh('npx poseidon test', project), 'npx poseidon test');
    expect([/Tests {2}3 passed \(3\)/.test(run.stdout), run.stderr.match(/^.*\b(INFO|DEBUG)\b.*$/gm)]).toEqual([true, null]);
  }, 120_000);

  it('passes the same tests with npx poseidon test --runtime native: the Anchor workspace built for this machine', () => {
    // A fixed program keypair (the README's way to change the address: replace it, then poseidon sync) keeps the
    // program's Rust, and so the cached host (~/.cache/poseidon/native/<hash>), the same from run to run.
    const fixed = Keypair.fromSeed(new Uint8Array(32).fill(14));
    writeFileSync(join(project, 'generated/demo/target/deploy/demo-keypair.json'), JSON.stringify([...fixed.secretKey]));
    ok(sh('npx poseidon sync', project), 'npx poseidon sync');

    // The first run on a machine builds solana-program-test and Anchor 1.2 (tens of minutes on 2 cores).
    const run = ok(sh('npx poseidon test --runtime native', project), 'npx poseidon test --runtime native');
    expect([
      run.stdout.includes(`demo: generated/demo/target/deploy/demo.so`),
      run.stdout.includes('poseidon test: runtime native: building the programs\' Anchor Rust for this machine (cached in ~/.cache/poseidon; '
        + 'the first build takes minutes); compute units are not measured natively (TxResult.computeUnits is 0)\n'),
      /Tests {2}3 passed \(3\)/.test(run.stdout),
      JSON.parse(readFileSync(join(project, 'poseidon.config.json'), 'utf8')).programs[0].programId,
    ]).toEqual([true, true, true, fixed.publicKey.toBase58()]);
  }, 3_600_000);

  it('shows a failing require at its TypeScript line in the test output, and explain names it too', () => {
    const test = readFileSync(join(project, 'tests/demo.test.ts'), 'utf8');
    writeFileSync(join(project, 'tests/zero.test.ts'), test.replace(/^it\([^]*$/m, `it('increments by zero', async () => {
  await send(await program.methods.initialize().accounts({ authority: runtime.payer.publicKey }).instruction());
  await send(await program.methods.increment(new anchor.BN(0)).accounts({ authority: runtime.payer.publicKey }).instruction());
});
`));
    const source = readFileSync(join(project, 'programs/demo.ts'), 'utf8').split('\n');
    const line = source.findIndex((l) => l.includes('require(')) + 1;
    const at = `programs/demo.ts:${line}:${source[line - 1]!.indexOf('require(') + 1}`;

    const run = sh('npx poseidon test -- tests/zero.test.ts', project);
    rmSync(join(project, 'tests/zero.test.ts'));
    const rust = /AnchorError thrown in (\S+\.rs:\d+) \(([^)]+)\)\. Error Code: ZeroAmount\./.exec(run.stdout + run.stderr);
    expect([run.status, rust?.[2]]).toEqual([1, at]);
    expect(ok(sh(`npx poseidon explain ${rust![1]}`, project), 'explain').stdout).toBe(`${rust![1]} → ${at} (require)\n  ${source[line - 1]!.trim()}\n`);
  }, 120_000);

  it('runs the README\'s in-process deploy snippet with npx tsx', () => {
    const snippet = README.split('<!-- readme:deploy-in-process -->')[1]?.match(/```ts\n([\s\S]*?)```/)?.[1];
    writeFileSync(join(project, 'deploy-local.mts'), snippet ?? '');
    const run = ok(sh('npx tsx deploy-local.mts', project), 'the README snippet');
    const { programs: [{ programId }] } = JSON.parse(readFileSync(join(project, 'poseidon.config.json'), 'utf8')) as { programs: { programId: string }[] };
    expect(run.stdout.trim()).toBe(`deployed ${programId}`);
  }, 120_000);

  it('type-checks with npm run typecheck', () => {
    expect(ok(sh('npm run --silent typecheck', project), 'npm run typecheck').stdout).toBe('');
  }, 120_000);

  it('gets a wallet for deploy: deploy says how to make one, keygen writes it, deploy then finds it', () => {
    const home = join(root, 'home');
    mkdirSync(home);
    const wallet = join(home, '.config/solana/id.json');
    const missing = sh('npx poseidon deploy --cluster http://127.0.0.1:9', project, { HOME: home });
    expect([missing.status, missing.stderr]).toEqual([1, `error: no wallet keypair at ${wallet}: create one with \`poseidon keygen\` and fund it with `
      + '`poseidon airdrop 2 --cluster devnet`, or pass another with --keypair <path>\n']);
    expect(ok(sh('npx poseidon keygen', project, { HOME: home }), 'keygen').stdout).toMatch(new RegExp(`^Wrote a new keypair to ${wallet}\npubkey: \\w+\n`));
    // With the wallet found, deploy goes on to the cluster (here a port nothing serves).
    const found = sh('npx poseidon deploy --cluster http://127.0.0.1:9', project, { HOME: home });
    expect([found.status, found.stderr.startsWith('error: cannot reach http://127.0.0.1:9: ')]).toEqual([1, true]);
  }, 120_000);
});
