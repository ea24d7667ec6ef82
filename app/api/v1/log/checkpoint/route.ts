import { endpoint } from '@/lib/api/endpoint';
import { getLogCheckpoint } from '@/lib/api/contracts/log';
import { getLatestCheckpoint } from '@/lib/transparency-log/read-log';

export const dynamic = 'force-dynamic';

export const GET = endpoint(getLogCheckpoint, async () => {
  const { note } = await getLatestCheckpoint();
  return new Response(note, { headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });
});
