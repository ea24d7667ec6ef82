import { endpoint } from '@/lib/api/endpoint';
import { json } from '@/lib/api/route';
import { listRegistry as contract } from '@/lib/api/contracts/registry';
import { listRegistry } from '@/lib/registry/read-registry';
import { registryCsvResponse } from './csv-response';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

/** The public registry (no login); `?format=csv` answers the whole filtered registry as CSV. */
export const GET = endpoint(contract, async ({ rawQuery }) => {
  const { format, ...rest } = rawQuery;
  if (format === 'csv') return registryCsvResponse(rest);
  return json(await listRegistry(rawQuery), { headers: { 'cache-control': 'public, max-age=30' } });
});
