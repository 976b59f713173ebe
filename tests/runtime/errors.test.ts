// Result normalization without a runtime: litesvm's error numbers and bankrun's Display strings map to
// the same Rust variant names, compute units come from the right log line, and the assertion helpers.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import {
  anchorErrorLine,
  bankrunTxError,
  computeUnitsFromLogs,
  errorCode,
  litesvmTxError,
} from '../../src/runtime/errors.js';
import type { TxResult } from '../../src/runtime/types.js';

/** `name = number` pairs of one `const enum` in litesvm's published typings (the numbers its binding returns). */
function litesvmEnum(enumName: string): [string, number][] {
  const typings = readFileSync(createRequire(import.meta.url).resolve('litesvm/dist/internal.d.ts'), 'utf8');
  const body = new RegExp(`export declare const enum ${enumName} \\{([^}]*)\\}`).exec(typings)?.[1] ?? '';
  return [...body.matchAll(/(\w+) = (\d+)/g)].map((match) => [match[1]!, Number(match[2])]);
}

const failed = (error: TxResult['error']): TxResult => ({ ok: false, error, logs: [], computeUnits: 0, returnData: null });

describe('litesvm errors', () => {
  test('every fieldless transaction error number maps to its litesvm name', () => {
    const variants = litesvmEnum('TransactionErrorFieldless');
    expect(variants).toHaveLength(35);
    for (const [name, value] of variants) expect(litesvmTxError(value)).toEqual({ kind: 'transaction', name });
  });

  test('every fieldless instruction error number maps to its litesvm name', () => {
    const variants = litesvmEnum('InstructionErrorFieldless');
    expect(variants).toHaveLength(53);
    for (const [name, value] of variants) {
      expect(litesvmTxError({ index: 2, err: () => value })).toEqual({ kind: 'instruction', index: 2, error: { name } });
    }
  });

  test('a custom instruction error keeps its code', () => {
    expect(litesvmTxError({ index: 0, err: () => ({ code: 3012 }) })).toEqual({
      kind: 'instruction',
      index: 0,
      error: { custom: 3012 },
    });
  });

  test('a legacy BorshIoError with a message is BorshIoError', () => {
    expect(litesvmTxError({ index: 1, err: () => ({ msg: 'unexpected end' }) })).toEqual({
      kind: 'instruction',
      index: 1,
      error: { name: 'BorshIoError' },
    });
  });
});

describe('bankrun errors', () => {
  test('a custom program error is parsed from hex', () => {
    expect(bankrunTxError('Error processing Instruction 0: custom program error: 0xbc4')).toEqual({
      kind: 'instruction',
      index: 0,
      error: { custom: 3012 },
    });
  });

  test('a builtin instruction error is named by its Display string', () => {
    expect(bankrunTxError('Error processing Instruction 2: missing required signature for instruction')).toEqual({
      kind: 'instruction',
      index: 2,
      error: { name: 'MissingRequiredSignature' },
    });
  });

  test("BorshIoError's detail after the colon is ignored", () => {
    expect(bankrunTxError('Error processing Instruction 0: Failed to serialize or deserialize account data: Unknown')).toEqual({
      kind: 'instruction',
      index: 0,
      error: { name: 'BorshIoError' },
    });
  });

  test('a fieldless transaction error is named by its Display string', () => {
    expect(bankrunTxError('Attempt to debit an account but found no record of a prior credit.')).toEqual({
      kind: 'transaction',
      name: 'AccountNotFound',
    });
  });

  test('a transaction error with an account index is named without it', () => {
    expect(bankrunTxError('Transaction results in an account (1) with insufficient funds for rent')).toEqual({
      kind: 'transaction',
      name: 'InsufficientFundsForRent',
    });
  });

  test('an unknown string is an internal error, not a silent guess', () => {
    expect(() => bankrunTxError('something new')).toThrow('internal: unmapped bankrun transaction error "something new"');
  });
});

describe('compute units from logs', () => {
  const A = 'Fg6PaFpoGXkYsidMpWTK6W2BeZ7FEfcYkg476zPFsLnS';
  const T = 'TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA';

  test("a CPI's consumed line is not the caller's", () => {
    const logs = [
      `Program ${A} invoke [1]`,
      `Program ${T} invoke [2]`,
      `Program ${T} consumed 4645 of 195000 compute units`,
      `Program ${T} success`,
      `Program ${A} consumed 9000 of 200000 compute units`,
      `Program ${A} success`,
    ];
    expect(computeUnitsFromLogs(logs)).toBe(9000);
  });

  test('a last instruction without a consumed line gives null', () => {
    const logs = [
      `Program ${A} invoke [1]`,
      `Program ${A} consumed 10 of 200000 compute units`,
      `Program ${A} success`,
      'Program 11111111111111111111111111111111 invoke [1]',
      'Program 11111111111111111111111111111111 success',
    ];
    expect(computeUnitsFromLogs(logs)).toBeNull();
  });

  test('a program log that imitates the consumed line is ignored', () => {
    const logs = [`Program ${A} invoke [1]`, 'Program log: consumed 5 of 6 compute units', `Program ${A} failed: custom program error: 0x0`];
    expect(computeUnitsFromLogs(logs)).toBeNull();
  });
});

describe('assertion helpers', () => {
  test('errorCode of a custom error is its number', () => {
    expect(errorCode(failed({ kind: 'instruction', index: 0, error: { custom: 2006 } }))).toBe(2006);
  });

  test('errorCode of a transaction error is its name', () => {
    expect(errorCode(failed({ kind: 'transaction', name: 'AccountNotFound' }))).toBe('AccountNotFound');
  });

  test('errorCode of a success is null', () => {
    expect(errorCode({ ok: true, error: null, logs: [], computeUnits: 10, returnData: null })).toBeNull();
  });

  test('anchorErrorLine finds the first AnchorError log line', () => {
    const line =
      'Program log: AnchorError caused by account: vault. Error Code: AccountNotInitialized. Error Number: 3012. Error Message: The program expected this account to be already initialized.';
    expect(anchorErrorLine(['Program log: Instruction: Deposit', line, 'Program log: AnchorError again'])).toBe(line);
  });
});
