import 'server-only';
import * as q from '@/db/queries/products';
import { findOrganizationById } from '@/db/queries/organizations';
import type { Actor } from '@/lib/authz/actor';
import { segmentForNetworkFunction } from '@/lib/catalogue/segment-for-network-function';
import { toProductDto, type ProductDto } from '@/lib/dto/product';
import { defineCommand } from '@/lib/kernel/command';
import { runCommand } from '@/lib/kernel/run-command';
import { createProductSchema } from '@/lib/validation/products';
import { productCreateDenial } from '../product-rules';

/**
 * Registers a product of the caller's vendor organisation (loaded as the product's parent). Vendors
 * only (403). Logs `product.created` with its name, model, network function, segment and whether
 * it is virtualized.
 */
export const createProductCommand = defineCommand({
  name: 'product.create',
  subject: 'Organisation',
  input: createProductSchema,
  load: (tx, _key: null, actor) => findOrganizationById(tx, actor.orgId),
  authorize: ({ actor }) => productCreateDenial(actor),
  async apply({ tx, input, target }) {
    const row = await q.insertProduct(tx, {
      ...input,
      vendorOrgId: target.id,
      segment: segmentForNetworkFunction(input.networkFunction),
    });
    return {
      result: row,
      entries: [
        {
          type: 'product.created',
          subject: { kind: 'product', id: row.id },
          data: { name: row.name, model: row.model, networkFunction: row.networkFunction, segment: row.segment, isVirtualized: row.isVirtualized },
        },
      ],
    };
  },
  readBack: async (_actor, row) => toProductDto(row),
});

/** Fires {@link createProductCommand}. */
export function createProduct(actor: Actor, input: unknown): Promise<ProductDto> {
  return runCommand(createProductCommand, actor, null, input);
}
