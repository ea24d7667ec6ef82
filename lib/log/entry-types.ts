/** Every kind of log entry the portal writes. */
export const ENTRY_TYPES = [
  'submission.created',
  'submission.submitted',
  'submission.withdrawn',
  'submission.accepted',
  'submission.declined',
  'submission.resubmitted',
  'submission.lab_changed',
  'evaluation.submitted',
  'results.recorded',
  'evidence.added',
  'decision.approved',
  'decision.rejected',
  'decision.changes_requested',
  'certificate.issued',
  'certificate.suspended',
  'certificate.reinstated',
  'certificate.revoked',
  'certificate.expired',
  // Certificate lifecycle & vulnerabilities: review list and VEX (public like every certificate.* type).
  'certificate.review_required',
  'certificate.review_cleared',
  'vulnerability.reported',
  'vulnerability.updated',
  'vulnerability.vex_applied',
  // Continuous monitoring: advisories imported, their matches against certified SBOMs and every change of a match's state.
  'advisory.imported',
  'advisory.feed_configured',
  'advisory_match.changed',
  'advisory_matches.found',
  'lab.accredited',
  'org.created',
  'user.created',
  'operator.decision',
  'deployments.replaced',
  'log.key_rotated',
  'product.created',
  'version.created',
  // Regulators' diversity policy: thresholds per segment and high-risk-supplier phase-outs.
  'diversity.threshold_set',
  'diversity.phase_out_set',
  'diversity.phase_out_removed',
  'portal_setting.changed',
] as const;

export type EntryType = (typeof ENTRY_TYPES)[number];

const PUBLIC_ENTRY_TYPES: ReadonlySet<string> = new Set(['lab.accredited', 'org.created', 'log.key_rotated', 'portal_setting.changed']);

/** True when `type` is one of `ENTRY_TYPES`. */
export function isEntryType(type: string): type is EntryType {
  return (ENTRY_TYPES as readonly string[]).includes(type);
}

/** True when entries of `type` are readable by anyone: every `certificate.*`, `lab.accredited`, `org.created`, `log.key_rotated`, `portal_setting.changed`. */
export function isPublicEntryType(type: string): boolean {
  return isEntryType(type) && (type.startsWith('certificate.') || PUBLIC_ENTRY_TYPES.has(type));
}
