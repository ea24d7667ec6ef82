import type { Actor } from '@/lib/authz/actor';
import type { SubmissionDetailDto } from '@/lib/submissions/submission-dto';
import { LAB_EVIDENCE_KINDS, VENDOR_EVIDENCE_KINDS, type EvidenceKind } from './evidence-kinds';

/**
 * The evidence kinds the caller may add now, mirroring the evidence service: the owning vendor in
 * draft or changes_requested, the assigned lab its two reports in in_evaluation. The server decides.
 */
export function uploadableKinds(actor: Actor, s: SubmissionDetailDto): readonly EvidenceKind[] {
  if (actor.orgKind === 'vendor' && s.vendor.id === actor.orgId && (s.state === 'draft' || s.state === 'changes_requested')) {
    return VENDOR_EVIDENCE_KINDS;
  }
  if (actor.orgKind === 'lab' && s.lab?.id === actor.orgId && s.state === 'in_evaluation') return LAB_EVIDENCE_KINDS;
  return [];
}
