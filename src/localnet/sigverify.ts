// Signature verification as the validator's sigverify stage does it before preflight: every required
// signer's ed25519 signature over the serialized message. Node's crypto does the ed25519 work.
// In: a transaction. Out: whether all its signatures verify.
import { createPublicKey, verify } from 'node:crypto';
import type { VersionedTransaction } from '@solana/web3.js';

/** DER prefix of an SPKI ed25519 public key; the 32 raw key bytes follow it. */
const SPKI_ED25519_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

export function signaturesVerify(transaction: VersionedTransaction): boolean {
  const message = Buffer.from(transaction.message.serialize());
  const signers = transaction.message.staticAccountKeys.slice(0, transaction.message.header.numRequiredSignatures);
  if (transaction.signatures.length !== signers.length) return false;
  return signers.every((signer, i) => {
    const key = createPublicKey({ key: Buffer.concat([SPKI_ED25519_PREFIX, signer.toBuffer()]), format: 'der', type: 'spki' });
    return verify(null, message, key, Buffer.from(transaction.signatures[i]));
  });
}
