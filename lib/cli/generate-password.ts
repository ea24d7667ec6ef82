import crypto from 'node:crypto';

export function generatePassword(): string {
  return crypto.randomBytes(18).toString('base64url');
}
