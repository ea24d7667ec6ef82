/**
 * Finds text in a parsed JSON value (strings and object keys) that the portal must not accept:
 * U+0000 (PostgreSQL text and jsonb cannot hold it; in JSON it arrives as the escape `\u0000`) and
 * lone UTF-16 surrogates (`\ud800` on its own is not a character: jsonb refuses it, and UTF-8
 * encoding would silently turn it into U+FFFD). Optionally also the invisible bidirectional
 * embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069), which make a name read
 * differently on screen from what is stored ("Trojan Source").
 *
 * Pure and iterative (a 1 MiB body of `[[[[…` must not overflow the stack); stops after `limit`
 * problems. Paths are the keys and indexes joined by `.` (`components.3.name`), as zod reports them.
 */
export type TextProblem = { path: string; message: string };

export type TextRules = {
  /** Also refuse bidirectional embedding/override/isolate controls. */
  refuseBidiControls?: boolean;
  /** Stop after this many problems (default 10). */
  limit?: number;
};

const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/;
// Without the `u` flag a regular expression sees UTF-16 code units, so lone surrogates match.
const SHOWN_ESCAPED = /[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g; // eslint-disable-line no-control-regex -- escaping control characters is the point

/** Why `text` is refused under `rules`, or null when it is acceptable. */
export function describeTextProblem(text: string, rules: TextRules = {}): string | null {
  const nul = text.indexOf('\u0000');
  if (nul >= 0) return `contains a NUL character (U+0000) at position ${nul + 1}, which cannot be stored`;
  if (!text.isWellFormed()) {
    return `contains a lone UTF-16 surrogate at position ${firstLoneSurrogate(text) + 1}, which is not a Unicode character`;
  }
  if (rules.refuseBidiControls) {
    const match = BIDI_CONTROL.exec(text);
    if (match) {
      return `contains an invisible text-direction control (U+${hex4(match[0])}) at position ${match.index + 1}, which can make text read differently from what is stored`;
    }
  }
  return null;
}

// The path is built only for a problem: a frame knows its parent and its own key or index.
type Frame = { value: unknown; parent: Frame | null; segment: string };

/** Every refused string or key in `value` (up to `limit`), in document order. */
export function findTextProblems(value: unknown, rules: TextRules = {}): TextProblem[] {
  const limit = rules.limit ?? 10;
  const problems: TextProblem[] = [];
  const stack: Frame[] = [{ value, parent: null, segment: '' }];
  while (stack.length > 0 && problems.length < limit) {
    const frame = stack.pop()!;
    const current = frame.value;
    if (current instanceof KeyProblem) {
      problems.push({ path: pathOf(frame), message: current.message });
    } else if (typeof current === 'string') {
      const message = describeTextProblem(current, rules);
      if (message) problems.push({ path: pathOf(frame), message: `The text ${message}.` });
    } else if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--) stack.push({ value: current[i], parent: frame, segment: String(i) });
    } else if (isPlainObject(current)) {
      const entries = Object.entries(current);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, child] = entries[i];
        const keyMessage = describeTextProblem(key, rules);
        // A bad key is reported in its place among its siblings' problems: a marker frame stands in for its value.
        if (keyMessage) stack.push({ value: new KeyProblem(`The key ${keyMessage}.`), parent: frame, segment: showEscaped(key) });
        else stack.push({ value: child, parent: frame, segment: key });
      }
    }
  }
  return problems;
}

/** `text` with control characters, lone surrogates and bidi controls written as `\uXXXX`, safe to show. */
export function showEscaped(text: string): string {
  return text.replace(SHOWN_ESCAPED, (c) => `\\u${hex4(c).toLowerCase()}`);
}

/** One line summing up `problems`, for a problem document's `detail`. */
export function summarizeTextProblems(problems: readonly TextProblem[]): string {
  return problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)).join(' ');
}

// Only what JSON.parse or a form can produce; typed arrays, dates and class instances are not text.
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

class KeyProblem {
  constructor(readonly message: string) {}
}

function pathOf(frame: Frame): string {
  const segments: string[] = [];
  for (let f: Frame | null = frame; f?.parent; f = f.parent) segments.push(f.segment);
  return segments.reverse().join('.');
}

function hex4(c: string): string {
  return c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
}

function firstLoneSurrogate(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      else return i;
    } else if (code >= 0xdc00 && code <= 0xdfff) return i;
  }
  return -1;
}
