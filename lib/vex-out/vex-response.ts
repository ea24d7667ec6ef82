import 'server-only';
import { formatContentDigest } from '@/lib/evidence/content-digest';
import type { VexDocument } from './read-vex';

/** A generated VEX document (or feed) with ETag and Content-Digest from its SHA-256; 304 on a matching If-None-Match. */
export function vexResponse(request: Request, doc: VexDocument): Response {
  const etag = `"${doc.sha256}"`;
  const common = { etag, 'cache-control': 'public, max-age=60', 'x-content-type-options': 'nosniff' };
  const ifNoneMatch = request.headers.get('if-none-match');
  if (ifNoneMatch && (ifNoneMatch.trim() === '*' || ifNoneMatch.split(',').some((t) => t.trim().replace(/^W\//, '') === etag))) {
    return new Response(null, { status: 304, headers: common });
  }
  return new Response(doc.body, { headers: { ...common, 'content-type': doc.mediaType, 'content-digest': formatContentDigest(doc.sha256) } });
}
