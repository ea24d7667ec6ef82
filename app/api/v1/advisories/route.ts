import { endpoint } from '@/lib/api/endpoint';
import { json } from '@/lib/api/route';
import { importAdvisory as importContract, listAdvisories as listContract } from '@/lib/api/contracts/monitoring';
import { importAdvisory } from '@/lib/advisories/commands/import-advisory';
import { listAdvisories } from '@/lib/advisories/read-advisories';
import { badRequest, ServiceError } from '@/lib/errors';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export const GET = endpoint(listContract, async ({ actor, rawQuery }) => json(await listAdvisories(actor, rawQuery)));

// The raw body is the document, streamed while hashed. Keep this route out of any proxy matcher (it cuts bodies at 10 MB).
export const POST = endpoint(importContract, async ({ request, actor, query }) => {
  if (/^multipart\//i.test(request.headers.get('content-type') ?? '')) {
    throw new ServiceError(415, 'Unsupported media type', 'Send the document itself as the request body, not a form (e.g. curl --data-binary @advisory.json).');
  }
  const raw = request.headers.get('content-length');
  if (raw !== null && !/^\d{1,15}$/.test(raw.trim())) throw badRequest('Content-Length must be a non-negative integer.');
  const outcome = await importAdvisory(actor, {
    body: request.body,
    contentLength: raw === null ? null : Number(raw.trim()),
    contentDigest: request.headers.get('content-digest'),
    productVersionId: query.productVersionId ?? null,
    signal: request.signal,
  });
  return json(outcome, { status: outcome.isNew ? 201 : 200, headers: { location: `/api/v1/advisories/${outcome.advisory.id}` } });
});
