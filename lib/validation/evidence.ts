import { z } from 'zod';
import type { EvidenceRow } from '@/db/queries/evidence';
import type { SubmissionRow } from '@/db/queries/submissions';

export type EvidenceKind = EvidenceRow['kind'];

/** Who uploads each kind (PRODUCT.md): the assigned lab its reports, the owning vendor everything else. */
export const UPLOADER_OF_KIND = {
  sbom: 'vendor',
  process_audit_report: 'vendor',
  design_doc: 'vendor',
  test_report: 'lab',
  evaluation_report: 'lab',
  firmware_digest: 'vendor',
  vulnerability_report: 'vendor',
  other: 'vendor',
} as const satisfies Record<EvidenceKind, 'vendor' | 'lab'>;

export const UPLOAD_STATES = {
  vendor: ['draft', 'changes_requested'],
  lab: ['in_evaluation'],
} as const satisfies Record<'vendor' | 'lab', readonly SubmissionRow['state'][]>;

export const EVIDENCE_KINDS = Object.keys(UPLOADER_OF_KIND) as [EvidenceKind, ...EvidenceKind[]];
export const EVIDENCE_VISIBILITIES = ['assessment', 'certified'] as const satisfies readonly EvidenceRow['visibility'][];

/** Components listed by `getEvidence`; `componentCount` is always the full count. */
export const DETAIL_COMPONENT_LIMIT = 500;

// These belong in lib/validation/evidence.ts; they live here until that file exists.
export const uploadEvidenceQuerySchema = z.strictObject({
  kind: z.enum(EVIDENCE_KINDS),
  filename: z.string().min(1).max(4096),
  visibility: z.enum(EVIDENCE_VISIBILITIES).default('assessment'),
});

export const listEvidenceQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
});

const sbomSummaryResponseSchema = z.looseObject({
  format: z.enum(['cyclonedx', 'spdx']).describe('spdx covers SPDX 2.2/2.3 JSON and SPDX 3.0.1 JSON-LD (specVersion tells them apart)'),
  specVersion: z.string(),
  componentCount: z.number().int(),
  components: z
    .array(z.object({ name: z.string(), version: z.string().nullable(), purl: z.string().nullable(), licenses: z.array(z.string()) }))
    .optional()
    .describe(`Only on GET /api/v1/evidence/{id}: the first ${DETAIL_COMPONENT_LIMIT} components`),
});

export const evidenceResponseSchema = z.object({
  id: z.uuid(),
  submissionId: z.uuid(),
  kind: z.enum(EVIDENCE_KINDS),
  filename: z.string(),
  mediaType: z.string().describe('Sniffed from the content (or the SBOM format); never the client Content-Type'),
  size: z.number().int(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  visibility: z.enum(EVIDENCE_VISIBILITIES),
  uploaderOrgId: z.uuid(),
  createdAt: z.iso.datetime(),
  logIndex: z.number().int().nullable(),
  sbom: sbomSummaryResponseSchema.nullable(),
  conformance: z
    .object({
      standard: z.literal('BSI TR-03183-2 v2.1'),
      conforms: z.boolean(),
      checks: z.array(z.object({ id: z.string(), requirement: z.string(), passed: z.boolean(), detail: z.string().nullable() })),
    })
    .nullable()
    .optional()
    .describe('Only on GET /api/v1/evidence/{id}: for an SBOM each BSI TR-03183-2 v2.1 check with whether it passed and why not; null for other kinds'),
  integrity: z
    .object({ state: z.enum(['ok', 'damaged', 'missing']), detectedAt: z.iso.datetime().nullable() })
    .optional()
    .describe('Regulators only: whether the stored bytes still hash to the recorded SHA-256'),
});

