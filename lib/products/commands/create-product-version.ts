import 'server-only';
import * as q from '@/db/queries/products';
import type { Actor } from '@/lib/authz/actor';
import { toProductVersionDto, type ProductVersionDto } from '@/lib/dto/product';
import { conflict } from '@/lib/errors';
import { defineCommand } from '@/lib/kernel/command';
import { runCommand } from '@/lib/kernel/run-command';
import { createVersionSchema } from '@/lib/validation/products';
import { isUuid } from '@/lib/validation/uuid';
import { isOwnProduct, versionCreateDenial } from '../product-rules';

/**
 * Adds a released version to one of the caller's products (locked, so two requests cannot add the
 * same version). Someone else's product, or an unknown id: 404; not a vendor: 403; a version of that
 * name already there: 409. Logs `version.created` about the product.
 */
export const createProductVersionCommand = defineCommand({
  name: 'product.add_version',
  subject: 'Product',
  input: createVersionSchema,
  load: (tx, productId: string) => (isUuid(productId) ? q.findProductById(tx, productId, { lock: true }) : Promise.resolve(null)),
  isVisible: isOwnProduct,
  authorize: ({ actor }) => versionCreateDenial(actor),
  async apply({ tx, input, target }) {
    const existing = await q.listVersionsOfProduct(tx, target.id);
    if (existing.some((v) => v.version === input.version)) throw conflict(`Version ${input.version} already exists for this product.`);
    const row = await q.insertProductVersion(tx, { productId: target.id, version: input.version, releasedAt: input.releasedAt });
    return {
      result: row,
      entries: [
        {
          type: 'version.created',
          subject: { kind: 'product', id: target.id },
          data: { versionId: row.id, version: row.version, releasedAt: row.releasedAt },
        },
      ],
    };
  },
  readBack: async (_actor, row) => toProductVersionDto(row),
});

/** Fires {@link createProductVersionCommand}. */
export function createProductVersion(actor: Actor, productId: string, input: unknown): Promise<ProductVersionDto> {
  return runCommand(createProductVersionCommand, actor, productId, input);
}
