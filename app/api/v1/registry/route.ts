import { apiRoute, json, queryOf } from '@/lib/api/route';
import { listRegistry } from '@/lib/registry/read-registry';
import { registryCsvResponse } from './csv-response';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

/** The public registry (no login); `?format=csv` answers the whole filtered registry as CSV. */
export const GET = apiRoute(async (request) => {
  const { format, ...rest } = queryOf(request);
  if (format === 'csv') return registryCsvResponse(rest);
  return json(await listRegistry(queryOf(request)), { headers: { 'cache-control': 'public, max-age=30' } });
});
