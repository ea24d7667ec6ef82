import { endpoint } from '@/lib/api/endpoint';
import { json, readJson } from '@/lib/api/route';
import { createOrganization as createContract, listOrganizations as listContract } from '@/lib/api/contracts/organizations';
import { createOrganization } from '@/lib/organizations/commands/create-organization';
import { listOrganizations } from '@/lib/organizations/read-organizations';

export const dynamic = 'force-dynamic';

export const GET = endpoint(listContract, async ({ actor, rawQuery }) => json(await listOrganizations(actor, rawQuery)));

export const POST = endpoint(createContract, async ({ request, actor }) => json(await createOrganization(actor, await readJson(request)), { status: 201 }));
