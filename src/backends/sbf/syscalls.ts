// The syscalls an sBPF v0 program of ours may call: the names both test runtimes register
// (solana-bankrun 0.4.0 = Solana 1.18, litesvm 1.5.0 = Agave 4.3; each one executed in
// tests/sbf/loaders.test.ts) and the murmur3 hash the loader writes into the `call` immediate.
// Only the syscalls the code generator needs are listed. sol_remaining_compute_units is left out:
// bankrun has it, but litesvm 1.5 answers "unsupported BPF instruction".

import { symbolHash } from './murmur3.js';

export const SYSCALL_NAMES = [
  'abort',
  'sol_panic_',
  'sol_log_',
  'sol_log_64_',
  'sol_log_pubkey',
  'sol_log_compute_units_',
  'sol_log_data',
  'sol_sha256',
  'sol_keccak256',
  'sol_memcpy_',
  'sol_memmove_',
  'sol_memcmp_',
  'sol_memset_',
  'sol_create_program_address',
  'sol_try_find_program_address',
  'sol_invoke_signed_c',
  'sol_get_clock_sysvar',
  'sol_get_rent_sysvar',
  'sol_set_return_data',
  'sol_get_stack_height',
  'sol_curve_validate_point',
] as const;

export type SyscallName = (typeof SYSCALL_NAMES)[number];

const KNOWN: ReadonlySet<string> = new Set(SYSCALL_NAMES);

export function isSyscallName(name: string): name is SyscallName {
  return KNOWN.has(name);
}

/** name → murmur3-32 of the name, e.g. sol_log_ → 0x207559bd. */
export const SYSCALL_HASHES: ReadonlyMap<SyscallName, number> = new Map(
  SYSCALL_NAMES.map((name) => [name, symbolHash(name)]),
);
