import postgres from 'postgres';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from '@/db/client';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

// A pooled connection whose backend ended (PostgreSQL restarting, an administrator) is never handed
// out broken again: the very next query on the pool succeeds. Ends only this test's own backends.
const onPostgres = Boolean(process.env.TEST_DATABASE_URL);

describe.skipIf(!onPostgres)('pool recovery after a backend ends', () => {
  let database: TestDatabase;
  let pool: DatabaseHandle;
  let admin: postgres.Sql;
  beforeAll(async () => {
    database = await createTestDatabase();
    pool = await openDatabase({ url: database.url!, poolMax: 1 }); // one connection: the broken one is the only one
    admin = postgres(database.url!, { max: 1, onnotice: () => {} });
  });
  afterAll(async () => {
    await admin.end();
    await pool.close();
    await database.drop();
  });

  const pidOf = async (executor: { execute: DatabaseHandle['db']['execute'] }) => {
    const rows = (await executor.execute(sql`select pg_backend_pid() as pid`)) as unknown as { pid: number }[];
    return rows[0].pid;
  };
  const within = <T>(ms: number, work: Promise<T>) =>
    Promise.race([work, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms))]);

  it('a transaction whose backend ends fails, and the next queries on that connection succeed at once', async () => {
    const failed = await pool.db
      .transaction(async (tx) => {
        const pid = await pidOf(tx);
        await admin`select pg_terminate_backend(${pid})`;
        await tx.execute(sql`select pg_sleep(0.2)`);
      })
      .then(
        () => 'committed',
        (error: unknown) => ((error as { cause?: { code?: string } }).cause ?? (error as { code?: string })).code,
      );
    expect(failed).toMatch(/^(CONNECTION_CLOSED|57P01)$/);
    for (let i = 0; i < 3; i++) {
      expect(await within(2_000, pool.db.execute(sql`select 1 as one`))).toEqual([{ one: 1 }]);
    }
  });

  it('an idle pooled connection whose backend ended: the next queries succeed', async () => {
    const pid = await pidOf(pool.db);
    await admin`select pg_terminate_backend(${pid})`;
    await new Promise((resolve) => setTimeout(resolve, 100));
    const answers = [];
    for (let i = 0; i < 3; i++) answers.push(await within(2_000, pool.db.execute(sql`select 1 as one`)).catch((e: Error) => e.message));
    // The first query may still meet the closed socket (CONNECTION_CLOSED, a 503); the connection is never wedged.
    expect(answers.slice(1)).toEqual([[{ one: 1 }], [{ one: 1 }]]);
  });

  it('ping checks every connection of the pool', async () => {
    await expect(pool.ping({ connections: 'all' })).resolves.toBeUndefined();
    await expect(database.ping({ connections: 'all' })).resolves.toBeUndefined();
  });
});
