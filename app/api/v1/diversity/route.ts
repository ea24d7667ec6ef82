import { endpoint } from '@/lib/api/endpoint';
import { json } from '@/lib/api/route';
import { getDiversity as contract } from '@/lib/api/contracts/diversity';
import { getDiversity } from '@/lib/diversity/read-diversity';

export const dynamic = 'force-dynamic';

/** Vendor diversity per segment: operators their own; regulators all operators or `?operator=`. */
export const GET = endpoint(contract, async ({ actor, rawQuery }) => json(await getDiversity(actor, rawQuery)));
