// The profiling build and its segment parser (npm run profile), on LiteSVM with puppet's bench scenario.
// In: puppet compiled normally and with CU probes. Out: the probes sit where they should (after the log,
// the arguments, validation, the statement, the write-back), and the stretches they measure add up to
// exactly what the program without probes consumes: the probes' own cost is what segments.ts takes out.
import { describe, expect, it } from 'vitest';
import { sbfOutput } from '../support/sbf.js';
import { compileTestProgram } from '../support/compiled.js';
import { measureScenario } from './measure.js';
import scenario from './scenarios/puppet.js';
import { segments } from './segments.js';

describe('npm run profile', () => {
  it('splits puppet set_data into probed stretches that add up to its unprobed compute units', async () => {
    const compiled = compileTestProgram('puppet.ts');
    const [plain] = await measureScenario('litesvm', compiled, scenario);
    const profiled = { ...compiled, so: sbfOutput(compiled.program, { profile: true }).elf };
    const [probed] = await measureScenario('litesvm', profiled, scenario, { keepLogs: true });
    const stretches = segments(probed.logs ?? []);
    expect(stretches.map((s) => s.to)).toEqual([
      'set_data start', 'set_data args+clock', 'set_data validated', 'set_data line 9 assign', 'set_data written back', null,
    ]);
    expect(stretches.every((s) => s.units >= 0)).toBe(true);
    expect(stretches.reduce((n, s) => n + s.units, 0)).toBe(plain.computeUnits);
  });
});
