import { endpoint } from '@/lib/api/endpoint';
import { getRegistryFeed } from '@/lib/api/contracts/registry';
import { getRegistryAtomFeed } from '@/lib/registry/registry-feed';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

/** Atom feed of the latest certificate events, filterable like the registry. */
export const GET = endpoint(getRegistryFeed, async ({ rawQuery }) => {
  const xml = await getRegistryAtomFeed(rawQuery);
  return new Response(xml, {
    headers: { 'content-type': 'application/atom+xml; charset=utf-8', 'cache-control': 'public, max-age=30', 'x-content-type-options': 'nosniff' },
  });
});
