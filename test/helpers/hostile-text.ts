/**
 * Text a hostile or careless client sends, each with what must happen to it. `refused`: never
 * stored; the 4xx names the field. The JSON escape form matters as much as the character: a raw
 * NUL byte is invalid JSON, `\u0000` parses into a NUL.
 */
export const HOSTILE_STRINGS: ReadonlyArray<{ label: string; value: string }> = [
  { label: 'NUL', value: 'before\u0000after' },
  { label: 'only NUL', value: '\u0000' },
  { label: 'lone high surrogate', value: 'abc\ud800' },
  { label: 'lone low surrogate', value: '\udc00abc' },
  { label: 'reversed surrogate pair', value: '\udc00\ud800' },
  { label: 'RTL override', value: 'exe.\u202efdp' },
  { label: 'first strong isolate', value: 'name\u2068x\u2069' },
];

/** Longer than any text field the portal accepts, yet well inside the 1 MiB body limit. */
export const VERY_LONG_STRING = 'A'.repeat(200_000);

/** The JSON text of `value`, keeping `\u0000` and lone surrogates as escapes (as JSON.stringify does). */
export const jsonText = (value: unknown) => JSON.stringify(value);
