import type { ProductRow, ProductVersionRow } from '@/db/queries/products';

export type ProductDto = {
  id: string;
  vendorOrgId: string;
  name: string;
  model: string | null;
  networkFunction: string;
  segment: ProductRow['segment'];
  isVirtualized: boolean;
  description: string | null;
  version: number;
  createdAt: string;
};

export type ProductVersionDto = { id: string; productId: string; version: string; releasedAt: string | null; createdAt: string };

export const toProductDto = (r: ProductRow): ProductDto => ({
  id: r.id,
  vendorOrgId: r.vendorOrgId,
  name: r.name,
  model: r.model,
  networkFunction: r.networkFunction,
  segment: r.segment,
  isVirtualized: r.isVirtualized,
  description: r.description,
  version: r.version,
  createdAt: r.createdAt.toISOString(),
});

export const toProductVersionDto = (r: ProductVersionRow): ProductVersionDto => ({
  id: r.id,
  productId: r.productId,
  version: r.version,
  releasedAt: r.releasedAt,
  createdAt: r.createdAt.toISOString(),
});
