import { badRequest, ServiceError } from '@/lib/errors';
import { assertStorableInput, assertStorableTextBody } from '@/lib/http/storable-text';

export const MAX_RESULTS_BODY_BYTES = 2 * 1024 * 1024;

export type ResultsBody = { kind: 'json'; value: unknown } | { kind: 'csv'; text: string };

const tooLarge = (max: number) =>
  new ServiceError(413, 'Content too large', `Results bodies are limited to ${Math.round(max / 1024 / 1024)} MiB.`);

/**
 * Reads a results upload: `application/json` (parsed) or `text/csv` (UTF-8 text), capped at
 * `maxBytes` whether or not Content-Length is sent. Other media types are a 415, a bigger body a
 * 413, an empty or undecodable one a 400.
 */
export async function readResultsBody(request: Request, maxBytes = MAX_RESULTS_BODY_BYTES): Promise<ResultsBody> {
  const [mediaType, ...params] = (request.headers.get('content-type') ?? '').split(';').map((p) => p.trim().toLowerCase());
  const kind = /^application\/(.+\+)?json$/.test(mediaType) ? 'json' : mediaType === 'text/csv' ? 'csv' : null;
  if (!kind) throw new ServiceError(415, 'Unsupported media type', 'Send the results as application/json or text/csv.');
  const charset = params.find((p) => p.startsWith('charset='))?.slice('charset='.length).replace(/"/g, '');
  if (charset && charset !== 'utf-8' && charset !== 'utf8' && charset !== 'us-ascii') {
    throw new ServiceError(415, 'Unsupported media type', `Send the body as UTF-8, not ${charset}.`);
  }
  if (Number(request.headers.get('content-length') ?? '0') > maxBytes) throw tooLarge(maxBytes);

  const text = decodeUtf8(await readCapped(request, maxBytes), kind);
  if (!text.replace(/^\uFEFF/, '').trim()) throw badRequest(kind === 'csv' ? 'The CSV file is empty.' : 'The request body is empty; send a JSON object.');
  if (kind === 'csv') {
    assertStorableTextBody(text);
    return { kind, text };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw badRequest('The request body is not valid JSON.');
  }
  assertStorableInput(value);
  return { kind, value };
}

async function readCapped(request: Request, maxBytes: number): Promise<Uint8Array> {
  const reader = request.body?.getReader();
  if (!reader) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

function decodeUtf8(bytes: Uint8Array, kind: 'json' | 'csv'): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw badRequest(
      kind === 'csv'
        ? 'The CSV file is not UTF-8 text; save it as "CSV UTF-8" and upload it again.'
        : 'The request body is not UTF-8 text.',
    );
  }
}
