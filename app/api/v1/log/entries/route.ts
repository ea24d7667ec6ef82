import { endpoint } from '@/lib/api/endpoint';
import { json } from '@/lib/api/route';
import { getLogEntries as contract } from '@/lib/api/contracts/log';
import { getActor } from '@/lib/auth/get-actor';
import { getLogEntries } from '@/lib/transparency-log/read-log';

export const dynamic = 'force-dynamic';

export const GET = endpoint(contract, async ({ rawQuery }) => json(await getLogEntries(await getActor(), rawQuery)));
