import { apiRoute, ifMatchVersion, json, queryOf } from '@/lib/api/route';
import { requireActor } from '@/lib/auth/get-actor';
import { formatResultsCsv } from '@/lib/results/format-results-csv';
import { readResultsBody } from '@/lib/results/read-results-body';
import { getResults } from '@/lib/results/read-results';
import { recordResults, recordResultsFromCsv } from '@/lib/results/commands/record-results';
import { parseInput } from '@/lib/validation/parse';
import { idParamSchema } from '@/lib/validation/common';
import { resultsQuerySchema } from '@/lib/validation/results';

export const dynamic = 'force-dynamic';

export const GET = apiRoute<{ id: string }>(async (request, { params }) => {
  const { id } = parseInput(idParamSchema, await params);
  const { format } = parseInput(resultsQuerySchema, queryOf(request));
  const results = await getResults(await requireActor(), id);
  if (format === 'json') return json(results);
  return new Response(formatResultsCsv(results.items, { bom: true }), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="results-${id}.csv"`,
      'cache-control': 'no-store',
    },
  });
});

/** JSON `{results: [...]}` or a `text/csv` file, up to 2 MiB; `If-Match` is the submission's version. */
export const PUT = apiRoute<{ id: string }>(async (request, { params }) => {
  const { id } = parseInput(idParamSchema, await params);
  const actor = await requireActor();
  const ifVersion = ifMatchVersion(request);
  const body = await readResultsBody(request);
  const outcome =
    body.kind === 'csv' ? await recordResultsFromCsv(actor, id, body.text, ifVersion) : await recordResults(actor, id, body.value, ifVersion);
  return json(outcome, { headers: { etag: `"${outcome.submissionVersion}"` } });
});
