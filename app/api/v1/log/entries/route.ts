import { apiRoute, json, queryOf } from '@/lib/api/route';
import { getActor } from '@/lib/auth/get-actor';
import { getLogEntries } from '@/lib/transparency-log/read-log';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(async (request) => json(await getLogEntries(await getActor(), queryOf(request))));
