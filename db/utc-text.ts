import { sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

/**
 * A timestamptz as PostgreSQL's own text of its UTC time (`2026-11-26 02:06:12.827`; fractional
 * digits trimmed, none when zero). Several times cheaper than `to_char` on the hottest queries;
 * {@link rfc3339FromUtcText} finishes it. Relies on DateStyle ISO, which every connection sets
 * (db/client.ts) and PGlite has by default.
 */
export const utcText = (column: AnyPgColumn | SQL) => sql<string>`((${column}) at time zone 'UTC')::text`;

// `YYYY-MM-DD HH:MM:SS` then optionally `.` and 1 to 6 digits; checked by position (this runs for every timestamp of every registry row).
const isUtcText = (text: string) =>
  (text.length === 19 || (text.length >= 21 && text.length <= 26 && text.charCodeAt(19) === 46)) &&
  text.charCodeAt(4) === 45 && text.charCodeAt(7) === 45 && text.charCodeAt(10) === 32 && text.charCodeAt(13) === 58 && text.charCodeAt(16) === 58;

const ZEROS = '000000';

/**
 * RFC 3339 in UTC with `digits` fractional digits (3: milliseconds, as the API shows times; 6:
 * microseconds, exact enough for a keyset cursor), truncated like `to_char`'s MS and US.
 */
export function rfc3339FromUtcText(text: string, digits: 3 | 6): string {
  if (!isUtcText(text)) throw new Error(`The database sent a timestamp in an unexpected form (is DateStyle ISO?): ${text}`);
  const fraction = text.length === 19 ? ZEROS : text.length >= 20 + digits ? text.slice(20, 20 + digits) : text.slice(20) + ZEROS.slice(text.length - 20);
  return `${text.slice(0, 10)}T${text.slice(11, 19)}.${fraction.slice(0, digits)}Z`;
}
