import { apiRoute, json, queryOf } from '@/lib/api/route';
import { requireActor } from '@/lib/auth/get-actor';
import { listApprovedComponents } from '@/lib/approved-components/read-approved-components';

export const dynamic = 'force-dynamic';

/** The approved-components catalogue (operators and regulators); filters q, networkFunction, segment. */
export const GET = apiRoute(async (request) => json(await listApprovedComponents(await requireActor(), queryOf(request))));
