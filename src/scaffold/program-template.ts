// The program and the test `poseidon init` writes: a per-user counter in a PDA (with one `require` and its
// error enum), and a vitest file that runs the build on projectRuntime() (solana-bankrun by default; the
// runtime `poseidon test --runtime` picks) and drives it with @anchor-lang/core through the built IDL.
// In: the project's names and program id. Out: file texts.
import { camelCase } from '../ir/names.js';
import type { ScaffoldNames } from './names.js';

/** The state account's name; `init` refuses project names whose class name would collide with it. */
export const STATE_ACCOUNT = 'CounterState';
/** The program's error enum. */
export const ERROR_ENUM = 'CounterError';
/** Every identifier the program template declares or imports at top level. */
export const TEMPLATE_IDENTIFIERS: readonly string[] = [STATE_ACCOUNT, ERROR_ENUM, 'Account', 'Pubkey', 'Result', 'Signer'];

export function programSource(names: ScaffoldNames, programId: string): string {
  return `// ${names.crate}: a counter per user, kept in a PDA at ["counter", authority].
// \`npx poseidon build\` compiles it to generated/${names.crate}/ (Anchor workspace, .so, IDL, types);
// \`npx poseidon test\` builds it and runs tests/.
import { Account, Pubkey, Result, Signer, require, u64, u8 } from "@solanaturbine/poseidon";

export default class ${names.className} {
  static PROGRAM_ID = new Pubkey("${programId}");

  // Creates the caller's counter at zero; the caller pays its rent.
  initialize(authority: Signer, counter: ${STATE_ACCOUNT}): Result {
    counter.derive(["counter", authority.key]).init(authority);
    counter.authority = authority.key;
    counter.count = new u64(0);
    counter.bump = counter.getBump();
  }

  // Adds \`amount\`, which must not be zero. Only the counter's authority may; an overflow fails the transaction.
  increment(authority: Signer, counter: ${STATE_ACCOUNT}, amount: u64): Result {
    counter.deriveWithBump(["counter", authority.key], counter.bump).has([authority]);
    require(amount > 0, ${ERROR_ENUM}.ZeroAmount);
    counter.count = counter.count.add(amount);
  }
}

// Custom errors are numbered from 6000 in order, as in Anchor.
export enum ${ERROR_ENUM} {
  ZeroAmount = "increment by at least 1",
}

export interface ${STATE_ACCOUNT} extends Account {
  authority: Pubkey;
  count: u64;
  bump: u8;
}
`;
}

/** `toolchainName`: the package the test imports projectRuntime from (poseidon-sbf). */
export function testSource(names: ScaffoldNames, toolchainName: string): string {
  return `// Runs the program \`poseidon build\` wrote (generated/${names.crate}/) on the runtime \`poseidon test --runtime\`
// picks: its .so in solana-bankrun (the default) or LiteSVM, or its Anchor Rust built natively; drives it
// with @anchor-lang/core through the IDL from the same build.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import anchor from '@anchor-lang/core';
import { PublicKey, type TransactionInstruction } from '@solana/web3.js';
import { projectRuntime, type Runtime } from '${toolchainName}/testing';
import { beforeEach, expect, it } from 'vitest';

const workspace = fileURLToPath(new URL('../generated/${names.crate}', import.meta.url));
const idl = JSON.parse(readFileSync(\`\${workspace}/target/idl/${names.crate}.json\`, 'utf8')) as anchor.Idl;

let runtime: Runtime;
let program: anchor.Program;
let counter: PublicKey;

beforeEach(async () => {
  // Every program of poseidon.config.json, as built, in a fresh bank with a funded payer.
  runtime = await projectRuntime();
  // The client only builds instructions and decodes accounts here; the runtime sends the transactions.
  program = new anchor.Program(idl, { publicKey: runtime.payer.publicKey } as anchor.Provider);
  [counter] = PublicKey.findProgramAddressSync([Buffer.from('counter'), runtime.payer.publicKey.toBuffer()], program.programId);
});

/** Sends one instruction; a failure throws the program's error with its logs, as Anchor's client does. */
async function send(instruction: TransactionInstruction): Promise<void> {
  const result = await runtime.send([instruction]);
  if (result.ok) return;
  // "AnchorError thrown in <file>.rs:<line>": \`poseidon test\` adds the line of programs/${names.crate}.ts it comes from.
  throw anchor.AnchorError.parse(result.logs) ?? new Error(\`\${JSON.stringify(result.error)}\\n\${result.logs.join('\\n')}\`);
}

async function fetchCounter(): Promise<{ authority: PublicKey; count: anchor.BN; bump: number }> {
  const account = await runtime.getAccount(counter);
  if (!account) throw new Error(\`no account at \${counter.toBase58()}\`);
  return program.coder.accounts.decode('${camelCase(STATE_ACCOUNT)}', Buffer.from(account.data));
}

it('initialize creates the caller\\'s counter at zero', async () => {
  await send(await program.methods.initialize().accounts({ authority: runtime.payer.publicKey }).instruction());

  const state = await fetchCounter();
  expect([state.authority.toBase58(), state.count.toString()]).toEqual([runtime.payer.publicKey.toBase58(), '0']);
});

it('increment adds the amount', async () => {
  await send(await program.methods.initialize().accounts({ authority: runtime.payer.publicKey }).instruction());

  await send(await program.methods.increment(new anchor.BN(5)).accounts({ authority: runtime.payer.publicKey }).instruction());

  expect((await fetchCounter()).count.toString()).toBe('5');
});

it('increment refuses zero with ZeroAmount (6000) and leaves the counter as it was', async () => {
  await send(await program.methods.initialize().accounts({ authority: runtime.payer.publicKey }).instruction());

  const failed = send(await program.methods.increment(new anchor.BN(0)).accounts({ authority: runtime.payer.publicKey }).instruction());

  await expect(failed).rejects.toMatchObject({ error: { errorCode: { code: 'ZeroAmount', number: 6000 } } });
  expect((await fetchCounter()).count.toString()).toBe('0');
});
`;
}
