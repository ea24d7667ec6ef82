import 'server-only';
import type { z } from 'zod';
import { findVersionWithProduct } from '@/db/queries/products';
import { evidenceIdsOfSubmission, listResultsOfSubmission, upsertResults } from '@/db/queries/results';
import { findVisibleSubmission } from '@/db/queries/submissions';
import type { Actor } from '@/lib/authz/actor';
import { ServiceError, unprocessable } from '@/lib/errors';
import type { IfMatch } from '@/lib/http/if-match';
import { defineCommand } from '@/lib/kernel/command';
import { runCommand } from '@/lib/kernel/run-command';
import { testCasesForProduct } from '@/lib/catalogue/read-catalogue';
import { recordResultsSchema, resultsBodySchema, type RecordResultsInput } from '@/lib/validation/results';
import { isUuid } from '@/lib/validation/uuid';
import { MAX_CSV_ROWS, parseResultsCsv, type ResultsCsvRow } from '../parse-results-csv';
import { summarizeResults, type RecordedResultsDto } from '../results-dto';
import { resultItemProblems, resultsRecordDenial, resultsStateRefusal } from '../results-rules';
import { emptyResultCounts } from '../test-results';

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
 * own parallel uploads fail each other's `If-Match`. Logs one `results.recorded` entry per call,
 * with each outcome, so the log itself proves what the lab recorded.
 */
function recordResultsCommandFor(name: string, input: z.ZodType<RecordResultsInput>) {
  return defineCommand({
    name,
    subject: 'Submission',
    input,
    load: async (tx, key: { submissionId: string }, actor) =>
      isUuid(key.submissionId) ? findVisibleSubmission(tx, actor, key.submissionId, { lock: true }) : null,
    authorize: ({ actor, target }) => resultsRecordDenial(actor, target),
    checkState: ({ target }) => resultsStateRefusal(target),
    entityTag: (target) => String(target.version),
    async apply({ tx, actor, input: data, target, now }) {
      const { product } = (await findVersionWithProduct(tx, target.productVersionId))!;
      const testCases = testCasesForProduct(product.networkFunction, product.isVirtualized);
      const applicable = new Map(testCases.map((tc) => [tc.id, tc]));
      const evidenceIds = [...new Set(data.results.flatMap((r) => (r.evidenceId ? [r.evidenceId] : [])))];
      const ownEvidence = await evidenceIdsOfSubmission(tx, target.id, evidenceIds);
      const errors = resultItemProblems({ items: data.results, applicable, ownEvidence, product });
      if (errors.length > 0) {
        throw unprocessable(`${errors.length} problem(s) in the results; nothing was recorded. ${errors[0].path}: ${errors[0].message}.`, errors);
      }
      await upsertResults(
        tx,
        data.results.map((item) => ({
          submissionId: target.id,
          testCaseId: item.testCaseId,
          specVersion: applicable.get(item.testCaseId)!.specVersion,
          result: item.result,
          notes: item.notes,
          evidenceId: item.evidenceId,
          recordedBy: actor.userId,
          recordedAt: now,
        })),
      );
      const stored = new Map((await listResultsOfSubmission(tx, target.id)).map((r) => [r.testCaseId, r]));
      const counts = emptyResultCounts();
      const specVersions: Record<string, string> = {};
      for (const item of data.results) {
        counts[item.result] += 1;
        const tc = applicable.get(item.testCaseId)!;
        specVersions[tc.spec] = tc.specVersion;
      }
      return {
        result: {
          submissionId: target.id,
          submissionVersion: target.version,
          recorded: data.results.length,
          counts,
          summary: summarizeResults(testCases, stored),
        },
        entries: [
          {
            type: 'results.recorded',
            subject: { kind: 'submission', id: target.id },
            data: {
              count: data.results.length,
              counts,
              testCaseIds: data.results.map((r) => r.testCaseId),
              results: Object.fromEntries(data.results.map((r) => [r.testCaseId, r.result])),
              specVersions,
            },
          },
        ],
      };
    },
    readBack: async (_actor, recorded, appended): Promise<RecordedResultsDto> => ({ ...recorded, logIndex: appended[0].index }),
  });
}

/** Results as JSON (`{results: [...]}`, up to the per-request limit). */
export const recordResultsCommand = recordResultsCommandFor('results.record', recordResultsSchema);

/** Results from a CSV file (up to 2 000 rows): the same rules, a larger limit. */
export const recordCsvResultsCommand = recordResultsCommandFor('results.record_csv', resultsBodySchema(MAX_CSV_ROWS));

/** Runs {@link recordResultsCommand}; `ifMatch` is the submission's version (its entity tag). */
export function recordResults(actor: Actor, submissionId: string, input: unknown, ifMatch?: IfMatch): Promise<RecordedResultsDto> {
  return runCommand(recordResultsCommand, actor, { submissionId }, input, { ifMatch });
}

/**
 * {@link recordResults} for a CSV upload (see `parseResultsCsv`; up to 2 000 rows). A file that does
 * not parse is a 422 with `errors: [{line, message}]`; refused rows carry their `line` too.
 */
export async function recordResultsFromCsv(actor: Actor, submissionId: string, csv: string, ifMatch?: IfMatch): Promise<RecordedResultsDto> {
  const parsed = parseResultsCsv(csv, { maxRows: MAX_CSV_ROWS });
  if (!parsed.ok) {
    throw unprocessable(`The CSV file has ${parsed.errors.length} problem(s); nothing was recorded.`, parsed.errors);
  }
  try {
    const body = { results: parsed.rows.map(({ line: _line, ...item }) => item) };
    return await runCommand(recordCsvResultsCommand, actor, { submissionId }, body, { ifMatch });
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
