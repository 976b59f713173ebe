// The project files around the program that `poseidon init` writes: package.json, tsconfig.json,
// poseidon.config.json, .gitignore and a README.
// In: the project's names, program id and the toolchain it was created with. Out: file texts.
import type { ScaffoldNames } from './names.js';

/** The toolchain package the new project depends on. */
export interface ToolchainPackage {
  /** package.json `name` (also the folder under node_modules/). */
  name: string;
  version: string;
  /** How the project's package.json refers to it: the semver range of its version, `^0.1.0`. */
  spec: string;
  /** init runs from a development checkout, not an installed package: the README says how to link it. */
  fromCheckout: boolean;
  /** Versions of the toolchain's own dependencies, so the project pins the same ones. */
  versions: Record<string, string>;
  /** The toolchain's npm `overrides` (they keep Node 20 installs free of engine warnings); the project repeats them. */
  overrides: Record<string, unknown>;
  /**
   * The toolchain's npm `allowScripts`: which of its dependencies may run install scripts (npm 11.16+ warns
   * about any not listed, and a later npm skips them); the project repeats it, as it installs the same ones.
   */
  allowScripts: Record<string, boolean>;
}

/**
 * What the scaffolded test, the README's snippets (the in-process deploy, run with tsx; token accounts)
 * and the editor need, in the toolchain's own versions.
 */
const PROJECT_DEV_DEPENDENCIES = [
  '@anchor-lang/core', '@solana/spl-token', '@solana/web3.js', '@types/node', 'solana-bankrun', 'tsx', 'typescript', 'vitest',
];

export function packageJson(names: ScaffoldNames, toolchain: ToolchainPackage): string {
  const devDependencies: Record<string, string> = { [toolchain.name]: toolchain.spec };
  for (const dep of PROJECT_DEV_DEPENDENCIES) {
    const version = toolchain.versions[dep];
    if (version === undefined) throw new Error(`internal: the toolchain's package.json does not list ${dep}`);
    devDependencies[dep] = version;
  }
  const pkg = {
    name: names.folder.toLowerCase(),
    version: '0.1.0',
    private: true,
    type: 'module',
    scripts: { build: 'poseidon build', test: 'poseidon test', typecheck: 'tsc --noEmit' },
    devDependencies: sortKeys(devDependencies),
    ...(Object.keys(toolchain.overrides).length > 0 && { overrides: toolchain.overrides }),
    ...(Object.keys(toolchain.allowScripts).length > 0 && { allowScripts: toolchain.allowScripts }),
  };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

export function tsconfigJson(toolchain: ToolchainPackage): string {
  const config = {
    compilerOptions: {
      target: 'ES2022',
      module: 'NodeNext',
      moduleResolution: 'NodeNext',
      strict: true,
      skipLibCheck: true,
      noEmit: true,
      types: ['node'],
      // The DSL's declarations ship inside the toolchain; programs import them by Poseidon's name.
      paths: { '@solanaturbine/poseidon': [`./node_modules/${toolchain.name}/src/dsl/poseidon.d.ts`] },
    },
    include: ['programs', 'tests'],
  };
  return `${JSON.stringify(config, null, 2)}\n`;
}

export function configJson(names: ScaffoldNames, programId: string): string {
  const config = { programs: [{ name: names.crate, source: `programs/${names.crate}.ts`, programId, out: `generated/${names.crate}` }] };
  return `${JSON.stringify(config, null, 2)}\n`;
}

/** Build output is ignored, except the program keypair: it fixes the program's address. */
export const GITIGNORE = `node_modules/
generated/**
!generated/**/
!generated/*/target/deploy/*-keypair.json
`;

export function readme(names: ScaffoldNames, toolchain: ToolchainPackage): string {
  const out = `generated/${names.crate}`;
  return `# ${names.folder}

A Solana program written in TypeScript with the Poseidon DSL, compiled by \`poseidon\` to an Anchor
workspace, an Anchor IDL and a deployable sBPF binary: no Rust toolchain needed.

## Commands

\`\`\`sh
npm install
npx poseidon build    # programs/${names.crate}.ts → ${out}/
npx poseidon test     # build, then run tests/ with vitest (the .so in solana-bankrun)
npx poseidon test --runtime native   # the same tests on the Anchor Rust, built natively (needs cargo)
\`\`\`

\`--runtime native\` runs the program's Anchor workspace (${out}/, what \`anchor build\` compiles) as a
builtin under solana-program-test: the tests passing there show that the Anchor Rust behaves like the
.so they ran. \`--runtime litesvm\` runs the .so in LiteSVM. Compute units are not measured natively.

A failing \`require\` shows in the test output where Anchor reports it and at its line of
\`programs/${names.crate}.ts\`; \`npx poseidon explain <file>.rs:<line>\` finds that line for any location the
program logs. \`RUST_LOG=debug npx poseidon test\` also shows every line the runtime logs.

## Deploy to devnet

\`\`\`sh
npx poseidon keygen                       # a wallet at ~/.config/solana/id.json, unless you have one
npx poseidon airdrop 2 --cluster devnet   # test SOL for it
npx poseidon deploy --cluster devnet
\`\`\`

## Layout

| Path | What |
|---|---|
| \`programs/${names.crate}.ts\` | The program |
| \`tests/${names.crate}.test.ts\` | Runs the built program through the Anchor client, on the runtime \`poseidon test --runtime\` picks |
| \`poseidon.config.json\` | The programs to build: name, source, program id, output folder |
| \`${out}/\` | Build output: the Anchor workspace (\`anchor build\` works there), \`target/deploy/${names.crate}.so\`, \`target/idl/${names.crate}.json\`, \`target/types/${names.crate}.ts\`, \`target/sourcemap/${names.crate}.json\` (error locations → TypeScript lines) |
| \`${out}/target/deploy/${names.crate}-keypair.json\` | The program keypair: its public key is the program id. Keep it (it is not ignored by git) |

To give the program a new address, replace the keypair and run \`npx poseidon sync\`: it writes the
keypair's public key into \`PROGRAM_ID\` and \`poseidon.config.json\`.
${toolchain.fromCheckout ? `\n${checkoutNote(toolchain)}\n` : ''}`;
}

/** For a project made from a development checkout, whose version the registry may not have yet. */
function checkoutNote({ name, version }: ToolchainPackage): string {
  return `Made from a development checkout of ${name}: if ${version} is not on the npm registry yet, use the checkout `
    + `instead of \`npm install\`, either linked (\`npm link\` in the checkout, then \`npm link ${name}\` here) or as a tarball `
    + `(\`npm pack\` in the checkout, then \`npm install --no-save <path to ${name}-${version}.tgz>\` here).`;
}

function sortKeys(record: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
}
