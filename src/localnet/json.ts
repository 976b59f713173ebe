// JSON text as the validator's serde_json writes it, where u64 values such as rentEpoch
// (18446744073709551615) exceed what a JS number holds exactly: bigints are written as plain integers.
// In: a JSON-able value that may hold bigints. Out: compact JSON text.

export type JsonValue = null | boolean | number | bigint | string | JsonValue[] | { [key: string]: JsonValue | undefined };

export function toJson(value: JsonValue | undefined): string {
  if (value === undefined || value === null) return 'null';
  if (typeof value === 'bigint') return value.toString();
  if (typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(toJson).join(',')}]`;
  // Properties holding undefined are left out, as JSON.stringify and serde's skip_serializing_if do.
  const members = Object.entries(value).filter(([, v]) => v !== undefined).map(([k, v]) => `${JSON.stringify(k)}:${toJson(v)}`);
  return `{${members.join(',')}}`;
}
