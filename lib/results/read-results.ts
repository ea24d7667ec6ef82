import 'server-only';
import { listEvidenceOfSubmission } from '@/db/queries/evidence';
import { findVersionWithProduct } from '@/db/queries/products';
import { listResultsOfSubmission } from '@/db/queries/results';
import { findVisibleSubmission } from '@/db/queries/submissions';
import type { Actor } from '@/lib/authz/actor';
import { getDb } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { testCasesForProduct } from '@/lib/catalogue/read-catalogue';
import { isUuid } from '@/lib/validation/uuid';
import { evidenceVisibilitiesFor } from '@/lib/visibility/evidence';
import { resultEvidenceIdFor } from '@/lib/visibility/results';
import { summarizeResults, type ResultItemDto, type SubmissionResultsDto } from './results-dto';

/**
 * Every test case that applies to the submission's product (TS 33.117, the function's own SCAS,
 * TS 33.527 when virtualized) with its recorded result or null, and summary counts. Visible as the
 * submission is (PRODUCT.md): owner vendor, assigned lab and regulators once submitted, operators
 * once certified; otherwise 404. Operators see an evidence id only for evidence released to them.
 * Logs nothing.
 */
export async function getResults(actor: Actor, submissionId: string): Promise<SubmissionResultsDto> {
  const db = await getDb();
  const row = isUuid(submissionId) ? await findVisibleSubmission(db, actor, submissionId) : null;
  if (!row) throw notFound('Submission');
  const { product } = (await findVersionWithProduct(db, row.productVersionId))!;
  const testCases = testCasesForProduct(product.networkFunction, product.isVirtualized);
  const stored = new Map((await listResultsOfSubmission(db, row.id)).map((r) => [r.testCaseId, r]));
  const visibilities = evidenceVisibilitiesFor(actor);
  const releasedEvidence = visibilities ? new Set((await listEvidenceOfSubmission(db, row.id, visibilities)).map((e) => e.id)) : null;
  const items = testCases.map((tc): ResultItemDto => {
    const r = stored.get(tc.id);
    const evidenceId = resultEvidenceIdFor(r?.evidenceId, releasedEvidence);
    return {
      testCaseId: tc.id,
      spec: tc.spec,
      specVersion: tc.specVersion,
      clause: tc.clause,
      title: tc.title,
      group: tc.group,
      testNames: tc.testNames,
      result: r?.result ?? null,
      recordedSpecVersion: r?.specVersion ?? null,
      notes: r?.notes ?? null,
      evidenceId,
      recordedAt: r?.recordedAt.toISOString() ?? null,
    };
  });
  return {
    submissionId: row.id,
    submissionVersion: row.version,
    state: row.state,
    networkFunction: product.networkFunction,
    isVirtualized: product.isVirtualized,
    items,
    summary: summarizeResults(testCases, stored),
  };
}
