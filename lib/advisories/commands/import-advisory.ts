import 'server-only';
import { z } from 'zod';
import * as q from '@/db/queries/advisories';
import { findProductVersionFacts } from '@/db/queries/products';
import { getDb } from '@/lib/db';
import { forbidden, notFound, ServiceError, unprocessable } from '@/lib/errors';
import { getBlobStore } from '@/lib/evidence/blob-store-instance';
import { parseContentDigest } from '@/lib/evidence/content-digest';
import { receiveUpload, type UploadBody } from '@/lib/evidence/receive-upload';
import { defineCommand, type Caller } from '@/lib/kernel/command';
import { runCommand } from '@/lib/kernel/run-command';
import { unsafeApplyConsequences } from '@/lib/matching/consequences';
import { unsafeMatchStatements } from '@/lib/matching/match-statements';
import { isUuid } from '@/lib/validation/uuid';
import { isProductVersionVisible } from '@/lib/visibility/product-versions';
import { toAdvisoryDto, type AdvisoryDto } from '../advisory-dto';
import { advisoryImportDenial } from '../advisory-rules';
import { MAX_ADVISORY_BYTES } from '../parse-advisory';
import { parseAdvisoryBytes } from '../parse-advisory-bytes';
import { advisoryRowValues, importedEntry, matchableStatements, parsedDocumentSchema, statementRows } from '../stored-advisory';

type ImportKey = { source: 'upload' | 'feed'; productVersionId: string | null };


export type ImportOutcome = { advisory: AdvisoryDto; isNew: boolean; matches: { created: number; changed: number; kept: number }; certificatesUnderReview: string[] };

/**
 * Stores one parsed advisory revision and matches it (see {@link importAdvisory}). The same revision
 * again with the same bytes: 200 with the stored one (nothing new logged); with other bytes: 409.
 * Logs `advisory.imported` (documentId, revision, format, SHA-256), an `advisory_match.changed` per
 * transition and a `certificate.review_required` per certificate it puts on the review list.
 */
export const importAdvisoryCommand = defineCommand<ImportKey, z.infer<typeof parsedDocumentSchema>, { existing: q.AdvisoryRow | null; vendorOrgId: string | null }, ImportOutcome, ImportOutcome, Caller>({
  name: 'advisory.import',
  subject: 'Product version',
  input: parsedDocumentSchema,
  async load(tx, key, actor, input) {
    const scope: q.DocumentScope = { vendorOrgId: actor?.orgKind === 'vendor' ? actor.orgId : null };
    await q.lockDocuments(tx, [input.advisory.documentId], scope);
    const [existing = null] = await q.findAdvisoriesByRevisions(tx, [input.advisory], scope);
    if (actor?.orgKind !== 'vendor') return { existing, vendorOrgId: null };
    if (key.productVersionId) {
      const facts = isUuid(key.productVersionId) ? await findProductVersionFacts(tx, actor, key.productVersionId) : null;
      if (!facts || !isProductVersionVisible(actor, facts)) return null;
      if (facts.vendorOrgId !== actor.orgId) throw forbidden('A vendor states the status of its own product versions only.');
    }
    return { existing, vendorOrgId: actor.orgId };
  },
  authorize: ({ actor }) => advisoryImportDenial(actor),
  checkState: ({ input, target }) =>
    target.existing && target.existing.sha256 !== input.sha256
      ? {
          message: `Revision ${input.advisory.revision} of ${input.advisory.documentId} is already stored with other content (SHA-256 ${target.existing.sha256}); a changed document needs a new revision.`,
          currentState: 'imported',
        }
      : null,
  async apply({ tx, actor, key, input, target, now }) {
    if (target.existing) {
      return { result: { advisory: toAdvisoryDto(target.existing), isNew: false, matches: { created: 0, changed: 0, kept: 0 }, certificatesUnderReview: [] }, entries: [] };
    }
    const { advisory } = input;
    const isVendor = target.vendorOrgId !== null;
    const provenance = { actor, source: key.source, vendorOrgId: target.vendorOrgId, productVersionId: key.productVersionId, now };
    const [row] = await q.insertAdvisories(tx, [advisoryRowValues(input, provenance)]);
    await q.supersedeOtherRevisionsOf(tx, [row], { vendorOrgId: target.vendorOrgId }, now);
    const statements = matchableStatements(advisory, row.id);
    await q.insertStatements(tx, statementRows(statements));
    const recorded = await unsafeMatchStatements(tx, statements, {
      source: isVendor ? 'vendor' : 'advisory',
      vendorOrgId: target.vendorOrgId,
      productVersionId: isVendor ? key.productVersionId : null,
      now,
    });
    const consequences = await unsafeApplyConsequences(tx, recorded.changes, { actor, now });
    const matches = { created: recorded.created, changed: recorded.changed, kept: recorded.kept };
    // The bytes become durable before the log entries are appended (their lock serialises every
    // writer until commit, so no fsync waits under it). Should the transaction still fail, the
    // content-addressed blob is unreferenced and the evidence sweep removes it; no row ever lacks its bytes.
    await getBlobStore().commit(input.temp);
    return {
      result: { advisory: toAdvisoryDto(row), isNew: true, matches, certificatesUnderReview: consequences.certificateIds },
      entries: [importedEntry(row, input, provenance, matches), ...recorded.entries, ...consequences.entries],
      afterLog: (tx, appended) => q.setAdvisoryLogIndexes(tx, [{ id: row.id, logIndex: appended[0].index }]),
      effects: consequences.effects,
    };
  },
  readBack: async (_actor, outcome, appended) =>
    outcome.isNew ? { ...outcome, advisory: { ...outcome.advisory, logIndex: appended[0].index } } : outcome,
});

export type ImportAdvisoryInput = {
  body: UploadBody | null;
  contentLength?: number | null;
  contentDigest?: string | null;
  /** A vendor's VEX about one of its versions only. */
  productVersionId?: string | null;
  signal?: AbortSignal;
};

/** Refusals decided before a byte of the body is read: who may import (403), a vendor's scope version (404/403). */
async function refuseBeforeReading(actor: Caller, productVersionId: string | null): Promise<void> {
  const denial = advisoryImportDenial(actor);
  if (denial) throw forbidden(denial);
  if (!actor || !productVersionId) return;
  if (actor.orgKind !== 'vendor') throw new ServiceError(400, 'Bad request', 'productVersionId scopes a vendor’s VEX statements; regulators import documents as they are.');
  const facts = isUuid(productVersionId) ? await findProductVersionFacts(await getDb(), actor, productVersionId) : null;
  if (!facts || !isProductVersionVisible(actor, facts)) throw notFound('Product version');
  if (facts.vendorOrgId !== actor.orgId) throw forbidden('A vendor states the status of its own product versions only.');
}

async function readAll(stream: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

/**
 * Imports one advisory document (CSAF 2.0, OSV, CycloneDX VEX, OpenVEX): regulators any; vendors
 * VEX statements that then apply to their own product versions only (`productVersionId`: one of
 * them; another vendor's: 404/403); labs and operators 403. The body is streamed into a temp blob
 * while hashed (413 past MAX_ADVISORY_BYTES, 422 on a Content-Digest mismatch), parsed — 422 with
 * the parser's reasons, and nothing stored — then stored verbatim, recorded and matched against the
 * component index ({@link importAdvisoryCommand}). `source` is `feed` for the provider pull.
 */
export async function importAdvisory(actor: Caller, input: ImportAdvisoryInput, options: { source?: 'upload' | 'feed'; maxBytes?: number } = {}): Promise<ImportOutcome> {
  const productVersionId = input.productVersionId ?? null;
  await refuseBeforeReading(actor, productVersionId);
  const store = getBlobStore();
  const expectedSize = input.contentLength ?? undefined;
  const maxBytes = options.maxBytes ?? MAX_ADVISORY_BYTES;
  if (expectedSize !== undefined && expectedSize > maxBytes) throw new ServiceError(413, 'Content too large', `An advisory document is limited to ${maxBytes} bytes.`);
  const received = await receiveUpload(input.body, {
    store,
    maxBytes,
    expectedSize,
    expectedSha256: parseContentDigest(input.contentDigest) ?? undefined,
    signal: input.signal,
  });
  let committedOrSpent = false;
  try {
    const parsed = parseAdvisoryBytes(await readAll(await store.openTempReadStream(received.temp)));
    if (!parsed.ok) {
      throw unprocessable(`The advisory document was refused: ${parsed.reasons.join('; ')}`, parsed.reasons.map((message) => ({ path: '', message })));
    }
    const outcome = await runCommand(importAdvisoryCommand, actor, { source: options.source ?? 'upload', productVersionId }, {
      advisory: parsed.advisory,
      sha256: received.sha256,
      size: received.size,
      temp: received.temp,
    });
    committedOrSpent = outcome.isNew;
    return outcome;
  } finally {
    if (!committedOrSpent) await store.discard(received.temp).catch((error: unknown) => console.error('Could not discard a temp advisory upload', error));
  }
}

/** {@link importAdvisory} of bytes already in memory (the feed pull, the CLI, tests). */
export function importAdvisoryBytes(actor: Caller, bytes: Uint8Array, options: { source?: 'upload' | 'feed'; productVersionId?: string | null } = {}): Promise<ImportOutcome> {
  return importAdvisory(
    actor,
    { body: (async function* () { yield bytes; })(), contentLength: bytes.byteLength, productVersionId: options.productVersionId ?? null },
    { source: options.source },
  );
}

