import { pgTable, uuid, text, timestamp, boolean, integer, date, index, uniqueIndex } from 'drizzle-orm/pg-core';
import { segmentEnum } from './enums';
import { organizations } from './organizations';
import { tsvector } from './types';

export const products = pgTable(
  'products',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    vendorOrgId: uuid('vendor_org_id').notNull().references(() => organizations.id),
    name: text('name').notNull(),
    model: text('model'),
    networkFunction: text('network_function').notNull(),
    segment: segmentEnum('segment').notNull(),
    isVirtualized: boolean('is_virtualized').notNull().default(false),
    description: text('description'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('products_vendor_idx').on(t.vendorOrgId, t.createdAt)],
);

export const productVersions = pgTable(
  'product_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    productId: uuid('product_id').notNull().references(() => products.id),
    version: text('version').notNull(),
    releasedAt: date('released_at', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    // Every prefix of every word of the product's name, model and function, the version and the
    // vendor's name (certificate_search_prefixes): kept by triggers (migration 0013) as those change,
    // so an operator's version search is exact lookups in one GIN index, not a scan of every version.
    searchPrefixes: tsvector('search_prefixes'),
  },
  (t) => [
    uniqueIndex('product_versions_product_version_uq').on(t.productId, t.version),
    index('product_versions_search_idx').using('gin', t.searchPrefixes).with({ fastupdate: false }),
  ],
);
