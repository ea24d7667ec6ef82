import { z } from 'zod';

/** OSV schema 1.x (https://ossf.github.io/osv-schema/) as far as matching reads it; other fields pass. */
const eventSchema = z
  .object({ introduced: z.string().min(1), fixed: z.string().min(1), last_affected: z.string().min(1), limit: z.string().min(1) })
  .partial()
  .refine((event) => Object.keys(event).filter((key) => ['introduced', 'fixed', 'last_affected', 'limit'].includes(key)).length === 1, {
    message: 'an event has exactly one of introduced, fixed, last_affected or limit',
  });

const rangeSchema = z.object({
  type: z.enum(['SEMVER', 'ECOSYSTEM', 'GIT']),
  repo: z.string().min(1).optional(),
  events: z.array(eventSchema).min(1),
});

const affectedSchema = z.object({
  package: z.object({ ecosystem: z.string().min(1), name: z.string().min(1), purl: z.string().min(5).optional() }).optional(),
  ranges: z.array(rangeSchema).optional(),
  versions: z.array(z.string()).nullish(),
});
export type OsvAffected = z.infer<typeof affectedSchema>;

export const osvDocumentSchema = z.object({
  schema_version: z.string().regex(/^1\.\d+(\.\d+)?$/, 'only OSV schema 1.x is supported').optional(),
  id: z.string().trim().min(1),
  modified: z.string().min(1),
  published: z.string().optional(),
  withdrawn: z.string().optional(),
  aliases: z.array(z.string().min(1)).nullish(),
  summary: z.string().optional(),
  details: z.string().optional(),
  severity: z.array(z.object({ type: z.string(), score: z.string() })).nullish(),
  affected: z.array(affectedSchema).nullish(),
});
export type OsvDocument = z.infer<typeof osvDocumentSchema>;
