const DAY_MS = 86_400_000;

/**
 * Whole calendar days (UTC) from `now`'s date to `when`'s date: 0 on the day itself, 1 the day
 * before, negative once past — the same count on every page that says "in N days", whatever the hour.
 */
export function calendarDaysUntil(when: Date | string, now: Date): number {
  const at = typeof when === 'string' ? new Date(/^\d{4}-\d{2}-\d{2}$/.test(when) ? `${when}T00:00:00Z` : when) : when;
  if (Number.isNaN(at.getTime())) throw new RangeError(`not a date: ${String(when)}`);
  const day = Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate());
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return Math.round((day - today) / DAY_MS);
}
