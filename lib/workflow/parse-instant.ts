/**
 * A Date from a Date or an ISO 8601 string (DTOs arrive as JSON strings in
 * the browser).
 * @throws {RangeError} for an invalid date.
 */
export function parseInstant(value: Date | string): Date {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) throw new RangeError(`Invalid date: ${String(value)}`);
  return date;
}
