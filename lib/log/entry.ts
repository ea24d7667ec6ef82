import canonicalize from 'canonicalize';
import { scanPlainCanonicalJson } from '@/lib/log/canonical-scan';
import { encodeUtf8, toBase64 } from '@/lib/log/bytes';
import type { EntryType } from '@/lib/log/entry-types';

export type EntryActor = { user: string | null; org: string | null; orgKind: string };

export type EntrySubject = { kind: string; id: string };

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

export type LogEntry = {
  v: 1;
  type: EntryType;
  at: string;
  actor: EntryActor;
  subject: EntrySubject;
  data: { [key: string]: JsonValue };
  nonce: string;
};

export type EntryInput = {
  type: EntryType;
  /** Null for entries the system writes on its own (e.g. `certificate.expired`). */
  actor: EntryActor | null;
  subject: EntrySubject;
  data: { [key: string]: JsonValue };
};

/** The actor of entries no person caused. */
export const SYSTEM_ACTOR: EntryActor = { user: null, org: null, orgKind: 'system' };

const NONCE_SIZE = 16;

/**
 * A v1 log entry stamped with `now` (RFC 3339 UTC, milliseconds) and a 16-byte base64 nonce from
 * `randomBytes`, so that a private entry's hash cannot be guessed. Keep `data` to strings, integers,
 * booleans and nulls: canonical JSON of other numbers is exact but easy to get wrong across languages.
 */
export function buildEntry(input: EntryInput, now: Date, randomBytes: (size: number) => Uint8Array): LogEntry {
  const nonce = randomBytes(NONCE_SIZE);
  if (nonce.length !== NONCE_SIZE) throw new RangeError('randomBytes must return 16 bytes');
  return {
    v: 1,
    type: input.type,
    at: now.toISOString(),
    actor: input.actor ?? SYSTEM_ACTOR,
    subject: input.subject,
    data: input.data,
    nonce: toBase64(nonce),
  };
}

/** The RFC 8785 (JCS) canonical text of `entry`: the exact text stored and served. */
export function canonicalEntryText(entry: LogEntry): string {
  const text = canonicalize(entry);
  if (text === undefined) throw new TypeError('entry cannot be serialised');
  return text;
}

/** The UTF-8 bytes of the canonical entry text: what the leaf hash covers. */
export function canonicalEntryBytes(entry: LogEntry): Uint8Array {
  return encodeUtf8(canonicalEntryText(entry));
}

/**
 * True when `text` is RFC 8785 canonical JSON, i.e. parsing and re-canonicalising gives the same text.
 * (Duplicate object keys are caught too: re-canonicalising drops one.)
 *
 * Verifying a log runs this once per entry, so it first tries a one-pass scan that recognises the
 * plain texts entries are made of (`scanPlainCanonicalJson`), then the native path: JSON.stringify writes
 * strings and numbers exactly as RFC 8785 does and keeps the parsed key order, so when it gives back
 * the text, the text is canonical exactly if every object's keys are in code-unit order. When it does
 * not (the text is not canonical, or V8 listed integer-like keys first), the full canonical form decides.
 */
export function isCanonicalJson(text: string): boolean {
  if (scanPlainCanonicalJson(text)) return true;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return false;
  }
  if (JSON.stringify(value) === text) return hasSortedKeys(value);
  try {
    return canonicalize(value) === text;
  } catch {
    return false;
  }
}

function hasSortedKeys(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return true;
  if (Array.isArray(value)) return value.every(hasSortedKeys);
  const keys = Object.keys(value);
  for (let i = 1; i < keys.length; i++) if (!(keys[i - 1] < keys[i])) return false;
  return keys.every((key) => hasSortedKeys((value as Record<string, unknown>)[key]));
}
