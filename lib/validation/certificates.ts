import { z } from 'zod';
import { CERTIFICATE_STATUSES } from '@/lib/workflow/certificate-statuses';
import { NETWORK_SEGMENTS } from '@/lib/catalogue/network-segments';

/** The views of the certificate list: everything, valid ones expiring within 90 days, the review list. */
export const CERTIFICATE_VIEWS = ['all', 'expiring', 'review'] as const;
export type CertificateView = (typeof CERTIFICATE_VIEWS)[number];

/** How far ahead the "expiring" view looks. */
export const EXPIRING_WITHIN_DAYS = 90;

/** Actions on a certificate as they appear in URLs (`clear-review`) and in the services (`clear_review`). */
export const certificateActionParamSchema = z
  .enum(['suspend', 'reinstate', 'revoke', 'clear-review'])
  .transform((a) => (a === 'clear-review' ? 'clear_review' : a));
export type CertificateActionName = z.output<typeof certificateActionParamSchema>;

/** Every certificate action carries a reason; it is published in the transparency log. */
export const certificateActionBodySchema = z.strictObject({
  reason: z.string().trim().min(1, 'Give a reason; it is published in the transparency log.').max(5000),
});

export const listCertificatesQuerySchema = z.strictObject({
  view: z.enum(CERTIFICATE_VIEWS).default('all'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
});

export const certificateResponseSchema = z.object({
  id: z.uuid(),
  status: z.enum(CERTIFICATE_STATUSES).describe('Effective status: `expired` from expiresAt on, unless revoked'),
  storedStatus: z.enum(['valid', 'suspended', 'revoked']),
  version: z.number().int(),
  submissionId: z.uuid(),
  productVersionId: z.uuid(),
  product: z.object({ name: z.string(), model: z.string().nullable() }),
  versionLabel: z.string(),
  vendor: z.object({ id: z.uuid(), name: z.string() }),
  lab: z.object({ id: z.uuid(), name: z.string() }),
  networkFunction: z.string(),
  segment: z.enum(NETWORK_SEGMENTS),
  scheme: z.string(),
  issuedAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
  isUnderReview: z.boolean().describe('On the regulators\' review list because of a critical vulnerability, until a regulator acts'),
  reviewRequiredAt: z.iso.datetime().nullable(),
  reviewReason: z.string().nullable().describe('Regulators and the certificate\'s vendor only; null for others'),
});

export const certificateHistoryEventSchema = z.object({
  index: z.number().int(),
  type: z.string(),
  at: z.iso.datetime(),
  actor: z
    .object({
      user: z.string().nullable(),
      org: z.string().nullable(),
      orgKind: z.string(),
      name: z.string().nullable().optional().describe("The person's name, for their colleagues only; null for other organisations"),
    })
    .nullable(),
  data: z.record(z.string(), z.unknown()),
});

export const certificateDetailResponseSchema = certificateResponseSchema.extend({
  expiryLoggedAt: z.iso.datetime().nullable(),
  availableActions: z.array(z.enum(['suspend', 'reinstate', 'revoke', 'clear_review'])),
  history: z.array(certificateHistoryEventSchema),
});

