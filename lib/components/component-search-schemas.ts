import { z } from 'zod';

/** `GET /api/v1/components`: a purl with or without version; keyset pages. */
export const componentSearchQuerySchema = z.strictObject({
  purl: z.string().trim().min(1, 'Give a package URL such as pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1').max(1000),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
});

export const componentSearchItemSchema = z.object({
  /** The index row: one component in one stored SBOM. */
  componentId: z.string(),
  purl: z.string().nullable(),
  name: z.string(),
  componentVersion: z.string().nullable(),
  evidenceId: z.uuid(),
  submission: z.object({ id: z.uuid(), state: z.string() }),
  productVersion: z.object({ id: z.uuid(), version: z.string() }),
  product: z.object({ id: z.uuid(), name: z.string() }),
  vendor: z.object({ id: z.uuid(), name: z.string() }),
  certificate: z
    .object({ id: z.uuid(), status: z.enum(['valid', 'suspended', 'revoked', 'expired']) })
    .nullable()
    .describe('Null for a submitted version without a certificate (regulators, assigned labs and the vendor only)'),
});

export const componentSearchResponseSchema = z.object({
  query: z.object({ packageKey: z.string(), version: z.string().nullable(), qualifiers: z.record(z.string(), z.string()), canonical: z.string() }),
  items: z.array(componentSearchItemSchema),
  nextCursor: z.string().nullable(),
});

export type ComponentSearchItem = z.infer<typeof componentSearchItemSchema>;
export type ComponentSearchResult = z.infer<typeof componentSearchResponseSchema>;
