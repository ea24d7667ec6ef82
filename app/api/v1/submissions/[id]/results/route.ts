import { endpoint } from '@/lib/api/endpoint';
import { ifMatchOf, json } from '@/lib/api/route';
import { getSubmissionResults, recordSubmissionResults } from '@/lib/api/contracts/evaluation';
import { formatResultsCsv } from '@/lib/results/format-results-csv';
import { readResultsBody } from '@/lib/results/read-results-body';
import { getResults } from '@/lib/results/read-results';
import { recordResults, recordResultsFromCsv } from '@/lib/results/commands/record-results';

export const dynamic = 'force-dynamic';

export const GET = endpoint(getSubmissionResults, async ({ actor, params: { id }, query: { format } }) => {
  const results = await getResults(actor, id);
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
export const PUT = endpoint(recordSubmissionResults, async ({ request, actor, params: { id } }) => {
  const ifVersion = ifMatchOf(request);
  const body = await readResultsBody(request);
  const outcome =
    body.kind === 'csv' ? await recordResultsFromCsv(actor, id, body.text, ifVersion) : await recordResults(actor, id, body.value, ifVersion);
  return json(outcome, { headers: { etag: `"${outcome.submissionVersion}"` } });
});
