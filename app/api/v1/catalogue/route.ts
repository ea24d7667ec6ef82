import { apiRoute, json, queryOf } from '@/lib/api/route';
import { requireActor } from '@/lib/auth/get-actor';
import { listCatalogueTestCases } from '@/lib/catalogue/read-catalogue';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(async (request) => {
  const actor = await requireActor();
  return json(listCatalogueTestCases(actor, queryOf(request)));
});
