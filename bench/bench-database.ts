import crypto from 'node:crypto';
import postgres from 'postgres';
import { openDatabase, migrateDatabase, type DatabaseHandle } from '@/db/client';
import { useDatabase } from '@/lib/db';

/** A fresh PostgreSQL database for one benchmark run (BENCH_DATABASE_URL names the server). */
export async function createBenchDatabase(poolMax = 20): Promise<DatabaseHandle & { name: string; drop: () => Promise<void> }> {
  const serverUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = process.env.BENCH_DATABASE_NAME ?? `tl_bench_${Date.now()}_${crypto.randomBytes(3).toString('hex')}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  const [exists] = await admin`select 1 from pg_database where datname = ${name}`;
  if (!exists) await admin.unsafe(`create database "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ url: url.toString(), poolMax });
  await migrateDatabase(handle);
  useDatabase(handle);
  return {
    ...handle,
    name,
    drop: async () => {
      await handle.close();
      if (process.env.BENCH_KEEP) return;
      const a = postgres(serverUrl, { max: 1, onnotice: () => {} });
      await a.unsafe(`drop database if exists "${name}" with (force)`);
      await a.end();
    },
  };
}

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}
