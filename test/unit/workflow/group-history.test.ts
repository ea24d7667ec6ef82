import { describe, expect, it } from 'vitest';
import type { HistoryEventDto } from '@/lib/submissions/submission-dto';
import { burstCounts, groupHistory } from '@/app/(portal)/submissions/[id]/_components/group-history';

let index = 0;
function entry(type: string, user: string | null, secondsFromStart: number, counts: Record<string, number> = { pass: 1 }): HistoryEventDto {
  return {
    index: index++,
    type,
    at: new Date(Date.UTC(2026, 11, 1) + secondsFromStart * 1000).toISOString(),
    actor: { user, org: 'lab-org', orgKind: 'lab' },
    data: { count: Object.values(counts).reduce((a, b) => a + b, 0), counts },
    leafHash: '00',
  };
}

describe('groupHistory', () => {
  it('folds consecutive grid saves by one person within a minute of each other into one item, keeping every entry', () => {
    const events = [
      entry('submission.accepted', 'lab-user', 0),
      entry('results.recorded', 'lab-user', 10),
      entry('results.recorded', 'lab-user', 50),
      entry('results.recorded', 'lab-user', 105, { fail: 1 }),
      entry('results.recorded', 'lab-user', 200),
      entry('results.recorded', 'other-user', 210),
      entry('evidence.added', 'lab-user', 215),
      entry('results.recorded', 'lab-user', 220),
    ];
    const items = groupHistory(events);
    expect(items.map((i) => i.events.length)).toEqual([1, 3, 1, 1, 1, 1]);
    expect(items.flatMap((i) => i.events)).toEqual(events);
    expect(burstCounts(items[1].events)).toEqual({ count: 3, counts: { pass: 2, fail: 1 } });
  });

  it('never folds other entry types or system entries', () => {
    const events = [entry('evidence.added', 'u', 0), entry('evidence.added', 'u', 1), entry('results.recorded', null, 2), entry('results.recorded', null, 3)];
    expect(groupHistory(events)).toHaveLength(4);
  });
});
