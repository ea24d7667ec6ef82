import { z } from 'zod';
import { orgKinds, orgRoles } from '@/lib/authz/actor';

export const meResponseSchema = z.object({
  user: z.object({ id: z.uuid(), email: z.email(), name: z.string(), isPlatformAdmin: z.boolean() }),
  org: z.object({ id: z.uuid(), name: z.string(), kind: z.enum(orgKinds) }),
  role: z.enum(orgRoles),
});

export const accreditationResponseSchema = z.object({
  id: z.uuid(),
  body: z.string(),
  standard: z.string(),
  scope: z.array(z.string()),
  validFrom: z.iso.date(),
  validUntil: z.iso.date(),
});

export const organizationResponseSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: z.enum(orgKinds),
  country: z.string().nullable(),
  group: z.string().nullable(),
  accreditations: z.array(accreditationResponseSchema).optional(),
});

export const pageOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), nextCursor: z.string().nullable() });

export const apiTokenResponseSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  prefix: z.string(),
  createdAt: z.iso.datetime(),
  lastUsedAt: z.iso.datetime().nullable(),
  revokedAt: z.iso.datetime().nullable(),
});

export const healthResponseSchema = z.object({ status: z.enum(['ok', 'unavailable']) });
