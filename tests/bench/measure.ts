// Runs one program's scenario on one runtime and keeps what the report needs from each measured call.
// In: the compiled program, its scenario and a runtime kind. Out: per call, the program's own `consumed`
// figure and, for every program it invoked directly (CPI), that callee's own `consumed` figure if it printed one.
import { createRuntime, type RuntimeKind } from '../../src/runtime/index.js';
import { deployToRuntime } from '../../src/deploy/in-process.js';
import type { CompiledProgram } from '../support/compiled.js';
import type { Scenario } from './scenario.js';

export interface CalleeUnits {
  programId: string;
  /** null when the callee printed no `consumed` line (builtins such as the system program). */
  computeUnits: number | null;
}

export interface Measurement {
  label: string;
  computeUnits: number;
  callees: CalleeUnits[];
  /** The transaction's logs, when asked for (profile.ts). */
  logs?: readonly string[];
}

const INVOKE = /^Program (\w+) invoke \[(\d+)\]$/;
const CONSUMED = /^Program (\w+) consumed (\d+) of \d+ compute units$/;
const RETURN = /^Program (\w+) (?:success|failed: .*)$/;

/** The programs invoked at depth 2 (directly by the measured program), in call order, from the transaction logs. */
export function directCallees(logs: readonly string[]): CalleeUnits[] {
  const callees: CalleeUnits[] = [];
  const stack: { programId: string; callee: CalleeUnits | null }[] = [];
  for (const line of logs) {
    const invoke = INVOKE.exec(line);
    if (invoke) {
      const callee = Number(invoke[2]) === 2 ? { programId: invoke[1], computeUnits: null } : null;
      if (callee) callees.push(callee);
      stack.push({ programId: invoke[1], callee });
      continue;
    }
    const consumed = CONSUMED.exec(line);
    const top = stack.at(-1);
    if (consumed && top?.programId === consumed[1] && top.callee) top.callee.computeUnits = Number(consumed[2]);
    else if (RETURN.test(line)) stack.pop();
  }
  return callees;
}

export async function measureScenario(
  kind: RuntimeKind, program: CompiledProgram, scenario: Scenario, options: { keepLogs?: boolean } = {},
): Promise<Measurement[]> {
  const upgradeable = scenario.programKeypair?.();
  const rt = await createRuntime(kind, {
    programs: upgradeable ? [] : [{ programId: program.programId, so: program.so, name: program.program.name }],
  });
  if (upgradeable) await deployToRuntime(rt, program.so, upgradeable);
  const measurements: Measurement[] = [];
  await scenario.run({
    rt,
    program,
    async measure(label, ix, signers = []) {
      const result = await rt.send([ix], signers);
      if (!result.ok) {
        throw new Error(`${program.program.name} ${label} failed on ${kind}: ${JSON.stringify(result.error)}\n${result.logs.join('\n')}`);
      }
      const measurement: Measurement = { label, computeUnits: result.computeUnits, callees: directCallees(result.logs) };
      if (options.keepLogs) measurement.logs = result.logs;
      measurements.push(measurement);
    },
  });
  return measurements;
}
