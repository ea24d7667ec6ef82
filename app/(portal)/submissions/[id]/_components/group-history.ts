import type { HistoryEventDto } from '@/lib/submissions/submission-dto';

/** Saves of the results grid closer together than this, by the same person, read as one history item. */
export const SAVE_BURST_MS = 60_000;

/** One item of the timeline: a single entry, or a burst of consecutive grid saves (every entry kept, shown on expanding). */
export type HistoryItem = { first: HistoryEventDto; events: HistoryEventDto[] };

/**
 * Groups consecutive `results.recorded` entries by the same user, each within a minute of the one
 * before, into one item. Display only: the log keeps every entry, and the group lists them all.
 */
export function groupHistory(events: readonly HistoryEventDto[]): HistoryItem[] {
  const items: HistoryItem[] = [];
  for (const e of events) {
    const last = items.at(-1);
    const previous = last?.events.at(-1);
    const isBurst =
      previous !== undefined &&
      e.type === 'results.recorded' &&
      previous.type === 'results.recorded' &&
      e.actor.user !== null &&
      e.actor.user === previous.actor.user &&
      Date.parse(e.at) - Date.parse(previous.at) <= SAVE_BURST_MS;
    if (isBurst) last!.events.push(e);
    else items.push({ first: e, events: [e] });
  }
  return items;
}

/** Results recorded over a burst, summed by outcome. */
export function burstCounts(events: readonly HistoryEventDto[]): { count: number; counts: Record<string, number> } {
  const counts: Record<string, number> = {};
  let count = 0;
  for (const e of events) {
    count += typeof e.data.count === 'number' ? e.data.count : 0;
    const c = e.data.counts;
    if (c && typeof c === 'object') for (const [k, v] of Object.entries(c)) if (typeof v === 'number') counts[k] = (counts[k] ?? 0) + v;
  }
  return { count, counts };
}
