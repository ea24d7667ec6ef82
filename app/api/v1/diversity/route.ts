import { apiRoute, json, queryOf } from '@/lib/api/route';
import { requireActor } from '@/lib/auth/get-actor';
import { getDiversity } from '@/lib/diversity/read-diversity';

export const dynamic = 'force-dynamic';

/** Vendor diversity per segment: operators their own; regulators all operators or `?operator=`. */
export const GET = apiRoute(async (request) => json(await getDiversity(await requireActor(), queryOf(request))));
