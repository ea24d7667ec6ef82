import { endpoint } from '@/lib/api/endpoint';
import { getHealth } from '@/lib/api/contracts/system';
import { checkHealth } from '@/lib/services/health';

export const dynamic = 'force-dynamic';

export const GET = endpoint(getHealth, async () => {
  const isHealthy = await checkHealth();
  return Response.json(isHealthy ? { status: 'ok' } : { status: 'unavailable' }, {
    status: isHealthy ? 200 : 503,
    headers: { 'cache-control': 'no-store' },
  });
});
