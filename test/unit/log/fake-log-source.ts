import { buildConsistencyProof, rootAt } from '@/lib/log/build-proof';
import { encodeUtf8, toHex } from '@/lib/log/bytes';
import { signCheckpoint } from '@/lib/log/checkpoint-signature';
import { buildEntry, canonicalEntryText } from '@/lib/log/entry';
import { ENTRY_TYPES, isPublicEntryType } from '@/lib/log/entry-types';
import type { LogSigner } from '@/lib/log/log-key';
import type { LogSource, LogSourceEntry, PublishedCheckpoint } from '@/lib/log/log-source';
import { createMemoryNodeStore } from '@/lib/log/memory-node-store';
import { leafHash } from '@/lib/log/merkle';

export const ORIGIN = 'trustledger.test/log';

/** A log of `size` entries (every third one private) served like the public endpoints, honestly until a test changes `rows`. */
export async function createFakeLog(size: number, signer: LogSigner, checkpointSizes: number[]) {
  const store = createMemoryNodeStore();
  const rows: LogSourceEntry[] = [];
  for (let index = 0; index < size; index++) {
    const type = ENTRY_TYPES[index % ENTRY_TYPES.length];
    const entry = buildEntry(
      { type, actor: null, subject: { kind: 'test', id: `t-${index}` }, data: { index } },
      new Date(Date.UTC(2026, 0, 1, 0, 0, index)),
      (n) => Uint8Array.from({ length: n }, (_, i) => (index * 7 + i) % 256),
    );
    const text = canonicalEntryText(entry);
    const hash = leafHash(encodeUtf8(text));
    store.append(hash);
    rows.push({ index, leafHash: toHex(hash), entry: isPublicEntryType(type) || index % 3 !== 0 ? text : null });
  }
  const storedCheckpoints: PublishedCheckpoint[] = [];
  for (const checkpointSize of checkpointSizes) {
    storedCheckpoints.push({ size: checkpointSize, rootHash: toHex(await rootAt(checkpointSize, store.readNodes)) });
  }
  let checkpointNote = signCheckpoint({ origin: ORIGIN, size, rootHash: await rootAt(size, store.readNodes) }, signer);
  let verifierKey = signer.verifierKey;
  const requests = { entries: 0, consistency: 0 };

  const source: LogSource = {
    getCheckpoint: async () => checkpointNote,
    getVerifierKey: async () => verifierKey,
    getEntries: async (start, end) => {
      requests.entries++;
      if (end - start > 1000) throw new Error('at most 1000 entries per request');
      return rows.filter((row) => row.index >= start && row.index < end).map((row) => ({ ...row }));
    },
    getStoredCheckpoints: async () => storedCheckpoints,
    getConsistencyProof: async (from, to) => {
      requests.consistency++;
      const proof = await buildConsistencyProof(from, to, store.readNodes);
      return { from, to, fromRoot: toHex(proof.fromRoot), toRoot: toHex(proof.toRoot), proof: proof.proof.map(toHex) };
    },
  };
  return {
    source,
    rows,
    storedCheckpoints,
    requests,
    setCheckpoint: (note: string) => (checkpointNote = note),
    setVerifierKey: (line: string) => (verifierKey = line),
    checkpointNote: () => checkpointNote,
  };
}
