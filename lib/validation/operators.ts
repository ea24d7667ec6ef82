import { z } from 'zod';
import { NETWORK_FUNCTIONS } from '@/lib/catalogue/network-functions';
import { NETWORK_SEGMENTS } from '@/lib/catalogue/network-segments';
import { CERTIFICATE_STATUSES } from '@/lib/workflow/certificate-statuses';
import { MAX_DEPLOYMENT_LINES, MAX_QUANTITY, MIN_QUANTITY } from '@/lib/deployments/limits';

export const OPERATOR_DECISIONS = ['accept', 'reject'] as const;
export type OperatorDecisionKind = (typeof OPERATOR_DECISIONS)[number];
export const MAX_RATIONALE_LENGTH = 4000;

export const operatorDecisionSchema = z.strictObject({
  decision: z.enum(OPERATOR_DECISIONS, { error: 'Choose accept or reject' }),
  rationale: z
    .string({ error: 'Give the reason for your decision' })
    .trim()
    .min(1, 'Give the reason for your decision')
    .max(MAX_RATIONALE_LENGTH, `Use at most ${MAX_RATIONALE_LENGTH} characters`),
});

export const operatorDecisionsQuerySchema = z.strictObject({
  certificateId: z.uuid().optional(),
  operatorOrgId: z.uuid().optional(),
});

export const deploymentItemSchema = z.strictObject({
  productVersionId: z.uuid('Not a product version id'),
  quantity: z
    .number({ error: 'Enter a whole number of units' })
    .int('Enter a whole number of units')
    .min(MIN_QUANTITY, `At least ${MIN_QUANTITY} unit; remove the line instead`)
    .max(MAX_QUANTITY, `At most ${MAX_QUANTITY.toLocaleString('en-US')} units`),
});

/** The whole inventory; each product version at most once (its line holds the total). */
export const replaceDeploymentsSchema = z.strictObject({
  deployments: z
    .array(deploymentItemSchema)
    .max(MAX_DEPLOYMENT_LINES, `At most ${MAX_DEPLOYMENT_LINES} lines`)
    .superRefine((items, ctx) => {
      const seen = new Map<string, number>();
      items.forEach((item, i) => {
        const id = item.productVersionId.toLowerCase();
        const first = seen.get(id);
        if (first === undefined) seen.set(id, i);
        else ctx.addIssue({ code: 'custom', path: [i, 'productVersionId'], message: `The same product version is already line ${first + 1}; give each version one line` });
      });
    }),
});

export const deploymentsQuerySchema = z.strictObject({
  operator: z.uuid().optional().describe('Regulators: one operator organisation (id); without it, all operators'),
});

export const diversityQuerySchema = z.strictObject({
  operator: z.uuid().optional().describe('Regulators only: one operator organisation (id); without it, all operators together'),
});

export const versionSearchQuerySchema = z.strictObject({
  q: z.string().trim().max(200).default(''),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});

export const approvedComponentsQuerySchema = z.strictObject({
  q: z.string().trim().max(200).optional().describe('Words that must all occur in product, model, version, vendor, lab or network function'),
  networkFunction: z.enum(NETWORK_FUNCTIONS).optional(),
  segment: z.enum(NETWORK_SEGMENTS).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(1000).optional(),
});

// Response shapes, for the OpenAPI document (the services return exactly these fields).

const orgRef = z.object({ id: z.uuid(), name: z.string() });
const certificateStatus = z.enum(CERTIFICATE_STATUSES);
const flagReason = z.enum(['suspended', 'revoked', 'expired', 'missing']);

export const operatorDecisionResponseSchema = z.object({
  id: z.uuid(),
  certificateId: z.uuid(),
  operator: orgRef,
  decision: z.enum(OPERATOR_DECISIONS),
  rationale: z.string(),
  decidedBy: z.object({ id: z.uuid(), name: z.string() }),
  decidedAt: z.iso.datetime(),
  version: z.int().describe('Send as If-Match to change the decision'),
  certificate: z.object({ productName: z.string(), versionLabel: z.string(), vendorName: z.string(), status: certificateStatus }),
  logIndex: z.int().optional().describe('Only in the answer to POST: the log entry of this change'),
});

export const operatorDecisionsResponseSchema = z.object({ items: z.array(operatorDecisionResponseSchema) });

export const deploymentResponseSchema = z.object({
  productVersionId: z.uuid(),
  quantity: z.int(),
  label: z.string().describe('"<product> <version>"'),
  product: z.object({ id: z.uuid(), name: z.string(), model: z.string().nullable() }),
  version: z.string(),
  vendor: orgRef,
  networkFunction: z.string(),
  segment: z.enum(NETWORK_SEGMENTS),
  certificate: z.object({ id: z.uuid(), status: certificateStatus }).nullable().describe('The best-standing certificate of the version; null when never certified'),
  flag: flagReason.nullable().describe('Why this line is flagged (certificate not valid or missing); null when certified'),
  operator: orgRef,
  updatedAt: z.iso.datetime(),
});

export const deploymentsResponseSchema = z.object({
  operator: orgRef.nullable().describe('null in the regulators\' all-operators view'),
  items: z.array(deploymentResponseSchema),
  totalUnits: z.int(),
  digest: z.string().describe('SHA-256 of the canonical inventory; also the ETag, for If-Match on PUT'),
  logIndex: z.int().optional().describe('Only in the answer to PUT'),
});

const severityCounts = z.object({ critical: z.int(), high: z.int(), medium: z.int(), low: z.int(), none: z.int() });

export const approvedComponentResponseSchema = z.object({
  certificateId: z.uuid(),
  status: certificateStatus,
  productVersionId: z.uuid(),
  product: z.object({ name: z.string(), model: z.string().nullable() }),
  version: z.string(),
  vendor: orgRef,
  lab: orgRef,
  networkFunction: z.string(),
  segment: z.enum(NETWORK_SEGMENTS),
  scheme: z.string(),
  issuedAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
  openVulnerabilities: severityCounts.describe('Open or confirmed vulnerabilities of the version, by severity'),
  decision: z
    .object({ decision: z.enum(OPERATOR_DECISIONS), rationale: z.string(), decidedAt: z.iso.datetime(), version: z.int() })
    .nullable()
    .describe("Operators: their organisation's decision; regulators: null"),
  decisionCounts: z.object({ accept: z.int(), reject: z.int() }).nullable().describe('Regulators: decisions of all operators; operators: null'),
});

export const approvedComponentsResponseSchema = z.object({ items: z.array(approvedComponentResponseSchema), nextCursor: z.string().nullable() });

export const approvedComponentDetailResponseSchema = approvedComponentResponseSchema.extend({
  submissionId: z.uuid(),
  specVersions: z.string(),
  evidence: z.array(z.looseObject({ id: z.uuid(), kind: z.string(), filename: z.string(), sha256: z.string(), size: z.int() })).describe('Evidence released to operators (visibility certified)'),
  results: z.object({
    summary: z.looseObject({ pass: z.int(), fail: z.int(), inconclusive: z.int(), not_applicable: z.int(), missing: z.int(), total: z.int() }),
    notPassed: z.array(z.looseObject({ testCaseId: z.string(), result: z.string(), title: z.string() })).describe('Test cases that failed, were inconclusive or not applicable'),
  }),
  sbom: z
    .object({ evidenceId: z.uuid(), filename: z.string(), format: z.string(), specVersion: z.string(), componentCount: z.int(), components: z.array(z.looseObject({ name: z.string() })) })
    .nullable(),
  vulnerabilities: z.array(
    z.object({ id: z.uuid(), cve: z.string().nullable(), title: z.string(), severity: z.string(), cvssScore: z.number(), status: z.string(), fixedInVersion: z.string().nullable(), reportedAt: z.iso.datetime() }),
  ),
  decisions: z.array(operatorDecisionResponseSchema).describe("Operators: their own organisation's; regulators: every operator's"),
  history: z
    .array(z.object({ logIndex: z.int(), at: z.iso.datetime(), decision: z.enum(OPERATOR_DECISIONS), rationale: z.string(), version: z.int() }))
    .describe("Operators: every change of their organisation's decision, from the log"),
});
