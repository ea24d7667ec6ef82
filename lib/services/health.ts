import 'server-only';
import { sql } from 'drizzle-orm';
import { getDb } from '@/lib/db';

/** True when the database answers a trivial query within two seconds. */
export async function checkHealth(): Promise<boolean> {
  try {
    const db = await getDb();
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), 2000));
    await Promise.race([db.execute(sql`select 1`), timeout]);
    return true;
  } catch {
    return false;
  }
}
