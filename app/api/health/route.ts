import { checkHealth } from '@/lib/runtime/health';
import { errorToResponse } from '@/lib/api/problem';

export const dynamic = 'force-dynamic';

/** 200 `{ status: "ok" }`, or a 503 problem document with Retry-After while the database is unreachable. */
export async function GET() {
  const problem = await checkHealth();
  if (problem) return errorToResponse(problem);
  return Response.json({ status: 'ok' }, { headers: { 'cache-control': 'no-store' } });
}
