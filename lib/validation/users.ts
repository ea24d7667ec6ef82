import { z } from 'zod';
import { orgRoles } from '@/lib/authz/actor';

export const MIN_PASSWORD_LENGTH = 12;
export const passwordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(256, 'Use at most 256 characters');

export const emailSchema = z
  .email()
  .max(254)
  .transform((e) => e.trim().toLowerCase());

export const createUserSchema = z.strictObject({
  email: emailSchema,
  name: z.string().trim().min(1).max(120),
  password: passwordSchema,
  role: z.enum(orgRoles).default('member'),
  isPlatformAdmin: z.boolean().default(false),
});
export type CreateUserInput = z.input<typeof createUserSchema>;

export const updateMemberSchema = z.strictObject({
  role: z.enum(orgRoles).optional(),
  isEnabled: z.boolean().optional(),
});

export const changePasswordSchema = z
  .strictObject({
    currentPassword: z.string().min(1).max(256),
    newPassword: passwordSchema,
    confirmPassword: z.string().max(256),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { message: 'The passwords do not match', path: ['confirmPassword'] });

export const updateProfileSchema = z.strictObject({ name: z.string().trim().min(1).max(120) });

export const signInSchema = z.strictObject({
  email: emailSchema,
  password: z.string().min(1).max(256),
});

export const createTokenSchema = z.strictObject({ name: z.string().trim().min(1).max(80) });
