import { apiRoute, json } from '@/lib/api/route';
import { listCheckpoints } from '@/lib/transparency-log/read-log';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(async () => json(await listCheckpoints()));
