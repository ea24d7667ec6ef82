import 'server-only';
import type { AccreditationRow } from '@/db/queries/organizations';
import { toUtcCalendarDate } from '@/lib/workflow/utc-calendar-date';

/** The accreditation that lets a lab take work on `networkFunction` today, if any. */
export function coveringAccreditation(
  accreditations: AccreditationRow[],
  networkFunction: string,
  now: Date,
): AccreditationRow | null {
  const today = toUtcCalendarDate(now);
  return (
    accreditations.find((a) => a.scope.includes(networkFunction) && a.validFrom <= today && a.validUntil >= today) ?? null
  );
}

/** The accreditation to judge an accept against: a covering one, else the most recent (so the refusal names why). */
export function accreditationForAccept(accreditations: AccreditationRow[], networkFunction: string, now: Date) {
  return (
    coveringAccreditation(accreditations, networkFunction, now) ??
    accreditations.find((a) => a.scope.includes(networkFunction)) ??
    [...accreditations].sort((a, b) => b.validUntil.localeCompare(a.validUntil))[0] ??
    null
  );
}
