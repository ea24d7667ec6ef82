import 'server-only';
import { listActiveVulnerabilities, listSbomConformance, openIssuesOf } from '@/db/queries/decision-panel';
import { listAccreditationsOfLab } from '@/db/queries/evidence';
import { findVersionWithProduct } from '@/db/queries/products';
import * as q from '@/db/queries/submissions';
import type { Actor } from '@/lib/authz/actor';
import { getDb } from '@/lib/db';
import { notFound } from '@/lib/errors';
import type { SubmissionResultsDto } from '@/lib/results/results-dto';
import { isUuid } from '@/lib/validation/uuid';
import { acceptPreconditions } from '@/lib/workflow/accept-preconditions';
import { rationaleRequirement } from '@/lib/workflow/approval-rationale';
import { REQUIRED_APPROVALS } from '@/lib/workflow/decide-approval';
import type { DecisionPanelDto } from './decision-panel-dto';
import { accreditationForAccept } from './lab-eligibility';

const ACCREDITATION_CODES = new Set(['accreditation_missing', 'accreditation_not_yet_valid', 'accreditation_expired', 'accreditation_scope']);

/**
 * What a regulator weighs before deciding on a submission: result counts with the failed and
 * inconclusive test cases, the lab's verdict, open vulnerabilities and affected advisory matches of
 * the version, each SBOM's conformance, the lab's accreditation today, the round's other decisions,
 * and whether approving needs a rationale — from the same rule the approve command enforces.
 * Regulators only (anyone else: 404, as for a submission they cannot decide). Logs nothing.
 */
export async function getDecisionPanel(actor: Actor, submissionId: string, results: SubmissionResultsDto, now = new Date()): Promise<DecisionPanelDto> {
  const db = await getDb();
  const row = actor.orgKind === 'regulator' && isUuid(submissionId) ? await q.findVisibleSubmission(db, actor, submissionId) : null;
  if (!row) throw notFound('Submission');
  const { product } = (await findVersionWithProduct(db, row.productVersionId))!;
  const [vulnerabilities, openIssues, sboms, accreditations, decisions] = await Promise.all([
    listActiveVulnerabilities(db, row.productVersionId),
    openIssuesOf(db, row.id, row.productVersionId),
    listSbomConformance(db, row.id),
    row.labOrgId ? listAccreditationsOfLab(db, row.labOrgId) : Promise.resolve([]),
    q.listDecisions(db, row.id),
  ]);
  const openResults = results.items.flatMap((i) =>
    i.result === 'fail' || i.result === 'inconclusive'
      ? [{ testCaseId: i.testCaseId, spec: i.spec, clause: i.clause, title: i.title, result: i.result, notes: i.notes }]
      : [],
  );
  const accreditation = accreditationForAccept(accreditations, product.networkFunction, now);
  const problems = acceptPreconditions({ accreditation, networkFunction: product.networkFunction, labGroup: null, vendorGroup: null, conflictOfInterest: null, now })
    .filter((u) => ACCREDITATION_CODES.has(u.code))
    .map((u) => u.message);
  const round = decisions.filter((d) => d.reviewRound === row.reviewRound);
  const approvals = round.filter((d) => d.kind === 'approve');
  return {
    summary: results.summary,
    openResults,
    verdict: row.evaluationVerdict,
    vulnerabilities,
    affectedMatches: openIssues.affectedMatches,
    sboms: sboms.map((s) => ({
      id: s.id,
      filename: s.filename,
      conformance: s.conformance
        ? { conforms: s.conformance.conforms, standard: s.conformance.standard, failed: s.conformance.checks.filter((c) => !c.passed).map((c) => c.requirement) }
        : null,
    })),
    accreditation: {
      isValid: problems.length === 0,
      body: accreditation?.body ?? null,
      standard: accreditation?.standard ?? null,
      validUntil: accreditation?.validUntil ?? null,
      problems,
    },
    approvals: {
      given: approvals.length,
      required: REQUIRED_APPROVALS[product.segment],
      hasCurrentUserApproved: approvals.some((d) => d.regulatorUserId === actor.userId),
    },
    roundDecisions: round.map((d) => ({ id: d.id, kind: d.kind, regulatorUserId: d.regulatorUserId, reason: d.reason, conditions: d.conditions, createdAt: d.createdAt.toISOString() })),
    rationaleRequired: rationaleRequirement(openIssues),
  };
}
