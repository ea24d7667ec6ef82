import { z } from 'zod';
import { NETWORK_FUNCTIONS } from '@/lib/catalogue/network-functions';
import { NETWORK_SEGMENTS } from '@/lib/catalogue/network-segments';
import { CERTIFICATE_STATUSES } from '@/lib/workflow/certificate-statuses';
import { TEST_RESULTS } from '@/lib/results/test-results';

/** Status filters: an effective status, or `under_review` (a certificate on the regulators' review list). */
export const REGISTRY_STATUS_FILTERS = ['valid', 'suspended', 'revoked', 'expired', 'under_review'] as const;
export type RegistryStatusFilter = (typeof REGISTRY_STATUS_FILTERS)[number];

export const REGISTRY_SORTS = ['issuedAt', 'expiresAt', 'product', 'vendor'] as const;
export type RegistrySort = (typeof REGISTRY_SORTS)[number];

export const REGISTRY_SORT_DIRECTIONS = ['asc', 'desc'] as const;
export type RegistrySortDirection = (typeof REGISTRY_SORT_DIRECTIONS)[number];

/** The direction a sort uses when none is given: newest first for issue dates, A→Z and soonest first otherwise. */
export const DEFAULT_SORT_DIRECTION = {
  issuedAt: 'desc',
  expiresAt: 'asc',
  product: 'asc',
  vendor: 'asc',
} as const satisfies Record<RegistrySort, RegistrySortDirection>;

/** Largest number of matches counted exactly; beyond it the total reads "10,000+". */
export const REGISTRY_TOTAL_CAP = 10_000;
/**
 * The same for a text search, whose matches are checked against the stored vectors row by row
 * rather than counted in an index: with 1,000 here the bench mix (bench/registry-search.ts) spent
 * about a fifth more database time per request. Beyond 200 the answer reads "200+".
 */
export const REGISTRY_SEARCH_TOTAL_CAP = 200;
/** Rows a CSV export holds at most. */
export const REGISTRY_EXPORT_MAX_ROWS = 100_000;
/** Events the Atom feed holds. */
export const REGISTRY_FEED_SIZE = 100;

const filterShape = {
  q: z
    .string()
    .max(200)
    .optional()
    .describe('Full-text search over product, model, version, vendor, lab and network function; every word matches as a prefix'),
  status: z
    .enum(REGISTRY_STATUS_FILTERS)
    .optional()
    .describe('Effective status (`expired` is computed from expiresAt; revoked stays revoked), or `under_review`'),
  networkFunction: z.enum(NETWORK_FUNCTIONS).optional(),
  segment: z.enum(NETWORK_SEGMENTS).optional(),
  vendor: z.uuid().optional().describe('Vendor organisation id'),
  lab: z.uuid().optional().describe('Lab organisation id'),
};

const sortShape = {
  sort: z.enum(REGISTRY_SORTS).default('issuedAt'),
  dir: z.enum(REGISTRY_SORT_DIRECTIONS).optional().describe('Default: desc for issuedAt, asc otherwise'),
};

/** Filters shared by the registry, its CSV export and its Atom feed. */
export const registryFilterSchema = z.strictObject(filterShape);
export type RegistryFilterQuery = z.output<typeof registryFilterSchema>;

export const registryQuerySchema = z.strictObject({
  ...filterShape,
  ...sortShape,
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(1000).optional().describe('nextCursor of the previous page, with the same filters and sort'),
  format: z.enum(['json', 'csv']).optional().describe('`csv` answers the whole filtered registry as text/csv (like /registry/export.csv)'),
});

export const registryExportQuerySchema = z.strictObject({ ...filterShape, ...sortShape });

const orgRef = z.object({ id: z.uuid(), name: z.string() });

export const registryItemResponseSchema = z.object({
  id: z.uuid(),
  status: z.enum(CERTIFICATE_STATUSES).describe('Effective status: expired from expiresAt on, unless revoked'),
  underReview: z.boolean().describe('On the regulators’ review list (e.g. a critical vulnerability was reported)'),
  product: z.string(),
  model: z.string().nullable(),
  version: z.string(),
  vendor: orgRef,
  networkFunction: z.string(),
  segment: z.enum(NETWORK_SEGMENTS),
  lab: orgRef,
  scheme: z.string(),
  specVersions: z.string().describe('The spec versions the results were recorded against, e.g. "TS 33.117 17.2.0; TS 33.512 17.1.0"'),
  issuedAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
});

export const registryPageResponseSchema = z.object({
  items: z.array(registryItemResponseSchema),
  nextCursor: z.string().nullable(),
  total: z.int().describe('Matches on all pages, counted up to 10,000 (200 with `q`)'),
  isTotalCapped: z.boolean().describe('True when more match than were counted: show the total as "10,000+" ("200+")'),
});

const testCaseRef = z.object({
  testCaseId: z.string(),
  spec: z.string(),
  specVersion: z.string().describe('The spec version the result was recorded against'),
  clause: z.string(),
  title: z.string(),
});

export const registryCertificateResponseSchema = registryItemResponseSchema.extend({
  reviewSince: z.iso.datetime().nullable(),
  evaluation: z.object({
    counts: z.object(Object.fromEntries(TEST_RESULTS.map((r) => [r, z.int()])) as Record<(typeof TEST_RESULTS)[number], z.ZodInt>).extend({
      total: z.int(),
    }),
    failed: z.array(testCaseRef),
    notApplicable: z.array(testCaseRef),
  }),
  sboms: z
    .array(z.object({ sha256: z.string(), componentCount: z.int().nullable(), format: z.string().nullable() }))
    .describe('SBOMs released with the certificate: SHA-256 of the file, component count, format'),
  history: z.array(
    z.object({
      event: z.enum(['issued', 'suspended', 'reinstated', 'revoked', 'expired']),
      type: z.string(),
      at: z.iso.datetime(),
      reason: z.string().nullable(),
      logIndex: z.int().nullable().describe('Null only for an expiry not yet written to the log'),
      entryUrl: z.string().nullable(),
      inclusionProofUrl: z.string().nullable(),
    }),
  ),
  approval: z
    .object({
      approvals: z.array(z.object({ at: z.iso.datetime(), rationale: z.string().nullable(), logIndex: z.int().nullable() })),
      conditions: z.array(z.string()),
    })
    .describe("The approvals that issued the certificate, each regulator's rationale, and the conditions attached to the certificate"),
  log: z.object({ treeSize: z.int().describe('The log size the inclusion proof links refer to') }),
});
