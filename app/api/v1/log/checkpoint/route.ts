import { apiRoute } from '@/lib/api/route';
import { getLatestCheckpoint } from '@/lib/transparency-log/read-log';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(async () => {
  const { note } = await getLatestCheckpoint();
  return new Response(note, { headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });
});
