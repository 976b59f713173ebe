// The front end's entry points: DSL source → IR Program + diagnostics.
// In: a file path (compileFile) or an in-memory file (compileSource). Out: CompileResult — the
// program is null iff there is an error diagnostic. TypeScript's checks run first; the DSL checks
// start only when those are clean. A program is compiled against lib.es5 first (program.ts LIBRARIES), and again
// against the full library unless that first compile was clean.
import { ts } from './typescript.js';
import { readFileSync } from 'node:fs';
import type { FunctionDef, Instruction, Program, Span } from '../ir/types.js';
import { snakeCase } from '../ir/names.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { dslError, hasErrors } from '../diagnostics/diagnostic.js';
import { Messages } from '../diagnostics/messages.js';
import { createTsProgram, MAX_NESTING, MAX_SOURCE_CHARS, type Library } from './program.js';
import { LowerContext } from './context.js';
import { collectProgram } from './collect.js';
import { convertTsDiagnostics } from './tsdiagnostics.js';
import { checkForeignImports } from './imports.js';
import { lowerInstruction } from './instructions.js';
import { lowerFunctions } from './functions.js';
import type { BodyEnv } from './scope.js';
import { nameProgram } from '../ir/naming.js';
import { identifierAt } from './spelling.js';
import { calleePrograms } from './callees.js';
import { isStaticReadonly } from './constants.js';
import { isHelperMethod, type HelperDeclaration } from './collect.js';

export interface CompileResult {
  program: Program | null;
  diagnostics: Diagnostic[];
}

export function compileFile(path: string): CompileResult {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const reason = e instanceof Error && 'code' in e && e.code === 'ENOENT' ? 'no such file' : String(e);
    return { program: null, diagnostics: [dslError(Messages.CannotReadFile, null, path, reason)] };
  }
  return compileSource(path, text);
}

/**
 * `fileName` is how spans and messages name the file; `path`, where it is on disk when that differs (a relative
 * import, `import Callee from "./callee"`, resolves from there).
 */
export function compileSource(fileName: string, text: string, path: string = fileName): CompileResult {
  if (text.length > MAX_SOURCE_CHARS) {
    return { program: null, diagnostics: [dslError(Messages.SourceTooLarge, spanAtOffset(fileName, text, MAX_SOURCE_CHARS), text.length, MAX_SOURCE_CHARS)] };
  }
  // A smaller library can only make TypeScript report more (a name or member it lacks), never less: es5 has every
  // declaration a DSL program uses, and the declarations later libraries add are not DSL. So a compile against es5
  // that reports nothing at all is the compile against the full library, less the time to parse and bind it. Any
  // other outcome is compiled again, so that what is reported (TypeScript's errors, and the DSL's, which read types)
  // is exactly what the full library gives: a missing `Map` stays the DSL's "unsupported" error, not TypeScript's
  // "change your target library".
  const fast = compileAgainst('es5', fileName, text, path);
  if (fast.libraryIndependent || (fast.result.program !== null && fast.result.diagnostics.length === 0)) return fast.result;
  return compileAgainst('full', fileName, text, path).result;
}

/**
 * One compile against the given library (compileSource chooses; the tests compare the two). libraryIndependent: it
 * stopped before TypeScript's semantic checks, on what no library changes (a syntax error, nesting too deep).
 */
export function compileAgainst(library: Library, fileName: string, text: string, path = fileName): { result: CompileResult; libraryIndependent: boolean } {
  const { program, checker, sourceFile, tsDiagnostics, checked, tooDeep } = createTsProgram(path, text, library);
  return { result: lowerChecked(new LowerContext(program, checker, sourceFile, fileName), text, tsDiagnostics, tooDeep), libraryIndependent: !checked };
}

function lowerChecked(ctx: LowerContext, text: string, tsDiagnostics: readonly ts.Diagnostic[], tooDeep: ts.Node | null): CompileResult {
  if (tooDeep !== null) return { program: null, diagnostics: [dslError(Messages.NestedTooDeep, ctx.span(tooDeep), MAX_NESTING)] };
  const fromTs = convertTsDiagnostics(ctx, tsDiagnostics);
  if (hasErrors(fromTs)) return { program: null, diagnostics: fromTs };
  ctx.diagnostics.push(...fromTs);
  // A name from another package has no DSL meaning: its uses are reported alone, as TypeScript's errors are.
  checkForeignImports(ctx);
  if (hasErrors(ctx.diagnostics)) return { program: null, diagnostics: ctx.diagnostics };

  const model = collectProgram(ctx);
  const table = new Map<HelperDeclaration, FunctionDef>();
  const structs = new Map([...model.structs.values()].map((s) => [s.name, s]));
  const env: BodyEnv = { ctx, model, structs, functions: table };
  // Before the instructions: a call site needs its callee's parameters and which accounts it writes.
  const functions = lowerFunctions(env, table);
  const cls = model.programClass;
  const methods = cls ? programMethods(env, cls) : [];
  const instructions = methods.map((m) => lowerInstruction(env, m)).filter((i): i is Instruction => i !== null);

  if (!cls || model.programId === null) return { program: null, diagnostics: ctx.diagnostics };
  const className = cls.name?.text ?? 'Program';
  const ir: Program = {
    name: snakeCase(className),
    className,
    programId: model.programId,
    stateAccounts: [...model.states.values()],
    structs: [...model.structs.values()],
    errors: model.errors,
    events: [...model.events.values()],
    instructions,
    functions,
    sourceFile: ctx.displayName,
  };
  const callees = calleePrograms(model);
  if (callees) ir.callees = callees;
  // Names are checked on what lowered, even after other errors, so that one run reports them all.
  // Split once, when a message first quotes a name: splitting per name made this pass quadratic.
  let lines: string[] | undefined;
  ctx.diagnostics.push(...nameProgram(ir, ctx.span(cls.name ?? cls), (span) => identifierAt(lines ??= text.split('\n'), span)));
  return { program: hasErrors(ctx.diagnostics) ? null : ir, diagnostics: ctx.diagnostics };
}

/** The one character at `offset`, by line and column (no TypeScript source file exists yet). */
function spanAtOffset(file: string, text: string, offset: number): Span {
  let line = 1;
  for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) line++;
  return { file, line, col: offset - text.lastIndexOf('\n', offset - 1), length: 1 };
}

// A private or protected method is a helper function (collect.ts), never an instruction.
const FORBIDDEN_METHOD_MODIFIERS: Partial<Record<ts.SyntaxKind, string>> = {
  [ts.SyntaxKind.StaticKeyword]: 'static', [ts.SyntaxKind.AsyncKeyword]: 'async', [ts.SyntaxKind.AbstractKeyword]: 'abstract',
};

/** The instruction methods of the program class; any other member is reported. */
function programMethods(env: BodyEnv, cls: ts.ClassDeclaration): ts.MethodDeclaration[] {
  const { ctx } = env;
  const methods: ts.MethodDeclaration[] = [];
  for (const member of cls.members) {
    if (ts.isPropertyDeclaration(member) && member.name.getText(ctx.sourceFile) === 'PROGRAM_ID') continue;
    // A constant (collect.ts reported one that is not a literal), or a helper function (private).
    if (isStaticReadonly(member) || isHelperMethod(member)) continue;
    if (ts.isSemicolonClassElement(member)) continue;
    if (!ts.isMethodDeclaration(member) || !ts.isIdentifier(member.name) || member.asteriskToken) {
      ctx.error(Messages.UnsupportedClassMember, member);
      continue;
    }
    const modifier = (ts.getModifiers(member) ?? []).map((mod) => FORBIDDEN_METHOD_MODIFIERS[mod.kind]).find((x) => x);
    if (modifier) {
      ctx.error(Messages.UnsupportedMethodModifier, member.name, member.name.text, modifier);
      continue;
    }
    methods.push(member);
  }
  return methods;
}
