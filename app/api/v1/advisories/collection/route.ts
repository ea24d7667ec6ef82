import { endpoint } from '@/lib/api/endpoint';
import { json } from '@/lib/api/route';
import { importAdvisoryCollection as importContract } from '@/lib/api/contracts/monitoring';
import { importAdvisoryCollection } from '@/lib/advisories/commands/import-advisory-collection';
import { ndjsonDocuments } from '@/lib/advisories/ndjson-documents';
import { MAX_ADVISORY_BYTES } from '@/lib/advisories/parse-advisory';
import { badRequest, ServiceError } from '@/lib/errors';
import { iterateBody } from '@/lib/evidence/receive-upload';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

const NDJSON = /^application\/(x-ndjson|jsonl|x-jsonlines)\s*(;|$)/i;

// The body is read line by line as it arrives (one document held at a time). Keep this route out of any proxy matcher.
export const POST = endpoint(importContract, async ({ request, actor }) => {
  if (!NDJSON.test(request.headers.get('content-type') ?? '')) {
    throw new ServiceError(415, 'Unsupported media type', 'Send one advisory document per line as application/x-ndjson (e.g. the files of an OSV all.zip, each on one line: jq -c . *.json).');
  }
  if (!request.body) throw badRequest('The request has no body: send one advisory document per line.');
  const outcome = await importAdvisoryCollection(actor, ndjsonDocuments(iterateBody(request.body, request.signal), MAX_ADVISORY_BYTES), { source: 'upload' });
  return json(outcome);
});
