import { buildOpenApiDocument } from '@/lib/api/openapi';

export const dynamic = 'force-dynamic';

export function GET(request: Request) {
  return Response.json(buildOpenApiDocument(new URL(request.url).origin));
}
