import 'server-only';

export type FetchValidators = { etag: string | null; lastModified: string | null };

export type FetchResult =
  | { status: 'ok'; url: string; body: Buffer; validators: FetchValidators }
  | { status: 'not_modified'; url: string }
  | { status: 'missing'; url: string };

export class FetchRefused extends Error {
  override name = 'FetchRefused';
}

const MAX_REDIRECTS = 3;

function httpUrl(text: string, base?: string): URL {
  let url: URL;
  try {
    url = new URL(text, base);
  } catch {
    throw new FetchRefused(`not a URL: ${text}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new FetchRefused(`only http(s) URLs are fetched, not ${url.protocol}`);
  return url;
}

/**
 * GETs an http(s) URL with a timeout and a size cap, following at most three redirects and only to
 * http(s) URLs; sends If-None-Match / If-Modified-Since from `validators`. 404/410 answer `missing`,
 * any other non-2xx, a redirect elsewhere or a body past `maxBytes` throws FetchRefused.
 */
export async function fetchLimited(
  text: string,
  options: { maxBytes: number; timeoutMs: number; validators?: FetchValidators | null },
): Promise<FetchResult> {
  let url = httpUrl(text);
  const signal = AbortSignal.timeout(options.timeoutMs);
  for (let hop = 0; ; hop++) {
    const headers: Record<string, string> = { accept: 'application/json, text/plain;q=0.5' };
    if (options.validators?.etag) headers['if-none-match'] = options.validators.etag;
    if (options.validators?.lastModified) headers['if-modified-since'] = options.validators.lastModified;
    let response: Response;
    try {
      response = await fetch(url, { redirect: 'manual', signal, headers });
    } catch (error) {
      throw new FetchRefused(`${url.href}: ${signal.aborted ? `no answer within ${options.timeoutMs} ms` : (error as Error).message}`);
    }
    if (response.status >= 300 && response.status < 400 && response.status !== 304) {
      await response.body?.cancel();
      const location = response.headers.get('location');
      if (!location || hop >= MAX_REDIRECTS) throw new FetchRefused(`${url.href}: too many or empty redirects`);
      url = httpUrl(location, url.href);
      continue;
    }
    if (response.status === 304) return { status: 'not_modified', url: url.href };
    if (response.status === 404 || response.status === 410) {
      await response.body?.cancel();
      return { status: 'missing', url: url.href };
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new FetchRefused(`${url.href}: HTTP ${response.status}`);
    }
    const announced = Number(response.headers.get('content-length') ?? '0');
    if (announced > options.maxBytes) {
      await response.body?.cancel();
      throw new FetchRefused(`${url.href}: larger than ${options.maxBytes} bytes`);
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const reader = response.body?.getReader();
    for (;;) {
      const next = reader ? await reader.read() : { done: true as const, value: undefined };
      if (next.done) break;
      size += next.value.byteLength;
      if (size > options.maxBytes) {
        await reader!.cancel();
        throw new FetchRefused(`${url.href}: larger than ${options.maxBytes} bytes`);
      }
      chunks.push(Buffer.from(next.value));
    }
    return {
      status: 'ok',
      url: url.href,
      body: Buffer.concat(chunks),
      validators: { etag: response.headers.get('etag'), lastModified: response.headers.get('last-modified') },
    };
  }
}
