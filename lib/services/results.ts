import 'server-only';
import type { Actor } from '@/lib/authz/actor';
import { can } from '@/lib/authz/permissions';
import { getDb } from '@/lib/db';
import { conflict, forbidden, notFound, preconditionFailed, ServiceError, unprocessable } from '@/lib/errors';
import { appendEntry } from '@/lib/log/store/append-entry';
import { parseResultsCsv, MAX_CSV_ROWS, type ResultsCsvRow } from '@/lib/results/parse-results-csv';
import { emptyResultCounts, type TestResult } from '@/lib/results/test-results';
import { parseInput } from '@/lib/validation/parse';
import { evidenceVisibilitiesFor } from '@/lib/visibility/evidence';
import { resultEvidenceIdFor } from '@/lib/visibility/results';
import { recordResultsSchema, resultsBodySchema, type RecordResultsInput } from '@/lib/validation/results';
import { findVisibleSubmission } from '@/db/queries/submissions';
import { findVersionWithProduct } from '@/db/queries/products';
import { listEvidenceOfSubmission } from '@/db/queries/evidence';
import { evidenceIdsOfSubmission, listResultsOfSubmission, upsertResults, type TestResultRow } from '@/db/queries/results';
import { isCatalogueTestCaseId, testCasesForProduct, type TestCaseDto } from './catalogue';

export type ResultCounts = Record<TestResult, number>;
/** Counts over the applicable test cases; `missing` have no result yet, `total` is all of them. */
export type ResultsSummary = ResultCounts & { missing: number; total: number };

export type ResultItemDto = {
  testCaseId: string;
  spec: string;
  /** The catalogue's version of the spec: what a result recorded now is pinned to. */
  specVersion: string;
  clause: string;
  title: string;
  group: string;
  testNames: string[];
  result: TestResult | null;
  /** The spec version the recorded result was evaluated against (may trail `specVersion`). */
  recordedSpecVersion: string | null;
  notes: string | null;
  evidenceId: string | null;
  recordedAt: string | null;
};

export type SubmissionResultsDto = {
  submissionId: string;
  submissionVersion: number;
  state: string;
  networkFunction: string;
  isVirtualized: boolean;
  items: ResultItemDto[];
  summary: ResultsSummary;
};

export type RecordedResultsDto = {
  submissionId: string;
  /** Unchanged by recording results, so it can be reused as `If-Match`. */
  submissionVersion: number;
  recorded: number;
  /** This request's results by result. */
  counts: ResultCounts;
  /** The whole submission after this request. */
  summary: ResultsSummary;
  logIndex: number;
};

function summarize(testCases: readonly TestCaseDto[], stored: ReadonlyMap<string, TestResultRow>): ResultsSummary {
  const summary: ResultsSummary = { ...emptyResultCounts(), missing: 0, total: testCases.length };
  for (const tc of testCases) {
    const row = stored.get(tc.id);
    if (row) summary[row.result] += 1;
    else summary.missing += 1;
  }
  return summary;
}

/**
 * Every test case that applies to the submission's product (TS 33.117, the function's own SCAS,
 * TS 33.527 when virtualized) with its recorded result or null, and summary counts. Visible as the
 * submission is (PRODUCT.md): owner vendor, assigned lab and regulators once submitted, operators
 * once certified; otherwise 404. Operators see an evidence id only for evidence released to them.
 * Logs nothing.
 */
export async function getResults(actor: Actor, submissionId: string): Promise<SubmissionResultsDto> {
  const db = await getDb();
  const row = await findVisibleSubmission(db, actor, submissionId);
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
    summary: summarize(testCases, stored),
  };
}

/**
 * Records (inserts or replaces) many test-case results at once. Assigned lab only (others who can
 * see the submission: 403; who cannot: 404), state `in_evaluation` only (409 naming the state),
 * optional `If-Match` on the submission version (412). All or nothing: every test case must apply
 * to the product and every evidence id belong to this submission, else 422 listing each bad row
 * and nothing is stored. Each item replaces the whole stored result, so omitted notes or evidence
 * are cleared. Results are pinned to the catalogue's spec version.
 *
 * The submission row is locked for the transaction, so it cannot leave `in_evaluation` meanwhile;
 * its `version` is not bumped: results are not a state change, and bumping it would make the lab's
 * own parallel uploads fail each other's `If-Match`. Logs one `results.recorded` entry per call.
 */
export async function recordResults(actor: Actor, submissionId: string, input: unknown, ifVersion?: number): Promise<RecordedResultsDto> {
  return record(actor, submissionId, parseInput(recordResultsSchema, input), ifVersion);
}

/**
 * {@link recordResults} for a CSV upload (see `parseResultsCsv`; up to 2 000 rows). A file that does
 * not parse is a 422 with `errors: [{line, message}]`; refused rows carry their `line` too.
 */
export async function recordResultsFromCsv(actor: Actor, submissionId: string, csv: string, ifVersion?: number): Promise<RecordedResultsDto> {
  const parsed = parseResultsCsv(csv, { maxRows: MAX_CSV_ROWS });
  if (!parsed.ok) {
    throw unprocessable(`The CSV file has ${parsed.errors.length} problem(s); nothing was recorded.`, parsed.errors);
  }
  try {
    const body = { results: parsed.rows.map(({ line: _line, ...item }) => item) };
    return await record(actor, submissionId, parseInput(resultsBodySchema(MAX_CSV_ROWS), body), ifVersion);
  } catch (error) {
    throw withCsvLines(error, parsed.rows);
  }
}

// Adds the CSV line to each `results.N.…` field error, so the lab can find the row in its file.
function withCsvLines(error: unknown, rows: ResultsCsvRow[]) {
  const errors = error instanceof ServiceError ? error.extra.errors : undefined;
  if (!(error instanceof ServiceError) || !Array.isArray(errors)) return error;
  const mapped = errors.map((e: { path?: string }) => {
    const index = /^results\.(\d+)(\.|$)/.exec(e.path ?? '')?.[1];
    return index !== undefined && rows[Number(index)] ? { ...e, line: rows[Number(index)].line } : e;
  });
  return new ServiceError(error.status, error.title, error.message, { ...error.extra, errors: mapped });
}

async function record(actor: Actor, submissionId: string, data: RecordResultsInput, ifVersion?: number): Promise<RecordedResultsDto> {
  const db = await getDb();
  const now = new Date();
  return db.transaction(async (tx) => {
    const row = await findVisibleSubmission(tx, actor, submissionId, { lock: true });
    if (!row) throw notFound('Submission');
    if (!can(actor, 'results.record') || row.labOrgId !== actor.orgId) {
      throw forbidden('Only the lab assigned to this submission records its results.');
    }
    if (row.state !== 'in_evaluation') {
      throw conflict(`Results can only be recorded in state in_evaluation; the submission is ${row.state}.`, row.state);
    }
    if (ifVersion !== undefined && ifVersion !== row.version) throw preconditionFailed(row.version);

    const { product } = (await findVersionWithProduct(tx, row.productVersionId))!;
    const testCases = testCasesForProduct(product.networkFunction, product.isVirtualized);
    const applicable = new Map(testCases.map((tc) => [tc.id, tc]));
    const evidenceIds = [...new Set(data.results.flatMap((r) => (r.evidenceId ? [r.evidenceId] : [])))];
    const ownEvidence = await evidenceIdsOfSubmission(tx, row.id, evidenceIds);
    const productLabel = `${product.networkFunction}${product.isVirtualized ? ' (virtualized)' : ''}`;
    const errors: { path: string; message: string }[] = [];
    data.results.forEach((item, i) => {
      if (!applicable.has(item.testCaseId)) {
        errors.push({
          path: `results.${i}.testCaseId`,
          message: isCatalogueTestCaseId(item.testCaseId)
            ? `Test case ${item.testCaseId} does not apply to this ${productLabel} product`
            : `${item.testCaseId} is not a test case of the SCAS catalogue`,
        });
      }
      if (item.evidenceId && !ownEvidence.has(item.evidenceId)) {
        errors.push({ path: `results.${i}.evidenceId`, message: `${item.evidenceId} is not evidence of this submission` });
      }
    });
    if (errors.length > 0) {
      throw unprocessable(`${errors.length} problem(s) in the results; nothing was recorded. ${errors[0].path}: ${errors[0].message}.`, errors);
    }

    await upsertResults(
      tx,
      data.results.map((item) => ({
        submissionId: row.id,
        testCaseId: item.testCaseId,
        specVersion: applicable.get(item.testCaseId)!.specVersion,
        result: item.result,
        notes: item.notes,
        evidenceId: item.evidenceId,
        recordedBy: actor.userId,
        recordedAt: now,
      })),
    );
    const stored = new Map((await listResultsOfSubmission(tx, row.id)).map((r) => [r.testCaseId, r]));
    const counts = emptyResultCounts();
    const specVersions: Record<string, string> = {};
    for (const item of data.results) {
      counts[item.result] += 1;
      const tc = applicable.get(item.testCaseId)!;
      specVersions[tc.spec] = tc.specVersion;
    }
    const entry = await appendEntry(tx, {
      type: 'results.recorded',
      actor,
      subject: { kind: 'submission', id: row.id },
      data: {
        count: data.results.length,
        counts,
        testCaseIds: data.results.map((r) => r.testCaseId),
        // Each outcome is in the entry, so the log itself proves what the lab recorded.
        results: Object.fromEntries(data.results.map((r) => [r.testCaseId, r.result])),
        specVersions,
      },
      now,
    });
    return {
      submissionId: row.id,
      submissionVersion: row.version,
      recorded: data.results.length,
      counts,
      summary: summarize(testCases, stored),
      logIndex: entry.index,
    };
  });
}
