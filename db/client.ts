import fs from 'node:fs';
import path from 'node:path';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { fillPlaceholders, type ExtractTablesWithRelations, type SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import * as schema from './schema';
import { acquireDataDirLock } from './embedded-lock';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
export type Executor = Db | Tx;

export type DatabaseHandle = {
  db: Db;
  kind: 'postgres' | 'pglite';
  url?: string;
  /**
   * Runs `select 1` on one connection or on every connection of the pool at once (postgres.js gives
   * each concurrent query an idle connection, then opens a closed one, before it shares one), and
   * fails after `timeoutMs` (default 2 s). PGlite has one connection.
   */
  ping: (options?: { connections?: 'one' | 'all'; timeoutMs?: number }) => Promise<void>;
  close: () => Promise<void>;
};

export type OpenOptions =
  | {
      url: string;
      poolMax?: number;
      /**
       * PostgreSQL ends a session left idle inside a transaction this long (default 60 s), so a stuck
       * client cannot hold the log's head-row lock, and every writer behind it, until its connection dies.
       */
      idleInTransactionTimeoutMs?: number;
    }
  | { pgliteDir: string; lock?: boolean }
  | { memory: true };

const MIGRATION_LOCK_KEY = 7_263_011;

// Resolved from the working directory: bundlers rewrite import.meta.url, and every entry point runs from the repo root.
export const migrationsFolder = path.join(process.cwd(), 'db', 'migrations');

/** Opens PostgreSQL (postgres.js pool) or PGlite; the embedded directory is locked for this process. */
export async function openDatabase(options: OpenOptions): Promise<DatabaseHandle> {
  if ('url' in options) {
    const { default: postgres } = await import('postgres');
    const { drizzle } = await import('drizzle-orm/postgres-js');
    const poolMax = options.poolMax ?? 10;
    const client = postgres(options.url, {
      max: poolMax,
      idle_timeout: 30,
      connect_timeout: 5,
      // postgres.js waits `backoff(retries)` seconds before a connection that was lost or refused
      // connects again, and `retries` counts every such loss of the pool's life, never reset: its
      // default (3^retries / 100, up to 20 s) left requests hanging for 10-20 s after PostgreSQL came
      // back from a restart. A short, bounded, jittered wait reconnects within half a second.
      backoff: reconnectDelaySeconds,
      // Statements prepared by executeCompiled are parsed once per connection but still planned for
      // their parameters each time: a generic plan would treat a rare search like a common one.
      // Timestamps as text (db/utc-text.ts, and drizzle's own parsing) expect the ISO date style.
      connection: {
        plan_cache_mode: 'force_custom_plan',
        DateStyle: 'ISO, MDY',
        idle_in_transaction_session_timeout: options.idleInTransactionTimeoutMs ?? 60_000,
      },
      onnotice: () => {},
    });
    const db = drizzle(client, { schema }) as unknown as Db;
    const ping: DatabaseHandle['ping'] = async ({ connections = 'one', timeoutMs = 2_000 } = {}) => {
      const probes = Array.from({ length: connections === 'all' ? poolMax : 1 }, () => client`select 1`.simple().execute());
      await withTimeout(Promise.all(probes), timeoutMs);
    };
    return { db, kind: 'postgres', url: options.url, ping, close: () => client.end({ timeout: 5 }) };
  }
  const { PGlite } = await import('@electric-sql/pglite');
  const { drizzle } = await import('drizzle-orm/pglite');
  let release = () => {};
  let client;
  if ('pgliteDir' in options) {
    fs.mkdirSync(path.dirname(options.pgliteDir), { recursive: true });
    if (options.lock !== false) release = acquireDataDirLock(path.dirname(options.pgliteDir));
    client = new PGlite(options.pgliteDir);
  } else {
    client = new PGlite();
  }
  await client.waitReady;
  const db = drizzle(client, { schema }) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    ping: async ({ timeoutMs = 2_000 } = {}) => void (await withTimeout(client.query('select 1'), timeoutMs)),
    close: async () => {
      await client.close();
      release();
    },
  };
}

/** Seconds before a lost or refused pool connection tries again: 0.1-0.5 s, whatever the count (see openDatabase). */
export function reconnectDelaySeconds(retries: number): number {
  return Math.min(0.1 * 2 ** Math.max(0, retries - 1), 0.5) * (0.5 + Math.random() / 2);
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(Object.assign(new Error(`The database did not answer within ${ms} ms.`), { code: 'CONNECT_TIMEOUT' })), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** Applies the committed drizzle-kit migrations; the same files build PostgreSQL and PGlite. */
export async function migrateDatabase(handle: DatabaseHandle): Promise<void> {
  if (handle.kind === 'postgres') {
    // Several app instances may start at once: one migrates, the others wait on an advisory lock.
    const { default: postgres } = await import('postgres');
    const { drizzle } = await import('drizzle-orm/postgres-js');
    const { migrate } = await import('drizzle-orm/postgres-js/migrator');
    const client = postgres(handle.url!, { max: 1, onnotice: () => {} });
    try {
      await client`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`;
      await migrate(drizzle(client, { schema }), { migrationsFolder });
    } finally {
      await client.end({ timeout: 5 });
    }
  } else {
    const { migrate } = await import('drizzle-orm/pglite/migrator');
    await migrate(handle.db as never, { migrationsFolder });
  }
}

/** Rows of a raw `db.execute(sql…)`: postgres.js answers an array, PGlite `{ rows }`. */
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}

const dialect = new PgDialect();

type PostgresJsClient = { unsafe: (text: string, params: unknown[], options: { prepare: boolean }) => Promise<unknown[]> };
type PgliteClient = { query: (text: string, params: unknown[]) => Promise<{ rows: unknown[] }> };

/**
 * The driver client behind a database handle (`$client`) or a transaction (drizzle keeps the
 * transaction's connection on its session): postgres.js (a function with `unsafe`) or PGlite.
 */
const driverClientOf = (db: Executor): unknown =>
  (db as { $client?: unknown }).$client ?? (db as { session?: { client?: unknown } }).session?.client;

/**
 * Rows of a statement text with its parameters. On PostgreSQL a named prepared statement — also
 * inside a transaction — where drizzle's `execute` sends an unnamed one each time, which postgres.js
 * describes in a round trip of its own before it can bind the parameters; each connection parses a
 * text once and afterwards receives only its parameters. On PGlite a plain query.
 */
async function runPrepared<T>(db: Executor, text: string, params: unknown[]): Promise<T[]> {
  const client = driverClientOf(db);
  const postgresJs = client as Partial<PostgresJsClient> | undefined;
  if (typeof client === 'function' && typeof postgresJs?.unsafe === 'function') return (await postgresJs.unsafe(text, params, { prepare: true })) as T[];
  const pglite = client as Partial<PgliteClient> | undefined;
  if (typeof pglite?.query === 'function') return (await pglite.query(text, params)).rows as T[];
  throw new Error('No PostgreSQL or PGlite client behind this database handle.');
}

/** Rows of `query` as a prepared statement (`runPrepared`): for short statements run very often (the log append). */
export async function executePrepared<T>(db: Executor, query: SQL): Promise<T[]> {
  const { sql: text, params } = dialect.sqlToQuery(query);
  return runPrepared<T>(db, text, params);
}

/** A statement's text and parameters, the values of its placeholders still to fill. */
export type CompiledQuery = { sql: string; params: unknown[] };

// Shapes are finite (filters × orders × cursor × count), but a bound keeps a bug from growing this without end.
const MAX_COMPILED_SHAPES = 2_000;
const compiledShapes = new Map<string, CompiledQuery>();

/**
 * The query `build` makes, compiled to text once per `shape` key: building and compiling a long
 * drizzle query costs more than sending it. `build` must put every value that varies between
 * calls of one shape in a named placeholder (`sql.placeholder`), and `shape` must name everything
 * else that changes its text.
 */
export function compileOnce(shape: string, build: () => SQL): CompiledQuery {
  let compiled = compiledShapes.get(shape);
  if (!compiled) {
    const { sql: text, params } = dialect.sqlToQuery(build());
    compiled = { sql: text, params };
    if (compiledShapes.size >= MAX_COMPILED_SHAPES) compiledShapes.clear();
    compiledShapes.set(shape, compiled);
  }
  return compiled;
}

/** Rows of a compiled query with its placeholders filled from `values`, as a prepared statement (`runPrepared`). */
export async function executeCompiled<T>(db: Executor, query: CompiledQuery, values: Record<string, unknown>): Promise<T[]> {
  return runPrepared<T>(db, query.sql, fillPlaceholders(query.params, values));
}
