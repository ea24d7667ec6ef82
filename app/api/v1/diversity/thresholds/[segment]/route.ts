import { endpoint } from '@/lib/api/endpoint';
import { ifMatchOf, json, readJson } from '@/lib/api/route';
import { setConcentrationThreshold as contract } from '@/lib/api/contracts/diversity';
import { setConcentrationThreshold } from '@/lib/diversity/commands/set-threshold';

export const dynamic = 'force-dynamic';

/** Regulators set a segment's share and HHI thresholds. */
export const PUT = endpoint(contract, async ({ request, actor, params: { segment } }) =>
  json(await setConcentrationThreshold(actor, segment, await readJson(request), ifMatchOf(request))),
);
