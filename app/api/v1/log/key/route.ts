import { apiRoute } from '@/lib/api/route';
import { getVerifierKey } from '@/lib/transparency-log/read-log';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(async () =>
  new Response(getVerifierKey() + '\n', { headers: { 'content-type': 'text/plain; charset=utf-8' } }),
);
