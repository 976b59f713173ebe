// Who the in-process validator says it is, and the context every `{context, value}` answer carries.
// The RPC shapes follow Agave 2.2's rpc-client-api, so that is the version it reports (getVersion and
// context.apiVersion); programs run on the program runtime LiteSVM embeds.
// In: a slot and a value. Out: the RpcResponse JSON; the version constants.
import type { JsonValue } from './json.js';

export const SOLANA_CORE_VERSION = '2.2.0';
/** getVersion's feature-set: a nominal identifier (LiteSVM runs with its own default feature set). */
export const FEATURE_SET = 3_294_202_862;

export function withContext(slot: bigint, value: JsonValue): JsonValue {
  return { context: { apiVersion: SOLANA_CORE_VERSION, slot }, value };
}
