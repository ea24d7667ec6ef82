import { calendarDaysUntil } from '@/lib/dates/calendar-days';

/** Calendar days from today until `iso` (negative once past), for "expires in N days" (as the dashboard counts). */
export function daysUntil(iso: string, now: Date): number {
  return calendarDaysUntil(iso, now);
}

/** "in 12 days", "tomorrow", "today", "3 days ago". */
export function describeDaysUntil(days: number): string {
  if (days > 1) return `in ${days} days`;
  if (days === 1) return 'tomorrow';
  if (days === 0) return 'today';
  return days === -1 ? 'yesterday' : `${-days} days ago`;
}
