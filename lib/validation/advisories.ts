import { z } from 'zod';

export const MATCH_STATES = ['affected', 'not_affected', 'fixed', 'under_investigation'] as const;
export const JUSTIFICATIONS = [
  'component_not_present',
  'vulnerable_code_not_present',
  'vulnerable_code_not_in_execute_path',
  'vulnerable_code_cannot_be_controlled_by_adversary',
  'inline_mitigations_already_exist',
] as const;

/** A vendor's statement or a regulator's decision on one match. */
export const decideMatchSchema = z
  .strictObject({
    state: z.enum(MATCH_STATES),
    justification: z.enum(JUSTIFICATIONS).optional(),
    detail: z.string().trim().min(1).max(2000).optional(),
    /** Regulators only: the vulnerability is exploited in the wild (starts the 24 h clock). */
    activelyExploited: z.boolean().optional(),
  })
  .refine((v) => v.state !== 'not_affected' || v.justification !== undefined, {
    path: ['justification'],
    message: 'not_affected needs a justification (component_not_present, vulnerable_code_not_present, …).',
  });

export const importAdvisoryQuerySchema = z.strictObject({
  productVersionId: z.uuid('Not a valid id').optional(),
});

export const listAdvisoriesQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().regex(/^\d{1,9}$/).optional(),
});

export const configureFeedSchema = z.strictObject({
  url: z
    .url({ protocol: /^https?$/, error: 'An http(s) URL of a provider-metadata.json.' })
    .max(2000),
});

export const matchResponseSchema = z.object({
  id: z.uuid(),
  productVersionId: z.uuid(),
  vulnerabilityId: z.string(),
  packageKey: z.string(),
  componentVersion: z.string().nullable(),
  advisoryId: z.uuid(),
  state: z.enum(MATCH_STATES),
  justification: z.string().nullable(),
  detail: z.string().nullable(),
  confidence: z.enum(['high', 'low']),
  activelyExploited: z.boolean(),
  stateSource: z.string(),
  version: z.int(),
  updatedAt: z.string(),
});

export const advisoryResponseSchema = z.object({
  id: z.uuid(),
  format: z.string(),
  documentId: z.string(),
  revision: z.string(),
  title: z.string(),
  publisher: z.string().nullable(),
  sha256: z.string(),
  size: z.int(),
  source: z.string(),
  isVendorStatement: z.boolean(),
  activelyExploited: z.boolean(),
  warnings: z.array(z.string()),
  logIndex: z.int().nullable(),
  importedAt: z.string(),
  supersededAt: z.string().nullable(),
});

export const importCollectionResponseSchema = z.object({
  imported: z.int(),
  unchanged: z.int(),
  refused: z.array(z.object({ name: z.string().describe('"line N" of the request body'), reasons: z.array(z.string()) })),
  matches: z.object({ created: z.int(), changed: z.int(), kept: z.int() }),
  certificatesUnderReview: z.int().describe('certificates the collection put on the review list'),
});

export const importResultResponseSchema = z.object({
  advisory: advisoryResponseSchema,
  isNew: z.boolean(),
  matches: z.object({ created: z.int(), changed: z.int(), kept: z.int() }),
  certificatesUnderReview: z.array(z.uuid()),
});
