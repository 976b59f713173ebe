// Compute units between the probes of a profiling build (emitSbf with `profile: true`). In: one
// transaction's logs. Out: for the measured (top-level) program, the units each stretch of code consumed
// between two probes, the probes' own cost taken out, CPIs included; the callees' own figures on the side.

/**
 * One probe between two readings: lddw (1) + mov (1) + sol_log_ (1 + 100) + sol_log_compute_units_ (1 + 100,
 * charged before it reads the meter).
 */
const PROBE_COST = 204;
const TAG = /^Program log: @(.*)$/;
const REMAINING = /^Program consumption: (\d+) units remaining$/;
const CONSUMED = /^Program (\w+) consumed (\d+) of (\d+) compute units$/;
const INVOKE = /^Program \w+ invoke \[(\d+)\]$/;
const RETURN = /^Program \w+ (?:success|failed: .*)$/;

export interface Segment {
  /** The probe that ends the stretch (`null`: the program's end). */
  to: string | null;
  units: number;
  /** `consumed` of each program the stretch invoked. */
  callees: { programId: string; units: number }[];
}

export function segments(logs: readonly string[]): Segment[] {
  // The measured program's own `consumed` line is the last one (CPIs print theirs before it).
  const consumedLines = logs.map((l) => CONSUMED.exec(l)).filter((m) => m !== null);
  const own = consumedLines.at(-1);
  if (!own) return [];
  const budget = Number(own[3]);
  const result: Segment[] = [];
  let callees: Segment['callees'] = [];
  let tag: string | null = null;
  let last = budget;
  let depth = 0;
  for (const line of logs) {
    const invoke = INVOKE.exec(line);
    if (invoke) depth = Number(invoke[1]);
    else if (RETURN.test(line)) depth--;
    const consumed = CONSUMED.exec(line);
    if (consumed && depth > 1) callees.push({ programId: consumed[1], units: Number(consumed[2]) });
    const t = TAG.exec(line);
    if (t) tag = t[1];
    const r = REMAINING.exec(line);
    if (r && depth === 1) {
      const remaining = Number(r[1]);
      result.push({ to: tag, units: last - remaining - PROBE_COST, callees });
      callees = [];
      last = remaining;
    }
  }
  result.push({ to: null, units: last - (budget - Number(own[2])), callees });
  return result;
}
