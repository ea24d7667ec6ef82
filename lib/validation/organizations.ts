import { z } from 'zod';
import { orgKinds } from '@/lib/authz/actor';

export const orgKindSchema = z.enum(orgKinds);

export const createOrganizationSchema = z.strictObject({
  name: z.string().trim().min(2).max(120),
  kind: orgKindSchema,
  country: z
    .string()
    .trim()
    .regex(/^[A-Z]{2}$/, 'Use a two-letter ISO 3166 country code')
    .optional(),
  group: z.string().trim().min(1).max(120).optional(),
});
export type CreateOrganizationInput = z.infer<typeof createOrganizationSchema>;

const isoDate = z.iso.date();

export const accreditLabSchema = z
  .strictObject({
    labOrgId: z.uuid(),
    body: z.string().trim().min(2).max(200),
    standard: z.string().trim().min(2).max(120).default('ISO/IEC 17025'),
    scope: z.array(z.string().trim().min(1).max(40)).min(1).max(100),
    validFrom: isoDate,
    validUntil: isoDate,
  })
  .refine((a) => a.validFrom < a.validUntil, { message: 'validUntil must be after validFrom', path: ['validUntil'] });
export type AccreditLabInput = z.infer<typeof accreditLabSchema>;

export const listOrganizationsQuerySchema = z.strictObject({
  kind: orgKindSchema.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
});
