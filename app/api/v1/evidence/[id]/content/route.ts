import { apiRoute } from '@/lib/api/route';
import { requireActor } from '@/lib/auth/get-actor';
import { evidenceDownloadResponse } from '@/lib/evidence/download-response';
import { openEvidenceContent } from '@/lib/services/evidence';
import { parseInput } from '@/lib/validation/parse';
import { idParamSchema } from '@/lib/validation/common';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

// Always an opaque, sandboxed attachment, verified while it streams (lib/evidence/download-response.ts).
async function respond(request: Request, id: string, hasBody: boolean): Promise<Response> {
  return evidenceDownloadResponse(request, await openEvidenceContent(await requireActor(), id), { hasBody });
}

export const GET = apiRoute<{ id: string }>(async (request, { params }) => {
  const { id } = parseInput(idParamSchema, await params);
  return respond(request, id, true);
});

// Explicit, so a HEAD never opens a stream nobody reads (Next would otherwise run GET and drop the body).
export const HEAD = apiRoute<{ id: string }>(async (request, { params }) => {
  const { id } = parseInput(idParamSchema, await params);
  return respond(request, id, false);
});
