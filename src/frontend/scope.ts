// What a name means inside one instruction or helper function body: an account parameter, an argument (or
// a function's value parameter), a local, or a local list of PDA seeds (`let seeds: Seeds = [...]`, inlined
// where it is used).
// In: declarations as lowering meets them. Out: lookups that respect block nesting.
import type ts from 'typescript';
import type { AccountParam, Arg, FunctionDef, StateAccountDef, Type } from '../ir/types.js';
import type { HelperDeclaration } from './collect.js';

export interface AccountBinding {
  kind: 'account';
  param: AccountParam;
  /** The state layout when the parameter is `Account` subtype. */
  state?: StateAccountDef;
  decl: ts.ParameterDeclaration;
  /** The `derive`/`deriveWithBump` method name, once applied (successfully or not): a second one is a duplicate. */
  deriveCall?: ts.Identifier;
  /** The `init`/`initIfNeeded` method name, once applied: a token account created without derive is reported there. */
  initCall?: ts.Identifier;
  /** A mint the body initializes: the payer its `init(payer)`/`initIfNeeded(payer)` names for creating its account. */
  mintPayer?: AccountBinding;
}

export interface ArgBinding {
  kind: 'arg';
  arg: Arg;
}

export interface LocalBinding {
  kind: 'local';
  name: string;
  type: Type;
  mutable: boolean;
}

export interface SeedsBinding {
  kind: 'seeds';
  elements: ts.ArrayLiteralExpression;
}

export type Binding = AccountBinding | ArgBinding | LocalBinding | SeedsBinding;

export class Scope {
  private readonly names = new Map<string, Binding>();

  constructor(private readonly parent?: Scope) {}

  lookup(name: string): Binding | undefined {
    return this.names.get(name) ?? this.parent?.lookup(name);
  }

  declare(name: string, binding: Binding): void {
    this.names.set(name, binding);
  }

  child(): Scope {
    return new Scope(this);
  }
}

/** What lowering an instruction or function body needs besides the scope. */
export interface BodyEnv {
  ctx: import('./context.js').LowerContext;
  model: import('./collect.js').ProgramModel;
  structs: ReadonlyMap<string, import('../ir/types.js').StructDef>;
  /** Helper functions whose signatures are lowered (every one, by the time instructions are lowered). */
  functions: ReadonlyMap<HelperDeclaration, FunctionDef>;
  /** Set while lowering the body of a helper function: what it may not do, and which functions it may call. */
  inFunction?: { decl: HelperDeclaration; def: FunctionDef };
}
