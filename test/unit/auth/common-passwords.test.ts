import { describe, expect, it } from 'vitest';
import { COMMON_PASSWORDS } from '@/lib/validation/common-passwords';
import { changePasswordSchema, COMMON_PASSWORD_MESSAGE, createUserSchema, MIN_PASSWORD_LENGTH, passwordSchema } from '@/lib/validation/users';
// @ts-expect-error -- a plain .mjs script without type declarations
import { commonPasswordsMeetingLength, MIN_LENGTH } from '@/scripts/common-passwords.mjs';

const messagesOf = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.success ? [] : result.error!.issues.map((i) => i.message);

describe('common passwords (ASVS 5.0 6.2.4)', () => {
  it.each(['password1234', 'Password1234', 'PASSWORD1234', 'qwertyuiop12', '123456789012', '1qaz2wsx3edc'])('refuses %j', (password) => {
    expect(messagesOf(passwordSchema.safeParse(password))).toEqual([COMMON_PASSWORD_MESSAGE]);
  });

  it('accepts uncommon passwords that meet the length rule', () => {
    for (const password of ['correct horse battery', 'trustledger-demo', 'password1234!x', 'Nordwave-Radio-2026']) {
      expect(passwordSchema.safeParse(password).success).toBe(true);
    }
  });

  it('applies to member creation and password change, naming the field', () => {
    const created = createUserSchema.safeParse({ email: 'a@test.example', name: 'A', password: 'Password1234' });
    expect(created.success ? [] : created.error.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['password', COMMON_PASSWORD_MESSAGE]]);
    const changed = changePasswordSchema.safeParse({ currentPassword: 'x', newPassword: 'password1234', confirmPassword: 'password1234' });
    expect(changed.success ? [] : changed.error.issues.map((i) => i.path.join('.'))).toEqual(['newPassword']);
  });

  it('is the bundled package list, filtered by the length rule (regenerate with node scripts/common-passwords.mjs)', () => {
    expect(MIN_LENGTH).toBe(MIN_PASSWORD_LENGTH);
    expect(COMMON_PASSWORDS).toEqual(commonPasswordsMeetingLength());
    expect(COMMON_PASSWORDS.length).toBeGreaterThan(250);
    expect(COMMON_PASSWORDS.every((p) => p.length >= MIN_PASSWORD_LENGTH && p === p.toLowerCase())).toBe(true);
  });
});
