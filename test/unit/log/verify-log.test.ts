import { describe, expect, it } from 'vitest';
import { encodeUtf8, toHex } from '@/lib/log/bytes';
import { signCheckpoint } from '@/lib/log/checkpoint-signature';
import { formatLogPrivateKey, generateLogKey, loadLogSigner } from '@/lib/log/log-key';
import { leafHash } from '@/lib/log/merkle';
import { verifyLog } from '@/lib/log/verify-log';
import { createFakeLog, ORIGIN } from './fake-log-source';

const signer = loadLogSigner(formatLogPrivateKey(ORIGIN, generateLogKey().seed));
const otherSigner = loadLogSigner(formatLogPrivateKey(ORIGIN, generateLogKey().seed));
const SIZE = 2345;
const CHECKPOINTS = [0, 1, 7, 1000, 1024, 2000, SIZE];

async function setUp() {
  return createFakeLog(SIZE, signer, CHECKPOINTS);
}

function rewrite(entry: string): string {
  return entry.replace('"data":{"index":', '"data":{"index":1');
}

describe('verifyLog on an untampered log', () => {
  it('passes, reading 1000 entries at a time and checking every earlier checkpoint', async () => {
    const log = await setUp();
    const progress: number[] = [];
    const result = await verifyLog(log.source, { expectedOrigin: ORIGIN, onProgress: (done) => progress.push(done) });
    expect(result).toMatchObject({ ok: true, size: SIZE, checkedCheckpointSizes: [1, 7, 1000, 1024, 2000] });
    expect(result.ok && result.readableEntries).toBe(log.rows.filter((r) => r.entry !== null).length);
    expect(progress).toEqual([1000, 2000, SIZE]);
    expect(log.requests.entries).toBe(3);
  });

  it('passes for the empty log and for a log of one entry', async () => {
    for (const size of [0, 1]) {
      const log = await createFakeLog(size, signer, [0, size]);
      expect(await verifyLog(log.source)).toMatchObject({ ok: true, size });
    }
  });

  it('uses a pinned key instead of the served one', async () => {
    const log = await setUp();
    log.setVerifierKey(otherSigner.verifierKey);
    expect((await verifyLog(log.source)).ok).toBe(false);
    expect((await verifyLog(log.source, { pinnedVerifierKey: signer.verifierKey })).ok).toBe(true);
  });

  it('also works with smaller pages', async () => {
    const log = await setUp();
    expect(await verifyLog(log.source, { pageSize: 100 })).toMatchObject({ ok: true });
    expect(log.requests.entries).toBe(24);
  });
});

describe('verifyLog names the first bad index', () => {
  it('for one changed byte in an entry', async () => {
    const log = await setUp();
    const row = log.rows.find((r) => r.index >= 1500 && r.entry !== null)!;
    row.entry = row.entry!.replace('"v":1', '"v":2');
    expect(await verifyLog(log.source)).toEqual({
      ok: false,
      firstBadIndex: row.index,
      reason: `entry ${row.index} does not hash to its leaf hash`,
    });
  });

  it('for an entry rewritten together with its leaf hash', async () => {
    const log = await setUp();
    const row = log.rows[1234];
    row.entry = rewrite(row.entry!);
    row.leafHash = toHex(leafHash(encodeUtf8(row.entry)));
    expect(await verifyLog(log.source)).toMatchObject({ ok: false, firstBadIndex: 1234 });
  });

  it('for a private entry whose leaf hash was changed', async () => {
    const log = await setUp();
    const row = log.rows.find((r) => r.index > 40 && r.entry === null)!;
    row.leafHash = toHex(leafHash(encodeUtf8('something else')));
    expect(await verifyLog(log.source)).toMatchObject({ ok: false, firstBadIndex: row.index });
  });

  it('for a deleted entry', async () => {
    const log = await setUp();
    log.rows.splice(777, 1);
    expect(await verifyLog(log.source)).toEqual({
      ok: false,
      firstBadIndex: 777,
      reason: 'expected entry 777, got a gap: index 778',
    });
  });

  it('for a deleted entry with the later ones renumbered', async () => {
    const log = await setUp();
    log.rows.splice(777, 1);
    log.rows.forEach((row, i) => (row.index = i));
    expect(await verifyLog(log.source)).toMatchObject({ ok: false, firstBadIndex: 777 });
  });

  it('for a missing tail', async () => {
    const log = await setUp();
    log.rows.splice(2300);
    expect(await verifyLog(log.source)).toEqual({ ok: false, firstBadIndex: 2300, reason: 'entry 2300 is missing' });
  });

  it('for two swapped rows', async () => {
    const log = await setUp();
    [log.rows[10], log.rows[20]] = [log.rows[20], log.rows[10]];
    expect(await verifyLog(log.source)).toMatchObject({ ok: false, firstBadIndex: 10 });
  });

  it('for two entries swapped under their indexes', async () => {
    const log = await setUp();
    const [a, b] = [log.rows[1500], log.rows[1600]];
    [a.entry, a.leafHash, b.entry, b.leafHash] = [b.entry, b.leafHash, a.entry, a.leafHash];
    expect(await verifyLog(log.source)).toMatchObject({ ok: false, firstBadIndex: 1500 });
  });

  it('for a repeated entry', async () => {
    const log = await setUp();
    log.rows.splice(5, 0, { ...log.rows[4] });
    expect(await verifyLog(log.source)).toEqual({
      ok: false,
      firstBadIndex: 5,
      reason: 'expected entry 5, got a repeated or out-of-order index 4',
    });
  });

  it('for a non-canonical entry that still hashes to its leaf', async () => {
    const log = await setUp();
    const row = log.rows[3 * 100 + 1];
    row.entry = row.entry!.replace('{"actor"', '{ "actor"');
    row.leafHash = toHex(leafHash(encodeUtf8(row.entry)));
    expect(await verifyLog(log.source)).toMatchObject({ ok: false, firstBadIndex: 301, reason: 'entry 301 is not RFC 8785 canonical JSON' });
  });

  it('for a malformed leaf hash', async () => {
    const log = await setUp();
    log.rows[9].leafHash = log.rows[9].leafHash.toUpperCase();
    expect(await verifyLog(log.source)).toMatchObject({ ok: false, firstBadIndex: 9 });
  });
});

describe('verifyLog rejects bad checkpoints and proofs', () => {
  it('a forged checkpoint signature', async () => {
    const log = await setUp();
    log.setCheckpoint(log.checkpointNote().replace(`\n${SIZE}\n`, `\n${SIZE - 1}\n`));
    expect(await verifyLog(log.source)).toEqual({
      ok: false,
      reason: `checkpoint: signature by ${ORIGIN} does not verify`,
    });
  });

  it('a checkpoint signed by another key', async () => {
    const log = await setUp();
    log.setCheckpoint(signCheckpoint({ origin: ORIGIN, size: SIZE, rootHash: new Uint8Array(32) }, otherSigner));
    expect(await verifyLog(log.source)).toMatchObject({ ok: false, reason: expect.stringMatching(/^checkpoint: /) });
  });

  it('a correctly signed checkpoint with a wrong root', async () => {
    const log = await setUp();
    log.setCheckpoint(signCheckpoint({ origin: ORIGIN, size: SIZE, rootHash: new Uint8Array(32).fill(1) }, signer));
    const result = await verifyLog(log.source);
    expect(result).toEqual({
      ok: false,
      reason:
        "the root recomputed from the leaf hashes does not match the signed checkpoint; the server's proofs could not locate the changed leaf",
    });
  });

  it('another origin when one is expected', async () => {
    const log = await setUp();
    expect((await verifyLog(log.source, { expectedOrigin: 'elsewhere/log' })).ok).toBe(false);
  });

  it('an earlier checkpoint with another root (a fork)', async () => {
    const log = await setUp();
    log.storedCheckpoints[3] = { size: 1000, rootHash: 'ab'.repeat(32) };
    expect(await verifyLog(log.source)).toMatchObject({ ok: false, reason: expect.stringContaining('size 1000') });
  });

  it('an earlier checkpoint larger than the latest (a rollback)', async () => {
    const log = await setUp();
    const result = await verifyLog(log.source, { knownCheckpoints: [{ size: SIZE + 1, rootHash: 'ab'.repeat(32) }] });
    expect(result).toMatchObject({ ok: false, reason: expect.stringContaining('rolled back') });
  });

  it('a consistency proof that does not verify', async () => {
    const log = await setUp();
    const honest = log.source.getConsistencyProof.bind(log.source);
    log.source.getConsistencyProof = async (from, to) => {
      const response = await honest(from, to);
      return from === 1024 ? { ...response, proof: [...response.proof.slice(1), response.proof[0]] } : response;
    };
    expect(await verifyLog(log.source)).toEqual({ ok: false, reason: `the consistency proof from 1024 to ${SIZE} does not verify` });
  });
});
