import type { OrgKind } from '@/lib/authz/actor';
import type { HistoryEventDto } from '@/lib/submissions/submission-dto';

/**
 * Operators may not see assessment-only evidence or the lab's conflict-of-interest declaration
 * (the submission DTO withholds both), but the history service returns every entry in full:
 * drop evidence entries for files not released to them and the declaration text.
 */
export function historyForViewer(events: readonly HistoryEventDto[], orgKind: OrgKind, visibleEvidenceIds: ReadonlySet<string>): HistoryEventDto[] {
  if (orgKind !== 'operator') return [...events];
  return events
    .filter((e) => e.type !== 'evidence.added' || visibleEvidenceIds.has(String(e.data.evidenceId)))
    .map((e) => {
      if (!('conflictOfInterest' in e.data)) return e;
      const { conflictOfInterest: _withheld, ...data } = e.data;
      return { ...e, data };
    });
}
