import { Readable } from 'node:stream';
import { apiRoute } from '@/lib/api/route';
import { requireActor } from '@/lib/auth/get-actor';
import { contentDispositionAttachment } from '@/lib/evidence/filename';
import { formatContentDigest } from '@/lib/evidence/content-digest';
import { openEvidenceContent } from '@/lib/evidence/read-evidence';
import { parseInput } from '@/lib/validation/parse';
import { idParamSchema } from '@/lib/validation/common';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

// Always served as an opaque download (never the stored media type, never inline), so an uploaded
// HTML or SVG file cannot run in the portal's origin. Next 16.4 drops Content-Length from route
// handler responses (the body goes out chunked); Content-Digest still lets clients check the bytes.
async function respond(request: Request, id: string, hasBody: boolean): Promise<Response> {
  const content = await openEvidenceContent(await requireActor(), id);
  const etag = `"${content.sha256}"`;
  const common = { etag, 'cache-control': 'private, no-store', 'x-content-type-options': 'nosniff' };
  if (matchesIfNoneMatch(request.headers.get('if-none-match'), content.sha256)) {
    content.stream.destroy();
    return new Response(null, { status: 304, headers: common });
  }
  const headers = {
    ...common,
    'content-type': 'application/octet-stream',
    'content-length': String(content.size),
    'content-digest': formatContentDigest(content.sha256),
    'content-disposition': contentDispositionAttachment(content.filename),
  };
  if (!hasBody) {
    content.stream.destroy();
    return new Response(null, { headers });
  }
  return new Response(Readable.toWeb(content.stream) as ReadableStream<Uint8Array>, { headers });
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

/** RFC 9110 If-None-Match: `*` or a list of (weakly compared) entity tags. */
function matchesIfNoneMatch(header: string | null, sha256: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === `"${sha256}"`);
}
