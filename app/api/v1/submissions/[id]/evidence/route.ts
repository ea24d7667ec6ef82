import { apiRoute, json, queryOf } from '@/lib/api/route';
import { requireActor } from '@/lib/auth/get-actor';
import { ServiceError, badRequest } from '@/lib/errors';
import { listEvidence } from '@/lib/evidence/read-evidence';
import { uploadEvidence } from '@/lib/evidence/commands/add-evidence';
import { uploadEvidenceQuerySchema } from '@/lib/validation/evidence';
import { parseInput } from '@/lib/validation/parse';
import { idParamSchema } from '@/lib/validation/common';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export const GET = apiRoute<{ id: string }>(async (request, { params }) => {
  const { id } = parseInput(idParamSchema, await params);
  return json(await listEvidence(await requireActor(), id, queryOf(request)));
});

// The raw request body is the file: streamed through, never request.formData() or arrayBuffer(),
// which would hold it all in memory. Keep this route out of any proxy matcher (it cuts bodies at 10 MB).
export const POST = apiRoute<{ id: string }>(async (request, { params }) => {
  const { id } = parseInput(idParamSchema, await params);
  const actor = await requireActor();
  const query = parseInput(uploadEvidenceQuerySchema, queryOf(request));
  // A form would store its multipart envelope as the file. (Any other Content-Type is ignored: curl
  // --data-binary sends application/x-www-form-urlencoded with the raw bytes.)
  if (/^multipart\//i.test(request.headers.get('content-type') ?? '')) {
    throw new ServiceError(415, 'Unsupported media type', 'Send the file itself as the request body, not a form (e.g. curl --data-binary @file).');
  }
  const evidence = await uploadEvidence(actor, id, {
    ...query,
    body: request.body,
    contentDigest: request.headers.get('content-digest'),
    contentLength: contentLengthOf(request),
    signal: request.signal,
  });
  return json(evidence, { status: 201, headers: { location: `/api/v1/evidence/${evidence.id}` } });
});

function contentLengthOf(request: Request): number | null {
  const raw = request.headers.get('content-length');
  if (raw === null) return null;
  if (!/^\d{1,15}$/.test(raw.trim())) throw badRequest('Content-Length must be a non-negative integer.');
  return Number(raw.trim());
}
