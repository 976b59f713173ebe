// The word splitting of the Rust `heck` crate (0.4), which the Anchor CLI uses to camelCase names in
// target/types/<name>.ts. Ported rather than approximated so the file matches byte for byte.
// In: an identifier-like string. Out: lowerCamelCase / UpperCamelCase as heck spells them.

const NOT_ALPHANUMERIC = /[^\p{Alphabetic}\p{N}]/u;
const isLower = (c: string): boolean => /\p{Lowercase}/u.test(c);
const isUpper = (c: string): boolean => /\p{Uppercase}/u.test(c);

type WordMode = 'boundary' | 'lowercase' | 'uppercase';

/** heck's `transform`: words split at non-alphanumerics, at lower→Upper, and before the last capital of an acronym. */
function words(s: string): string[] {
  const out: string[] = [];
  for (const word of s.split(NOT_ALPHANUMERIC)) {
    const chars = [...word];
    let init = 0;
    let mode: WordMode = 'boundary';
    for (let i = 0; i < chars.length; i++) {
      const c = chars[i];
      if (i + 1 === chars.length) {
        out.push(chars.slice(init).join(''));
        break;
      }
      const next = chars[i + 1];
      const nextMode: WordMode = isLower(c) ? 'lowercase' : isUpper(c) ? 'uppercase' : mode;
      if (nextMode === 'lowercase' && isUpper(next)) {
        out.push(chars.slice(init, i + 1).join(''));
        init = i + 1;
        mode = 'boundary';
      } else if (mode === 'uppercase' && isUpper(c) && isLower(next)) {
        out.push(chars.slice(init, i).join(''));
        init = i;
        mode = 'boundary';
      } else {
        mode = nextMode;
      }
    }
  }
  return out;
}

const capitalize = (w: string): string => {
  const [first, ...rest] = [...w];
  return first.toUpperCase() + rest.join('').toLowerCase();
};

/** heck `ToLowerCamelCase`: `set_data` → `setData`, `CustomError` → `customError`. */
export function lowerCamelCase(s: string): string {
  return words(s).map((w, i) => (i === 0 ? w.toLowerCase() : capitalize(w))).join('');
}

/** heck `ToUpperCamelCase` (`to_pascal_case`): `vote_program` → `VoteProgram`. */
export function upperCamelCase(s: string): string {
  return words(s).map(capitalize).join('');
}
