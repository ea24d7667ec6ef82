import { endpoint } from '@/lib/api/endpoint';
import { json } from '@/lib/api/route';
import { searchComponents as contract } from '@/lib/api/contracts/components';
import { searchComponents } from '@/lib/components/search-components';

export const dynamic = 'force-dynamic';

/** Search by component: the product versions whose SBOMs contain a purl (per SBOM visibility). */
export const GET = endpoint(contract, async ({ actor, rawQuery }) => json(await searchComponents(actor, rawQuery)));
