// Builds the TypeScript program for one DSL source and runs TypeScript's own checks on it.
// In: a file name and its text. Out: the ts.Program, its checker, the user's SourceFile, and
// TypeScript's syntactic/semantic errors (empty when the DSL checks may start); the first node nested
// deeper than TypeScript's recursive checker can go, found by an iterative walk before it runs. The library
// declarations it is checked against are the caller's choice (LIBRARIES: see compileSource for why two).
import { ts } from './typescript.js';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Module specifiers that resolve to our DSL declarations (the second is Poseidon's pre-release name). */
export const DSL_SPECIFIERS: ReadonlySet<string> = new Set(['@solanaturbine/poseidon', '@turbin3/poseidon']);

/** Globals a DSL program may use besides the DSL module: console.log (lib es2022 has no console). */
const GLOBALS_FILE = '/__poseidon__/globals.d.ts';
// `log` accepts anything so that the compiler, not TypeScript, explains what a log line may hold.
const GLOBALS_TEXT = 'declare var console: { log(...values: unknown[]): void };\n';

/**
 * `full` is the library a DSL program is checked against. `es5` is the part of it every DSL construct needs (Array,
 * Number, String, Boolean, Uint8Array, Math...: the DSL has no loops, collections, promises or iterators), less than
 * half of its text: parsing and binding the whole of lib.es2022 is about a third of compiling HFMMT.
 */
export const LIBRARIES = { es5: ['lib.es5.d.ts'], full: ['lib.es2022.d.ts'] } as const;
export type Library = keyof typeof LIBRARIES;

const COMPILER_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  lib: [...LIBRARIES.full],
  types: [],
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  noImplicitReturns: true,
  // TypeScript's own lib files, never an `@typescript/lib-*` package: looking for one in every node_modules folder up
  // the tree cost each compile about 30 ms.
  libReplacement: false,
};

function locateDslDeclarations(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  // From src/frontend (tsx, vitest) or dist/frontend (built: tsc does not copy .d.ts sources).
  const candidates = [join(here, '../dsl/poseidon.d.ts'), join(here, '../../src/dsl/poseidon.d.ts')];
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error(`internal: DSL declarations not found (looked in ${candidates.join(', ')})`);
  return resolve(found);
}

export const DSL_DECLARATIONS_PATH = locateDslDeclarations();

// Library and DSL declaration files never change within a process: parse them once.
const sharedSourceFiles = new Map<string, ts.SourceFile>();

export interface TsProgram {
  program: ts.Program;
  checker: ts.TypeChecker;
  sourceFile: ts.SourceFile;
  tsDiagnostics: readonly ts.Diagnostic[];
  /** Whether TypeScript's semantic checks ran: not after a syntax error nor when tooDeep is set (neither depends on the library). */
  checked: boolean;
  /** The first node nested more than MAX_NESTING deep (TypeScript's checks are then not run), or null. */
  tooDeep: ts.Node | null;
}

/**
 * Syntax nodes one inside another, at most. TypeScript's checker recurses once or more per level and
 * overflows Node's stack at about 1,500 (500 chained calls `((x).add(1)).add(1)…`); 500 nested `if`s take
 * about 1,000.
 */
export const MAX_NESTING = 1_200;

/**
 * Characters of source the front end reads, at most. Compile time grows linearly with the number of function
 * bodies (TypeScript's control-flow analysis is quadratic only within one body), about 5 s per MiB of
 * statements; a 4 MiB program already compiles to more sBPF than the 10 MiB a program account holds is
 * worth spending minutes on, so a larger source is refused before TypeScript parses it.
 */
export const MAX_SOURCE_CHARS = 4 * 1024 * 1024;

/** The first node deeper than MAX_NESTING, by an explicit stack (no recursion of ours to overflow). */
function firstTooDeep(sourceFile: ts.SourceFile): ts.Node | null {
  // Two parallel stacks, not a pair per node: a large program has millions of nodes.
  const nodes: ts.Node[] = [sourceFile];
  const depths: number[] = [0];
  let childDepth = 0;
  const push = (child: ts.Node): void => {
    nodes.push(child);
    depths.push(childDepth);
  };
  while (nodes.length > 0) {
    const node = nodes.pop()!;
    const depth = depths.pop()!;
    if (depth > MAX_NESTING) return node;
    childDepth = depth + 1;
    ts.forEachChild(node, push);
  }
  return null;
}

const TS_LIB_DIR = dirname(resolve(ts.getDefaultLibFilePath(COMPILER_OPTIONS)));
const isTsLibFile = (name: string): boolean => dirname(resolve(name)) === TS_LIB_DIR;

/**
 * TypeScript's own library declarations are parsed without their JSDoc: nothing reads it (a program's docs
 * come from its own file), and skipping it takes a fifth off parsing them, which every compile pays.
 */
function withoutJsDoc(languageVersion: ts.ScriptTarget | ts.CreateSourceFileOptions): ts.CreateSourceFileOptions {
  const options = typeof languageVersion === 'object' ? languageVersion : { languageVersion };
  return { ...options, jsDocParsingMode: ts.JSDocParsingMode.ParseNone };
}

export function createTsProgram(fileName: string, text: string, library: Library = 'full'): TsProgram {
  const options: ts.CompilerOptions = { ...COMPILER_OPTIONS, lib: [...LIBRARIES[library]] };
  const userPath = resolve(fileName);
  // No parent pointers from the parser: the binder sets them in every file it binds, and the checker created below
  // binds them all (asking the parser too walked every file once more: about 200 ms of a 1 MB program's compile).
  const host = ts.createCompilerHost(options);
  const defaultGetSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, languageVersion, onError) => {
    if (resolve(name) === userPath) return ts.createSourceFile(name, text, languageVersion);
    const cached = sharedSourceFiles.get(name);
    if (cached) return cached;
    const sf =
      name === GLOBALS_FILE
        ? ts.createSourceFile(name, GLOBALS_TEXT, languageVersion, true)
        : defaultGetSourceFile(name, isTsLibFile(name) ? withoutJsDoc(languageVersion) : languageVersion, onError);
    if (sf) sharedSourceFiles.set(name, sf);
    return sf;
  };
  const defaultFileExists = host.fileExists.bind(host);
  host.fileExists = (name) => resolve(name) === userPath || name === GLOBALS_FILE || defaultFileExists(name);
  const defaultReadFile = host.readFile.bind(host);
  host.readFile = (name) => (resolve(name) === userPath ? text : name === GLOBALS_FILE ? GLOBALS_TEXT : defaultReadFile(name));
  // Packages are never loaded: nothing of them exists on-chain (imports.ts reports their uses), and TypeScript's
  // "cannot find module" for them is dropped (tsdiagnostics.ts). A relative file is loaded: it may be another DSL
  // program, the class of a `Program<Callee>` CPI target (callees.ts).
  host.resolveModuleNameLiterals = (literals, containingFile, _redirect, options) =>
    literals.map((literal) =>
      DSL_SPECIFIERS.has(literal.text)
        ? { resolvedModule: { resolvedFileName: DSL_DECLARATIONS_PATH, extension: ts.Extension.Dts, isExternalLibraryImport: false } }
        : isRelative(literal.text) ? ts.resolveModuleName(literal.text, containingFile, options, host) : { resolvedModule: undefined },
    );

  const program = ts.createProgram({ rootNames: [userPath, GLOBALS_FILE], options, host });
  const sourceFile = program.getSourceFile(userPath);
  if (!sourceFile) throw new Error(`internal: TypeScript did not load ${fileName}`);
  const syntactic = program.getSyntacticDiagnostics(sourceFile);
  const tooDeep = syntactic.length > 0 ? null : firstTooDeep(sourceFile);
  const checked = syntactic.length === 0 && tooDeep === null;
  const tsDiagnostics = checked
    ? [...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics(), ...program.getSemanticDiagnostics(sourceFile)]
    : syntactic;
  return { program, checker: program.getTypeChecker(), sourceFile, tsDiagnostics, checked, tooDeep };
}

const isRelative = (specifier: string): boolean => specifier.startsWith('./') || specifier.startsWith('../');
