import { endpoint } from '@/lib/api/endpoint';
import { json, readJson } from '@/lib/api/route';
import { setPhaseOut as contract } from '@/lib/api/contracts/diversity';
import { setPhaseOut } from '@/lib/diversity/commands/phase-out';

export const dynamic = 'force-dynamic';

/** Regulators set or move a vendor's phase-out date in a segment. */
export const PUT = endpoint(contract, async ({ request, actor, params }) => json(await setPhaseOut(actor, params, await readJson(request))));
