import 'server-only';
import { config } from '@/lib/config';
import { badRequest, ServiceError } from '@/lib/errors';
import { parseIfMatch, type IfMatch } from '@/lib/http/if-match';
import { assertStorableInput } from '@/lib/http/storable-text';
import { checkSameOrigin, ownOriginsOf } from '@/lib/http/same-origin';
import { errorToResponse, problemResponse } from './problem';

type Handler<P> = (request: Request, context: { params: Promise<P> }) => Promise<Response>;

/**
 * A write that rides on the browser's session cookie must come from the portal's own pages: a
 * cross-site form or `fetch` would otherwise act as the signed-in user. Bearer-token requests carry
 * their credential explicitly and are not affected.
 */
function crossSiteRefusal(request: Request): Response | null {
  if (request.headers.has('authorization') || !request.headers.has('cookie')) return null;
  const verdict = checkSameOrigin(request, ownOriginsOf(config().siteUrl, request));
  if (verdict.ok) return null;
  return problemResponse(403, 'Cross-site request refused', `${verdict.reason} Signed-in changes are accepted only from the portal's own pages; scripts use an API token.`);
}

/** Wraps a route handler: cross-site cookie writes are refused, and every failure becomes a problem document. */
export function apiRoute<P = Record<string, string>>(handler: Handler<P>): Handler<P> {
  return async (request, context) => {
    const refusal = crossSiteRefusal(request);
    if (refusal) return refusal;
    try {
      return await handler(request, context);
    } catch (error) {
      return errorToResponse(error);
    }
  };
}

const MAX_JSON_BYTES = 1024 * 1024;

/**
 * Reads a JSON body (capped at 1 MiB, must be application/json); malformed JSON is a 400, and so is
 * text that cannot be stored (NUL, lone surrogates, bidi controls — in values or keys), naming the field.
 */
export async function readJson(request: Request): Promise<unknown> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/(.+\+)?json\b/i.test(type)) {
    throw new ServiceError(415, 'Unsupported media type', 'Send the body as application/json.');
  }
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > MAX_JSON_BYTES) throw new ServiceError(413, 'Content too large', 'JSON bodies are limited to 1 MiB.');
  const reader = request.body?.getReader();
  if (!reader) throw badRequest('The request has no body.');
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_JSON_BYTES) {
      await reader.cancel();
      throw new ServiceError(413, 'Content too large', 'JSON bodies are limited to 1 MiB.');
    }
    chunks.push(value);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text.trim()) throw badRequest('The request body is empty; send a JSON object.');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw badRequest('The request body is not valid JSON.');
  }
  assertStorableInput(value);
  return value;
}

/** The query string as a plain object (first value of each key). */
export function queryOf(request: Request): Record<string, string> {
  return Object.fromEntries(new URL(request.url).searchParams.entries());
}

/**
 * The request's `If-Match` (RFC 9110 §13.1.1): absent → undefined; `*` or a list of entity tags,
 * compared strongly with the object's current tag by the command runner (a stale one: 412);
 * malformed → 400.
 */
export function ifMatchOf(request: Request): IfMatch | undefined {
  const parsed = parseIfMatch(request.headers.get('if-match'));
  if (parsed === null) throw badRequest('If-Match must be "*" or entity tags as the ETag header gave them, e.g. "3".');
  return parsed;
}

/** `If-Match: "3"` or `W/"3"` → 3; absent → undefined; malformed → 400. */
export function ifMatchVersion(request: Request): number | undefined {
  const raw = request.headers.get('if-match');
  if (!raw) return undefined;
  const m = /^(?:W\/)?"?(\d{1,9})"?$/.exec(raw.trim());
  if (!m) throw badRequest('If-Match must be the ETag of the object, e.g. "3".');
  return Number(m[1]);
}

export function json(body: unknown, init: ResponseInit = {}): Response {
  return Response.json(body, { ...init, headers: { 'cache-control': 'no-store', ...(init.headers ?? {}) } });
}
