// Fills a transparency log on PostgreSQL with N realistic entries, fast: entries, leaf hashes and tree nodes
// are computed in memory (appendToFrontier, the same layout log_append writes) and loaded with COPY, one
// transaction per batch that also moves log_head, so an interrupted fill resumes where it stopped.
// Usage: BENCH_KEEP=1 BENCH_DATABASE_NAME=tl_bench_1m npx tsx --conditions=react-server bench/log-fill.ts \
//          [--entries 1000000] [--batch 50000] [--then-append 0]
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import postgres from 'postgres';
import { readLogHead } from '@/db/queries/log';
import { buildInclusionProof, rootAt } from '@/lib/log/build-proof';
import { equalBytes, fromHex, toHex } from '@/lib/log/bytes';
import { buildEntry, canonicalEntryText, type EntryInput } from '@/lib/log/entry';
import type { EntryType } from '@/lib/log/entry-types';
import { appendToFrontier, rootFromFrontier, type HashedNode } from '@/lib/log/frontier';
import { leafHash } from '@/lib/log/merkle';
import { unsafeAppendUntypedEntry } from '@/lib/log/store/append-entry';
import { nodeReader } from '@/lib/log/store/read-nodes';
import { verifyInclusion } from '@/lib/log/verify-proof';
import { getLatestCheckpoint } from '@/lib/transparency-log/read-log';
import { createBenchDatabase } from './bench-database';

const { values } = parseArgs({
  options: {
    entries: { type: 'string', default: '1000000' },
    batch: { type: 'string', default: '50000' },
    'then-append': { type: 'string', default: '0' },
  },
});
const target = Number(values.entries);
const batchSize = Number(values.batch);
const thenAppend = Number(values['then-append']);

const database = await createBenchDatabase(4);
// The log key lives beside the bench database (not in the repo's .data) so later runs verify the same checkpoints.
const benchDataDir = process.env.DATA_DIR ? null : path.join(os.tmpdir(), 'trustledger-bench', database.name);
process.env.DATA_DIR ??= benchDataDir as string;
const client = postgres(database.url as string, { max: 2, onnotice: () => {} });

const head = await readLogHead(database.db);
let size = head.size;
let frontier = head.frontier.map(fromHex);
const startSize = size;
const entries = entryGenerator();
const timings = { generateMs: 0, copyMs: 0 };
const started = performance.now();

while (size < target) {
  const count = Math.min(batchSize, target - size);
  let t = performance.now();
  const entryRows: string[] = [];
  const nodeRows: string[] = [];
  for (let i = 0; i < count; i++) {
    const { text, type, subject, at } = entries.next(size);
    const appended = appendToFrontier(frontier, size, leafHash(Buffer.from(text, 'utf8')));
    entryRows.push(`${size}\t\\\\x${hex(appended.newNodes[0].hash)}\t${copyText(text)}\t${type}\t${subject.kind}\t${subject.id}\t${at}\n`);
    for (const node of appended.newNodes) nodeRows.push(nodeRow(node));
    frontier = appended.newFrontier;
    size++;
  }
  timings.generateMs += performance.now() - t;
  t = performance.now();
  await client.begin(async (tx) => {
    await tx`set local synchronous_commit = off`;
    await copyRows(tx, 'copy log_entries (idx, leaf_hash, entry, type, subject_kind, subject_id, created_at) from stdin', entryRows);
    await copyRows(tx, 'copy log_nodes (level, idx, hash) from stdin', nodeRows);
    await tx`update log_head set size = ${size}, frontier = ${frontier.map(toHex)} where id = 1`;
  });
  timings.copyMs += performance.now() - t;
  if (process.stderr.isTTY) process.stderr.write(`\r  ${size.toLocaleString()} / ${target.toLocaleString()} entries`);
}
if (process.stderr.isTTY) process.stderr.write('\n');
const fillSeconds = (performance.now() - started) / 1000;

// The stored tree must be the one unsafeAppendUntypedEntry would have built: head frontier, stored nodes and memory agree.
const readNodes = nodeReader(database.db);
const finalHead = await readLogHead(database.db);
const memoryRoot = rootFromFrontier(frontier, size);
const headRoot = rootFromFrontier(finalHead.frontier.map(fromHex), finalHead.size);
const nodesRoot = await rootAt(size, readNodes);
let proofsOk = true;
for (let i = 0; i < 200 && size > 0; i++) {
  const index = crypto.randomInt(size);
  const p = await buildInclusionProof(index, size, readNodes);
  proofsOk &&= verifyInclusion(p.leafHash, index, size, p.proof, memoryRoot);
}
const rootsAgree = finalHead.size === size && equalBytes(memoryRoot, headRoot) && equalBytes(memoryRoot, nodesRoot);

// Optionally continue through the real log_append SQL function: it must pick up the bulk-loaded frontier.
let appendCheckOk = true;
if (thenAppend > 0) {
  for (let i = 0; i < thenAppend; i++) {
    const { type, subject, data } = entries.input(size + i);
    const appended = await database.db.transaction((tx) => unsafeAppendUntypedEntry(tx, { type, subject, data }));
    frontier = appendToFrontier(frontier, size + i, fromHex(appended.leafHash)).newFrontier;
  }
  size += thenAppend;
  appendCheckOk = equalBytes(await rootAt(size, readNodes), rootFromFrontier(frontier, size));
}
const checkpoint = await getLatestCheckpoint();
const ok = rootsAgree && proofsOk && appendCheckOk && checkpoint.rootHash === toHex(rootFromFrontier(frontier, size));

console.log(
  JSON.stringify({
    bench: 'log-fill',
    machine: `${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB`,
    loadAverage: os.loadavg().map((l) => Number(l.toFixed(2))),
    database: database.name,
    startSize,
    size,
    entriesPerSecond: Math.round((size - startSize - thenAppend) / fillSeconds),
    seconds: Number(fillSeconds.toFixed(1)),
    generateSeconds: Number((timings.generateMs / 1000).toFixed(1)),
    copySeconds: Number((timings.copyMs / 1000).toFixed(1)),
    root: checkpoint.rootHash,
    rootsAgree,
    randomInclusionProofsVerify: proofsOk,
    ...(thenAppend > 0 ? { appendedThroughLogAppend: thenAppend, appendCheckOk } : {}),
  }),
);
await client.end({ timeout: 5 });
if (!process.env.BENCH_KEEP) {
  console.error('BENCH_KEEP is not set: the filled database and its log key are dropped now.');
  if (benchDataDir) fs.rmSync(benchDataDir, { recursive: true, force: true });
}
await database.drop();
process.exit(ok ? 0 : 1);

function hex(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex');
}

function nodeRow(node: HashedNode): string {
  return `${node.level}\t${node.index}\t\\\\x${hex(node.hash)}\n`;
}

// COPY text format: canonical JSON escapes every control character, so only backslashes need doubling.
function copyText(text: string): string {
  return text.includes('\\') ? text.replaceAll('\\', '\\\\') : text;
}

async function copyRows(tx: postgres.TransactionSql, statement: string, rows: string[]): Promise<void> {
  const writable = await tx.unsafe(statement).writable();
  await pipeline(Readable.from(chunks(rows, 2000)), writable);
}

function* chunks(rows: string[], perChunk: number): Generator<string> {
  for (let i = 0; i < rows.length; i += perChunk) yield rows.slice(i, i + perChunk).join('');
}

/**
 * Entries shaped like the portal's: organisations, users, products, submissions with evidence and results,
 * decisions and certificates, in the proportions a busy registry would log them.
 */
function entryGenerator() {
  const orgs = Array.from({ length: 300 }, () => ({ id: crypto.randomUUID(), kind: pick(['vendor', 'vendor', 'lab', 'regulator', 'operator']) }));
  const users = Array.from({ length: 2000 }, (_, i) => ({ id: crypto.randomUUID(), org: orgs[i % orgs.length] }));
  const submissions = Array.from({ length: 20000 }, () => crypto.randomUUID());
  const plan: { type: EntryType; weight: number }[] = [
    { type: 'evidence.added', weight: 30 },
    { type: 'results.recorded', weight: 20 },
    { type: 'submission.created', weight: 8 },
    { type: 'submission.submitted', weight: 8 },
    { type: 'submission.accepted', weight: 6 },
    { type: 'evaluation.submitted', weight: 6 },
    { type: 'decision.approved', weight: 5 },
    { type: 'certificate.issued', weight: 5 },
    { type: 'product.created', weight: 3 },
    { type: 'version.created', weight: 4 },
    { type: 'vulnerability.reported', weight: 2 },
    { type: 'certificate.suspended', weight: 1 },
    { type: 'user.created', weight: 1 },
  ];
  const wheel = plan.flatMap((p) => Array<EntryType>(p.weight).fill(p.type));
  const epoch = Date.UTC(2025, 0, 1);
  let nonces = crypto.randomBytes(0);
  let nonceOffset = 0;
  const randomBytes = (n: number) => {
    if (nonceOffset + n > nonces.length) {
      nonces = crypto.randomBytes(16 * 65536);
      nonceOffset = 0;
    }
    nonceOffset += n;
    return nonces.subarray(nonceOffset - n, nonceOffset);
  };

  function input(index: number): EntryInput {
    const type = wheel[index % wheel.length];
    const user = users[(index * 7919) % users.length];
    const actor = { user: user.id, org: user.org.id, orgKind: user.org.kind };
    const submission = submissions[(index * 104729) % submissions.length];
    switch (type) {
      case 'evidence.added':
        return {
          type,
          actor,
          subject: { kind: 'submission', id: submission },
          data: {
            sha256: crypto.createHash('sha256').update(String(index)).digest('hex'),
            size: 1024 + ((index * 2654435761) % 300_000_000),
            filename: pick(['sbom.cdx.json', 'firmware-4.2.1.bin', 'audit-report.pdf', 'spdx.json', 'pentest "final".pdf']),
            kind: pick(['sbom', 'firmware', 'audit_report', 'test_report']),
          },
        };
      case 'results.recorded':
        return {
          type,
          actor,
          subject: { kind: 'submission', id: submission },
          data: { testCase: `TC-${33_117}-${(index % 400) + 1}`, verdict: pick(['pass', 'pass', 'pass', 'fail', 'not_applicable']) },
        };
      case 'certificate.issued':
      case 'certificate.suspended':
        return { type, actor, subject: { kind: 'certificate', id: crypto.randomUUID() }, data: { submission, serial: `TL-${index}` } };
      case 'user.created':
        return { type, actor, subject: { kind: 'user', id: crypto.randomUUID() }, data: { org: user.org.id } };
      default:
        return { type, actor, subject: { kind: 'submission', id: submission }, data: { version: `${index % 9}.${index % 13}.0` } };
    }
  }

  return {
    input,
    next(index: number) {
      const built = input(index);
      const entry = buildEntry(built, new Date(epoch + index * 30_000), randomBytes);
      return { text: canonicalEntryText(entry), type: entry.type, subject: entry.subject, at: entry.at };
    },
  };
}

function pick<T>(options: readonly T[]): T {
  return options[crypto.randomInt(options.length)];
}
