import { badRequest, ServiceError } from '@/lib/errors';

export const MAX_DEPLOYMENTS_BODY_BYTES = 2 * 1024 * 1024;

export type DeploymentsBody = { kind: 'json'; value: unknown } | { kind: 'csv'; text: string };

const tooLarge = () => new ServiceError(413, 'Content too large', 'Inventory uploads are limited to 2 MiB.');

/**
 * Reads a PUT /api/v1/deployments body: `application/json` (parsed) or `text/csv` (UTF-8), capped
 * at 2 MiB whether or not Content-Length is sent. Other media types 415, too big 413, empty,
 * malformed or not UTF-8 400.
 */
export async function readDeploymentsBody(request: Request): Promise<DeploymentsBody> {
  const [mediaType, ...params] = (request.headers.get('content-type') ?? '').split(';').map((p) => p.trim().toLowerCase());
  const kind = /^application\/(.+\+)?json$/.test(mediaType) ? 'json' : mediaType === 'text/csv' ? 'csv' : null;
  if (!kind) throw new ServiceError(415, 'Unsupported media type', 'Send the inventory as application/json or text/csv.');
  const charset = params.find((p) => p.startsWith('charset='))?.slice('charset='.length).replace(/"/g, '');
  if (charset && !['utf-8', 'utf8', 'us-ascii'].includes(charset)) {
    throw new ServiceError(415, 'Unsupported media type', `Send the body as UTF-8, not ${charset}.`);
  }
  if (Number(request.headers.get('content-length') ?? '0') > MAX_DEPLOYMENTS_BODY_BYTES) throw tooLarge();
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await readCapped(request));
  } catch (error) {
    if (error instanceof ServiceError) throw error;
    throw badRequest(kind === 'csv' ? 'The CSV file is not UTF-8 text; save it as "CSV UTF-8".' : 'The request body is not UTF-8 text.');
  }
  if (!text.replace(/^\uFEFF/, '').trim()) throw badRequest(kind === 'csv' ? 'The CSV file is empty.' : 'The request body is empty; send a JSON object.');
  if (kind === 'csv') return { kind, text };
  try {
    return { kind, value: JSON.parse(text) };
  } catch {
    throw badRequest('The request body is not valid JSON.');
  }
}

async function readCapped(request: Request): Promise<Uint8Array> {
  const reader = request.body?.getReader();
  if (!reader) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_DEPLOYMENTS_BODY_BYTES) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
