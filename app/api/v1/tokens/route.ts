import { endpoint } from '@/lib/api/endpoint';
import { json, readJson } from '@/lib/api/route';
import { createApiToken as createContract, listApiTokens as listContract } from '@/lib/api/contracts/identity';
import { createApiToken } from '@/lib/api-tokens/commands/create-api-token';
import { listApiTokens } from '@/lib/api-tokens/read-api-tokens';

export const dynamic = 'force-dynamic';

export const GET = endpoint(listContract, async ({ actor }) => json({ items: await listApiTokens(actor), nextCursor: null }));

export const POST = endpoint(createContract, async ({ request, actor }) => json(await createApiToken(actor, await readJson(request)), { status: 201 }));
