import { endpoint } from '@/lib/api/endpoint';
import { buildOpenApiDocument } from '@/lib/api/openapi';
import { getOpenApiDocument } from '@/lib/api/contracts/system';

export const dynamic = 'force-dynamic';

export const GET = endpoint(getOpenApiDocument, async ({ request }) => Response.json(buildOpenApiDocument(new URL(request.url).origin)));
