import 'server-only';
import type { Actor } from '@/lib/authz/actor';
import { getDb } from '@/lib/db';
import { forbidden, notFound } from '@/lib/errors';
import { decodeCursor, encodeCursor, type Page } from '@/lib/pagination';
import { parseInput } from '@/lib/validation/parse';
import { listProductsQuerySchema } from '@/lib/validation/products';
import { toProductDto, toProductVersionDto, type ProductDto, type ProductVersionDto } from '@/lib/dto/product';
import * as q from '@/db/queries/products';

/**
 * A product with the versions the caller may see (lib/visibility/product-versions.ts): its vendor
 * every version; the assigned lab and regulators submitted or certified ones; operators and other
 * vendors certified ones only. A product with no version visible to the caller is "not found".
 */
export async function getProduct(actor: Actor, productId: string): Promise<ProductDto & { versions: ProductVersionDto[] }> {
  const db = await getDb();
  const row = await q.findVisibleProduct(db, actor, productId);
  if (!row) throw notFound('Product');
  const versions = await q.listVisibleVersionsOfProduct(db, actor, row.id);
  return { ...toProductDto(row), versions: versions.map(toProductVersionDto) };
}

/** The caller's own products (vendors), newest first, searchable by name or model. */
export async function listOwnProducts(actor: Actor, query: unknown): Promise<Page<ProductDto>> {
  if (actor.orgKind !== 'vendor') throw forbidden('Only vendors have products.');
  const params = parseInput(listProductsQuerySchema, query);
  const before = decodeCursor(params.cursor, (v): v is { createdAt: string; id: string } =>
    typeof v === 'object' && v !== null && typeof (v as { id?: unknown }).id === 'string',
  );
  const rows = await q.listProductsOfVendor(await getDb(), {
    vendorOrgId: actor.orgId,
    q: params.q,
    networkFunction: params.networkFunction,
    before,
    limit: params.limit + 1,
  });
  const page = rows.slice(0, params.limit);
  const last = page[page.length - 1];
  return {
    items: page.map((r) => toProductDto(r.product)),
    nextCursor: rows.length > params.limit ? encodeCursor({ createdAt: last.cursorAt, id: last.product.id }) : null,
  };
}
