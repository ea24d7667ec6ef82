import 'server-only';
import { config } from '@/lib/config';
import { formatLogPrivateKey, generateLogKey, loadLogSigner, type LogSigner } from '@/lib/log/log-key';
import { readOrCreateSecretFile } from '@/lib/runtime/secrets';

let cached: LogSigner | undefined;

/**
 * The checkpoint signer: LOG_SIGNING_KEY when set; the embedded default makes one in the data
 * directory on first start. A server database without a configured key refuses to start,
 * because several instances must share one key.
 */
export function logSigner(): LogSigner {
  if (cached) return cached;
  const c = config();
  let privateKey = c.logSigningKey;
  if (!privateKey) {
    if (!c.isEmbedded) {
      throw new Error('LOG_SIGNING_KEY must be set when DATABASE_URL is used (create one with `npm run cli -- log keygen`).');
    }
    privateKey = readOrCreateSecretFile(c.dataDir, 'log-signing-key', () => formatLogPrivateKey(c.logKeyName, generateLogKey().seed));
  }
  cached = loadLogSigner(privateKey);
  return cached;
}
