// target/types/<name>.ts, written the way the Anchor CLI (0.30–0.32, `idl_ts`) writes it.
// In: an Idl. Out: the file text: a doc header and `export type <PascalName> = {…};` holding the IDL
// with names camelCased.
//
// Anchor does not walk the IDL: it finds every `"key":"value"` pair in the compact JSON whose value is
// a single word, and replaces that quoted word everywhere in the text by its heck lowerCamelCase
// (base58 public keys excepted). So names, seed paths and account type names change; dotted paths
// ("vault.owner") stay as they are; `relations` entries change because they also occur as names; and
// a one-word error message is camelCased too. We reproduce that exactly.
import { isPubkey } from '../../ir/base58.js';
import { lowerCamelCase, upperCamelCase } from './heck.js';
import type { Idl } from './types.js';

// Rust's regex `\w` is Unicode-aware: letters, marks, decimal digits, connector punctuation, joiners.
const WORD = String.raw`[\p{Alphabetic}\p{M}\p{Nd}\p{Pc}\p{Join_Control}]`;
const ONE_WORD_VALUE = new RegExp(String.raw`"${WORD}+":"(${WORD}+)"`, 'gu');

export function emitTsTypes(idl: Idl): string {
  const compact = JSON.stringify(idl);
  let camel = compact;
  for (const match of compact.matchAll(ONE_WORD_VALUE)) {
    const word = match[1];
    if (isPubkey(word)) continue;
    camel = camel.replaceAll(`"${word}"`, `"${lowerCamelCase(word)}"`);
  }
  const idlName = idl.metadata.name;
  return `/**
 * Program IDL in camelCase format in order to be used in JS/TS.
 *
 * Note that this is only a type helper and is not the actual IDL. The original
 * IDL can be found at \`target/idl/${idlName}.json\`.
 */
export type ${upperCamelCase(idlName)} = ${JSON.stringify(JSON.parse(camel), null, 2)};
`;
}
