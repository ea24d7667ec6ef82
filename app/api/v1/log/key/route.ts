import { endpoint } from '@/lib/api/endpoint';
import { getLogKey } from '@/lib/api/contracts/log';
import { getVerifierKey } from '@/lib/transparency-log/read-log';

export const dynamic = 'force-dynamic';

export const GET = endpoint(getLogKey, async () =>
  new Response(getVerifierKey() + '\n', { headers: { 'content-type': 'text/plain; charset=utf-8' } }),
);
