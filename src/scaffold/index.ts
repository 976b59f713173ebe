// Every file of a new project, as `poseidon init <name>` writes it.
// In: the project's names, its program id and the toolchain package. Out: relative path → text, and
// the path of the program keypair (written apart: it is a secret, readable by its owner only).
import type { ScaffoldNames } from './names.js';
import { programSource, testSource } from './program-template.js';
import { configJson, GITIGNORE, packageJson, readme, tsconfigJson, type ToolchainPackage } from './project-template.js';

export { scaffoldNames, type ScaffoldNames } from './names.js';
export { generateProgramKeypair, readKeypairFile, type ProgramKeypair } from './keypair.js';
export type { ToolchainPackage } from './project-template.js';

export function scaffoldFiles(names: ScaffoldNames, programId: string, toolchain: ToolchainPackage): Map<string, string> {
  const { crate } = names;
  return new Map([
    ['package.json', packageJson(names, toolchain)],
    ['tsconfig.json', tsconfigJson(toolchain)],
    ['poseidon.config.json', configJson(names, programId)],
    ['.gitignore', GITIGNORE],
    ['README.md', readme(names, toolchain)],
    [`programs/${crate}.ts`, programSource(names, programId)],
    [`tests/${crate}.test.ts`, testSource(names, toolchain.name)],
  ]);
}

/** Where `poseidon build` keeps the program keypair, and where `anchor build` and `anchor deploy` look for it. */
export function keypairPath(names: ScaffoldNames): string {
  return `generated/${names.crate}/target/deploy/${names.crate}-keypair.json`;
}
