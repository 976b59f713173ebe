// One compile of the compile-time benchmark, run in its own process so that its peak memory is its own.
// In: argv[2], a DSL source file. Out: one JSON line on stdout (CompileRun): the CPU milliseconds of each
// phase of `poseidon compile -o --sbf --idl` plus the source map `poseidon build` writes, the process's peak
// resident memory (and its resident memory before compiling), and how the compile ended (.so size, the first diagnostic, or an internal error).
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { compileFile } from '../../../src/frontend/index.js';
import { emitSingleFile, errorOrigins } from '../../../src/backends/anchor/index.js';
import { emitIdl, idlJson } from '../../../src/backends/idl/index.js';
import { checkSbfLimits, emitSbf } from '../../../src/backends/sbf/index.js';
import { createSourceMap } from '../../../src/source-map/index.js';
import type { CompilePhase, CompileRun } from './series.js';

const phases: Partial<Record<CompilePhase, number>> = {};
const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
/** CPU time, not wall time: the figure is the compiler's own work whatever else the machine runs. */
function phase<T>(name: CompilePhase, run: () => T): T {
  const start = cpuMs();
  try {
    return run();
  } finally {
    phases[name] = (phases[name] ?? 0) + cpuMs() - start;
  }
}

function compile(file: string): CompileRun['outcome'] {
  const { program, diagnostics } = phase('frontend', () => compileFile(file));
  const firstError = (ds: typeof diagnostics): CompileRun['outcome'] => {
    const d = ds.find((x) => x.severity === 'error')!;
    return { kind: 'diagnostic', code: d.code, at: d.span ? `${d.span.line}:${d.span.col}` : '' };
  };
  if (!program) return firstError(diagnostics);
  phase('anchor', () => emitSingleFile(program));
  phase('idl', () => idlJson(emitIdl(program)));
  const origins = phase('sbfLimits', () => errorOrigins(program));
  const limits = phase('sbfLimits', () => checkSbfLimits(program, origins));
  if (limits.length > 0) return firstError(limits);
  let soBytes: number;
  try {
    soBytes = phase('sbf', () => emitSbf(program, origins)).elf.length;
  } catch (err) {
    return { kind: 'internal', message: err instanceof Error ? err.message : String(err) };
  }
  phase('sourceMap', () => createSourceMap(program, origins));
  return { kind: 'so', bytes: soBytes };
}

/**
 * The process's peak resident memory. On Linux getrusage's maxrss survives exec, so a child spawned by the
 * benchmark would report its parent's peak when larger: VmHWM, the peak of this process's own memory, is used.
 */
function peakRssBytes(): number {
  try {
    const kib = /^VmHWM:\s*(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
    if (kib !== undefined) return Number(kib) * 1024;
  } catch {
    // not Linux: getrusage below
  }
  return process.resourceUsage().maxRSS * 1024;
}

// Node, tsx and the compiler's modules, loaded before anything is compiled.
const startRssBytes = process.memoryUsage.rss();
const started = performance.now();
const outcome = compile(process.argv[2]!);
const run: CompileRun = { phases, outcome, peakRssBytes: peakRssBytes(), startRssBytes, wallMs: performance.now() - started };
process.stdout.write(`${JSON.stringify(run)}\n`);
