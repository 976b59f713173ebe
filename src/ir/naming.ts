// The naming pass: the one place that decides how every user name is spelled in Rust, and which names cannot be
// kept. Runs once on the lowered Program, before any backend reads it.
// In: the Program (names in snake_case, types and error variants as written), the program class's span and the
// user's spelling of the name a span starts with. Out: located diagnostics (a collision points at both names),
// and the Program with its Rust-only names spelled as Rust needs them (`r#match`).
//
// The policy, by where a name ends up:
// - Names the crate, the IDL or a discriminator carries — the program class (its crate), instructions, their
//   args and accounts, state accounts, structs, events, their fields, error variants — must be ASCII
//   identifiers and no Rust keyword (Anchor would put `r#type` into the IDL, and its client would expect that),
//   must not start with `__` (Anchor's generated names), and a type must not take a name the emitted Rust uses
//   (Rust's prelude, primitives, anchor_lang's prelude, anchor_spl). Two of one namespace must differ in Rust
//   and in the camelCase Anchor's TypeScript client gives IDL names; instructions also in the PascalCase of
//   Anchor's `instruction::<Name>` structs.
// - Names only Rust sees — locals, helper functions and their parameters — become raw identifiers when they are
//   keywords (`r#match`), except self, Self, super and crate; two visible in one body must differ in Rust.
// - The names the Anchor backend introduces itself (the handler's Context, Accounts structs, the error enum,
//   module names) give way to these: src/backends/anchor/names.ts picks them around the user's.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { dslError, withRelated } from '../diagnostics/diagnostic.js';
import { Messages, type MessageTemplate } from '../diagnostics/messages.js';
import { pascalCase } from './names.js';
import {
  clientName, hiddenByInstructionStruct, isAccountsDeriveLocal, isAnchorPrivate, isRustIdentifier, isRustKeyword, isUnrawableKeyword, rawIdentifier, reservedCrateName,
  reservedTypeName,
} from './rust-names.js';
import { constraintArgs } from './walk.js';
import type { CallArg, Expr, FieldDef, FunctionDef, Instruction, Program, Span, Stmt, Type } from './types.js';

/** The user's spelling of the name that starts at a span (for messages: `fooBar`, not `foo_bar`). */
export type Spelling = (span: Span) => string;

interface Named {
  /** The Rust spelling (before any `r#`). */
  name: string;
  span: Span;
  /** How a message names it: the user's spelling, or what the compiler added (`the System Program account …`). */
  shown: string;
  /** Added by the compiler: a collision is reported at the user's name instead. */
  implicit?: boolean;
}

type KeyKind = 'rust' | 'client';

/** Names that must stay apart, by the keys they must differ in; nested scopes see their parents' names. */
class Namespace {
  private readonly seen = new Map<string, Named>();

  constructor(
    private readonly report: (second: Named, first: Named, kind: KeyKind, key: string) => void,
    private readonly parent?: Namespace,
  ) {}

  declare(n: Named, keys: [KeyKind, string][]): void {
    for (const [kind, key] of keys) {
      const first = this.lookup(`${kind}:${key}`);
      if (first) return this.report(n, first, kind, key);
    }
    for (const [kind, key] of keys) this.seen.set(`${kind}:${key}`, n);
  }

  child(): Namespace {
    return new Namespace(this.report, this);
  }

  private lookup(key: string): Named | undefined {
    return this.seen.get(key) ?? this.parent?.lookup(key);
  }
}

export function nameProgram(program: Program, classSpan: Span, spelling: Spelling): Diagnostic[] {
  return new NamingPass(program, spelling).run(classSpan);
}

class NamingPass {
  readonly diagnostics: Diagnostic[] = [];

  constructor(private readonly program: Program, private readonly spelling: Spelling) {}

  run(classSpan: Span): Diagnostic[] {
    this.checkCrate(classSpan);
    this.checkTypes();
    this.checkErrors();
    this.checkInstructions();
    this.checkFunctions();
    if (this.diagnostics.length === 0) spellRustOnlyNames(this.program);
    return this.diagnostics;
  }

  private error(template: MessageTemplate, span: Span, ...args: string[]): void {
    this.diagnostics.push(dslError(template, span, ...args));
  }

  /** A user's name; its span is narrowed to the name itself (a `let` statement's span covers its value too). */
  private named(name: string, span: Span): Named {
    const shown = this.spelling(span);
    return { name, span: { ...span, length: Math.min(span.length, shown.length) }, shown };
  }

  /** Reports a collision at the later name, or at the user's name when the other one is the compiler's. */
  private collide = (second: Named, first: Named, kind: KeyKind, key: string): void => {
    const template = kind === 'client' ? Messages.ClientNameCollision : Messages.NameCollision;
    if (second.implicit || first.implicit) {
      const [user, added] = first.implicit ? [second, first] : [first, second];
      this.error(template, user.span, user.shown, added.shown, key);
      return;
    }
    this.diagnostics.push(withRelated(dslError(template, second.span, first.shown, second.shown, key), 'first declared here', first.span));
  };

  /** A name the crate, IDL or a discriminator carries: no raw identifier can stand in for it. */
  private checkVisible(n: Named): boolean {
    if (!isRustIdentifier(n.name)) this.error(Messages.InvalidRustName, n.span, n.shown);
    else if (isUnrawableKeyword(n.name)) this.error(Messages.RustKeyword, n.span, n.name);
    else if (isRustKeyword(n.name)) this.error(Messages.RustKeywordInIdl, n.span, n.name);
    else if (isAnchorPrivate(n.name)) this.error(Messages.ReservedName, n.span, n.shown, "the code Anchor generates (names starting with '__')");
    else return true;
    return false;
  }

  /** A name only Rust sees: keywords are spelled `r#…` later, except those Rust never lets a name be. */
  private checkRustOnly(n: Named): boolean {
    if (!isRustIdentifier(n.name)) this.error(Messages.InvalidRustName, n.span, n.shown);
    else if (isUnrawableKeyword(n.name)) this.error(Messages.RustKeyword, n.span, n.name);
    else if (isAnchorPrivate(n.name)) this.error(Messages.ReservedName, n.span, n.shown, "the code Anchor generates (names starting with '__')");
    else return true;
    return false;
  }

  private checkCrate(classSpan: Span): void {
    const { name, className } = this.program;
    const crate: Named = { name, span: classSpan, shown: className };
    if (!isRustIdentifier(className)) return this.error(Messages.InvalidRustName, classSpan, className);
    if (!this.checkVisible(crate)) return;
    const reserved = reservedCrateName(name);
    if (reserved) this.error(Messages.ReservedCrateName, classSpan, className, name, reserved);
  }

  private checkTypes(): void {
    const { stateAccounts, structs, events } = this.program;
    const types = [...stateAccounts, ...structs, ...events].sort((a, b) => bySpan(a.span, b.span));
    const names = new Namespace(this.collide);
    for (const t of types) {
      const n = this.named(t.name, t.span);
      if (!this.checkVisible(n)) continue;
      const reserved = reservedTypeName(t.name);
      if (reserved) this.error(Messages.ReservedName, t.span, t.name, reserved);
      else names.declare(n, [['rust', t.name], ['client', clientName(t.name)]]);
      this.checkFields(t.fields);
    }
  }

  private checkFields(fields: readonly FieldDef[]): void {
    const names = new Namespace(this.collide);
    for (const f of fields) {
      const n = this.named(f.name, f.span);
      if (this.checkVisible(n)) names.declare(n, [['rust', f.name], ['client', clientName(f.name)]]);
    }
  }

  private checkErrors(): void {
    const names = new Namespace(this.collide);
    for (const e of this.program.errors) {
      const n = this.named(e.name, e.span);
      if (this.checkVisible(n)) names.declare(n, [['rust', e.name], ['client', clientName(e.name)]]);
    }
  }

  private checkInstructions(): void {
    const names = new Namespace((second, first, kind, key) => {
      // One snake_case name is one instruction twice (`setData` and `set_data`).
      if (kind === 'rust' && key === second.name) {
        const d = dslError(Messages.DuplicateInstruction, second.span, key);
        this.diagnostics.push(withRelated(d, 'first declared here', first.span));
      } else this.collide(second, first, kind, key);
    });
    // Anchor declares every instruction's data struct `instruction::<PascalCase>` in one module, where the arg
    // types and the prelude names its derives use must keep their meaning.
    const argTypes = new Set(this.program.instructions.flatMap((ix) => ix.args.flatMap((a) => typeNamesOf(a.type))));
    for (const ix of this.program.instructions) {
      const n = this.named(ix.name, ix.span);
      const struct = pascalCase(ix.name);
      const prelude = hiddenByInstructionStruct(struct);
      const hidden = argTypes.has(struct) ? `the program type ${struct} its args use` : prelude && `${struct} of ${prelude}`;
      if (!this.checkVisible(n)) continue;
      if (hidden) this.error(Messages.InstructionStructName, n.span, n.shown, struct, hidden);
      else names.declare(n, [['rust', ix.name], ['rust', struct], ['client', clientName(ix.name)]]);
    }
    for (const ix of this.program.instructions) this.checkInstructionScope(ix);
  }

  /** Args and accounts share the handler's scope (and the IDL instruction); locals join it in Rust only. */
  private checkInstructionScope(ix: Instruction): void {
    const scope = new Namespace(this.collide);
    // The accounts and the args `#[instruction(..)]` decodes are locals of Anchor's derive(Accounts) code.
    const deriveScope = new Set<object>([...ix.accounts, ...constraintArgs(ix)]);
    // In source order (args and accounts interleave there), the compiler's program accounts last.
    for (const p of [...ix.args, ...ix.accounts].sort((a, b) => implicitLast(a, b) || bySpan(a.span, b.span))) {
      const implicit = isImplicit(p);
      const n: Named = implicit ? { name: p.name, span: p.span, shown: implicitDescription(p.name), implicit } : this.named(p.name, p.span);
      if (!implicit && !this.checkVisible(n)) continue;
      if (deriveScope.has(p) && isAccountsDeriveLocal(p.name)) this.error(Messages.ReservedName, n.span, n.shown, "a local of the code Anchor's #[derive(Accounts)] generates");
      else scope.declare(n, [['rust', p.name], ['client', clientName(p.name)]]);
    }
    this.checkLocals(ix.body, scope);
  }

  private checkFunctions(): void {
    const names = new Namespace(this.collide);
    for (const f of this.program.functions) {
      const n = this.named(f.name, f.span);
      if (this.checkRustOnly(n)) names.declare(n, [['rust', f.name]]);
      const scope = new Namespace(this.collide);
      for (const p of f.params) {
        const param = this.named(p.name, p.span);
        if (this.checkRustOnly(param)) scope.declare(param, [['rust', p.name]]);
      }
      this.checkLocals(f.body, scope);
    }
  }

  /**
   * Locals in their blocks: one may not meet another name of the body in Rust. The same spelling twice is one
   * TypeScript name declared again after its block ended (blocks are flattened into the IR), which Rust shadows alike.
   */
  private checkLocals(body: readonly Stmt[], outer: Namespace): void {
    const scope = new Namespace((second, first, kind, key) => {
      if (second.shown !== first.shown) this.collide(second, first, kind, key);
    }, outer);
    for (const s of body) {
      if (s.kind === 'let') {
        const n = this.named(s.name, s.span);
        if (this.checkRustOnly(n)) scope.declare(n, [['rust', s.name]]);
      } else if (s.kind === 'if') {
        this.checkLocals(s.then, scope);
        this.checkLocals(s.else, scope);
      }
    }
  }
}

/** The program types a type names (`Vec<Item>` → Item). */
const typeNamesOf = (t: Type): string[] => (t.kind === 'struct' ? [t.name] : t.kind === 'vec' || t.kind === 'array' ? typeNamesOf(t.elem) : []);

const bySpan = (a: Span, b: Span): number => a.line - b.line || a.col - b.col;
const isImplicit = (p: object): boolean => 'implicit' in p && p.implicit === true;
const implicitLast = (a: object, b: object): number => Number(isImplicit(a)) - Number(isImplicit(b));

/** What the compiler added an account for, in words (the front end appends these program accounts). */
function implicitDescription(name: string): string {
  const program = { system_program: 'System Program', token_program: 'Token Program', associated_token_program: 'Associated Token Program' }[name];
  if (!program) throw new Error(`internal: unknown implicit account ${name}`);
  return `the ${program} account the instruction needs`;
}

// ───────────── Rust spelling of the names only Rust sees ─────────────

type Rename = (name: string) => string;

/** Locals, helper functions and helper parameters that are keywords become raw identifiers, everywhere they occur. */
function spellRustOnlyNames(program: Program): void {
  const fn: Rename = rawIdentifier;
  for (const ix of program.instructions) renameBody(ix.body, { fn, local: rawIdentifier });
  for (const f of program.functions) {
    f.name = fn(f.name);
    renameFunctionParams(f);
    renameBody(f.body, { fn, local: rawIdentifier, arg: rawIdentifier, account: rawIdentifier });
  }
}

function renameFunctionParams(f: FunctionDef): void {
  for (const p of f.params) p.name = rawIdentifier(p.name);
}

interface Renames {
  fn: Rename;
  local: Rename;
  /** A helper's value parameters (read as `arg` expressions inside it). */
  arg?: Rename;
  /** A helper's account parameters. */
  account?: Rename;
}

function renameBody(body: readonly Stmt[], r: Renames): void {
  const account = r.account ?? ((name: string) => name);
  const expr = (e: Expr): void => renameExpr(e, r, account);
  const callArgs = (args: readonly CallArg[]): void => {
    for (const a of args) {
      if (a.kind === 'account') a.account = account(a.account);
      else expr(a.value);
    }
  };
  for (const s of body) {
    switch (s.kind) {
      case 'assign':
        if (s.place.kind === 'local') s.place.name = r.local(s.place.name);
        else s.place.account = account(s.place.account);
        if (s.place.kind === 'element') expr(s.place.index);
        expr(s.value);
        break;
      case 'let': s.name = r.local(s.name); expr(s.value); break;
      case 'if': expr(s.cond); renameBody(s.then, r); renameBody(s.else, r); break;
      case 'return': if (s.value) expr(s.value); break;
      case 'call': s.fn = r.fn(s.fn); callArgs(s.args); break;
      case 'require': expr(s.cond); break;
      case 'emit': s.fields.forEach(expr); break;
      case 'log': s.parts.forEach((p) => { if (typeof p !== 'string') expr(p); }); break;
      case 'systemTransfer': expr(s.amount); break;
      case 'tokenCpi': s.args.forEach(expr); break;
    }
  }
}

function renameExpr(e: Expr, r: Renames, account: Rename): void {
  const sub = (x: Expr): void => renameExpr(x, r, account);
  switch (e.kind) {
    case 'local': e.name = r.local(e.name); break;
    case 'arg': if (r.arg) e.name = r.arg(e.name); break;
    case 'field': case 'accountKey': case 'bump': e.account = account(e.account); break;
    case 'element': e.account = account(e.account); sub(e.index); break;
    case 'arith': case 'minmax': case 'compare': case 'logic': sub(e.left); sub(e.right); break;
    case 'not': sub(e.operand); break;
    case 'mulDiv': sub(e.a); sub(e.b); sub(e.c); break;
    case 'convert': sub(e.value); break;
    case 'struct': e.fields.forEach(sub); break;
    case 'call':
      e.fn = r.fn(e.fn);
      for (const a of e.args) {
        if (a.kind === 'account') a.account = account(a.account);
        else sub(a.value);
      }
      break;
    default: break;
  }
}
