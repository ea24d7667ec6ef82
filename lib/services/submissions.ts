import 'server-only';
import type { Actor } from '@/lib/authz/actor';
import { can } from '@/lib/authz/permissions';
import { getDb } from '@/lib/db';
import { conflict, forbidden, notFound, preconditionFailed, unprocessable } from '@/lib/errors';
import { decodeCursor, encodeCursor, type Page } from '@/lib/pagination';
import { parseInput } from '@/lib/validation/parse';
import { evidenceVisibilitiesFor } from '@/lib/visibility/evidence';
import { seesAssessmentRecord } from '@/lib/visibility/submissions';
import { createSubmissionSchema, listSubmissionsQuerySchema, patchSubmissionSchema } from '@/lib/validation/submissions';
import { availableActions } from '@/lib/workflow/submission-transitions';
import { appendEntry } from '@/lib/log/store/append-entry';
import {
  toCertificateDto,
  toEvidenceDto,
  toSubmissionSummaryDto,
  type CertificateDto,
  type EvidenceDto,
  type SubmissionSummaryDto,
} from '@/lib/dto/submission';
import * as q from '@/db/queries/submissions';
import { findVersionWithProduct } from '@/db/queries/products';
import { findOrganizationById } from '@/db/queries/organizations';
import { listAccreditationsOfLab, listEvidenceOfSubmission, resultCountsOfSubmission } from '@/db/queries/evidence';
import { coveringAccreditation } from './lab-eligibility';
import { workflowActorKind } from './workflow-actor';

async function requireEligibleLab(labOrgId: string, networkFunction: string) {
  const db = await getDb();
  const lab = await findOrganizationById(db, labOrgId);
  if (!lab || lab.kind !== 'lab') throw unprocessable('The chosen organisation is not a lab.');
  const accreditation = coveringAccreditation(await listAccreditationsOfLab(db, lab.id), networkFunction, new Date());
  if (!accreditation) {
    throw unprocessable(`${lab.name} has no valid accreditation covering ${networkFunction}; choose another lab.`);
  }
  return lab;
}

/** Opens a draft submission for one of the caller's product versions. Owning vendor only. Logs `submission.created`. */
export async function createSubmission(actor: Actor, input: unknown): Promise<SubmissionDetailDto> {
  if (!can(actor, 'submission.create')) throw forbidden('Only vendors open submissions.');
  const data = parseInput(createSubmissionSchema, input);
  const db = await getDb();
  const version = await findVersionWithProduct(db, data.productVersionId);
  if (!version || version.product.vendorOrgId !== actor.orgId) throw notFound('Product version');
  await requireEligibleLab(data.labOrgId, version.product.networkFunction);
  const row = await db.transaction(async (tx) => {
    const created = await q.insertSubmission(tx, {
      productVersionId: data.productVersionId,
      vendorOrgId: actor.orgId,
      labOrgId: data.labOrgId,
      scheme: data.scheme,
      createdBy: actor.userId,
    });
    await appendEntry(tx, {
      type: 'submission.created',
      actor,
      subject: { kind: 'submission', id: created.id },
      data: { productVersionId: created.productVersionId, labOrgId: created.labOrgId, scheme: created.scheme },
    });
    return created;
  });
  return getSubmission(actor, row.id);
}

/** Changes the chosen lab of a draft (e.g. after a decline). Owning vendor, draft only. */
export async function changeSubmissionLab(actor: Actor, id: string, input: unknown, ifVersion?: number) {
  const data = parseInput(patchSubmissionSchema, input);
  const db = await getDb();
  await db.transaction(async (tx) => {
    const row = await q.findVisibleSubmission(tx, actor, id, { lock: true });
    if (!row) throw notFound('Submission');
    if (actor.orgKind !== 'vendor') throw forbidden('Only the vendor changes the lab.');
    if (ifVersion !== undefined && ifVersion !== row.version) throw preconditionFailed(row.version);
    if (row.state !== 'draft') throw conflict(`The lab can only be changed in state draft; the submission is ${row.state}.`, row.state);
    const version = (await findVersionWithProduct(tx, row.productVersionId))!;
    await requireEligibleLab(data.labOrgId, version.product.networkFunction);
    await q.updateSubmission(tx, id, row.version, { labOrgId: data.labOrgId });
    await appendEntry(tx, {
      type: 'submission.lab_changed',
      actor,
      subject: { kind: 'submission', id },
      data: { from: row.labOrgId, to: data.labOrgId },
    });
  });
  return getSubmission(actor, id);
}

/** Submissions the caller may see (PRODUCT.md), most recently changed first. */
export async function listSubmissions(actor: Actor, query: unknown): Promise<Page<SubmissionSummaryDto>> {
  const params = parseInput(listSubmissionsQuerySchema, query);
  const before = decodeCursor(params.cursor, (v): v is { updatedAt: string; id: string } =>
    typeof v === 'object' && v !== null && typeof (v as { id?: unknown }).id === 'string',
  );
  const rows = await q.listVisibleSubmissions(await getDb(), actor, {
    state: params.state,
    productId: params.productId,
    before,
    limit: params.limit + 1,
  });
  const page = rows.slice(0, params.limit);
  const last = page[page.length - 1];
  return {
    items: page.map(toSubmissionSummaryDto),
    nextCursor:
      rows.length > params.limit ? encodeCursor({ updatedAt: last.cursorAt, id: last.submission.id }) : null,
  };
}

export type DecisionDto = { id: string; kind: string; reason: string | null; regulatorUserId: string; reviewRound: number; createdAt: string; logIndex: number | null };

export type SubmissionDetailDto = SubmissionSummaryDto & {
  conflictOfInterest: unknown;
  evidence: EvidenceDto[];
  evaluation: { counts: Record<string, number>; recorded: number };
  decisions: DecisionDto[];
  certificate: CertificateDto | null;
  availableActions: string[];
};

/** One submission with its evidence, evaluation summary, decisions and certificate; 404 unless visible. */
export async function getSubmission(actor: Actor, id: string): Promise<SubmissionDetailDto> {
  const db = await getDb();
  const row = await q.findVisibleSubmission(db, actor, id);
  if (!row) throw notFound('Submission');
  const detail = (await q.findSubmissionDetail(db, id))!;
  const certificate = await q.findCertificateOfSubmission(db, id);
  const evidenceRows = await listEvidenceOfSubmission(db, id, evidenceVisibilitiesFor(actor));
  const counts = Object.fromEntries((await resultCountsOfSubmission(db, id)).map((c) => [c.result, c.n]));
  const decisionRows = seesAssessmentRecord(actor) ? await q.listDecisions(db, id) : [];
  const kind = workflowActorKind(actor);
  return {
    ...toSubmissionSummaryDto(detail),
    conflictOfInterest: seesAssessmentRecord(actor) ? row.conflictOfInterest : null,
    evidence: evidenceRows.map((e) => toEvidenceDto(e)),
    evaluation: { counts, recorded: Object.values(counts).reduce((a, b) => a + b, 0) },
    decisions: decisionRows.map((d) => ({
      id: d.id,
      kind: d.kind,
      reason: d.reason,
      regulatorUserId: d.regulatorUserId,
      reviewRound: d.reviewRound,
      createdAt: d.createdAt.toISOString(),
      logIndex: d.logIndex,
    })),
    certificate: certificate ? toCertificateDto(certificate) : null,
    availableActions: kind ? availableActions(row.state, kind) : [],
  };
}
