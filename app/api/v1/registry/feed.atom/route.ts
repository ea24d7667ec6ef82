import { apiRoute, queryOf } from '@/lib/api/route';
import { getRegistryAtomFeed } from '@/lib/registry/registry-feed';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

/** Atom feed of the latest certificate events, filterable like the registry. */
export const GET = apiRoute(async (request) => {
  const xml = await getRegistryAtomFeed(queryOf(request));
  return new Response(xml, {
    headers: { 'content-type': 'application/atom+xml; charset=utf-8', 'cache-control': 'public, max-age=30', 'x-content-type-options': 'nosniff' },
  });
});
