import { endpoint } from '@/lib/api/endpoint';
import { json, readJson } from '@/lib/api/route';
import { removePhaseOut as contract } from '@/lib/api/contracts/diversity';
import { removePhaseOut } from '@/lib/diversity/commands/phase-out';

export const dynamic = 'force-dynamic';

/** Regulators remove a phase-out, with a reason. */
export const POST = endpoint(contract, async ({ request, actor, params }) => json(await removePhaseOut(actor, params, await readJson(request))));
