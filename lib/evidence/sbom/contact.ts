const EMAIL = /[^\s@()<>]+@[^\s@()<>]+\.[^\s@()<>]+/;
const URL_PATTERN = /\bhttps?:\/\/[^\s()<>]+/i;

/** The email address or http(s) URL in a text, if it holds one (`Organization: ACME (sbom@acme.example)`). */
export function contactIn(text: unknown): string | null {
  if (typeof text !== 'string') return null;
  return EMAIL.exec(text)?.[0] ?? URL_PATTERN.exec(text)?.[0] ?? null;
}

/** Every string value under `value` (objects and arrays walked, bounded), for contacts in loosely typed fields. */
export function stringsIn(value: unknown, limit = 50): string[] {
  const out: string[] = [];
  const stack: unknown[] = [value];
  while (stack.length > 0 && out.length < limit) {
    const next = stack.pop();
    if (typeof next === 'string') out.push(next);
    else if (Array.isArray(next)) stack.push(...next);
    else if (typeof next === 'object' && next !== null) stack.push(...Object.values(next));
  }
  return out;
}

/** The contacts (emails, URLs) anywhere in these loosely typed values. */
export function contactsIn(...values: unknown[]): string[] {
  return [...new Set(values.flatMap((value) => stringsIn(value)).map(contactIn).filter((c): c is string => c !== null))];
}
