// Appends per second to the transparency log with N concurrent writers, each append in its own
// transaction, on PostgreSQL. Usage: npm run bench:log-appends [-- --writers 8 --seconds 10]
import { parseArgs } from 'node:util';
import os from 'node:os';
import { unsafeAppendUntypedEntry } from '@/lib/log/store/append-entry';
import { rootFromLeafHashes } from '@/lib/log/merkle';
import { toHex } from '@/lib/log/bytes';
import { selectLogEntries } from '@/db/queries/log';
import { getLatestCheckpoint } from '@/lib/transparency-log/read-log';
import { createBenchDatabase } from './bench-database';

const { values } = parseArgs({ options: { writers: { type: 'string', default: '8' }, seconds: { type: 'string', default: '10' } } });
const writers = Number(values.writers);
const seconds = Number(values.seconds);

const database = await createBenchDatabase(writers + 2);
const deadline = Date.now() + seconds * 1000;
const started = Date.now();
let appended = 0;
await Promise.all(
  Array.from({ length: writers }, async (_, w) => {
    while (Date.now() < deadline) {
      await database.db.transaction((tx) =>
        unsafeAppendUntypedEntry(tx, { type: 'submission.created', subject: { kind: 'submission', id: `bench-${w}` }, data: { writer: w, n: appended } }),
      );
      appended++;
    }
  }),
);
const elapsed = (Date.now() - started) / 1000;
const rows = await selectLogEntries(database.db, 0, Number.MAX_SAFE_INTEGER);
const dense = rows.every((r, i) => r.index === i);
const checkpoint = await getLatestCheckpoint();
const isRootRight = checkpoint.rootHash === toHex(rootFromLeafHashes(rows.map((r) => new Uint8Array(r.leafHash))));
console.log(
  JSON.stringify({
    bench: 'log-appends',
    machine: `${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB`,
    writers,
    seconds: elapsed,
    appends: appended,
    appendsPerSecond: Math.round(appended / elapsed),
    indexesDense: dense,
    rootMatchesRecomputation: isRootRight,
  }),
);
await database.drop();
process.exit(dense && isRootRight ? 0 : 1);
