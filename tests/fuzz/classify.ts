// Runs one DSL source through the whole pipeline in-process (front end, Anchor Rust, IDL, sBPF, as
// `poseidon compile -o --idl --sbf` does) and says how it ended.
// In: a file name and the source text. Out: an Outcome — `built` (every output made, none empty, every
// instruction in each), `diagnosed` (errors, each with a PS or TS code and a file(line,col) in this file), or
// `ours` (a failure of the compiler: an exception, an `internal:` message, a diagnostic without a location or
// code, an empty output, an instruction missing from an output), with what went wrong.
import { emitSingleFile } from '../../src/backends/anchor/index.js';
import { emitIdl, idlJson } from '../../src/backends/idl/index.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { formatDiagnostic } from '../../src/diagnostics/format.js';
import { compileSource } from '../../src/frontend/index.js';
import { buildSbf } from '../../src/pipeline/sbf.js';

export type Outcome =
  | { kind: 'built'; soBytes: number }
  | { kind: 'diagnosed'; codes: string[] }
  | { kind: 'ours'; what: string };

/** A diagnostic a user can act on: a code, a message that is not ours to fix, a place in their file. */
function badDiagnostic(d: Diagnostic, fileName: string): string | null {
  const text = formatDiagnostic(d);
  if (!Number.isInteger(d.code) || d.code <= 0) return `diagnostic without a code: ${text}`;
  if (/internal/i.test(d.message)) return `internal diagnostic: ${text}`;
  if (!d.span) return `diagnostic without a location: ${text}`;
  if (d.span.file !== fileName || d.span.line < 1 || d.span.col < 1) return `diagnostic located outside the file: ${text}`;
  if (d.message.trim() === '') return `diagnostic without a message: ${text}`;
  return null;
}

function diagnosed(ds: readonly Diagnostic[], fileName: string): Outcome {
  const errors = ds.filter((d) => d.severity === 'error');
  for (const d of ds) {
    const bad = badDiagnostic(d, fileName);
    if (bad) return { kind: 'ours', what: bad };
  }
  return { kind: 'diagnosed', codes: errors.map((d) => `${d.prefix ?? 'PS'}${d.code}`) };
}

export function classify(fileName: string, text: string): Outcome {
  try {
    const { program, diagnostics } = compileSource(fileName, text);
    if (!program) {
      if (!diagnostics.some((d) => d.severity === 'error')) return { kind: 'ours', what: 'no program and no error' };
      return diagnosed(diagnostics, fileName);
    }
    for (const d of diagnostics) {
      const bad = badDiagnostic(d, fileName);
      if (bad) return { kind: 'ours', what: bad };
    }
    const rust = emitSingleFile(program);
    const idl = emitIdl(program);
    const json = idlJson(idl);
    if (rust.trim() === '' || json.trim() === '') return { kind: 'ours', what: 'empty Rust or IDL' };
    for (const ix of program.instructions) {
      if (!new RegExp(`pub fn (r#)?${ix.name}\\(`).test(rust)) return { kind: 'ours', what: `instruction ${ix.name} missing from the Rust` };
      if (!idl.instructions.some((i) => i.name === ix.name)) return { kind: 'ours', what: `instruction ${ix.name} missing from the IDL` };
    }
    const sbf = buildSbf(program);
    if (!sbf.output) return diagnosed(sbf.diagnostics, fileName);
    if (sbf.output.elf.length === 0) return { kind: 'ours', what: 'empty .so' };
    return { kind: 'built', soBytes: sbf.output.elf.length };
  } catch (err) {
    const e = err instanceof Error ? err : new Error(String(err));
    return { kind: 'ours', what: `exception: ${e.message}\n${(e.stack ?? '').split('\n').slice(1, 6).join('\n')}` };
  }
}
