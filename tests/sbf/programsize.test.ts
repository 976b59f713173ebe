// The program-size limit (limits/programsize.ts): a built program one byte over what a program account holds
// is refused with PS6009 at its largest instruction; at the limit it passes. Building a real 10 MiB program
// takes minutes, so the check runs on a real program's handler sizes with the ELF size at and past the limit.
import { describe, expect, it } from 'vitest';
import { checkProgramSize, MAX_PROGRAM_BYTES } from '../../src/backends/sbf/limits/programsize.js';
import { formatDiagnostic } from '../../src/diagnostics/format.js';
import { compileSource } from '../../src/frontend/index.js';
import { sbfOutput } from '../support/sbf.js';

const SOURCE = `import { Pubkey, Result, Signer, u64, require } from "@solanaturbine/poseidon";

export default class SizedProgram {
  static PROGRAM_ID = new Pubkey("6yCvVh8dSZ97WsmUmituH6NKMcwWEbhs6bbxt41fsvM3");

  small(user: Signer): Result {
  }

  large(user: Signer, a: u64, b: u64): Result {
    require(a.add(b).lt(new u64(10)), SizeError.Big);
    console.log("sum", a.add(b).mul(new u64(3)));
  }
}

export enum SizeError {
  Big = "Too big",
}
`;

describe('program size', () => {
  const { program } = compileSource('sized.ts', SOURCE);
  const output = sbfOutput(program!);

  it('records the code each handler takes', () => {
    expect(output.instructionBytes).toHaveLength(2);
    expect(output.instructionBytes[1]).toBeGreaterThan(output.instructionBytes[0]!);
    expect(output.instructionBytes.every((bytes) => bytes > 0 && bytes % 8 === 0)).toBe(true);
  });

  it('a program account holds 10 MiB less the 45 bytes before the ELF: at that size the program passes', () => {
    expect(MAX_PROGRAM_BYTES).toBe(10_485_715);
    expect(checkProgramSize(program!, output.elf.length, output.instructionBytes)).toEqual([]);
    expect(checkProgramSize(program!, MAX_PROGRAM_BYTES, output.instructionBytes)).toEqual([]);
  });

  it('one byte more is PS6009, at the largest instruction', () => {
    const found = checkProgramSize(program!, MAX_PROGRAM_BYTES + 1, output.instructionBytes);
    expect(found.map((d) => formatDiagnostic(d).split('\n')[0])).toEqual([
      `sized.ts(9,3): error PS6009: The sBPF program would be 10485716 bytes, more than the 10485715 a program account holds `
      + `(10 MiB less the loader's 45-byte header); its largest instruction, 'large', takes ${output.instructionBytes[1]} bytes of code: `
      + 'split the program in two, or its largest instructions into smaller ones',
    ]);
  });
});
