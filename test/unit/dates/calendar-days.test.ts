import { describe, expect, it } from 'vitest';
import { calendarDaysUntil } from '@/lib/dates/calendar-days';
import { daysUntil as certificateDaysUntil } from '@/app/(portal)/certificates/_components/days-until';

describe('calendarDaysUntil', () => {
  const now = new Date('2026-12-08T23:30:00Z');

  it('counts calendar days (UTC), not 24-hour periods: an hour away across midnight is tomorrow', () => {
    expect(calendarDaysUntil('2026-12-09T00:30:00Z', now)).toBe(1);
    expect(calendarDaysUntil('2026-12-08T00:00:00Z', now)).toBe(0);
    expect(calendarDaysUntil(new Date('2027-02-06T12:00:00Z'), now)).toBe(60);
    expect(calendarDaysUntil('2026-12-07T23:59:59Z', now)).toBe(-1);
  });

  it('takes a bare date as that UTC day, and refuses what is not a date', () => {
    expect(calendarDaysUntil('2026-12-10', now)).toBe(2);
    expect(() => calendarDaysUntil('next week', now)).toThrow(RangeError);
  });

  it('is what the certificate pages count, so they agree with the dashboard', () => {
    for (const iso of ['2026-12-09T00:30:00Z', '2027-01-01T08:00:00Z', '2026-12-01T10:00:00Z']) {
      expect(certificateDaysUntil(iso, now)).toBe(calendarDaysUntil(iso, now));
    }
  });
});
