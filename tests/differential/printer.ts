// Generated cases → DSL source text. In: case trees. Out: each case's statements (the tree, with deep
// subtrees moved into `const` locals so that every value stays in the sBPF code generator's registers, or
// the tree whole, so that it spills), and one program with an instruction per case that stores its result
// into a state account `Out`.
import { INT_NAMES, paramName, paramsOf, type CaseTree, type Cond, type Expr, type IntName, type Param, type Stmt } from './tree.js';

/**
 * Expression registers the code generator has: r6–r9 minus r8, which keeps the instruction data address
 * in these handlers (src/backends/sbf/codegen/expr.ts POOL, handler.ts). The store needs one more
 * only after the value is computed, so a value may use all three.
 */
const REGISTERS = 3;

export interface PrintedCase {
  params: Param[];
  body: Stmt[];
}

export const lowerCase = (tree: CaseTree): PrintedCase => lower(tree, false);

/**
 * The trees as they are, however many registers they need: the code generator spills what does not fit
 * (its spill paths are what is tested then).
 */
export const lowerCaseWhole = (tree: CaseTree): PrintedCase => lower(tree, true);

function lower(tree: CaseTree, whole: boolean): PrintedCase {
  const names = { next: 0 };
  const store = (value: Expr, out: Stmt[]): void => {
    out.push({ kind: 'store', type: tree.type, value: whole ? value : fit(value, REGISTERS, out, names) });
  };
  const body: Stmt[] = [];
  if (tree.select) {
    const cond = whole ? tree.select.cond : fitCond(tree.select.cond, body, names);
    const then: Stmt[] = [];
    const otherwise: Stmt[] = [];
    store(tree.value, then);
    store(tree.select.otherwise, otherwise);
    body.push({ kind: 'if', cond, then, else: otherwise });
  } else store(tree.value, body);
  return { params: paramsOf(tree), body };
}

/** A right operand the code generator encodes as an instruction immediate (ExprGen.operand). */
const isImmediate = (e: Expr): boolean => e.kind === 'literal' && e.type !== 'u128' && e.type !== 'i128' && e.value >= -(2n ** 31n) && e.value < 2n ** 31n;

/** Registers live at once while `e` is evaluated (Sethi–Ullman over ExprGen's evaluation order). */
function registersFor(e: Expr): number {
  const operand = (r: Expr): number => (isImmediate(r) ? 0 : registersFor(r));
  switch (e.kind) {
    case 'param':
    case 'literal':
    case 'local':
      return 1;
    case 'arith':
    case 'minmax':
      return Math.max(registersFor(e.left), 1 + operand(e.right));
    case 'mulDiv':
      return Math.max(registersFor(e.a), 1 + registersFor(e.b), 2 + registersFor(e.c));
    case 'convert':
      return registersFor(e.value);
  }
}

/**
 * `e` rewritten to need at most `available` registers: children are fitted as if `e` had all registers,
 * and `e` itself becomes a local when it still needs more than it has where it stands.
 */
function fit(e: Expr, available: number, out: Stmt[], names: { next: number }): Expr {
  let fitted: Expr;
  switch (e.kind) {
    case 'param':
    case 'literal':
    case 'local':
      return e;
    case 'arith':
    case 'minmax':
      fitted = { ...e, left: fit(e.left, REGISTERS, out, names), right: fit(e.right, REGISTERS - 1, out, names) };
      break;
    case 'mulDiv':
      fitted = { ...e, a: fit(e.a, REGISTERS, out, names), b: fit(e.b, REGISTERS - 1, out, names), c: fit(e.c, REGISTERS - 2, out, names) };
      break;
    case 'convert':
      fitted = { ...e, value: fit(e.value, REGISTERS, out, names) };
      break;
  }
  if (registersFor(fitted) <= available) return fitted;
  const name = `t${names.next++}`;
  out.push({ kind: 'const', name, value: fitted });
  return { kind: 'local', type: e.type, name };
}

function fitCond(c: Cond, out: Stmt[], names: { next: number }): Cond {
  switch (c.kind) {
    case 'compare':
      return { ...c, left: fit(c.left, REGISTERS, out, names), right: fit(c.right, REGISTERS - 1, out, names) };
    case 'not':
      return { ...c, operand: fitCond(c.operand, out, names) };
    default:
      return { ...c, left: fitCond(c.left, out, names), right: fitCond(c.right, out, names) };
  }
}

// ───────────────────────────── text ─────────────────────────────

const fieldName = (t: IntName): string => `v${t[0].toUpperCase()}${t.slice(1)}`;

const literalText = (v: bigint): string => (v >= -(2n ** 53n) && v < 2n ** 53n ? String(v) : `${v}n`);

/** `e` where a receiver is expected: a literal needs its constructor there. */
function printReceiver(e: Expr): string {
  switch (e.kind) {
    case 'param':
      return paramName(e.type, e.slot);
    case 'literal':
      return `new ${e.type}(${literalText(e.value)})`;
    case 'local':
      return e.name;
    case 'arith':
    case 'minmax':
      return `${printReceiver(e.left)}.${e.op}(${printArgument(e.right)})`;
    case 'mulDiv':
      return `${printReceiver(e.a)}.mulDiv(${printArgument(e.b)}, ${printArgument(e.c)})`;
    case 'convert':
      return `${printReceiver(e.value)}.to${e.type[0].toUpperCase()}${e.type.slice(1)}()`;
  }
}

/** `e` as a method argument: a literal stays bare (`x.add(5)`), typed by the receiver. */
const printArgument = (e: Expr): string => (e.kind === 'literal' ? literalText(e.value) : printReceiver(e));

function printCond(c: Cond): string {
  switch (c.kind) {
    case 'compare':
      return `${printReceiver(c.left)}.${c.op}(${printArgument(c.right)})`;
    case 'not':
      return `!(${printCond(c.operand)})`;
    default:
      return `(${printCond(c.left)} ${c.kind === 'and' ? '&&' : '||'} ${printCond(c.right)})`;
  }
}

function printStmts(stmts: readonly Stmt[], indent: string): string[] {
  return stmts.flatMap((s) => {
    switch (s.kind) {
      case 'const':
        return [`${indent}const ${s.name} = ${printReceiver(s.value)};`];
      case 'store':
        // a stored literal needs its constructor: a bare number is not a `u64`
        return [`${indent}out.${fieldName(s.type)} = ${printReceiver(s.value)};`];
      case 'if':
        return [
          `${indent}if (${printCond(s.cond)}) {`,
          ...printStmts(s.then, `${indent}  `),
          `${indent}} else {`,
          ...printStmts(s.else, `${indent}  `),
          `${indent}}`,
        ];
    }
  });
}

export const instructionName = (index: number): string => `c${index}`;

/** Instruction `c<i>`: runs case i and stores into `out`. */
export function printInstruction(c: PrintedCase, index: number): string[] {
  return [
    `  ${instructionName(index)}(${['out: Out', ...c.params.map((p) => `${p.name}: ${p.type}`)].join(', ')}): Result {`,
    ...printStmts(c.body, '    '),
    '  }',
  ];
}

/** One program with an instruction per case. */
export function printProgram(cases: readonly PrintedCase[], programId: string): string {
  const methods = cases.flatMap(printInstruction);
  return [
    `import { Account, Pubkey, Result, ${INT_NAMES.join(', ')} } from "@solanaturbine/poseidon";`,
    '',
    'export default class DifferentialArithmetic {',
    `  static PROGRAM_ID = new Pubkey("${programId}");`,
    '',
    ...methods,
    '}',
    '',
    `export interface Out extends Account { ${INT_NAMES.map((t) => `${fieldName(t)}: ${t};`).join(' ')} }`,
    '',
  ].join('\n');
}

/** Out's field of type t: offset in the account data (after the discriminator) and size. */
export function outField(t: IntName): { offset: number; size: number } {
  let offset = 8;
  for (const n of INT_NAMES) {
    const size = Number(n.slice(1)) / 8;
    if (n === t) return { offset, size };
    offset += size;
  }
  throw new Error(`internal: no field for ${t}`);
}
