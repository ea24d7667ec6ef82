import 'server-only';
import { z } from 'zod';
import * as q from '@/db/queries/advisories';
import { forbidden } from '@/lib/errors';
import { getBlobStore } from '@/lib/evidence/blob-store-instance';
import { receiveUpload } from '@/lib/evidence/receive-upload';
import { defineCommand, type Caller } from '@/lib/kernel/command';
import { runCommand } from '@/lib/kernel/run-command';
import { unsafeApplyConsequences } from '@/lib/matching/consequences';
import { unsafeMatchStatements } from '@/lib/matching/match-statements';
import type { MatchCounts } from '@/lib/matching/record-matches';
import { advisoryCollectionImportDenial } from '../advisory-rules';
import { MAX_ADVISORY_BYTES } from '../parse-advisory';
import { parseAdvisoryBytes } from '../parse-advisory-bytes';
import { advisoryRowValues, importedEntry, matchableStatements, parsedDocumentSchema, statementRows } from '../stored-advisory';

/** Documents stored per transaction: one lock of the log, one matching pass, one commit for all of them. */
export const COLLECTION_CHUNK = 250;

const REGULATOR_SCOPE: q.DocumentScope = { vendorOrgId: null };
const NO_MATCHES: MatchCounts = { created: 0, changed: 0, kept: 0 };

type ChunkResult = {
  /** The new revisions' ids, in the order of their `advisory.imported` entries. */
  importedIds: string[];
  /** Positions (in the chunk) of revisions already stored with the same bytes. */
  unchanged: number[];
  /** Positions of revisions already stored with other bytes, and why they were refused. */
  conflicts: { position: number; message: string }[];
  matches: MatchCounts;
  certificatesUnderReview: string[];
};

type ChunkOutcome = Omit<ChunkResult, 'importedIds'> & { imported: { id: string; logIndex: number }[] };

/**
 * Stores a chunk of parsed advisory revisions as one change (see {@link importAdvisoryCollection}):
 * each new revision exactly as {@link importAdvisoryCommand} stores one — its row, its statements,
 * its `advisory.imported` entry with its own SHA-256 and match counts — with one lookup of the
 * component index for all of them, and the consequences and log entries of all in one go. A
 * revision stored before with the same bytes is skipped; with other bytes it is refused (the
 * others still go in). The caller puts no two revisions of one document, and no two documents
 * naming one vulnerability, into one chunk, so a chunk ends as importing its documents one by one would.
 */
export const importAdvisoryChunkCommand = defineCommand<{ source: 'upload' | 'feed' }, { documents: z.infer<typeof parsedDocumentSchema>[] }, { existing: Map<string, q.AdvisoryRow> }, ChunkResult, ChunkOutcome, Caller>({
  name: 'advisory.import_collection',
  subject: 'Advisory',
  input: z.strictObject({ documents: z.array(parsedDocumentSchema).min(1).max(COLLECTION_CHUNK) }),
  async load(tx, _key, _actor, input) {
    await q.lockDocuments(tx, input.documents.map((d) => d.advisory.documentId), REGULATOR_SCOPE);
    const stored = await q.findAdvisoriesByRevisions(tx, input.documents.map((d) => d.advisory), REGULATOR_SCOPE);
    return { existing: new Map(stored.map((row) => [revisionKey(row), row])) };
  },
  authorize: ({ actor }) => advisoryCollectionImportDenial(actor),
  async apply({ tx, actor, key, input, target, now }) {
    const outcome: ChunkResult = { importedIds: [], unchanged: [], conflicts: [], matches: { ...NO_MATCHES }, certificatesUnderReview: [] };
    const fresh: z.infer<typeof parsedDocumentSchema>[] = [];
    input.documents.forEach((document, position) => {
      const existing = target.existing.get(revisionKey(document.advisory));
      if (!existing) fresh.push(document);
      else if (existing.sha256 === document.sha256) outcome.unchanged.push(position);
      else
        outcome.conflicts.push({
          position,
          message: `Revision ${document.advisory.revision} of ${document.advisory.documentId} is already stored with other content (SHA-256 ${existing.sha256}); a changed document needs a new revision.`,
        });
    });
    if (fresh.length === 0) return { result: outcome, entries: [] };
    const provenance = { actor, source: key.source, vendorOrgId: null, productVersionId: null, now };
    const inserted = new Map((await q.insertAdvisories(tx, fresh.map((d) => advisoryRowValues(d, provenance)))).map((row) => [revisionKey(row), row]));
    const rows = fresh.map((d) => inserted.get(revisionKey(d.advisory))!);
    await q.supersedeOtherRevisionsOf(tx, rows, REGULATOR_SCOPE, now);
    const statements = fresh.flatMap((d, i) => matchableStatements(d.advisory, rows[i].id));
    await q.insertStatements(tx, statementRows(statements));
    const recorded = await unsafeMatchStatements(tx, statements, { source: 'advisory', now });
    const consequences = await unsafeApplyConsequences(tx, recorded.changes, { actor, now });
    outcome.importedIds = rows.map((row) => row.id);
    outcome.matches = { created: recorded.created, changed: recorded.changed, kept: recorded.kept };
    outcome.certificatesUnderReview = consequences.certificateIds;
    // Durable before the log entries are appended, as for one document (importAdvisoryCommand).
    const store = getBlobStore();
    await Promise.all(fresh.map((d) => store.commit(d.temp)));
    return {
      result: outcome,
      entries: [
        ...fresh.map((d, i) => importedEntry(rows[i], d, provenance, recorded.byAdvisory.get(rows[i].id) ?? NO_MATCHES)),
        ...recorded.entries,
        ...consequences.entries,
      ],
      afterLog: (tx, appended) => q.setAdvisoryLogIndexes(tx, rows.map((row, i) => ({ id: row.id, logIndex: appended[i].index }))),
      effects: consequences.effects,
    };
  },
  readBack: async (_actor, { importedIds, ...outcome }, appended) => ({ ...outcome, imported: importedIds.map((id, i) => ({ id, logIndex: appended[i].index })) }),
});

function revisionKey(r: { documentId: string; revision: string }): string {
  return `${r.documentId}\u0000${r.revision}`;
}

/**
 * One document of a collection: a name to report it by (its file name, its URL) and its bytes;
 * `onStored` runs once the chunk holding it has committed and the document is stored (new, or
 * already stored with these bytes) — not when it was refused.
 */
export type CollectionDocument = {
  name: string;
  bytes: Uint8Array;
  onStored?: () => Promise<void>;
  /** Why the source already knows it cannot be stored (a line too long): reported, never parsed. */
  refused?: string;
};

export type CollectionOutcome = {
  imported: number;
  /** Revisions already stored with the same bytes (nothing logged for them). */
  unchanged: number;
  /** Documents not stored, each with why: unparseable, unsupported, too large, or a revision stored with other bytes. */
  refused: { name: string; reasons: string[] }[];
  matches: MatchCounts;
  certificatesUnderReview: number;
};

type Pending = z.infer<typeof parsedDocumentSchema> & { name: string; claims: string[]; onStored?: () => Promise<void> };
type Refused = { name: string; reasons: string[] };

/** Documents parsed and written to temp blobs ahead of the one being queued, while a chunk is stored. */
const RECEIVE_AHEAD = 8;
/** Parsed documents waiting for their chunk are held in memory: a chunk starts early past this many of their bytes. */
const MAX_QUEUED_BYTES = 64 * 1024 * 1024;

/**
 * Imports a collection of advisory documents — an OSV export (every `*.json` of an ecosystem's
 * `all.zip`), a provider's archive — as regulators or the portal itself (others 403). Each document
 * is parsed, hashed, stored verbatim and logged as one import would; a malformed or unsupported one
 * is refused with its reasons and the rest go on. Documents are stored `chunk` at a time, each chunk
 * one transaction ({@link importAdvisoryChunkCommand}), in the order given: a later revision of a
 * document, or another document naming the same vulnerability, waits for the next chunk. While one
 * chunk is stored the next documents are parsed and written to temp blobs. Chunks committed before
 * a failure stay; importing the collection again skips what is stored.
 */
export async function importAdvisoryCollection(
  actor: Caller,
  documents: AsyncIterable<CollectionDocument> | Iterable<CollectionDocument>,
  options: { source?: 'upload' | 'feed'; chunk?: number; onChunk?: (progress: CollectionOutcome) => void } = {},
): Promise<CollectionOutcome> {
  const denial = advisoryCollectionImportDenial(actor);
  if (denial) throw forbidden(denial);
  const chunkSize = Math.min(COLLECTION_CHUNK, Math.max(1, options.chunk ?? COLLECTION_CHUNK));
  const total: CollectionOutcome = { imported: 0, unchanged: 0, refused: [], matches: { ...NO_MATCHES }, certificatesUnderReview: 0 };
  const underReview = new Set<string>();
  const store = getBlobStore();
  const discard = (pending: readonly Pending[]) =>
    Promise.all(pending.map((p) => store.discard(p.temp).catch((error: unknown) => console.error('Could not discard a temp advisory document', error))));

  // Takes the next chunk off the queue at once (before its first await) and stores it.
  let queue: Pending[] = [];
  let queuedBytes = 0;
  const runChunk = async () => {
    const claimed = new Set<string>();
    const chunk: Pending[] = [];
    const later: Pending[] = [];
    for (const p of queue) {
      if (chunk.length < chunkSize && !p.claims.some((c) => claimed.has(c))) {
        chunk.push(p);
        for (const c of p.claims) claimed.add(c);
      } else later.push(p);
    }
    queue = later;
    queuedBytes -= chunk.reduce((n, p) => n + p.size, 0);
    let outcome: ChunkOutcome;
    try {
      outcome = await runCommand(importAdvisoryChunkCommand, actor, { source: options.source ?? 'upload' }, { documents: chunk.map(({ name: _n, claims: _c, onStored: _s, ...d }) => d) });
    } catch (error) {
      await discard(chunk);
      throw error;
    }
    total.imported += outcome.imported.length;
    total.unchanged += outcome.unchanged.length;
    for (const c of outcome.conflicts) total.refused.push({ name: chunk[c.position].name, reasons: [c.message] });
    for (const k of ['created', 'changed', 'kept'] as const) total.matches[k] += outcome.matches[k];
    for (const id of outcome.certificatesUnderReview) underReview.add(id);
    total.certificatesUnderReview = underReview.size;
    // Committed temps were moved into the store; the others (unchanged, refused) are removed.
    await discard([...outcome.unchanged, ...outcome.conflicts.map((c) => c.position)].map((i) => chunk[i]));
    const refused = new Set(outcome.conflicts.map((c) => c.position));
    for (const [position, p] of chunk.entries()) if (!refused.has(position)) await p.onStored?.();
    options.onChunk?.({ ...total, refused: [...total.refused] });
  };
  let running: Promise<void> = Promise.resolve();
  const startChunk = async () => {
    await running;
    running = runChunk();
    // Awaited later (the next chunk, or the end); meanwhile its failure is not "unhandled".
    running.catch(() => {});
  };

  const received: Promise<Pending | Refused>[] = [];
  const queueOldest = async () => {
    const next = await received.shift()!;
    if ('reasons' in next) total.refused.push(next);
    else {
      queue.push(next);
      queuedBytes += next.size;
    }
    // Up to two chunks wait, so one that defers documents still fills the next.
    if (queue.length >= 2 * chunkSize || queuedBytes >= MAX_QUEUED_BYTES) await startChunk();
  };
  try {
    for await (const document of documents) {
      received.push(receiveDocument(document, store));
      received[received.length - 1].catch(() => {});
      if (received.length >= RECEIVE_AHEAD) await queueOldest();
    }
    while (received.length > 0) await queueOldest();
    while (queue.length > 0) await startChunk();
    await running;
  } catch (error) {
    const settled = await Promise.allSettled(received.splice(0));
    await discard([...queue, ...settled.flatMap((s) => (s.status === 'fulfilled' && !('reasons' in s.value) ? [s.value] : []))]);
    queue = [];
    await running.catch(() => {});
    throw error;
  }
  return total;
}

/** One document parsed (refused with reasons when it cannot be) and, when it can, written to a temp blob while hashed. */
async function receiveDocument(document: CollectionDocument, store: ReturnType<typeof getBlobStore>): Promise<Pending | Refused> {
  if (document.refused) return { name: document.name, reasons: [document.refused] };
  if (document.bytes.byteLength > MAX_ADVISORY_BYTES) return { name: document.name, reasons: [`it is larger than ${MAX_ADVISORY_BYTES} bytes`] };
  const parsed = parseAdvisoryBytes(document.bytes);
  if (!parsed.ok) return { name: document.name, reasons: parsed.reasons };
  const upload = await receiveUpload(
    (async function* () {
      yield document.bytes;
    })(),
    { store, maxBytes: MAX_ADVISORY_BYTES, expectedSize: document.bytes.byteLength },
  );
  const claims = [`document\u0000${parsed.advisory.documentId}`, ...new Set(parsed.advisory.statements.map((s) => `vulnerability\u0000${s.vulnerabilityId}`))];
  return { name: document.name, advisory: parsed.advisory, sha256: upload.sha256, size: upload.size, temp: upload.temp, claims, onStored: document.onStored };
}
