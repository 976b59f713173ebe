// The IDL backend's public surface: IR program → Anchor IDL JSON and the camelCased TypeScript type.
// In: a Program (emitIdl) or an Idl. Out: the Idl model, its JSON text, the target/types/<name>.ts text.
export type * from './types.js';
export { emitIdl, idlJson, IDL_SPEC } from './idl.js';
export { emitTsTypes } from './ts-types.js';
