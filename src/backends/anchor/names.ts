// The names the Anchor backend introduces itself, chosen around the user's names (which the naming pass,
// src/ir/naming.ts, has fixed): the crate's modules, the error enum, each instruction's Accounts struct and its
// handler's Context parameter. Each takes Anchor's idiomatic name unless a user name or a name the crate needs
// already has it; then the first free of a few plain variants (`state_mod`, `SetDataAccounts`, `context`).
// The modules' names come from src/ir/crate-modules.ts (the IDL backend orders the legacy IDL by them).
// In: the Program. Out: CrateNames, read by every emitter of the crate.
import type { Instruction, Program } from '../../ir/types.js';
import { pascalCase, snakeCase } from '../../ir/names.js';
import { reservedTypeName, unraw } from '../../ir/rust-names.js';
import { crateModules, firstFree, type RootModule } from '../../ir/crate-modules.js';
import { splImportedNames } from './token.js';
import { walkStatements } from '../../ir/walk.js';

export interface CrateNames {
  /** The crate root's modules, by role: Anchor's template names (`state`…), or `state_mod` beside a program module `state`. */
  modules: Record<RootModule, string>;
  /** The `#[error_code]` enum: `<Class>Error`. */
  errorEnum: string;
  /** The module of an instruction under `instructions`: its name, or `<name>_mod` where that would hide a crate or module. */
  instructionModule(ix: Instruction): string;
  /** The module of a state account or struct under `state`: its snake_case name, likewise. */
  stateModule(typeName: string): string;
  /** The instruction's `#[derive(Accounts)]` struct: `SetData`, or `SetDataAccounts` where `SetData` is taken. */
  accountsStruct(ix: Instruction): string;
  /** The handler's (and the `#[program]` function's) Context parameter: `ctx` unless the instruction uses that name. */
  context(ix: Instruction): string;
}

export function crateNames(program: Program): CrateNames {
  const { root: modules, instructions: instructionModules, types: typeModules } = crateModules(program);

  const userTypes = new Set([...program.stateAccounts, ...program.structs, ...program.events].map((t) => t.name));
  const typeTaken = (name: string): boolean => userTypes.has(name) || reservedTypeName(name) !== undefined;
  const errorEnum = firstFree((n) => `${program.className}Error${n === 0 ? '' : n === 1 ? 'Code' : n}`, typeTaken);

  const structs = new Map<string, string>();
  for (const ix of program.instructions) {
    const base = pascalCase(ix.name);
    const spl = splImportedNames(ix);
    // derive(Accounts) also declares `<Name>Bumps` beside the struct.
    const taken = (name: string): boolean =>
      typeTaken(name) || typeTaken(`${name}Bumps`) || name === errorEnum || spl.includes(name) || [...structs.values()].includes(name);
    structs.set(ix.name, firstFree((n) => (n === 0 ? base : n === 1 ? `${base}Accounts` : `${base}Accounts${n}`), taken));
  }

  const contexts = new Map(program.instructions.map((ix) => {
    const used = new Set([...ix.args, ...ix.accounts].map((p) => p.name));
    for (const s of walkStatements(ix.body)) if (s.kind === 'let') used.add(unraw(s.name));
    // An unused Context is spelled `_ctx`: that spelling must be free as well.
    const taken = (name: string): boolean => used.has(name) || used.has(`_${name}`);
    return [ix.name, firstFree((n) => (n === 0 ? 'ctx' : n === 1 ? 'context' : `ctx${n}`), taken)];
  }));

  const lookup = (map: Map<string, string>, key: string): string => {
    const found = map.get(key);
    if (found === undefined) throw new Error(`internal: no crate name for ${key}`);
    return found;
  };
  return {
    modules,
    errorEnum,
    instructionModule: (ix) => lookup(instructionModules, ix.name),
    stateModule: (typeName) => lookup(typeModules, snakeCase(typeName)),
    accountsStruct: (ix) => lookup(structs, ix.name),
    context: (ix) => lookup(contexts, ix.name),
  };
}

/** `_name` for a parameter the body never reads (rustc's convention), unless another name of the scope is spelled so. */
export function unusedName(name: string, taken: ReadonlySet<string>): string {
  const underscored = `_${unraw(name)}`;
  return taken.has(underscored) ? name : underscored;
}
