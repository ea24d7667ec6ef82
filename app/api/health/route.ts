import { endpoint } from '@/lib/api/endpoint';
import { getHealth } from '@/lib/api/contracts/system';
import { checkHealth } from '@/lib/runtime/health';

export const dynamic = 'force-dynamic';

/** 200 `{ status: "ok" }`, or a 503 problem document with Retry-After while the database is unreachable. */
export const GET = endpoint(getHealth, async () => {
  const problem = await checkHealth();
  if (problem) throw problem;
  return Response.json({ status: 'ok' }, { headers: { 'cache-control': 'no-store' } });
});
