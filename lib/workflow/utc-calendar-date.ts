const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The UTC calendar date (`YYYY-MM-DD`) of a Date, a `YYYY-MM-DD` string or an
 * ISO 8601 timestamp. UTC rather than local time so the browser and the
 * server agree on the day.
 * @throws {RangeError} for an invalid or impossible date (e.g. 2025-02-30).
 */
export function toUtcCalendarDate(value: Date | string): string {
  if (typeof value === 'string' && CALENDAR_DATE.test(value)) {
    const date = new Date(`${value}T00:00:00Z`);
    if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
      throw new RangeError(`Invalid date: ${value}`);
    }
    return value;
  }
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) throw new RangeError(`Invalid date: ${String(value)}`);
  return date.toISOString().slice(0, 10);
}
