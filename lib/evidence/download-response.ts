import 'server-only';
import { Readable } from 'node:stream';
import { formatContentDigest } from './content-digest';
import { contentDispositionAttachment } from './filename';
import type { StoredEvidenceContent } from './open-stored-evidence';

/**
 * Headers of every evidence download. Always an opaque attachment (never the stored media type,
 * never inline) that the browser must not sniff, and sandboxed with nothing allowed to load, so an
 * uploaded HTML, SVG or PDF/HTML polyglot opened anyway cannot run script in the portal's origin.
 */
export const EVIDENCE_DOWNLOAD_HEADERS = {
  'cache-control': 'private, no-store',
  'x-content-type-options': 'nosniff',
  'content-security-policy': "sandbox; default-src 'none'",
} as const;

/**
 * The HTTP answer for a download of `content`: 304 on a matching If-None-Match, a HEAD without
 * body, or the verifying stream (which errors before its last chunk on damaged bytes, so the
 * connection is cut instead of completing a body that fails its Content-Digest). Next 16.4 drops
 * Content-Length from route handler responses (the body goes out chunked); Content-Digest still
 * lets clients check the bytes.
 */
export function evidenceDownloadResponse(request: Request, content: StoredEvidenceContent, options: { hasBody: boolean }): Response {
  const common = { ...EVIDENCE_DOWNLOAD_HEADERS, etag: `"${content.sha256}"` };
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
  if (!options.hasBody) {
    content.stream.destroy();
    return new Response(null, { headers });
  }
  return new Response(Readable.toWeb(content.stream) as ReadableStream<Uint8Array>, { headers });
}

/** RFC 9110 If-None-Match: `*` or a list of (weakly compared) entity tags. */
function matchesIfNoneMatch(header: string | null, sha256: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === `"${sha256}"`);
}
