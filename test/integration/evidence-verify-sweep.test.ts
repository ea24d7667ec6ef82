import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, open, unlink, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { createScenario, type Scenario } from '../helpers/workflow-fixtures';
import { runEvidenceSweep, runEvidenceVerify } from '@/lib/cli/evidence-commands';
import { getBlobStore } from '@/lib/evidence/blob-store-instance';
import { readEvidenceIntegrityConfig } from '@/lib/evidence/integrity-config';
import { startEvidenceIntegrityScheduler } from '@/lib/evidence/integrity-scheduler';
import { verifyStoredEvidence } from '@/lib/evidence/verify-stored-evidence';
import { uploadEvidence } from '@/lib/evidence/commands/add-evidence';
import { createSubmission } from '@/lib/submissions/commands/create-submission';
import { listIntegrityEventsOfBlob } from '@/db/queries/evidence';

const HOUR = 60 * 60_000;
const DAY = 24 * HOUR;
const options = { tempMaxAgeMs: HOUR, orphanMaxAgeMs: DAY };

let database: TestDatabase;
let s: Scenario;
let submissionId: string;
beforeAll(async () => {
  database = await createTestDatabase();
  s = await createScenario('AMF');
  // Through the service, so every evidence row of this database has real bytes behind it.
  submissionId = (await createSubmission(s.vendor, { productVersionId: s.version.id, labOrgId: s.lab.orgId })).id;
}, 120_000);
afterAll(async () => {
  await database.drop();
});

const blobsDir = () => path.join(process.env.DATA_DIR!, 'blobs');
const blobPath = (sha256: string) => path.join(blobsDir(), 'sha256', sha256.slice(0, 2), sha256);
const tempPath = (id: string) => path.join(blobsDir(), 'tmp', id);
const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const ago = (ms: number) => new Date(Date.now() - ms);

const upload = (bytes: Buffer, filename = 'design.pdf') =>
  uploadEvidence(s.vendor, submissionId, { kind: 'design_doc', filename, body: Readable.from([bytes]) });

/** Bytes stored without an evidence row, as an upload refused after its commit leaves them. */
async function orphan(bytes: Buffer, ageMs: number): Promise<string> {
  const store = getBlobStore();
  const writer = await store.createTempWriter();
  await pipeline(Readable.from([bytes]), writer.stream);
  const { sha256 } = await store.commit(await writer.seal({ sha256: sha256Hex(bytes), size: bytes.length }));
  await utimes(blobPath(sha256), ago(ageMs), ago(ageMs));
  return sha256;
}

/** A temp upload file as a server killed mid-upload leaves it, last written `ageMs` ago. */
async function partFile(ageMs: number): Promise<string> {
  const id = `${randomUUID()}.part`;
  await mkdir(path.dirname(tempPath(id)), { recursive: true });
  await writeFile(tempPath(id), randomBytes(4096));
  await utimes(tempPath(id), ago(ageMs), ago(ageMs));
  return id;
}

async function flipByte(sha256: string, offset: number) {
  await chmod(blobPath(sha256), 0o640);
  const handle = await open(blobPath(sha256), 'r+');
  const byte = Buffer.alloc(1);
  await handle.read(byte, 0, 1, offset);
  byte[0] ^= 0x80;
  await handle.write(byte, 0, 1, offset);
  await handle.close();
}

/** Runs `fn` with console output captured (and silenced). */
async function captured<T>(fn: () => Promise<T>): Promise<{ result: T; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...args) => void out.push(args.join(' ')));
  const error = vi.spyOn(console, 'error').mockImplementation((...args) => void err.push(args.join(' ')));
  try {
    return { result: await fn(), out: out.join('\n'), err: err.join('\n') };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

describe('evidence verify and evidence sweep', () => {
  const damagedBytes = randomBytes(200_000);
  const deletedBytes = randomBytes(50_000);
  const keptBytes = randomBytes(10_000);
  const ids: Record<string, string> = {};

  it('verify passes (exit 0) when every evidence row has its intact blob, reading a shared blob once', async () => {
    ids.damaged = (await upload(damagedBytes)).id;
    ids.damagedTwin = (await upload(damagedBytes, 'same-bytes.pdf')).id;
    ids.deleted = (await upload(deletedBytes)).id;
    ids.kept = (await upload(keptBytes)).id;

    const { result, out } = await captured(() => runEvidenceVerify(database.db, getBlobStore(), options));

    expect(result).toBe(0);
    expect(out).toMatch(/^OK: 4 evidence rows, 3 blobs checked/);
  });

  it('verify catches a flipped byte, a deleted blob and an old orphan, records events, exits 2; a young orphan is only mentioned', async () => {
    const damaged = sha256Hex(damagedBytes);
    const deleted = sha256Hex(deletedBytes);
    await flipByte(damaged, 123_456);
    await unlink(blobPath(deleted));
    const oldOrphan = await orphan(randomBytes(3000), 2 * DAY);
    const youngOrphan = await orphan(randomBytes(3000), HOUR);

    const report = await captured(() => verifyStoredEvidence(database.db, getBlobStore(), options));
    expect(report.result).toMatchObject({ rows: 4, blobs: 3, ok: false, restored: [] });
    expect(report.result.damaged.map((d) => d.evidenceId).sort()).toEqual([ids.damaged, ids.damagedTwin].sort());
    expect(report.result.damaged[0]).toMatchObject({ sha256: damaged, expectedSize: damagedBytes.length, actualSize: damagedBytes.length });
    expect(report.result.damaged[0].actualSha256).not.toBe(damaged);
    expect(report.result.missing).toEqual([{ evidenceId: ids.deleted, sha256: deleted }]);
    expect(report.result.orphans.map((o) => o.sha256)).toEqual([oldOrphan]);
    expect(report.result.youngOrphans.map((o) => o.sha256)).toEqual([youngOrphan]);

    const events = await listIntegrityEventsOfBlob(database.db, damaged);
    expect(events.map((e) => [e.kind, e.source, e.evidenceId]).sort()).toEqual(
      [
        ['damaged', 'verify', ids.damaged],
        ['damaged', 'verify', ids.damagedTwin],
      ].sort(),
    );
    expect((await listIntegrityEventsOfBlob(database.db, deleted)).map((e) => [e.kind, e.evidenceId])).toEqual([['missing', ids.deleted]]);

    const cli = await captured(() => runEvidenceVerify(database.db, getBlobStore(), options));
    expect(cli.result).toBe(2);
    expect(cli.err).toContain(`DAMAGED evidence ${ids.damaged}: blob ${damaged}`);
    expect(cli.err).toContain(`MISSING evidence ${ids.deleted}: blob ${deleted}`);
    expect(cli.err).toContain(`ORPHANED blob ${oldOrphan}`);
    expect(cli.err).not.toContain(youngOrphan);
    expect(cli.err).toMatch(/FAILED: 2 damaged, 1 missing, 1 orphaned/);
  });

  it('sweep removes .part files older than an hour and orphans older than a day, logging each; keeps fresh ones and referenced blobs', async () => {
    const oldPart = await partFile(2 * HOUR);
    const freshPart = await partFile(5 * 60_000);
    const [oldOrphan] = (await captured(() => verifyStoredEvidence(database.db, getBlobStore(), options))).result.orphans.map((o) => o.sha256);
    const kept = sha256Hex(keptBytes);
    await utimes(blobPath(kept), ago(3 * DAY), ago(3 * DAY));

    const { result, out } = await captured(() => runEvidenceSweep(database.db, getBlobStore(), options));

    expect(result).toBe(0);
    expect(existsSync(tempPath(oldPart))).toBe(false);
    expect(existsSync(tempPath(freshPart))).toBe(true);
    expect(existsSync(blobPath(oldOrphan))).toBe(false);
    expect(existsSync(blobPath(kept))).toBe(true);
    expect(out).toContain(`Removed temp file ${oldPart}`);
    expect(out).toContain(`Removed orphaned blob ${oldOrphan}`);
    expect(out).toMatch(/Swept 1 temp files and 1 orphaned blobs; kept 1 temp files and 1 unreferenced blobs that are too young/);
    expect(out).not.toContain(freshPart);
  });

  it('sweep limits are configurable: with a 5-minute temp age a 10-minute-old .part goes', async () => {
    const part = await partFile(10 * 60_000);
    await captured(() => runEvidenceSweep(database.db, getBlobStore(), options));
    expect(existsSync(tempPath(part))).toBe(true);
    await captured(() => runEvidenceSweep(database.db, getBlobStore(), { tempMaxAgeMs: 5 * 60_000, orphanMaxAgeMs: DAY }));
    expect(existsSync(tempPath(part))).toBe(false);
  });

  it('verify passes again once the files are uploaded again, recording what was restored', async () => {
    await upload(damagedBytes, 'again.pdf');
    await upload(deletedBytes, 'again.pdf');

    const report = await captured(() => verifyStoredEvidence(database.db, getBlobStore(), options));

    expect(report.result).toMatchObject({ rows: 6, damaged: [], missing: [], orphans: [], ok: true });
    // The damaged copy was repaired by the upload itself; the missing one is found back by verify.
    expect(report.result.restored).toEqual([sha256Hex(deletedBytes)]);
    expect((await listIntegrityEventsOfBlob(database.db, sha256Hex(damagedBytes))).at(-1)).toMatchObject({ kind: 'restored', source: 'upload' });
    expect((await listIntegrityEventsOfBlob(database.db, sha256Hex(deletedBytes))).at(-1)).toMatchObject({ kind: 'restored', source: 'verify' });
    expect((await captured(() => runEvidenceVerify(database.db, getBlobStore(), options))).result).toBe(0);
  });
});

describe('the web process scheduler', () => {
  it('sweeps at the configured interval, and verify can be turned off', async () => {
    vi.stubEnv('EVIDENCE_SWEEP_INTERVAL_MINUTES', String(100 / 60_000));
    vi.stubEnv('EVIDENCE_VERIFY_INTERVAL_MINUTES', '0');
    const part = await partFile(2 * HOUR);
    const { result: stop } = await captured(async () => startEvidenceIntegrityScheduler());
    try {
      await vi.waitFor(() => expect(existsSync(tempPath(part))).toBe(false), { timeout: 5000, interval: 50 });
    } finally {
      stop();
      vi.unstubAllEnvs();
    }
  });
});

describe('readEvidenceIntegrityConfig', () => {
  it('defaults to a daily verify, an hourly sweep, temp files after an hour and orphans after a day', () => {
    expect(readEvidenceIntegrityConfig({})).toEqual({ verifyIntervalMs: DAY, sweepIntervalMs: HOUR, tempMaxAgeMs: HOUR, orphanMaxAgeMs: DAY });
  });

  it('reads the environment and refuses nonsense', () => {
    expect(
      readEvidenceIntegrityConfig({
        EVIDENCE_VERIFY_INTERVAL_MINUTES: '0',
        EVIDENCE_SWEEP_INTERVAL_MINUTES: '15',
        EVIDENCE_TEMP_MAX_AGE_MINUTES: '120',
        EVIDENCE_ORPHAN_MAX_AGE_MINUTES: '10080',
      }),
    ).toEqual({ verifyIntervalMs: 0, sweepIntervalMs: 15 * 60_000, tempMaxAgeMs: 2 * HOUR, orphanMaxAgeMs: 7 * DAY });
    expect(() => readEvidenceIntegrityConfig({ EVIDENCE_TEMP_MAX_AGE_MINUTES: 'soon' })).toThrow(/EVIDENCE_TEMP_MAX_AGE_MINUTES/);
    expect(() => readEvidenceIntegrityConfig({ EVIDENCE_ORPHAN_MAX_AGE_MINUTES: '-1' })).toThrow(/EVIDENCE_ORPHAN_MAX_AGE_MINUTES/);
  });
});
