import { endpoint } from '@/lib/api/endpoint';
import { revokeApiToken as contract } from '@/lib/api/contracts/identity';
import { revokeApiToken } from '@/lib/api-tokens/commands/revoke-api-token';

export const dynamic = 'force-dynamic';

export const DELETE = endpoint(contract, async ({ actor, params: { id } }) => {
  await revokeApiToken(actor, id);
  return new Response(null, { status: 204 });
});
