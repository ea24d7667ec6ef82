import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from '@/db/client';
import * as q from '@/db/queries/log';
import { unsafeAppendUntypedEntry } from '@/lib/log/store/append-entry';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

// PostgreSQL only: PGlite has one connection and no sessions to end.
const onPostgres = Boolean(process.env.TEST_DATABASE_URL);

let database: TestDatabase;
let stuck: DatabaseHandle;
beforeAll(async () => {
  database = await createTestDatabase();
  if (onPostgres) stuck = await openDatabase({ url: database.url!, poolMax: 1, idleInTransactionTimeoutMs: 300 });
});
afterAll(async () => {
  await stuck?.close();
  await database.drop();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const entry = (id: string) => ({ type: 'submission.created' as const, subject: { kind: 'submission', id }, data: {} });

describe.runIf(onPostgres)('a client stuck inside a transaction', () => {
  it('loses its session after the idle timeout, so the log head lock it took is released and other writers go on', async () => {
    const before = (await q.readLogHead(database.db)).size;
    let appendedInStuck = false;
    const stuckTransaction = stuck.db.transaction(async (tx) => {
      await unsafeAppendUntypedEntry(tx, entry('held'));
      appendedInStuck = true;
      await sleep(1_500); // a client that went quiet mid-transaction
      await unsafeAppendUntypedEntry(tx, entry('too-late'));
    });
    // Settled here at once: it rejects while the other writer below is still waiting.
    const stuckOutcome = stuckTransaction.then(
      () => 'committed',
      (error: unknown) => error,
    );
    while (!appendedInStuck) await sleep(10);
    const started = performance.now();
    const other = await database.db.transaction((tx) => unsafeAppendUntypedEntry(tx, entry('waiting')));
    const waitedMs = performance.now() - started;
    expect(await stuckOutcome).toBeInstanceOf(Error);
    expect(waitedMs).toBeLessThan(1_400);
    // The stuck transaction's entry never committed; the other writer got its index.
    expect(other.index).toBe(before);
    expect((await q.readLogHead(database.db)).size).toBe(before + 1);
  });
});
