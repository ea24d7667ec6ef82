import { Vulnerability } from '@cyclonedx/cyclonedx-library/Enums';
import { z } from 'zod';

/** CycloneDX 1.4–1.7 JSON as far as VEX reads it; the enums are the CycloneDX library's own. */
export type CdxComponent = { 'bom-ref'?: string; name: string; version?: string; purl?: string; cpe?: string; components?: CdxComponent[] };

const componentSchema: z.ZodType<CdxComponent> = z.lazy(() =>
  z.object({
    'bom-ref': z.string().min(1).optional(),
    name: z.string(),
    version: z.string().optional(),
    purl: z.string().optional(),
    cpe: z.string().optional(),
    components: z.array(componentSchema).optional(),
  }),
);

const affectedVersionSchema = z.union([
  z.object({ version: z.string().min(1), range: z.undefined().optional(), status: z.enum(Vulnerability.AffectStatus).optional() }),
  z.object({ range: z.string().min(1), version: z.undefined().optional(), status: z.enum(Vulnerability.AffectStatus).optional() }),
]);

const vulnerabilitySchema = z.object({
  id: z.string().trim().min(1),
  references: z.array(z.object({ id: z.string().min(1) })).optional(),
  ratings: z.array(z.object({ score: z.number().optional(), method: z.string().optional(), vector: z.string().optional() })).optional(),
  description: z.string().optional(),
  recommendation: z.string().optional(),
  workaround: z.string().optional(),
  analysis: z
    .object({
      state: z.enum(Vulnerability.AnalysisState).optional(),
      justification: z.enum(Vulnerability.AnalysisJustification).optional(),
      detail: z.string().optional(),
    })
    .optional(),
  affects: z.array(z.object({ ref: z.string().min(1), versions: z.array(affectedVersionSchema).optional() })).min(1),
});
export type CdxVulnerability = z.infer<typeof vulnerabilitySchema>;

export const cyclonedxVexSchema = z.object({
  bomFormat: z.literal('CycloneDX'),
  specVersion: z.enum(['1.4', '1.5', '1.6', '1.7'], { message: 'CycloneDX VEX is read from specVersion 1.4 to 1.7' }),
  serialNumber: z.string().regex(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'expected urn:uuid:<uuid>').optional(),
  version: z.number().int().min(1).optional(),
  metadata: z.object({ timestamp: z.string().optional(), component: componentSchema.optional() }).optional(),
  components: z.array(componentSchema).optional(),
  vulnerabilities: z.array(vulnerabilitySchema).min(1, 'a VEX document lists at least one vulnerability'),
});
export type CdxVexDocument = z.infer<typeof cyclonedxVexSchema>;
