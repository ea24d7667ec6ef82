/**
 * An `If-Match` precondition (RFC 9110 §13.1.1): `*` (any current representation) or a list of
 * entity tags. A number is the shorthand the portal's own forms use: the object's `version`.
 */
export type IfMatch = { any: true } | { tags: readonly EntityTag[] } | number;

export type EntityTag = { opaque: string; isWeak: boolean };

// entity-tag = [ "W/" ] DQUOTE *etagc DQUOTE, etagc = %x21 / %x23-7E / obs-text (RFC 9110 §8.8.3)
const ENTITY_TAG = /^(W\/)?"([\x21\x23-\x7e\x80-\xff]*)"$/;

/**
 * Parses an `If-Match` header value: absent → undefined; `*`; or a comma-separated list of entity
 * tags. Null when the value is malformed (the caller answers 400).
 */
export function parseIfMatch(raw: string | null): IfMatch | undefined | null {
  if (raw === null) return undefined;
  const value = raw.trim();
  if (value === '*') return { any: true };
  const tags: EntityTag[] = [];
  for (const part of value.split(',')) {
    const m = ENTITY_TAG.exec(part.trim());
    if (!m) return null;
    tags.push({ opaque: m[2], isWeak: Boolean(m[1]) });
  }
  return tags.length > 0 ? { tags } : null;
}

/**
 * True when the precondition holds for an existing object whose current entity tag is `current`
 * (its opaque part). `If-Match` uses the strong comparison: a weak tag never matches.
 */
export function ifMatchHolds(condition: IfMatch, current: string): boolean {
  if (typeof condition === 'number') return String(condition) === current;
  if ('any' in condition) return true;
  return condition.tags.some((tag) => !tag.isWeak && tag.opaque === current);
}
