// Error lines too long for the buffer the sBPF program builds them in (LINE_BUFFER, codegen/errors.ts):
// the Anchor program logs `AnchorError thrown in <file>:<line>. Error Code: …. Error Message: <msg>.` whole,
// so the binary must have room for every line it may log. In: an IR Program and the error origins (the
// file:line in each line). Out: a diagnostic at each error whose message, each statement whose failing
// conversion, and each account whose name makes a line too long.
import { dslError, type Diagnostic } from '../../../diagnostics/diagnostic.js';
import { Messages } from '../../../diagnostics/messages.js';
import { ANCHOR_ERRORS, BUILTIN_ERRORS, builtinErrorCode } from '../../../ir/errors.js';
import { camelCase } from '../../../ir/names.js';
import type { ErrorDef, Expr, Program, Span, Stmt } from '../../../ir/types.js';
import { exprSome, ownExprs, walkStatements } from '../../../ir/walk.js';
import { errorLineBytes, LINE_BUFFER, LINE_PREFIX } from '../codegen/errors.js';

const CONVERSION = ANCHOR_ERRORS.InvalidNumericConversion;

export function checkErrorLines(program: Program, origins: ReadonlyMap<Stmt | Expr, string>): Diagnostic[] {
  const out: Diagnostic[] = [];
  const tooLong = (span: Span, what: string, bytes: number, shorten: string): void => {
    if (bytes > LINE_BUFFER) out.push(dslError(Messages.SbfErrorLine, span, LINE_BUFFER, what, bytes, shorten));
  };
  const longestLine = new Map<ErrorDef, number>();
  const bodies = [...program.instructions.map((ix) => ix.body), ...program.functions.map((f) => f.body)];
  for (const body of bodies) {
    for (const s of walkStatements(body)) {
      if (s.kind === 'require') {
        const error = program.errors.find((e) => e.name === s.error);
        if (!error) continue;
        const bytes = errorLineBytes(LINE_PREFIX.thrown, origins.get(s) ?? '', error.name, BigInt(error.code), error.msg);
        longestLine.set(error, Math.max(longestLine.get(error) ?? 0, bytes));
      }
      const conversion = Math.max(0, ...conversionOrigins(s, origins).map((origin) =>
        errorLineBytes(LINE_PREFIX.thrown, origin, 'InvalidNumericConversion', BigInt(CONVERSION.code), CONVERSION.message)));
      tooLong(s.span, 'the failing conversion here', conversion, 'the program and instruction names');
    }
  }
  for (const [error, bytes] of longestLine) tooLong(error.span, `error '${error.name}'`, bytes, 'its message');
  const accounts = [
    ...program.instructions.flatMap((ix) => ix.accounts.map((a) => ({ name: a.name, span: a.span }))),
    ...program.functions.flatMap((f) => f.params.flatMap((p) => (p.kind === 'account' ? [{ name: p.name, span: f.span }] : []))),
  ];
  for (const account of accounts) tooLong(account.span, `account '${camelCase(account.name)}'`, longestAccountLine(account.name), 'its name');
  return out;
}

/** The error origins of the conversions a statement evaluates (only those that can fail have one). */
function conversionOrigins(s: Stmt, origins: ReadonlyMap<Stmt | Expr, string>): string[] {
  const found: string[] = [];
  for (const e of ownExprs(s)) {
    exprSome(e, (x) => {
      const origin = x.kind === 'convert' ? origins.get(x) : undefined;
      if (origin !== undefined) found.push(origin);
      return false;
    });
  }
  return found;
}

/** The longest line naming `account`: the longest framework error Anchor logs "caused by account". */
function longestAccountLine(account: string): number {
  const anchor = Object.entries(ANCHOR_ERRORS).map(([name, e]) => errorLineBytes(LINE_PREFIX.anchorAccount, account, name, BigInt(e.code), e.message));
  const builtin = (Object.keys(BUILTIN_ERRORS) as (keyof typeof BUILTIN_ERRORS)[]).map((name) =>
    errorLineBytes(LINE_PREFIX.programAccount, account, name, builtinErrorCode(name), BUILTIN_ERRORS[name].message));
  return Math.max(...anchor, ...builtin);
}
