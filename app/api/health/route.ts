import { checkHealth } from '@/lib/services/health';

export const dynamic = 'force-dynamic';

export async function GET() {
  const isHealthy = await checkHealth();
  return Response.json(isHealthy ? { status: 'ok' } : { status: 'unavailable' }, {
    status: isHealthy ? 200 : 503,
    headers: { 'cache-control': 'no-store' },
  });
}
