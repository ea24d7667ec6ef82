import 'server-only';
import type { Actor } from '@/lib/authz/actor';
import { can } from '@/lib/authz/permissions';
import { getDb } from '@/lib/db';
import { conflict, forbidden, notFound } from '@/lib/errors';
import { decodeCursor, encodeCursor, type Page } from '@/lib/pagination';
import { parseInput } from '@/lib/validation/parse';
import { createProductSchema, createVersionSchema, listProductsQuerySchema } from '@/lib/validation/products';
import { segmentForNetworkFunction } from '@/lib/catalogue/segment-for-network-function';
import { toProductDto, toProductVersionDto, type ProductDto, type ProductVersionDto } from '@/lib/dto/product';
import { appendEntry } from '@/lib/log/store/append-entry';
import * as q from '@/db/queries/products';

/** Registers a product of the caller's vendor organisation. Vendors only. Logs `product.created`. */
export async function createProduct(actor: Actor, input: unknown): Promise<ProductDto> {
  if (!can(actor, 'product.create')) throw forbidden('Only vendors register products.');
  const data = parseInput(createProductSchema, input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const row = await q.insertProduct(tx, {
      ...data,
      vendorOrgId: actor.orgId,
      segment: segmentForNetworkFunction(data.networkFunction),
    });
    await appendEntry(tx, {
      type: 'product.created',
      actor,
      subject: { kind: 'product', id: row.id },
      data: { name: row.name, model: row.model, networkFunction: row.networkFunction, segment: row.segment, isVirtualized: row.isVirtualized },
    });
    return toProductDto(row);
  });
}

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

/** Adds a released version to one of the caller's products. Owning vendor only. Logs `version.created`. */
export async function createProductVersion(actor: Actor, productId: string, input: unknown): Promise<ProductVersionDto> {
  const data = parseInput(createVersionSchema, input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const product = await q.findProductById(tx, productId);
    if (!product || product.vendorOrgId !== actor.orgId) throw notFound('Product');
    if (!can(actor, 'product.create')) throw forbidden('Only vendors add versions.');
    const existing = await q.listVersionsOfProduct(tx, productId);
    if (existing.some((v) => v.version === data.version)) throw conflict(`Version ${data.version} already exists for this product.`);
    const row = await q.insertProductVersion(tx, { productId, version: data.version, releasedAt: data.releasedAt });
    await appendEntry(tx, {
      type: 'version.created',
      actor,
      subject: { kind: 'product', id: productId },
      data: { versionId: row.id, version: row.version, releasedAt: row.releasedAt },
    });
    return toProductVersionDto(row);
  });
}
