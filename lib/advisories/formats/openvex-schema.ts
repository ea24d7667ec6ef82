import { z } from 'zod';

/** OpenVEX 0.2.0 (https://github.com/openvex/spec) as far as matching reads it; other fields pass. */
export const OPENVEX_JUSTIFICATIONS = [
  'component_not_present',
  'vulnerable_code_not_present',
  'vulnerable_code_not_in_execute_path',
  'vulnerable_code_cannot_be_controlled_by_adversary',
  'inline_mitigations_already_exist',
] as const;

const identifiersSchema = z.object({ purl: z.string().optional(), cpe23: z.string().optional(), cpe22: z.string().optional() });

const componentSchema = z.object({ '@id': z.string().min(1).optional(), identifiers: identifiersSchema.optional() });
export type OpenVexComponent = z.infer<typeof componentSchema>;

const statementSchema = z.object({
  vulnerability: z.object({ name: z.string().trim().min(1), '@id': z.string().optional(), aliases: z.array(z.string().min(1)).optional(), description: z.string().optional() }),
  products: z.array(componentSchema.extend({ subcomponents: z.array(componentSchema).optional() })).min(1),
  status: z.enum(['not_affected', 'affected', 'fixed', 'under_investigation']),
  justification: z.enum(OPENVEX_JUSTIFICATIONS).optional(),
  impact_statement: z.string().optional(),
  action_statement: z.string().optional(),
  status_notes: z.string().optional(),
});
export type OpenVexStatement = z.infer<typeof statementSchema>;

export const openvexDocumentSchema = z.object({
  '@context': z.string().regex(/^https:\/\/openvex\.dev\/ns\/v0\.2\.\d+$/, 'only OpenVEX 0.2.x (https://openvex.dev/ns/v0.2.0) is supported'),
  '@id': z.string().trim().min(1),
  author: z.string().min(1),
  timestamp: z.string().optional(),
  last_updated: z.string().optional(),
  version: z.number().int().min(1).optional(),
  statements: z.array(statementSchema).min(1),
});
