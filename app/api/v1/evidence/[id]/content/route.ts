import { evidenceDownloadResponse } from '@/lib/evidence/download-response';
import type { Actor } from '@/lib/authz/actor';
import { endpoint } from '@/lib/api/endpoint';
import { getEvidenceContent, headEvidenceContent } from '@/lib/api/contracts/evidence';
import { openEvidenceContent } from '@/lib/evidence/read-evidence';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

// Always an opaque, sandboxed attachment, verified while it streams (lib/evidence/download-response.ts).
async function respond(request: Request, actor: Actor, id: string, hasBody: boolean): Promise<Response> {
  return evidenceDownloadResponse(request, await openEvidenceContent(actor, id), { hasBody });
}

export const GET = endpoint(getEvidenceContent, async ({ request, actor, params: { id } }) => respond(request, actor, id, true));

// Explicit, so a HEAD never opens a stream nobody reads (Next would otherwise run GET and drop the body).
export const HEAD = endpoint(headEvidenceContent, async ({ request, actor, params: { id } }) => respond(request, actor, id, false));
