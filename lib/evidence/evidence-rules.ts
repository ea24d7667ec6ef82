import type { SubmissionRow } from '@/db/queries/submissions';
import type { Actor } from '@/lib/authz/actor';
import type { StateRefusal } from '@/lib/kernel/command';
import { UPLOAD_STATES, UPLOADER_OF_KIND, type EvidenceKind } from '@/lib/validation/evidence';
import { quotedStateLabels } from '@/lib/workflow/submission-state-display';

/**
 * The 403 reason when `actor`, who sees the submission, may not add evidence of `kind`: the
 * owning vendor adds every kind but the lab's reports (test_report, evaluation_report), which only
 * the assigned lab adds.
 */
export function evidenceUploadDenial(actor: Actor, kind: EvidenceKind): string | null {
  if (actor.orgKind !== 'vendor' && actor.orgKind !== 'lab') return 'Only the submitting vendor and the assigned lab add evidence.';
  if (UPLOADER_OF_KIND[kind] === actor.orgKind) return null;
  return actor.orgKind === 'lab' ? 'The lab adds only test_report and evaluation_report evidence.' : `${kind} evidence comes from the assigned lab.`;
}

/** The vendor adds evidence in draft or changes_requested, the lab in in_evaluation (409 naming the state otherwise). */
export function evidenceUploadRefusal(actor: Pick<Actor, 'orgKind'>, row: Pick<SubmissionRow, 'state'>): StateRefusal | null {
  if (actor.orgKind !== 'vendor' && actor.orgKind !== 'lab') return null;
  const states: readonly SubmissionRow['state'][] = UPLOAD_STATES[actor.orgKind];
  if (states.includes(row.state)) return null;
  return { message: `Evidence can be added by the ${actor.orgKind} in state ${quotedStateLabels(states)}; the submission is ${quotedStateLabels([row.state])}.`, currentState: row.state };
}
