// What the sBPF backend cannot compile is found before code generation (src/backends/sbf/limits/) and
// reported like every other diagnostic — file(line,col), its own PS code, the message, the source line —
// never a stack trace; the command exits 1 and writes no .so. One program per limit.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempProject, writeFiles } from './helpers.js';

const HEADER = `import { Account, Event, Pubkey, Result, Signer, Str, Vec, emit, require, u64 } from "@solanaturbine/poseidon";
`;
const ID = 'static PROGRAM_ID = new Pubkey("6yCvVh8dSZ97WsmUmituH6NKMcwWEbhs6bbxt41fsvM3");';

/** Compiles `source` to a .so; returns stderr after checking the run failed and wrote nothing. */
async function refused(source: string): Promise<string> {
  const dir = tempProject();
  writeFiles(dir, { 'limits.ts': source });
  const run = await runCli(['compile', '-i', 'limits.ts', '--sbf', 'out.so'], dir);
  expect(run.code).toBe(1);
  expect(existsSync(join(dir, 'out.so'))).toBe(false);
  return run.stderr;
}

// The first compile loads the TypeScript compiler.
describe('sBPF backend limits as diagnostics', { timeout: 30_000 }, () => {
  it('PS6002: a struct literal, at its statement', async () => {
    const stderr = await refused(`${HEADER}
export default class Points {
  ${ID}
  reset(point: Point, x: u64): Result {
    point.at = { x: x, y: x };
  }
}

export interface Pair { x: u64; y: u64; }
export interface Point extends Account { at: Pair; }
`);
    expect(stderr).toBe([
      "limits.ts(6,5): error PS6002: The sBPF backend cannot build a struct value yet: this 'Pair' literal must come from an argument or an account field instead",
      '    point.at = { x: x, y: x };',
      '    ~~~~~~~~~~~~~~~~~~~~~~~~~',
      '',
    ].join('\n'));
  });

  it('PS6003: an event with a vector field, at the emit', async () => {
    const stderr = await refused(`${HEADER}
export default class Scores {
  ${ID}
  publish(owner: Signer, scores: Vec<u64, 4>): Result {
    emit<Published>({ scores: scores });
  }
}

export interface Published extends Event { scores: Vec<u64, 4>; }
`);
    expect(stderr).toMatch(/^limits\.ts\(6,5\): error PS6003: The sBPF backend cannot emit 'Published' yet: its field 'scores' is a vector; event fields may be numbers, Booleans, Pubkeys, strings, and structs and arrays without strings or vectors\n    emit<Published>/);
  });

  it('PS6004: a state account holding a string passed to a helper function, at the function', async () => {
    const stderr = await refused(`${HEADER}
function touch(profile: Profile): void {
  profile.visits = profile.visits.add(1);
}

export default class Profiles {
  ${ID}
  visit(owner: Signer, profile: Profile): Result {
    touch(profile);
  }
}

export interface Profile extends Account { name: Str<8>; visits: u64; }
`);
    expect(stderr).toMatch(/^limits\.ts\(3,10\): error PS6004: The sBPF backend cannot pass 'profile' to function 'touch' yet: 'Profile' holds strings or vectors; pass the fields the function needs as values\n/);
  });

  it('PS6005: a log line longer than a stack frame holds, calling a helper that logs too, at the statement', async () => {
    const stderr = await refused(`${HEADER}
export default class Notes {
  ${ID}
  show(note: Note): Result {
    console.log("note", ${Array.from({ length: 95 }, () => 'note.owner').join(', ')}, shown(note.count));
  }
}

function shown(n: u64): u64 {
  console.log("shown", n);
  return n;
}

export interface Note extends Account { owner: Pubkey; count: u64; }
`);
    expect(stderr).toMatch(/^limits\.ts\(6,5\): error PS6005: 'show' may need \d+ bytes of stack here, more than the 4096 bytes of an sBPF stack frame: move some of the work into a helper function or another instruction, or log and emit shorter strings\n    console\.log/);
  });

  it('PS6006: images of accounts holding strings larger than the heap, at the instruction', async () => {
    const keys = Array.from({ length: 32 }, (_, i) => `k${i}: Pubkey;`).join(' ');
    const stderr = await refused(`${HEADER}
export default class Archive {
  ${ID}
  store(owner: Signer, shelf: Shelf, title: Str<8>): Result {
    shelf.title = title;
  }
}

export interface Page { ${keys} }
export interface Shelf extends Account { title: Str<8>; ${Array.from({ length: 40 }, (_, i) => `p${i}: Page;`).join(' ')} }
`);
    expect(stderr).toMatch(/^limits\.ts\(5,3\): error PS6006: Instruction 'store' needs 40984 bytes of heap for the images of its arguments and accounts holding strings or vectors, more than the 32768 bytes of the sBPF heap: split them across instructions\n  store\(/);
  });

  it('PS6008: an event built in the heap larger than the heap has free, at the emit', async () => {
    const stderr = await refused(`${HEADER}
export default class Wide {
  ${ID}
  publish(owner: Signer): Result {
    emit<Published>({ ${Array.from({ length: 1024 }, (_, i) => `k${i}: owner.key`).join(', ')} });
  }
}

export interface Published extends Event { ${Array.from({ length: 1024 }, (_, i) => `k${i}: Pubkey;`).join(' ')} }
`);
    expect(stderr).toMatch(/^limits\.ts\(6,5\): error PS6008: 'publish' needs 32776 bytes of heap here for event 'Published', more than the 32760 bytes the sBPF heap has free after the images of arguments and accounts: log or emit fewer values\n    emit<Published>/);
  });

  it('PS6007: an error message too long for the error line, at the error', async () => {
    const stderr = await refused(`${HEADER}
export default class Gate {
  ${ID}
  pass(owner: Signer, gate: GateState): Result {
    require(gate.open.eq(1), GateError.Closed);
  }
}

export enum GateError { Closed = "${'closed '.repeat(100)}" }
export interface GateState extends Account { open: u64; }
`);
    expect(stderr).toMatch(/^limits\.ts\(10,25\): error PS6007: The sBPF program logs an error in a line of at most 768 bytes; the line for error 'Closed' would be \d+ bytes: shorten its message\n/);
  });

  it('reports every limit of a program in source order, and `build` stops before writing anything', async () => {
    const dir = tempProject();
    const source = `${HEADER}
function touch(profile: Profile): void {
  profile.visits = profile.visits.add(1);
}

export default class Profiles {
  ${ID}
  visit(owner: Signer, profile: Profile, scores: Vec<u64, 4>): Result {
    touch(profile);
    emit<Visited>({ scores: scores });
  }
}

export interface Visited extends Event { scores: Vec<u64, 4>; }
export interface Profile extends Account { name: Str<8>; visits: u64; }
`;
    writeFiles(dir, {
      'programs/profiles.ts': source,
      'poseidon.config.json': JSON.stringify({ programs: [{ name: 'profiles', source: 'programs/profiles.ts', programId: '6yCvVh8dSZ97WsmUmituH6NKMcwWEbhs6bbxt41fsvM3', out: 'generated/profiles' }] }),
    });
    const run = await runCli(['build'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr.match(/error PS\d+/g)).toEqual(['error PS6004', 'error PS6003']);
    expect(existsSync(join(dir, 'generated/profiles'))).toBe(false);
  });
});
