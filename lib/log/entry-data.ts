import type { Actor } from '@/lib/authz/actor';
import type { EntryType } from './entry-types';

/**
 * The `data` of every log entry type, and the kind of subject it is about: the public entry format
 * (LOG.md lists the types; this map is the source). Every field is plain JSON — strings, integers,
 * booleans, nulls, arrays and objects of those — so the canonical text is the same in every language.
 * Times are RFC 3339 UTC strings, hashes lowercase hex.
 */
type SubmissionState = string;

type SubmissionTransition = {
  /** The state before and after the action. */
  from: SubmissionState;
  to: SubmissionState;
};

type CertificateLifecycle = {
  /** Published with the entry: why the regulator acted. */
  reason: string;
  /** The effective status before and after (expired from `expiresAt` on). */
  from: string;
  to: string;
  /** Present when the action also took the certificate off the review list. */
  reviewCleared?: true;
  reviewRequiredAt?: string;
};

type Decision = SubmissionTransition & {
  decisionId: string;
  reason: string | null;
  reviewRound: number;
};

export type EntryDataMap = {
  'submission.created': { subject: 'submission'; data: { productVersionId: string; labOrgId: string | null; scheme: string } };
  'submission.submitted': { subject: 'submission'; data: SubmissionTransition & { labOrgId: string | null } };
  'submission.withdrawn': { subject: 'submission'; data: SubmissionTransition & { reason: string | null } };
  'submission.accepted': {
    subject: 'submission';
    data: SubmissionTransition & {
      /** The lab's signed-off conflict-of-interest statement. */
      conflictOfInterest: { hasConflict: boolean; statement: string; declaredBy: string; declaredAt: string };
      accreditationId: string;
    };
  };
  /** A decline always carries the lab's reason. */
  'submission.declined': { subject: 'submission'; data: SubmissionTransition & { reason: string } };
  'submission.resubmitted': { subject: 'submission'; data: SubmissionTransition & { reason: string | null } };
  /** The vendor chose another lab for a draft (after a decline): lab org ids. */
  'submission.lab_changed': { subject: 'submission'; data: { from: string | null; to: string } };
  'evaluation.submitted': {
    subject: 'submission';
    /** `verdict`: the lab's overall verdict (required while a result is inconclusive); absent in older entries. */
    data: SubmissionTransition & { reviewRound: number; resultCount: number; verdict?: string | null };
  };
  'results.recorded': {
    subject: 'submission';
    data: {
      count: number;
      counts: Record<string, number>;
      testCaseIds: string[];
      /** Each outcome, so the log itself proves what the lab recorded: test case id → result. */
      results: Record<string, string>;
      /** SCAS spec → version the results were recorded against. */
      specVersions: Record<string, string>;
    };
  };
  'evidence.added': {
    subject: 'submission';
    data: { evidenceId: string; sha256: string; size: number; filename: string; kind: string; mediaType: string; visibility: string };
  };
  'decision.approved': {
    subject: 'submission';
    /**
     * `reason` is the rationale; `conditions` are attached to the certificate; `openIssues` is what was
     * still open when the regulator approved (a rationale is required when any is non-zero). Both
     * absent in older entries.
     */
    data: Decision & {
      approvals: { given: number; required: number };
      conditions?: string[];
      openIssues?: { failed: number; inconclusive: number; affectedMatches: number };
    };
  };
  'decision.rejected': { subject: 'submission'; data: Decision };
  'decision.changes_requested': { subject: 'submission'; data: Decision };
  'certificate.issued': {
    subject: 'certificate';
    data: {
      submissionId: string;
      product: string;
      model: string | null;
      version: string;
      vendor: string;
      networkFunction: string;
      segment: string;
      lab: string | null;
      scheme: string;
      /** The SCAS specs and versions evaluated, e.g. "TS 33.117 17.1.0; TS 33.512 17.0.0". */
      specVersions: string;
      issuedAt: string;
      expiresAt: string;
      /** The index of the `decision.approved` entry that issued it. */
      decisionLogIndex: number;
      /** The approving regulators' rationales and the conditions attached, as published with it. Absent in older entries. */
      rationales?: string[];
      conditions?: string[];
    };
  };
  'certificate.suspended': { subject: 'certificate'; data: CertificateLifecycle };
  'certificate.reinstated': { subject: 'certificate'; data: CertificateLifecycle };
  'certificate.revoked': { subject: 'certificate'; data: CertificateLifecycle };
  'certificate.review_cleared': { subject: 'certificate'; data: CertificateLifecycle };
  /** Written by the expiry job (system actor) once a certificate's expiry has passed. */
  'certificate.expired': { subject: 'certificate'; data: { expiresAt: string; from: string; to: 'expired' } };
  /** Names the vulnerability only by id: the report itself is not public. */
  /** `severity` is `affected` when an advisory match (not a reported vulnerability) flagged it; then `vulnerabilityId` is the CVE/advisory id. */
  'certificate.review_required': { subject: 'certificate'; data: { vulnerabilityId: string; severity: 'critical' | 'affected'; status: string } };
  'vulnerability.reported': {
    subject: 'vulnerability';
    data: {
      productVersionId: string;
      cve: string | null;
      cvssScore: number;
      severity: string;
      title: string;
      /** SHA-256 of the description: the text stays off the log, its hash proves it. */
      descriptionSha256: string;
      certificatesUnderReview: string[];
    };
  };
  'vulnerability.updated': {
    subject: 'vulnerability';
    data: { from: string; to: string; fixedInVersion: string | null; response: string | null; certificatesUnderReview: string[] };
  };
  'vulnerability.vex_applied': {
    subject: 'product_version';
    data: {
      /** SHA-256 and size of the VEX document as uploaded. */
      sha256: string;
      size: number;
      specVersion: string | null;
      serialNumber: string | null;
      statements: number;
      updated: { vulnerabilityId: string; cve: string; from: string; to: string }[];
      unchanged: string[];
      unmatched: string[];
      withoutState: string[];
      certificatesUnderReview: string[];
    };
  };
  /** An advisory revision stored verbatim (its SHA-256) and matched against the component index. */
  'advisory.imported': {
    subject: 'advisory';
    data: {
      documentId: string;
      revision: string;
      format: string;
      sha256: string;
      size: number;
      source: string;
      statements: number;
      /** The parser's warnings: things stored but not matched. */
      warnings: number;
      matches: { created: number; changed: number; kept: number };
      productVersionId: string | null;
    };
  };
  'advisory.feed_configured': { subject: 'advisory_feed'; data: { url: string } };
  /** One match's state moved (from → to); `source` is advisory, vendor or regulator. */
  'advisory_match.changed': {
    subject: 'product_version';
    data: {
      matchId: string;
      vulnerabilityId: string;
      packageKey: string;
      from: string;
      to: string;
      justification: string | null;
      reason: string;
      source: string;
      advisoryId: string | null;
    };
  };
  /** A newly stored SBOM matched stored advisories. */
  'advisory_matches.found': {
    subject: 'submission';
    data: { evidenceId: string; productVersionId: string; created: number; changed: number; vulnerabilityIds: string[] };
  };
  'lab.accredited': {
    subject: 'organization';
    data: { accreditationId: string; lab: string; body: string; standard: string; scope: string[]; validFrom: string; validUntil: string };
  };
  'org.created': { subject: 'organization'; data: { name: string; kind: string; country: string | null; group: string | null } };
  /** Reserved: users are not logged today. */
  'user.created': { subject: 'user'; data: { email: string; orgId: string } };
  /** The operator's own accept/reject; not public. */
  'operator.decision': {
    subject: 'operator_decision';
    data: { certificateId: string; decision: string; rationale: string; version: number; previousDecision: string | null };
  };
  /** Subject id: the operator organisation. `sha256` is the digest of the canonical inventory. */
  'deployments.replaced': { subject: 'deployments'; data: { count: number; totalUnits: number; sha256: string; previousSha256: string | null } };
  /** Announces a new log key, signed into the log under the old one (LOG.md). */
  'log.key_rotated': { subject: 'log'; data: { previousKey: string; newKey: string } };
  'product.created': { subject: 'product'; data: { name: string; model: string | null; networkFunction: string; segment: string; isVirtualized: boolean } };
  'version.created': { subject: 'product'; data: { versionId: string; version: string; releasedAt: string | null } };
  /** Subject id: the segment. `previous` null: the configured defaults applied before. */
  'diversity.threshold_set': {
    subject: 'concentration_threshold';
    data: { segment: string; shareBasisPoints: number; hhi: number; previous: { shareBasisPoints: number; hhi: number } | null; reason: string };
  };
  /** A vendor's units in a segment must be gone by `deadline` (YYYY-MM-DD); `previousDeadline` when it replaced one. */
  'diversity.phase_out_set': {
    subject: 'phase_out';
    data: { segment: string; vendorOrgId: string; vendor: string; deadline: string; previousDeadline: string | null; reason: string };
  };
  'diversity.phase_out_removed': { subject: 'phase_out'; data: { segment: string; vendorOrgId: string; vendor: string; deadline: string; reason: string } };
  /** A regulator changed a portal-wide setting (lib/portal-settings); public, as policy every vendor works under. */
  'portal_setting.changed': { subject: 'portal_setting'; data: { key: string; from: boolean | string | number | null; to: boolean | string | number | null } };
};

// Every entry type has a shape, and the map names no other type.
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const _entryMapCoversEveryType: Exact<keyof EntryDataMap, EntryType> = true;

export type EntryData<K extends EntryType> = EntryDataMap[K]['data'];
export type EntrySubjectKind<K extends EntryType> = EntryDataMap[K]['subject'];

/** One entry to append: its type, a subject of that type's kind, and exactly that type's data. */
export type EntryDraft = {
  [K in EntryType]: {
    type: K;
    subject: { kind: EntrySubjectKind<K>; id: string };
    data: EntryData<K>;
    /** Null for entries the system writes on its own; the runner fills in the caller otherwise. */
    actor?: Actor | null;
  };
}[EntryType];
