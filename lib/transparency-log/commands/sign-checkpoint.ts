import 'server-only';
import { z } from 'zod';
import * as q from '@/db/queries/log';
import { config } from '@/lib/config';
import { defineCommand } from '@/lib/kernel/command';
import { signCheckpoint } from '@/lib/log/checkpoint-signature';
import { fromHex, toHex } from '@/lib/log/bytes';
import { rootFromFrontier } from '@/lib/log/frontier';
import { logSigner } from '@/lib/log/store/log-signer';

export type CheckpointDto = { size: number; rootHash: string; note: string };

/**
 * Signs a C2SP checkpoint of the log as it is now and stores it (another instance storing the same
 * size first is fine: the stored one wins), so consistency to every published size can be proven
 * later. Run by the portal itself (caller null) the first time a size is served; not logged — a
 * checkpoint is a signature over the log, not a change in it. The answer is the stored checkpoint
 * of the largest size, or the one just signed when a concurrent append overtook it.
 */
export const signCheckpointCommand = defineCommand({
  name: 'log.sign_checkpoint',
  subject: 'Log',
  input: z.strictObject({}),
  load: (tx, _key: null, _caller: null) => q.readLogHead(tx),
  authorize: () => null,
  async apply({ tx, target: head }) {
    const rootHash = rootFromFrontier(head.frontier.map(fromHex), head.size);
    const note = signCheckpoint({ origin: config().logOrigin, size: head.size, rootHash }, logSigner());
    await q.insertCheckpoint(tx, { size: head.size, rootHash, note });
    return { result: { size: head.size, rootHash: toHex(rootHash), note }, entries: [] };
  },
  readBack: async (_caller, signed, _appended, db): Promise<CheckpointDto> => {
    const saved = await q.selectLatestCheckpoint(db);
    return saved && saved.size >= signed.size ? { size: saved.size, rootHash: toHex(saved.rootHash), note: saved.note } : signed;
  },
});
