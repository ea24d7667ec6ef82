import type { OsvEvent } from './affected-range';
import type { VersionScheme } from './version-scheme';

export type OsvRange = { events: OsvEvent[]; versions: string[] };

type EventKind = 'introduced' | 'fixed' | 'last_affected' | 'limit';
/** `at` is the event's version as the scheme parsed it; null for `introduced: "0"`. */
type EventPoint = { kind: EventKind; at: unknown };

/** An OSV range with every version parsed and the events in version order, ready to test. */
export type CompiledOsvRange = {
  scheme: VersionScheme;
  listed: unknown[];
  events: EventPoint[];
  limits: unknown[];
};

/**
 * Parses an OSV range's versions under `scheme` once. An event version the scheme cannot parse
 * makes the whole range unanswerable; a `versions[]` entry it cannot parse is skipped (the
 * caller checks string identity against that list itself).
 */
export function compileOsvRange(range: OsvRange, scheme: VersionScheme): CompiledOsvRange | { error: string } {
  const events: EventPoint[] = [];
  for (const event of range.events) {
    const [kind, version] = eventOf(event);
    if (kind === 'introduced' && version === '0') {
      events.push({ kind, at: null });
      continue;
    }
    const at = typeof version === 'string' ? scheme.parse(version) : null;
    if (at === null) return { error: `OSV ${kind} "${String(version)}" is not a valid ${scheme.name} version` };
    events.push({ kind, at });
  }
  // `introduced: "0"` is before every version; ties keep the order the advisory wrote.
  events.sort((a, b) => (a.at === null || b.at === null ? Number(b.at === null) - Number(a.at === null) : scheme.compareParsed(a.at, b.at)));
  const listed = range.versions.map((v) => scheme.parse(v)).filter((v) => v !== null);
  const limits = events.filter((e) => e.kind === 'limit').map((e) => e.at);
  return { scheme, listed, events, limits };
}

/**
 * OSV's evaluation (osv-schema, "Evaluation"): a version is affected if it is listed in
 * `versions[]` or, before any `limit`, the last event at or below it in version order is an
 * `introduced` rather than a `fixed` at or below it or a `last_affected` below it. `version` is
 * the tested version as the range's scheme parsed it.
 */
export function osvContains(range: CompiledOsvRange, version: unknown): boolean {
  const compare = (at: unknown): number => (at === null ? 1 : range.scheme.compareParsed(version, at));
  if (range.listed.some((listed) => compare(listed) === 0)) return true;
  if (range.limits.length > 0 && !range.limits.some((limit) => compare(limit) < 0)) return false;
  let vulnerable = false;
  for (const e of range.events) {
    const r = compare(e.at);
    if (e.kind === 'introduced' && r >= 0) vulnerable = true;
    else if (e.kind === 'fixed' && r >= 0) vulnerable = false;
    else if (e.kind === 'last_affected' && r > 0) vulnerable = false;
  }
  return vulnerable;
}

function eventOf(event: OsvEvent): [EventKind, unknown] {
  if ('introduced' in event) return ['introduced', event.introduced];
  if ('fixed' in event) return ['fixed', event.fixed];
  if ('last_affected' in event) return ['last_affected', event.last_affected];
  return ['limit', (event as { limit?: unknown }).limit];
}
