import { calendarDaysUntil } from '@/lib/dates/calendar-days';

export type PhaseOutState = 'done' | 'running' | 'due_today' | 'overdue';

export type PhaseOutCountdown = {
  /** Whole days from today (UTC) to the deadline; negative once it has passed. */
  daysLeft: number;
  unitsRemaining: number;
  state: PhaseOutState;
  /** "142 days left; 37 units remain", "Overdue by 3 days; 5 units remain", "Done: no units remain". */
  text: string;
};

const plural = (n: number, word: string) => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;

/** Days from `now`'s UTC calendar date to `deadline` (YYYY-MM-DD). */
export function daysUntil(deadline: string, now: Date): number {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(deadline)) throw new RangeError(`not a date (YYYY-MM-DD): ${deadline}`);
  return calendarDaysUntil(deadline, now);
}

/**
 * A phase-out as a countdown: the vendor's units in the segment must be gone by the deadline (the
 * deadline day itself is the last day). With no units left it is done whatever the date; past the
 * deadline with units left it is overdue.
 */
export function phaseOutCountdown(deadline: string, now: Date, unitsRemaining: number): PhaseOutCountdown {
  const daysLeft = daysUntil(deadline, now);
  const units = `${plural(unitsRemaining, 'unit')} remain${unitsRemaining === 1 ? 's' : ''}`;
  if (unitsRemaining === 0) return { daysLeft, unitsRemaining, state: 'done', text: 'Done: no units remain' };
  if (daysLeft > 0) return { daysLeft, unitsRemaining, state: 'running', text: `${plural(daysLeft, 'day')} left; ${units}` };
  if (daysLeft === 0) return { daysLeft, unitsRemaining, state: 'due_today', text: `Due today; ${units}` };
  return { daysLeft, unitsRemaining, state: 'overdue', text: `Overdue by ${plural(-daysLeft, 'day')}; ${units}` };
}
