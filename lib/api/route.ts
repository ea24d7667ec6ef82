import 'server-only';
import { badRequest, ServiceError } from '@/lib/errors';
import { parseIfMatch, type IfMatch } from '@/lib/http/if-match';
import { assertStorableInput } from '@/lib/http/storable-text';

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

export function json(body: unknown, init: ResponseInit = {}): Response {
  return Response.json(body, { ...init, headers: { 'cache-control': 'no-store', ...(init.headers ?? {}) } });
}
