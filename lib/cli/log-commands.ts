import type { Command } from './command';
import { withDatabase } from './with-database';
import { verifyLog } from '@/lib/log/verify-log';
import { httpLogSource } from '@/lib/log/http-log-source';
import { databaseLogSource } from '@/lib/log/store/database-log-source';
import { formatLogPrivateKey, generateLogKey, loadLogSigner } from '@/lib/log/log-key';
import { config } from '@/lib/config';

async function runVerify(source: Parameters<typeof verifyLog>[0], pinnedKey?: string): Promise<number> {
  const started = Date.now();
  const result = await verifyLog(source, {
    pinnedVerifierKey: pinnedKey,
    onProgress: (done, total) => {
      if (process.stderr.isTTY) process.stderr.write(`\r  ${done.toLocaleString()} / ${total.toLocaleString()} entries`);
    },
  });
  if (process.stderr.isTTY) process.stderr.write('\n');
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.ok) {
    console.log(
      `OK: ${result.size} entries verified in ${seconds} s; root ${result.root}; ` +
        `${result.readableEntries} entry texts checked; consistent with ${result.checkedCheckpointSizes.length} earlier checkpoints.`,
    );
    return 0;
  }
  const where = result.firstBadIndex !== undefined ? ` (first bad index: ${result.firstBadIndex})` : '';
  console.error(`FAILED${where}: ${result.reason}`);
  return 2;
}

export const logCommands: Record<string, Command> = {
  'log verify': {
    usage: 'log verify [--url https://portal.example] [--key "<verifier key line>"]',
    summary: 'verify the transparency log: signature, every leaf, root, consistency with every stored checkpoint',
    options: { url: { type: 'string' }, key: { type: 'string' } },
    run: async (v) => {
      const pinnedKey = typeof v.key === 'string' ? v.key : undefined;
      if (typeof v.url === 'string') return runVerify(httpLogSource(v.url), pinnedKey);
      return withDatabase(() => runVerify(databaseLogSource(), pinnedKey));
    },
  },
  'log keygen': {
    usage: 'log keygen [--name KEY_NAME]',
    summary: 'print a new Ed25519 log signing key for LOG_SIGNING_KEY (and its public verifier key)',
    options: { name: { type: 'string' } },
    run: async (v) => {
      const name = typeof v.name === 'string' ? v.name : config().logKeyName;
      const privateKey = formatLogPrivateKey(name, generateLogKey().seed);
      console.error(`Verifier key (publish it): ${loadLogSigner(privateKey).verifierKey}`);
      console.log(privateKey);
      return 0;
    },
  },
};
