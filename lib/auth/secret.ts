import 'server-only';
import { config } from '@/lib/config';
import { randomSecret, readOrCreateSecretFile } from '@/lib/runtime/secrets';

/** NEXTAUTH_SECRET; the embedded default keeps a generated one in the data directory. */
export function authSecret(): string {
  const c = config();
  if (c.authSecret) return c.authSecret;
  if (!c.isEmbedded) throw new Error('NEXTAUTH_SECRET must be set (at least 32 characters) when DATABASE_URL is used.');
  return readOrCreateSecretFile(c.dataDir, 'auth-secret', randomSecret);
}
