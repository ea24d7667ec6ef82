import type { HistoryEventDto } from '@/lib/submissions/submission-dto';
import { seesAssessmentRecord } from '@/lib/visibility/submissions';
import type { Viewer } from '@/lib/visibility/viewer';

/**
 * Operators may not see assessment-only evidence or the lab's conflict-of-interest declaration
 * (the submission DTO withholds both), but the history service returns every entry in full:
 * drop evidence entries for files not released to them and the declaration text.
 */
export function historyForViewer(events: readonly HistoryEventDto[], viewer: Viewer, visibleEvidenceIds: ReadonlySet<string>): HistoryEventDto[] {
  if (seesAssessmentRecord(viewer)) return [...events];
  return events
    .filter((e) => e.type !== 'evidence.added' || visibleEvidenceIds.has(String(e.data.evidenceId)))
    .map((e) => {
      if (!('conflictOfInterest' in e.data)) return e;
      const { conflictOfInterest: _withheld, ...data } = e.data;
      return { ...e, data };
    });
}
