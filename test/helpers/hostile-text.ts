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


/** callbackUrl values seen in attacks and fuzzing; none may leave the portal, none may throw. */
export const HOSTILE_CALLBACKS = [
  '@evil.example',
  '%2F%2Fevil.example',
  '%2f%2fevil.example',
  'http://portal.example.evil.example',
  'http://localhost:3000.evil.example',
  'http://localhost.evil.example:3000/dashboard',
  'https://portal.example.evil.example/x',
  'https://portal.example:443.evil.example',
  'https://portal.example@evil.example',
  '\t//evil.example',
  '\t/dashboard',
  ' /dashboard',
  '/dashboard\n',
  '//evil.example',
  '///evil.example',
  '/\\evil.example',
  '\\\\evil.example',
  '/..//evil.example',
  '/./..//evil.example/x',
  'javascript:alert(1)',
  'JavaScript:alert(document.cookie)',
  'data:text/html,<script>alert(1)</script>',
  'http://evil.example',
  'https:evil.example',
  'http:/evil.example',
  'evil.example',
  '',
  ' ',
  '\u0000',
  '/\u0000',
  '/x\ud800',
  `/${'a'.repeat(3000)}`,
  'http://[::1',
  'http://portal.example:99999',
];
