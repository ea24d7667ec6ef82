import type { OsvEvent } from './affected-range';
import type { VersionScheme } from './version-scheme';

export type OsvRange = { events: OsvEvent[]; versions: string[] };
export type OsvVerdict = { contains: boolean } | { contains: null; reason: string };

/**
 * OSV's evaluation (osv-schema, "Evaluation"): a version is affected if it is listed in
 * `versions[]` or, before any `limit`, the last event at or below it in version order is an
 * `introduced` (`introduced: "0"` being the start of time) rather than a `fixed` at or below it
 * or a `last_affected` below it. `version` must already be valid under `scheme`.
 */
export function osvContains(range: OsvRange, version: string, scheme: VersionScheme): OsvVerdict {
  const equals = (listed: string): boolean => scheme.isValid(listed) && scheme.compare(version, listed) === 0;
  if (range.versions.some(equals)) return { contains: true };
  if (range.events.length === 0) return { contains: false };
  const events = range.events.map(toPoint);
  const invalid = events.find(
    (e) => typeof e.version !== 'string' || (!(e.kind === 'introduced' && e.version === '0') && !scheme.isValid(e.version)),
  );
  if (invalid) return { contains: null, reason: `OSV ${invalid.kind} "${invalid.version}" is not a valid ${scheme.name} version` };
  // Where `version` lies relative to the event's version; everything is at or after `introduced: "0"`.
  const position = (e: EventPoint): number => (e.kind === 'introduced' && e.version === '0' ? 1 : scheme.compare(version, e.version));
  const limits = events.filter((e) => e.kind === 'limit');
  if (limits.length > 0 && !limits.some((e) => position(e) < 0)) return { contains: false };
  const sorted = [...events].sort(orderEvents(scheme));
  let vulnerable = false;
  for (const e of sorted) {
    const r = position(e);
    if (e.kind === 'introduced' && r >= 0) vulnerable = true;
    else if (e.kind === 'fixed' && r >= 0) vulnerable = false;
    else if (e.kind === 'last_affected' && r > 0) vulnerable = false;
  }
  return { contains: vulnerable };
}

type EventPoint = { kind: 'introduced' | 'fixed' | 'last_affected' | 'limit'; version: string };

function toPoint(event: OsvEvent): EventPoint {
  if ('introduced' in event) return { kind: 'introduced', version: event.introduced };
  if ('fixed' in event) return { kind: 'fixed', version: event.fixed };
  if ('last_affected' in event) return { kind: 'last_affected', version: event.last_affected };
  return { kind: 'limit', version: event.limit };
}

function orderEvents(scheme: VersionScheme): (a: EventPoint, b: EventPoint) => number {
  const isZero = (e: EventPoint): boolean => e.kind === 'introduced' && e.version === '0';
  return (a, b) => {
    if (isZero(a) || isZero(b)) return isZero(a) === isZero(b) ? 0 : isZero(a) ? -1 : 1;
    return scheme.compare(a.version, b.version);
  };
}
