// The browser's own reads of the public log API: every answer is checked for shape, nothing the page rendered is used.

const HEX_HASH = /^[0-9a-f]{64}$/;

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export type EntryAnswer = { index: number; leafHash: string; entry: string | null };

export type InclusionAnswer = { index: number; treeSize: number; leafHash: string; rootHash: string; proof: string[] };

export type ConsistencyAnswer = { from: number; to: number; fromRoot: string; toRoot: string; proof: string[] };

export async function fetchText(fetchImpl: FetchLike, path: string): Promise<string> {
  const response = await fetchImpl(path, { cache: 'no-store', headers: { accept: 'text/plain' } });
  if (!response.ok) throw new Error(`GET ${path} answered ${response.status}`);
  return response.text();
}

async function fetchJson(fetchImpl: FetchLike, path: string): Promise<unknown> {
  const response = await fetchImpl(path, { cache: 'no-store', headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`GET ${path} answered ${response.status}`);
  return response.json();
}

export async function fetchEntry(fetchImpl: FetchLike, index: number): Promise<EntryAnswer> {
  const path = `/api/v1/log/entries?start=${index}&end=${index + 1}`;
  const body = (await fetchJson(fetchImpl, path)) as { entries?: unknown };
  const row = Array.isArray(body.entries) && body.entries.length === 1 ? (body.entries[0] as Record<string, unknown>) : null;
  if (!row || row.index !== index || !isHexHash(row.leafHash) || !(row.entry === null || typeof row.entry === 'string')) {
    throw new Error(`GET ${path} did not answer exactly entry ${index} with a leaf hash`);
  }
  return { index, leafHash: row.leafHash, entry: row.entry };
}

export async function fetchInclusionProof(fetchImpl: FetchLike, index: number, treeSize: number): Promise<InclusionAnswer> {
  const path = `/api/v1/log/proof/inclusion?index=${index}&treeSize=${treeSize}`;
  const body = (await fetchJson(fetchImpl, path)) as Record<string, unknown>;
  if (body.index !== index || body.treeSize !== treeSize || !isHexHash(body.leafHash) || !isHexHash(body.rootHash) || !isHashList(body.proof)) {
    throw new Error(`GET ${path} answered a malformed proof`);
  }
  return { index, treeSize, leafHash: body.leafHash, rootHash: body.rootHash, proof: body.proof };
}

export async function fetchConsistencyProof(fetchImpl: FetchLike, from: number, to: number): Promise<ConsistencyAnswer> {
  const path = `/api/v1/log/proof/consistency?from=${from}&to=${to}`;
  const body = (await fetchJson(fetchImpl, path)) as Record<string, unknown>;
  if (body.from !== from || body.to !== to || !isHexHash(body.fromRoot) || !isHexHash(body.toRoot) || !isHashList(body.proof)) {
    throw new Error(`GET ${path} answered a malformed proof`);
  }
  return { from, to, fromRoot: body.fromRoot, toRoot: body.toRoot, proof: body.proof };
}

/** The root this site published for `size`, if it ever served a checkpoint of that size. */
export async function fetchPublishedRoot(fetchImpl: FetchLike, size: number): Promise<string | null> {
  const body = (await fetchJson(fetchImpl, '/api/v1/log/checkpoints')) as { checkpoints?: unknown };
  if (!Array.isArray(body.checkpoints)) throw new Error('GET /api/v1/log/checkpoints answered a malformed list');
  const match = body.checkpoints.find((c: { size?: unknown }) => c?.size === size) as { rootHash?: unknown } | undefined;
  return match && isHexHash(match.rootHash) ? match.rootHash : null;
}

export function isHexHash(value: unknown): value is string {
  return typeof value === 'string' && HEX_HASH.test(value);
}

function isHashList(value: unknown): value is string[] {
  return Array.isArray(value) && value.length <= 64 && value.every(isHexHash);
}
