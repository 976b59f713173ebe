// One compile of the compile-time benchmark, run in its own process so that its peak memory is its own.
// In: argv[2], a DSL source file. Out: one JSON line on stdout (CompileRun): the milliseconds the main thread
// spent on each phase of `poseidon compile -o --sbf --idl` plus the source map `poseidon build` writes, the CPU
// milliseconds of the whole process (V8's garbage-collector and JIT threads too), the process's peak resident
// memory (and its resident memory before compiling), and how the compile ended (.so size, the first diagnostic,
// or an internal error).
import { existsSync, readFileSync } from 'node:fs';
import { compileFile } from '../../../src/frontend/index.js';
import { emitSingleFile, errorOrigins } from '../../../src/backends/anchor/index.js';
import { emitIdl, idlJson } from '../../../src/backends/idl/index.js';
import { checkSbfLimits, emitSbf } from '../../../src/backends/sbf/index.js';
import { createSourceMap } from '../../../src/source-map/index.js';
import type { CompilePhase, CompileRun } from './series.js';

const phases: Partial<Record<CompilePhase, number>> = {};
const processCpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
/**
 * The main thread's time on a CPU, where the compiler runs: the compile's duration on an idle machine, whatever
 * else a busy one runs. Linux reports it in nanoseconds (schedstat's first field); elsewhere the process's CPU
 * time stands in, which also counts V8's helper threads.
 */
const THREAD_SCHEDSTAT = '/proc/thread-self/schedstat';
const hasSchedstat = existsSync(THREAD_SCHEDSTAT);
const mainThreadMs = (): number =>
  hasSchedstat ? Number(readFileSync(THREAD_SCHEDSTAT, 'utf8').split(' ')[0]) / 1e6 : processCpuMs();

function phase<T>(name: CompilePhase, run: () => T): T {
  const start = mainThreadMs();
  try {
    return run();
  } finally {
    phases[name] = (phases[name] ?? 0) + mainThreadMs() - start;
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
const cpuBefore = processCpuMs();
const outcome = compile(process.argv[2]!);
const processMs = processCpuMs() - cpuBefore;
const run: CompileRun = { phases, processCpuMs: processMs, outcome, peakRssBytes: peakRssBytes(), startRssBytes };
process.stdout.write(`${JSON.stringify(run)}\n`);
