// The program crate's module tree, rooted at lib.rs.
// In: the Program. Out: a RustModule: lib.rs (`declare_id!` and a thin `#[program]` module that delegates
// to `instructions::<ix>::handler`) with the error, events, helpers, instructions and state modules below it,
// and one module per DSL program it calls by CPI (callees.ts).
// Error origins are recorded into `origins` when one is given (index.ts).
import type { Program } from '../../ir/types.js';
import { errorModule, eventsModule } from './declarations.js';
import { call, INDENT, layout, pad, text } from './format.js';
import { fnSignature, instructionModule } from './instruction.js';
import { helpersModule } from './helpers.js';
import type { RustModule } from './modules.js';
import type { OriginRecorder } from './origins.js';
import { stateModule } from './state.js';
import { crateNames, type CrateNames } from './names.js';
import { rustType } from './types.js';
import { calleeModules } from './callees.js';

export function crateModule(program: Program, origins?: OriginRecorder): RustModule {
  const names = crateNames(program);
  const instructions: RustModule = {
    name: names.modules.instructions,
    // Each instruction module has its own `handler`; the globs are there for the Accounts types (and the
    // client modules their derive generates) that `#[program]` looks up at the crate root.
    innerAttributes: program.instructions.length > 1 ? ['#![allow(ambiguous_glob_reexports)]'] : [],
    imports: [],
    children: program.instructions.map((ix) => instructionModule(program, ix, names, origins)),
    reexported: true,
    items: () => [],
  };
  const helpers = helpersModule(program, names, origins);
  const children = [errorModule(program, names), eventsModule(program, names), helpers, instructions, stateModule(program, names), ...calleeModules(program)]
    .filter((m): m is RustModule => m !== null);
  return {
    name: program.name,
    imports: ['use anchor_lang::prelude::*;'],
    children,
    reexported: false,
    items: (base) => [`${pad(base)}declare_id!("${program.programId}");`, '', ...programModule(program, names, base)],
  };
}

/** `#[program] pub mod <name> { … }`: one fn per instruction, each handing its context and args on. */
function programModule(program: Program, names: CrateNames, base: number): string[] {
  const inner = base + INDENT;
  const fnBody = inner + INDENT;
  const fns = program.instructions.flatMap((ix) => {
    const ctx = names.context(ix);
    const params = [`${ctx}: Context<${names.accountsStruct(ix)}>`, ...ix.args.map((a) => `${a.name}: ${rustType(a.type)}`)];
    const handler = `${names.modules.instructions}::${names.instructionModule(ix)}::handler`;
    const delegate = call(handler, [text(ctx), ...ix.args.map((a) => text(a.name))]);
    return [
      '',
      ...fnSignature(`pub fn ${ix.name}`, params, 'Result<()>', inner),
      pad(fnBody) + layout(delegate, fnBody, fnBody, 0),
      `${pad(inner)}}`,
    ];
  });
  return [`${pad(base)}#[program]`, `${pad(base)}pub mod ${program.name} {`, `${pad(inner)}use super::*;`, ...fns, `${pad(base)}}`];
}
