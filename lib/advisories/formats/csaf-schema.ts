import { z } from 'zod';

/** CSAF 2.0 (https://docs.oasis-open.org/csaf/csaf/v2.0/) as far as matching reads it; other fields pass. */
const productId = z.string().min(1);
const productIds = z.array(productId).min(1);

const identificationHelper = z.object({
  cpe: z.string().min(5).optional(),
  purl: z.string().min(5).optional(),
  hashes: z.array(z.object({ file_hashes: z.array(z.object({ algorithm: z.string(), value: z.string() })).min(1) })).optional(),
});

export const fullProductNameSchema = z.object({
  name: z.string().min(1),
  product_id: productId,
  product_identification_helper: identificationHelper.optional(),
});
export type CsafFullProductName = z.infer<typeof fullProductNameSchema>;

export type CsafBranch = {
  category: string;
  name: string;
  product?: CsafFullProductName;
  branches?: CsafBranch[];
};

export const branchSchema: z.ZodType<CsafBranch> = z.lazy(() =>
  z.object({
    category: z.string().min(1),
    name: z.string().min(1),
    product: fullProductNameSchema.optional(),
    branches: z.array(branchSchema).min(1).optional(),
  }),
);

const productTreeSchema = z.object({
  branches: z.array(branchSchema).optional(),
  full_product_names: z.array(fullProductNameSchema).optional(),
  relationships: z
    .array(
      z.object({
        category: z.string().min(1),
        full_product_name: fullProductNameSchema,
        product_reference: productId,
        relates_to_product_reference: productId,
      }),
    )
    .optional(),
  product_groups: z.array(z.object({ group_id: z.string().min(1), product_ids: z.array(productId).min(2) })).optional(),
});

const scoreSchema = z.object({
  products: productIds,
  cvss_v2: z.object({ baseScore: z.number().min(0).max(10) }).optional(),
  cvss_v3: z.object({ baseScore: z.number().min(0).max(10), vectorString: z.string() }).optional(),
  cvss_v4: z.object({ baseScore: z.number().min(0).max(10) }).optional(),
});

const productStatusSchema = z.object({
  first_affected: productIds.optional(),
  first_fixed: productIds.optional(),
  fixed: productIds.optional(),
  known_affected: productIds.optional(),
  known_not_affected: productIds.optional(),
  last_affected: productIds.optional(),
  recommended: productIds.optional(),
  under_investigation: productIds.optional(),
});
export type CsafProductStatus = z.infer<typeof productStatusSchema>;

const byProducts = { product_ids: productIds.optional(), group_ids: z.array(z.string().min(1)).min(1).optional() };

export const CSAF_FLAG_LABELS = [
  'component_not_present',
  'inline_mitigations_already_exist',
  'vulnerable_code_cannot_be_controlled_by_adversary',
  'vulnerable_code_not_in_execute_path',
  'vulnerable_code_not_present',
] as const;

const vulnerabilitySchema = z.object({
  cve: z.string().regex(/^CVE-[0-9]{4}-[0-9]{4,}$/, 'expected a CVE id such as CVE-2021-44228').optional(),
  ids: z.array(z.object({ system_name: z.string().min(1), text: z.string().min(1) })).optional(),
  title: z.string().optional(),
  notes: z.array(z.object({ category: z.string(), text: z.string() })).optional(),
  product_status: productStatusSchema.optional(),
  flags: z.array(z.object({ label: z.enum(CSAF_FLAG_LABELS), ...byProducts })).optional(),
  threats: z.array(z.object({ category: z.string(), details: z.string(), ...byProducts })).optional(),
  remediations: z.array(z.object({ category: z.string(), details: z.string(), url: z.string().optional(), ...byProducts })).optional(),
  scores: z.array(scoreSchema).optional(),
});
export type CsafVulnerability = z.infer<typeof vulnerabilitySchema>;

export const csafDocumentSchema = z.object({
  document: z.object({
    category: z.string().min(1),
    csaf_version: z.literal('2.0'),
    title: z.string().min(1),
    publisher: z.object({ name: z.string().min(1), namespace: z.url(), category: z.string() }),
    tracking: z.object({
      id: z.string().trim().min(1),
      version: z.string().regex(/^(0|[1-9][0-9]*)$|^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[\w.-]+)?(?:\+[\w.-]+)?$/, 'expected an integer or semantic version'),
      initial_release_date: z.string().min(1),
      current_release_date: z.string().min(1),
      status: z.enum(['draft', 'final', 'interim']),
    }),
  }),
  product_tree: productTreeSchema.optional(),
  vulnerabilities: z.array(vulnerabilitySchema).optional(),
});
export type CsafProductTree = z.infer<typeof productTreeSchema>;
