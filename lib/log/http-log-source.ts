import type { LogSource } from '@/lib/log/log-source';

/** Reads a Trustledger log through its public endpoints only (no token, nothing trusted). */
export function httpLogSource(baseUrl: string, fetchImpl: typeof fetch = fetch): LogSource {
  const base = baseUrl.replace(/\/+$/, '');
  async function get(path: string, as: 'text' | 'json') {
    const response = await fetchImpl(`${base}${path}`, { headers: { accept: as === 'json' ? 'application/json' : 'text/plain' } });
    if (!response.ok) throw new Error(`GET ${path} answered ${response.status}`);
    return as === 'json' ? response.json() : response.text();
  }
  return {
    getCheckpoint: () => get('/api/v1/log/checkpoint', 'text'),
    getVerifierKey: async () => (await get('/api/v1/log/key', 'text')).trim(),
    getEntries: async (start, end) => (await get(`/api/v1/log/entries?start=${start}&end=${end}`, 'json')).entries,
    getStoredCheckpoints: async () => (await get('/api/v1/log/checkpoints', 'json')).checkpoints,
    getConsistencyProof: (from, to) => get(`/api/v1/log/proof/consistency?from=${from}&to=${to}`, 'json'),
  };
}
