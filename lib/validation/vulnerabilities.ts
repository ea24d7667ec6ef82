import { z } from 'zod';
import { CVE_PATTERN } from '@/lib/vulnerabilities/cve';
import { SEVERITIES, isCvssScore } from '@/lib/vulnerabilities/severity';
import { VENDOR_RESPONSE_STATUSES, VULNERABILITY_STATUSES } from '@/lib/vulnerabilities/statuses';

/** Largest VEX document accepted by POST /product-versions/{id}/vex. */
export const MAX_VEX_BYTES = 5 * 1024 * 1024;

const cveSchema = z
  .string()
  .trim()
  .transform((v) => v.toUpperCase())
  .pipe(z.string().regex(CVE_PATTERN, 'Enter a CVE id like CVE-2021-44228.'));

export const cvssScoreSchema = z
  .number('Enter the CVSS v3 base score, a number from 0.0 to 10.0.')
  .refine(isCvssScore, 'Enter the CVSS v3 base score, from 0.0 to 10.0 with at most one decimal.');

export const reportVulnerabilitySchema = z.strictObject({
  productVersionId: z.uuid('Choose the product version.'),
  cve: cveSchema.optional(),
  cvssScore: cvssScoreSchema,
  title: z.string().trim().min(1).max(200),
  description: z.string().trim().min(1).max(10_000),
});

export const respondToVulnerabilitySchema = z
  .strictObject({
    status: z.enum(VENDOR_RESPONSE_STATUSES),
    fixedInVersion: z.string().trim().min(1).max(100).optional(),
    response: z.string().trim().min(1, 'Explain your answer; the reporter and regulators read it.').max(5000),
  })
  .superRefine((value, ctx) => {
    if (value.status === 'fixed' && !value.fixedInVersion) {
      ctx.addIssue({ code: 'custom', path: ['fixedInVersion'], message: 'Name the version that fixes it.' });
    }
    if (value.status !== 'fixed' && value.fixedInVersion) {
      ctx.addIssue({ code: 'custom', path: ['fixedInVersion'], message: 'A fixed-in version only goes with the status fixed.' });
    }
  });

export const listVulnerabilitiesQuerySchema = z.strictObject({
  productVersionId: z.uuid().optional(),
  status: z.enum(VULNERABILITY_STATUSES).optional(),
  severity: z.enum(SEVERITIES).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
});

export const vulnerabilityResponseSchema = z.object({
  id: z.uuid(),
  version: z.number().int(),
  productVersion: z.object({ id: z.uuid(), version: z.string() }),
  product: z.object({ id: z.uuid(), name: z.string(), model: z.string().nullable() }),
  vendor: z.object({ id: z.uuid(), name: z.string() }),
  cve: z.string().nullable(),
  cvssScore: z.number(),
  severity: z.enum(SEVERITIES),
  title: z.string(),
  description: z.string(),
  status: z.enum(VULNERABILITY_STATUSES),
  fixedInVersion: z.string().nullable(),
  vendorResponse: z.string().nullable(),
  reporter: z
    .object({ orgKind: z.enum(['vendor', 'lab', 'regulator', 'operator']), orgId: z.uuid().nullable(), orgName: z.string().nullable() })
    .describe("Who reported it: the organisation's kind for everyone; its id and name for regulators and the reporter's own organisation"),
  canRespond: z.boolean(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

export const vexBodySchema = z.looseObject({}).describe('A CycloneDX JSON document (1.4 or later) with a `vulnerabilities` array, at most 5 MiB');

export const vexResultResponseSchema = z.object({
  productVersionId: z.uuid(),
  updated: z.array(z.object({ vulnerabilityId: z.uuid(), cve: z.string(), from: z.enum(VULNERABILITY_STATUSES), to: z.enum(VULNERABILITY_STATUSES) })),
  unchanged: z.array(z.string()),
  unmatched: z.array(z.string()).describe('Ids in the document with no recorded vulnerability of this version; nothing is created for them'),
  withoutState: z.array(z.string()),
  certificatesUnderReview: z.array(z.uuid()),
  logIndex: z.number().int(),
});
