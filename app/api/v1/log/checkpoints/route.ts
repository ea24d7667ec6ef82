import { endpoint } from '@/lib/api/endpoint';
import { json } from '@/lib/api/route';
import { listLogCheckpoints } from '@/lib/api/contracts/log';
import { listCheckpoints } from '@/lib/transparency-log/read-log';

export const dynamic = 'force-dynamic';

export const GET = endpoint(listLogCheckpoints, async () => json(await listCheckpoints()));
