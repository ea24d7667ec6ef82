import 'server-only';
import type { Readable } from 'node:stream';
import { findVisibleEvidence, listEvidencePage, type EvidenceRow } from '@/db/queries/evidence';
import { findVisibleSubmission } from '@/db/queries/submissions';
import type { Actor } from '@/lib/authz/actor';
import { getDb } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { decodeCursor, encodeCursor, type Page } from '@/lib/pagination';
import { DETAIL_COMPONENT_LIMIT, listEvidenceQuerySchema } from '@/lib/validation/evidence';
import { parseInput } from '@/lib/validation/parse';
import { isUuid } from '@/lib/validation/uuid';
import { evidenceVisibilitiesFor } from '@/lib/visibility/evidence';
import { toEvidenceDto, type EvidenceDto } from './evidence-dto';
import { openStoredEvidence } from './open-stored-evidence';
import { withIntegrityState, withIntegrityStateOf } from './with-integrity-state';
import type { SbomSummary } from './sbom/sbom-summary';

/** Loads evidence the actor may see (lib/visibility/evidence.ts): its submission visible to them, and for operators only `certified`. */
async function loadVisibleEvidence(actor: Actor, id: string): Promise<EvidenceRow> {
  if (!isUuid(id)) throw notFound('Evidence');
  const row = await findVisibleEvidence(await getDb(), actor, id);
  if (!row) throw notFound('Evidence');
  return row;
}

/**
 * One evidence file's metadata; for an SBOM its summary with the first 500 components (and
 * vulnerabilities). Per visibility: 404 unless the submission is visible, and operators see only
 * `certified` evidence. Logs nothing.
 */
export async function getEvidence(actor: Actor, id: string): Promise<EvidenceDto> {
  const row = await loadVisibleEvidence(actor, id);
  const dto = await withIntegrityStateOf(actor, toEvidenceDto(row, { withSbomComponents: true }));
  const sbom = row.sbom as SbomSummary | null;
  if (!sbom) return dto;
  const listed: SbomSummary = { ...sbom, components: sbom.components.slice(0, DETAIL_COMPONENT_LIMIT) };
  if (listed.format === 'cyclonedx' && listed.vulnerabilities) {
    listed.vulnerabilities = listed.vulnerabilities.slice(0, DETAIL_COMPONENT_LIMIT);
  }
  return { ...dto, sbom: listed };
}

export type EvidenceContent = {
  stream: Readable;
  size: number;
  sha256: string;
  filename: string;
  mediaType: string;
};

/**
 * The stored bytes of one evidence file, same visibility as `getEvidence`. The caller must consume
 * or destroy `stream`. A row whose blob is missing or damaged is a server fault (thrown, 500).
 */
export async function openEvidenceContent(actor: Actor, id: string): Promise<EvidenceContent> {
  return openStoredEvidence(await loadVisibleEvidence(actor, id));
}

/** A submission's evidence, oldest first, paginated; operators see only `certified` files. 404 unless visible. */
export async function listEvidence(actor: Actor, submissionId: string, query: unknown = {}): Promise<Page<EvidenceDto>> {
  const params = parseInput(listEvidenceQuerySchema, query);
  const after = decodeCursor(params.cursor, (v): v is { id: string } =>
    typeof v === 'object' && v !== null && typeof (v as { id?: unknown }).id === 'string' && isUuid((v as { id: string }).id),
  );
  if (!isUuid(submissionId)) throw notFound('Submission');
  const db = await getDb();
  if (!(await findVisibleSubmission(db, actor, submissionId))) throw notFound('Submission');
  const rows = await listEvidencePage(db, {
    submissionId,
    visibilities: evidenceVisibilitiesFor(actor),
    afterId: after?.id,
    limit: params.limit + 1,
  });
  const page = rows.slice(0, params.limit);
  return {
    items: await withIntegrityState(actor, page.map((row) => toEvidenceDto(row))),
    nextCursor: rows.length > params.limit ? encodeCursor({ id: page[page.length - 1].id }) : null,
  };
}
