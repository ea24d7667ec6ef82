import 'server-only';
import type { Db } from '@/db/client';
import { listEvidenceOfSubmission, resultCountsOfSubmission } from '@/db/queries/evidence';
import * as q from '@/db/queries/submissions';
import type { Actor } from '@/lib/authz/actor';
import { getDb } from '@/lib/db';
import { toEvidenceDto } from '@/lib/evidence/evidence-dto';
import { withIntegrityState } from '@/lib/evidence/with-integrity-state';
import { notFound } from '@/lib/errors';
import { decodeCursor, encodeCursor, type Page } from '@/lib/pagination';
import { parseInput } from '@/lib/validation/parse';
import { listSubmissionsQuerySchema } from '@/lib/validation/submissions';
import { isUuid } from '@/lib/validation/uuid';
import { evidenceVisibilitiesFor } from '@/lib/visibility/evidence';
import { seesAssessmentRecord } from '@/lib/visibility/submissions';
import { availableActions } from '@/lib/workflow/submission-transitions';
import {
  toSubmissionCertificateDto,
  toSubmissionSummaryDto,
  type SubmissionDetailDto,
  type SubmissionOutOfReachDto,
  type SubmissionSummaryDto,
} from './submission-dto';
import { colleagueNames } from '@/lib/users/colleague-names';
import { workflowActorKind } from './submission-rules';

/** Submissions the caller may see (PRODUCT.md), most recently changed first. Logs nothing. */
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

/**
 * One submission with its evidence, evaluation summary, decisions, certificate and the actions the
 * caller may fire; 404 unless visible. Operators see only `certified` evidence, no decisions and no
 * conflict-of-interest declaration. Logs nothing.
 */
export async function getSubmission(actor: Actor, id: string): Promise<SubmissionDetailDto> {
  const db = await getDb();
  const row = isUuid(id) ? await q.findVisibleSubmission(db, actor, id) : null;
  if (!row) throw notFound('Submission');
  const detail = (await q.findSubmissionDetail(db, id))!;
  const certificate = await q.findCertificateOfSubmission(db, id);
  const evidenceRows = await listEvidenceOfSubmission(db, id, evidenceVisibilitiesFor(actor));
  const counts = Object.fromEntries((await resultCountsOfSubmission(db, id)).map((c) => [c.result, c.n]));
  const decisionRows = seesAssessmentRecord(actor) ? await q.listDecisions(db, id) : [];
  const kind = workflowActorKind(actor);
  const names = await colleagueNames(db, actor, decisionRows.map((d) => d.regulatorUserId));
  return {
    ...toSubmissionSummaryDto(detail),
    conflictOfInterest: seesAssessmentRecord(actor) ? row.conflictOfInterest : null,
    evidence: await withIntegrityState(actor, evidenceRows.map((e) => toEvidenceDto(e))),
    evaluation: { counts, recorded: Object.values(counts).reduce((a, b) => a + b, 0) },
    decisions: decisionRows.map((d) => ({
      id: d.id,
      kind: d.kind,
      reason: d.reason,
      conditions: d.conditions,
      regulatorUserId: d.regulatorUserId,
      regulatorName: names.get(d.regulatorUserId) ?? null,
      reviewRound: d.reviewRound,
      createdAt: d.createdAt.toISOString(),
      logIndex: d.logIndex,
    })),
    certificate: certificate ? toSubmissionCertificateDto(certificate) : null,
    availableActions: kind ? availableActions(row.state, kind) : [],
  };
}

/**
 * The answer to a workflow action: the submission as the actor now sees it, or — when the action
 * took it out of their sight (a lab that declines hands the draft back to the vendor) — only its
 * id, state and version.
 */
export async function readSubmissionAfterAction(
  actor: Actor,
  submission: q.SubmissionRow,
  db: Db,
): Promise<SubmissionDetailDto | SubmissionOutOfReachDto> {
  const stillVisible = await q.findVisibleSubmission(db, actor, submission.id);
  if (!stillVisible) return { id: submission.id, state: submission.state, version: submission.version, isVisible: false };
  return getSubmission(actor, submission.id);
}
