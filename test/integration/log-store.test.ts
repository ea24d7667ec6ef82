import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { unsafeAppendUntypedEntries, unsafeAppendUntypedEntry } from '@/lib/log/store/append-entry';
import { databaseLogSource } from '@/lib/log/store/database-log-source';
import { verifyLog } from '@/lib/log/verify-log';
import { rowsOf } from '@/db/client';
import * as q from '@/db/queries/log';
import { rootFromLeafHashes, leafHash } from '@/lib/log/merkle';
import { encodeUtf8, fromHex, toHex } from '@/lib/log/bytes';
import { verifyInclusion, verifyConsistency } from '@/lib/log/verify-proof';
import {
  getConsistencyProof,
  getInclusionProof,
  getLatestCheckpoint,
  getLogEntries,
} from '@/lib/transparency-log/read-log';
import { makeOrgUser } from '../helpers/actors';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.drop();
});

const append = (n: number) =>
  database.db.transaction((tx) =>
    unsafeAppendUntypedEntry(tx, { type: 'submission.created', subject: { kind: 'submission', id: `s-${n}` }, data: { n } }),
  );

async function allLeafHashes() {
  return (await q.selectLogEntries(database.db, 0, 1_000_000)).map((r) => new Uint8Array(r.leafHash));
}

describe('appending', () => {
  it('keeps indexes dense under 500 concurrent appends and the root equal to a full recomputation', async () => {
    const before = (await q.readLogHead(database.db)).size;
    const results = await Promise.all(Array.from({ length: 500 }, (_, i) => append(i)));
    const indexes = results.map((r) => r.index).sort((a, b) => a - b);
    expect(indexes).toEqual(Array.from({ length: 500 }, (_, i) => before + i));
    const rows = await q.selectLogEntries(database.db, 0, 1_000_000);
    expect(rows.map((r) => r.index)).toEqual(Array.from({ length: rows.length }, (_, i) => i));
    for (const row of rows) expect(toHex(leafHash(encodeUtf8(row.entry)))).toBe(toHex(row.leafHash));
    const checkpoint = await getLatestCheckpoint();
    expect(checkpoint.size).toBe(rows.length);
    expect(checkpoint.rootHash).toBe(toHex(rootFromLeafHashes(await allLeafHashes())));
  }, 120_000);

  it('appends a batch as consecutive indexes in its order, beside concurrent single appends, with the texts byte for byte', async () => {
    const before = (await q.readLogHead(database.db)).size;
    const batch = (b: number, size: number) =>
      database.db.transaction((tx) =>
        unsafeAppendUntypedEntries(
          tx,
          Array.from({ length: size }, (_, i) => ({
            type: 'submission.created',
            subject: { kind: 'submission', id: `b-${b}-${i}` },
            data: { b, i, text: 'Zürich “quoted” \\ \u00e9\u0301 🛰️ \n tab\t' },
          })),
        ),
      );
    const sizes = [1, 2, 37, 5, 120, 3];
    const [batches] = await Promise.all([Promise.all(sizes.map((size, b) => batch(b, size))), Promise.all(Array.from({ length: 40 }, (_, i) => append(10_000 + i)))]);
    for (const [b, appended] of batches.entries()) {
      expect(appended).toHaveLength(sizes[b]);
      expect(appended.map((a) => a.index)).toEqual(Array.from({ length: sizes[b] }, (_, i) => appended[0].index + i));
      const stored = await q.selectLogEntries(database.db, appended[0].index, appended[appended.length - 1].index + 1);
      expect(stored.map((r) => r.entry)).toEqual(appended.map((a) => a.entry));
      expect(stored.map((r) => toHex(r.leafHash))).toEqual(appended.map((a) => a.leafHash));
      for (const [i, a] of appended.entries()) {
        expect(JSON.parse(a.entry).subject.id).toBe(`b-${b}-${i}`);
        expect(a.leafHash).toBe(toHex(leafHash(encodeUtf8(a.entry))));
      }
    }
    const rows = await q.selectLogEntries(database.db, 0, 1_000_000);
    expect(rows.length).toBe(before + 40 + sizes.reduce((n, s) => n + s, 0));
    expect(rows.map((r) => r.index)).toEqual(Array.from({ length: rows.length }, (_, i) => i));
    for (const row of rows) expect(toHex(leafHash(encodeUtf8(row.entry)))).toBe(toHex(row.leafHash));
    expect((await getLatestCheckpoint()).rootHash).toBe(toHex(rootFromLeafHashes(await allLeafHashes())));
  }, 120_000);

  it('writes nothing when the surrounding transaction rolls back', async () => {
    const before = (await q.readLogHead(database.db)).size;
    await expect(
      database.db.transaction(async (tx) => {
        await unsafeAppendUntypedEntry(tx, { type: 'submission.created', subject: { kind: 'submission', id: 'x' }, data: {} });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect((await q.readLogHead(database.db)).size).toBe(before);
    expect(await q.countLogEntries(database.db)).toBe(before);
  });
});

describe('proofs served', () => {
  it('verify against the checkpoint for every index of a small prefix and for consistency', async () => {
    const checkpoint = await getLatestCheckpoint();
    for (const index of [0, 1, 7, 100, checkpoint.size - 1]) {
      const p = await getInclusionProof({ index: String(index), treeSize: String(checkpoint.size) });
      expect(verifyInclusion(fromHex(p.leafHash), index, checkpoint.size, p.proof.map(fromHex), fromHex(checkpoint.rootHash))).toBe(true);
    }
    const c = await getConsistencyProof({ from: '37', to: String(checkpoint.size) });
    expect(verifyConsistency(37, checkpoint.size, c.proof.map(fromHex), fromHex(c.fromRoot), fromHex(checkpoint.rootHash))).toBe(true);
  });

  it('refuse sizes beyond the log, negative and non-numeric values, and from > to', async () => {
    const { size } = await getLatestCheckpoint();
    const bad = [
      () => getInclusionProof({ index: '0', treeSize: String(size + 1) }),
      () => getInclusionProof({ index: '-1', treeSize: '5' }),
      () => getInclusionProof({ index: '5', treeSize: '5' }),
      () => getInclusionProof({ index: 'abc', treeSize: '5' }),
      () => getConsistencyProof({ from: '9', to: '3' }),
      () => getConsistencyProof({ from: '1', to: String(size + 10) }),
      () => getLogEntries(null, { start: '10', end: '5' }),
      () => getLogEntries(null, { start: '0', end: '2000' }),
    ];
    for (const call of bad) await expect(call()).rejects.toMatchObject({ status: 400 });
  });

  it('hides private entry texts from the public but shows leaf hashes', async () => {
    const { entries } = await getLogEntries(null, { start: '0', end: '3' });
    expect(entries).toHaveLength(3);
    expect(entries.every((e) => e.entry === null && /^[0-9a-f]{64}$/.test(e.leafHash))).toBe(true);
    const regulator = await makeOrgUser('regulator');
    const asRegulator = await getLogEntries(regulator, { start: '0', end: '3' });
    expect(asRegulator.entries.every((e) => typeof e.entry === 'string')).toBe(true);
  });
});

describe('append-only in the database', () => {
  it('refuses UPDATE and DELETE on log tables', async () => {
    await expect(database.db.execute(sql`update log_entries set entry = 'x' where idx = 0`)).rejects.toThrow();
    await expect(database.db.execute(sql`delete from log_entries where idx = 0`)).rejects.toThrow();
    await expect(database.db.execute(sql`delete from log_nodes where level = 0 and idx = 0`)).rejects.toThrow();
    await expect(database.db.execute(sql`update log_checkpoints set note = 'x'`)).rejects.toThrow();
    const rows = rowsOf<{ n: number }>(await database.db.execute(sql`select count(*)::int as n from log_entries`));
    expect(rows[0].n).toBeGreaterThan(0);
  });
});

describe('the verifier against the database', () => {
  // Tampering "behind the portal's back": a superuser switches the append-only triggers off.
  async function tamper(statement: ReturnType<typeof sql>) {
    await database.db.execute(sql`alter table log_entries disable trigger user`);
    try {
      await database.db.execute(statement);
    } finally {
      await database.db.execute(sql`alter table log_entries enable trigger user`);
    }
  }

  it('passes on an untouched log', async () => {
    const result = await verifyLog(databaseLogSource());
    expect(result).toMatchObject({ ok: true });
  });

  it('names the index of an entry changed by one byte', async () => {
    const [original] = await q.selectLogEntries(database.db, 42, 43);
    const changed = original.entry.replace(/"n":(\d+)/, (_, n) => `"n":${Number(n) + 1}`);
    expect(changed).not.toBe(original.entry);
    await tamper(sql`update log_entries set entry = ${changed} where idx = 42`);
    const result = await verifyLog(databaseLogSource());
    expect(result).toMatchObject({ ok: false, firstBadIndex: 42 });
    await tamper(sql`update log_entries set entry = ${original.entry} where idx = 42`);
    expect(await verifyLog(databaseLogSource())).toMatchObject({ ok: true });
  });

  it('names the index of two swapped rows', async () => {
    await tamper(sql`update log_entries set idx = -1 where idx = 10`);
    await tamper(sql`update log_entries set idx = 10 where idx = 11`);
    await tamper(sql`update log_entries set idx = 11 where idx = -1`);
    const result = await verifyLog(databaseLogSource());
    expect(result).toMatchObject({ ok: false, firstBadIndex: 10 });
    await tamper(sql`update log_entries set idx = -1 where idx = 10`);
    await tamper(sql`update log_entries set idx = 10 where idx = 11`);
    await tamper(sql`update log_entries set idx = 11 where idx = -1`);
  });

  it('names the index of a deleted row', async () => {
    await tamper(sql`delete from log_entries where idx = 20`);
    const result = await verifyLog(databaseLogSource());
    expect(result).toMatchObject({ ok: false, firstBadIndex: 20 });
  });
});
