import { z } from 'zod';
import { orgRoles } from '@/lib/authz/actor';
import { COMMON_PASSWORDS } from './common-passwords';

export const MIN_PASSWORD_LENGTH = 12;
export const COMMON_PASSWORD_MESSAGE = 'This password is one of the most commonly used ones, so it is guessed early; choose another';

const commonPasswords = new Set(COMMON_PASSWORDS);

/** True for a password on the bundled common-passwords list (ASVS 5.0 6.2.4), in any letter case. */
export function isCommonPassword(password: string): boolean {
  return commonPasswords.has(password.toLowerCase());
}

/** Every new password — sign-up, member creation, password change, the CLI — is checked here. */
export const passwordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(256, 'Use at most 256 characters')
  .refine((password) => !isCommonPassword(password), COMMON_PASSWORD_MESSAGE);

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
