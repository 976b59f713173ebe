// Runs the compiler for a command and prints what it reports to stderr the way tsc does:
// `file(line,col): error PS<code>: message`, the source line, an underline.
// In: the CLI io and an absolute source path (or a Program for the sBPF backend).
// Out: the IR Program / the ELF bytes, or null after the diagnostics were printed.
import { readFileSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Expr, Program, Stmt } from '../ir/types.js';
import { describeSystemError, reportError, type CliIo } from './io.js';
import { loadFrontend, loadSbfBuild } from './toolchain.js';

export async function compileSourceFile(io: CliIo, sourcePath: string): Promise<Program | null> {
  try {
    if (!statSync(sourcePath).isFile()) return notReadable(io, sourcePath, 'not a file');
  } catch (err) {
    return notReadable(io, sourcePath, describeSystemError(err));
  }
  const { program, diagnostics } = (await loadFrontend()).compileFile(sourcePath);
  await printDiagnostics(io, diagnostics);
  return program;
}

/** The deployable ELF, or null after reporting each limit of the sBPF backend the program exceeds. */
export async function emitElf(io: CliIo, program: Program, origins?: ReadonlyMap<Stmt | Expr, string>): Promise<Uint8Array | null> {
  const { output, diagnostics } = (await loadSbfBuild()).buildSbf(program, { origins });
  await printDiagnostics(io, diagnostics);
  return output?.elf ?? null;
}

/** Paths as the user would type them: relative to the working directory. */
export function displayPath(cwd: string, path: string): string {
  return relative(cwd, resolve(cwd, path)) || '.';
}

async function printDiagnostics(io: CliIo, diagnostics: Diagnostic[]): Promise<void> {
  if (diagnostics.length === 0) return;
  const { formatDiagnostic } = await loadFrontend();
  const sources = new Map<string, string | undefined>();
  const sourceText = (file: string): string | undefined => {
    if (!sources.has(file)) sources.set(file, readOrUndefined(file));
    return sources.get(file);
  };
  const printed = diagnostics.map((d) =>
    formatDiagnostic(withDisplayPaths(d, io.cwd), d.span ? sourceText(d.span.file) : undefined).replace(/\n+$/, ''));
  io.stderr(`${printed.join('\n')}\n`);
}

function withDisplayPaths(d: Diagnostic, cwd: string): Diagnostic {
  return {
    ...d,
    span: d.span && { ...d.span, file: displayPath(cwd, d.span.file) },
    ...(d.related && { related: d.related.map((r) => ({ ...r, span: { ...r.span, file: displayPath(cwd, r.span.file) } })) }),
  };
}

function notReadable(io: CliIo, path: string, why: string): null {
  reportError(io, `cannot read ${displayPath(io.cwd, path)}: ${why}`);
  return null;
}

function readOrUndefined(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}
