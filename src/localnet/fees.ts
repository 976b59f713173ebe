// What a transaction pays, as the validator's fee structure computes it: 5000 lamports per signature,
// plus the priority fee a ComputeBudget SetComputeUnitPrice asks for (price × unit limit, in micro-lamports,
// rounded up); the limit is SetComputeUnitLimit's, else 200,000 per other instruction up to 1,400,000.
// In: a message. Out: the fee in lamports.
import type { VersionedMessage } from '@solana/web3.js';

export const LAMPORTS_PER_SIGNATURE = 5000n;
const COMPUTE_BUDGET_PROGRAM = 'ComputeBudget111111111111111111111111111111';
const SET_COMPUTE_UNIT_LIMIT = 2;
const SET_COMPUTE_UNIT_PRICE = 3;
const DEFAULT_INSTRUCTION_COMPUTE_UNITS = 200_000n;
const MAX_COMPUTE_UNITS = 1_400_000n;

export function transactionFee(message: VersionedMessage): bigint {
  const base = LAMPORTS_PER_SIGNATURE * BigInt(message.header.numRequiredSignatures);
  const budgetIndex = message.staticAccountKeys.findIndex((k) => k.toBase58() === COMPUTE_BUDGET_PROGRAM);
  if (budgetIndex === -1) return base;
  let unitPrice = 0n;
  let unitLimit: bigint | null = null;
  let others = 0n;
  for (const ix of message.compiledInstructions) {
    if (ix.programIdIndex !== budgetIndex) {
      others += 1n;
      continue;
    }
    const data = Buffer.from(ix.data);
    if (data[0] === SET_COMPUTE_UNIT_LIMIT && data.length >= 5) unitLimit = BigInt(data.readUInt32LE(1));
    if (data[0] === SET_COMPUTE_UNIT_PRICE && data.length >= 9) unitPrice = data.readBigUInt64LE(1);
  }
  const limit = unitLimit ?? minBigInt(others * DEFAULT_INSTRUCTION_COMPUTE_UNITS, MAX_COMPUTE_UNITS);
  return base + (unitPrice * limit + 999_999n) / 1_000_000n;
}

const minBigInt = (a: bigint, b: bigint): bigint => (a < b ? a : b);
