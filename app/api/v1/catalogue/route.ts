import { endpoint } from '@/lib/api/endpoint';
import { json } from '@/lib/api/route';
import { listCatalogueTestCases as contract } from '@/lib/api/contracts/evaluation';
import { listCatalogueTestCases } from '@/lib/catalogue/read-catalogue';

export const dynamic = 'force-dynamic';

export const GET = endpoint(contract, async ({ actor, rawQuery }) => json(listCatalogueTestCases(actor, rawQuery)));
