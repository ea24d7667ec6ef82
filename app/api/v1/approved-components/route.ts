import { endpoint } from '@/lib/api/endpoint';
import { json } from '@/lib/api/route';
import { listApprovedComponents as contract } from '@/lib/api/contracts/operators';
import { listApprovedComponents } from '@/lib/approved-components/read-approved-components';

export const dynamic = 'force-dynamic';

/** The approved-components catalogue (operators and regulators); filters q, networkFunction, segment. */
export const GET = endpoint(contract, async ({ actor, rawQuery }) => json(await listApprovedComponents(actor, rawQuery)));
