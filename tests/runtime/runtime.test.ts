// The runtime layer on both runtimes: one real sBPF program (below) and the SPL Token program, driven
// through createRuntime; every result is asserted as a value (error, logs, compute units).

import { createHash } from 'node:crypto';
import { beforeEach, describe, expect, test } from 'vitest';
import { Keypair, PublicKey, SystemProgram, TransactionInstruction } from '@solana/web3.js';
import { MINT_SIZE, MintLayout, TOKEN_PROGRAM_ID, createInitializeMint2Instruction } from '@solana/spl-token';
import { PAYER_LAMPORTS, RUNTIME_KINDS, createRuntime, errorCode } from '../../src/runtime/index.js';
import type { Runtime } from '../../src/runtime/index.js';

/*
 * "echo": a 1,288-byte SBPF v0 ELF that returns the u64 at instruction data[0..8] as its error code
 * (0 = success); bytes after the first 8 become return data; data shorter than 8 bytes makes it read
 * address 0 (a VM fault). It walks the account records first, so any account list works. Produced once,
 * independently of src/backends/sbf, by a throwaway assembler that is not part of the repository, from:
 *
 *   entrypoint:    ldxdw r7,[r1+0]; mov r6,r1; add r6,8             ; r7 = accounts, r6 = first record
 *   next_account:  jeq r7,0,accounts_done; sub r7,1; ldxb r8,[r6+0]
 *                  jne r8,0xff,duplicate; ldxdw r8,[r6+80]           ; data_len
 *                  add r6,r8; add r6,88+10240+7; and r6,-8; add r6,8; ja next_account
 *   duplicate:     add r6,8; ja next_account
 *   accounts_done: ldxdw r8,[r6+0]; add r6,8                        ; r8 = data length, r6 = data
 *                  jlt r8,8,fault; jeq r8,8,return_code
 *                  mov r1,r6; add r1,8; mov r2,r8; sub r2,8; call sol_set_return_data
 *   return_code:   ldxdw r0,[r6+0]; exit
 *   fault:         mov r1,0; ldxdw r0,[r1+0]; exit
 *
 * With no accounts: 8 data bytes execute 10 instructions (10 CU); 11 bytes execute 15 plus the 100-CU
 * syscall (115 CU); 2 bytes fault on the 9th instruction (9 CU).
 */
const ECHO_ELF_HEX =
  '7f454c460201010000000000000000000300f7000100000020010000000000004000000000000000480300000000000000000000400038000400400007000600' +
  '0100000005000000200100000000000020010000000000002001000000000000e800000000000000e80000000000000008000000000000000100000004000000' +
  '08020000000000000802000000000000080200000000000078000000000000007800000000000000080000000000000001000000060000008002000000000000' +
  '80020000000000008002000000000000900000000000000090000000000000000800000000000000020000000600000080020000000000008002000000000000' +
  '80020000000000009000000000000000900000000000000008000000000000007917000000000000bf16000000000000070600000800000015070b0000000000' +
  '1707000001000000716800000000000055080600ff00000079685000000000000f86000000000000070600005f28000057060000f8ffffff0706000008000000' +
  '0500f6ff0000000007060000080000000500f4ff0000000079680000000000000706000008000000a5080800080000001508050008000000bf61000000000000' +
  '0701000008000000bf82000000000000170200000800000085000000ffffffff79600000000000009500000000000000b7010000000000007910000000000000' +
  '95000000000000000000000000000000000000000000000000000000000000000100000012000100200100000000000000000000000000000c00000010000000' +
  '0000000000000000000000000000000000656e747279706f696e7400736f6c5f7365745f72657475726e5f6461746100d8010000000000000a00000002000000' +
  '110000000000000070020000000000001200000000000000100000000000000013000000000000001000000000000000faffff6f000000000000000000000000' +
  '060000000000000008020000000000000b000000000000001800000000000000050000000000000050020000000000000a000000000000002000000000000000' +
  '00000000000000000000000000000000002e74657874002e64796e73796d002e64796e737472002e72656c2e64796e002e64796e616d6963002e736873747274' +
  '61620000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000' +
  '00000000000000000100000001000000060000000000000020010000000000002001000000000000e80000000000000000000000000000000800000000000000' +
  '0000000000000000070000000b000000020000000000000008020000000000000802000000000000480000000000000003000000010000000800000000000000' +
  '18000000000000000f00000003000000020000000000000050020000000000005002000000000000200000000000000000000000000000000100000000000000' +
  '00000000000000001700000009000000020000000000000070020000000000007002000000000000100000000000000002000000000000000800000000000000' +
  '10000000000000002000000006000000030000000000000080020000000000008002000000000000900000000000000003000000000000000800000000000000' +
  '10000000000000002900000003000000000000000000000000000000000000001003000000000000330000000000000000000000000000000100000000000000' +
  '0000000000000000';

const ECHO_SO = Uint8Array.from(Buffer.from(ECHO_ELF_HEX, 'hex'));
const seeded = (label: string) => Keypair.fromSeed(createHash('sha256').update(`runtime-test:${label}`).digest());
const ECHO_ID = seeded('echo').publicKey;
const ECHO = ECHO_ID.toBase58();

/** An echo instruction: the program returns `code`; `returned` becomes its return data. */
function echo(code: bigint, returned: Uint8Array = new Uint8Array(), keys: TransactionInstruction['keys'] = []) {
  const data = Buffer.alloc(8 + returned.length);
  data.writeBigUInt64LE(code);
  data.set(returned, 8);
  return new TransactionInstruction({ programId: ECHO_ID, keys, data });
}

describe.each(RUNTIME_KINDS)('runtime %s', (kind) => {
  let runtime: Runtime;
  beforeEach(async () => {
    runtime = await createRuntime(kind, { programs: [{ programId: ECHO_ID, so: ECHO_SO, name: 'echo' }] });
  });

  test('a custom program error is { custom: n } with its failed log line', async () => {
    const result = await runtime.send([echo(6000n)]);
    expect(result.ok).toBe(false);
    expect(result.error).toEqual({ kind: 'instruction', index: 0, error: { custom: 6000 } });
    expect(errorCode(result)).toBe(6000);
    expect(result.logs.at(-1)).toBe(`Program ${ECHO} failed: custom program error: 0x1770`);
  });

  test('a builtin program error is named by its Rust variant', async () => {
    const result = await runtime.send([echo(24n << 32n)]);
    expect(result.error).toEqual({ kind: 'instruction', index: 0, error: { name: 'ArithmeticOverflow' } });
    expect(errorCode(result)).toBe('ArithmeticOverflow');
    expect(result.logs.at(-1)).toBe(`Program ${ECHO} failed: Program arithmetic overflowed`);
  });

  test('a VM fault is ProgramFailedToComplete, with the compute units of the log line', async () => {
    // litesvm's meta reports the whole 200,000-CU budget after a fault; the log line says 9.
    const faulting = new TransactionInstruction({ programId: ECHO_ID, keys: [], data: Buffer.of(1, 2) });
    const result = await runtime.send([faulting]);
    expect(result.error).toEqual({ kind: 'instruction', index: 0, error: { name: 'ProgramFailedToComplete' } });
    expect(result.computeUnits).toBe(9);
    expect(result.logs.at(-1)).toMatch(new RegExp(`^Program ${ECHO} failed: Access violation`));
  });

  test('the failing instruction is identified by its index', async () => {
    const result = await runtime.send([echo(0n), echo(6001n)]);
    expect(result.error).toEqual({ kind: 'instruction', index: 1, error: { custom: 6001 } });
  });

  test('a signer left out of `signers` fails sigverify before anything runs', async () => {
    // Given an instruction that lists an account as a signer, When it is sent without that keypair,
    // Then both runtimes report the transaction-level SignatureFailure (bankrun's own check is skipped).
    const absent = seeded('absent-signer').publicKey;
    const result = await runtime.send([echo(0n, new Uint8Array(), [{ pubkey: absent, isSigner: true, isWritable: false }])]);
    expect(result).toEqual({
      ok: false,
      error: { kind: 'transaction', name: 'SignatureFailure' },
      logs: [],
      computeUnits: 0,
      returnData: null,
    });
  });

  test('a transaction-level failure from the runtime is named by its Rust variant', async () => {
    // Given a fresh address, When it receives 1 lamport (below the rent-exempt minimum),
    // Then the runtime rejects the transaction with InsufficientFundsForRent.
    const poor = seeded('poor').publicKey;
    const result = await runtime.send([SystemProgram.transfer({ fromPubkey: runtime.payer.publicKey, toPubkey: poor, lamports: 1 })]);
    expect(result.error).toEqual({ kind: 'transaction', name: 'InsufficientFundsForRent' });
  });

  test('a successful instruction logs its invocation and its exact compute units', async () => {
    const result = await runtime.send([echo(0n)]);
    expect(result.ok).toBe(true);
    expect(result.error).toBeNull();
    expect(result.logs).toEqual([
      `Program ${ECHO} invoke [1]`,
      `Program ${ECHO} consumed 10 of 200000 compute units`,
      `Program ${ECHO} success`,
    ]);
    expect(result.computeUnits).toBe(10);
  });

  test('compute units are those of the last instruction', async () => {
    const result = await runtime.send([echo(0n, Uint8Array.of(1, 2, 3)), echo(0n)]);
    expect(result.computeUnits).toBe(10);
  });

  test('return data carries the program id and the bytes', async () => {
    const result = await runtime.send([echo(0n, Uint8Array.of(0x61, 0x62, 0x63))]);
    expect(result.computeUnits).toBe(115);
    expect(result.returnData?.programId.toBase58()).toBe(ECHO);
    expect(result.returnData?.data).toEqual(Uint8Array.of(0x61, 0x62, 0x63));
  });

  test('no return data is null', async () => {
    const result = await runtime.send([echo(0n)]);
    expect(result.returnData).toBeNull();
  });

  test('identical transactions sent at once both execute', async () => {
    // Sent together they share bankrun's latest blockhash, so the second needs the runtime's uniqueness key.
    const to = seeded('at-once').publicKey;
    const transfer = () => SystemProgram.transfer({ fromPubkey: runtime.payer.publicKey, toPubkey: to, lamports: 1_000_000 });
    const results = await Promise.all([runtime.send([transfer()]), runtime.send([transfer()])]);
    expect(results.map((result) => result.ok)).toEqual([true, true]);
    expect((await runtime.getAccount(to))?.lamports).toBe(2_000_000n);
  });

  test('an identical transaction sent twice executes twice', async () => {
    const to = seeded('twice').publicKey;
    const transfer = () => SystemProgram.transfer({ fromPubkey: runtime.payer.publicKey, toPubkey: to, lamports: 1_000_000 });
    expect((await runtime.send([transfer()])).ok).toBe(true);
    expect((await runtime.send([transfer()])).ok).toBe(true);
    expect((await runtime.getAccount(to))?.lamports).toBe(2_000_000n);
  });

  test('the payer starts with 100 SOL', async () => {
    expect((await runtime.getAccount(runtime.payer.publicKey))?.lamports).toBe(PAYER_LAMPORTS);
  });

  test('an account that does not exist is null', async () => {
    expect(await runtime.getAccount(seeded('nobody').publicKey)).toBeNull();
  });

  test('setAccount then getAccount returns the same state', async () => {
    const key = seeded('stored').publicKey;
    const state = { lamports: 5_000_000n, data: Uint8Array.of(1, 2, 3, 4), owner: ECHO_ID, executable: false };
    await runtime.setAccount(key, state);
    expect(await runtime.getAccount(key)).toEqual(state);
  });

  test('accounts given at creation exist', async () => {
    const key = seeded('genesis').publicKey;
    const state = { lamports: 7_000_000n, data: Uint8Array.of(9, 8, 7), owner: ECHO_ID, executable: false };
    const withAccount = await createRuntime(kind, { programs: [], accounts: [{ address: key, state }] });
    expect(await withAccount.getAccount(key)).toEqual(state);
  });

  test('airdrop adds lamports and keeps data and owner', async () => {
    const key = seeded('funded').publicKey;
    await runtime.setAccount(key, { lamports: 1_000_000n, data: Uint8Array.of(5), owner: ECHO_ID });
    await runtime.airdrop(key, 2_000_000n);
    expect(await runtime.getAccount(key)).toEqual({ lamports: 3_000_000n, data: Uint8Array.of(5), owner: ECHO_ID, executable: false });
  });

  test('airdrop to a new address creates a system account', async () => {
    const key = seeded('fresh').publicKey;
    await runtime.airdrop(key, 1_000_000n);
    expect(await runtime.getAccount(key)).toEqual({
      lamports: 1_000_000n,
      data: new Uint8Array(),
      owner: SystemProgram.programId,
      executable: false,
    });
  });

  test('setClock then getClock returns the same clock', async () => {
    const clock = { slot: 4242n, epochStartTimestamp: 1_700_000_000n, epoch: 7n, leaderScheduleEpoch: 8n, unixTimestamp: 1_750_000_123n };
    await runtime.setClock(clock);
    expect(await runtime.getClock()).toEqual(clock);
  });

  test('the rent-exempt minimum for 16 bytes is 1,002,240 lamports', async () => {
    expect(await runtime.minimumBalance(16)).toBe(1_002_240n);
  });

  test('the SPL Token program is present: a mint can be created', async () => {
    const mint = seeded('mint');
    const authority = seeded('mint-authority').publicKey;
    const result = await runtime.send(
      [
        SystemProgram.createAccount({
          fromPubkey: runtime.payer.publicKey,
          newAccountPubkey: mint.publicKey,
          lamports: Number(await runtime.minimumBalance(MINT_SIZE)),
          space: MINT_SIZE,
          programId: TOKEN_PROGRAM_ID,
        }),
        createInitializeMint2Instruction(mint.publicKey, 6, authority, null),
      ],
      [mint],
    );
    expect(result.error).toBeNull();
    const account = await runtime.getAccount(mint.publicKey);
    expect(account?.owner.toBase58()).toBe(TOKEN_PROGRAM_ID.toBase58());
    const decoded = MintLayout.decode(account!.data);
    expect(decoded.isInitialized).toBe(true);
    expect(decoded.decimals).toBe(6);
    expect(new PublicKey(decoded.mintAuthority).toBase58()).toBe(authority.toBase58());
  });
});

test('litesvm rejects a broken ELF with the loader reason and the program name', async () => {
  const broken = { programId: seeded('broken').publicKey, so: Uint8Array.of(1, 2, 3), name: 'broken' };
  await expect(createRuntime('litesvm', { programs: [broken] })).rejects.toThrow(/^litesvm rejected program broken: /);
});
