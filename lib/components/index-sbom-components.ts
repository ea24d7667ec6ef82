import 'server-only';
import type { Tx } from '@/db/client';
import { enqueueSbomMatching, hasNewerSbom, insertSbomComponents, supersedeOtherSbomComponents, type SbomComponentInsert } from '@/db/queries/components';
import type { SbomComponentFacts } from '@/lib/evidence/sbom/sbom-analysis';
import { normalizePurl } from './purl';

/** Which stored SBOM the components belong to: copied onto every index row. */
export type IndexedSbom = { evidenceId: string; submissionId: string; productVersionId: string };

/** The index rows of one SBOM's components: the purl normalised (a purl that does not parse is kept as text only). */
export function toIndexRows(sbom: IndexedSbom, components: readonly SbomComponentFacts[]): SbomComponentInsert[] {
  return components.map((component) => {
    const purl = component.purl ? normalizePurl(component.purl) : null;
    return {
      ...sbom,
      purlType: purl?.type ?? null,
      packageKey: purl?.packageKey ?? null,
      qualifiers: purl ? { ...purl.qualifiers } : null,
      purl: purl?.canonical ?? component.purl,
      name: component.name,
      // The purl's version is the identity matching compares; the component's own field otherwise.
      version: purl?.version ?? component.version,
      cpe: component.cpe,
    };
  });
}

/**
 * Adds every component of a stored SBOM to the component index, inside the transaction that stores
 * the evidence row (add-evidence) or that backfills it (`components reindex`). The submission's
 * newest SBOM is what the vendor states the version contains: indexing it marks the components of
 * the submission's earlier SBOMs superseded (matching and search leave them out) and queues it for
 * matching against the stored advisories (the post-commit effect, or the retry job, takes it off);
 * an older SBOM indexed late goes in superseded, unqueued. Logs nothing itself: the evidence entry
 * records the SBOM's SHA-256, and the index is derived from those bytes.
 */
export async function indexSbomComponents(tx: Tx, sbom: IndexedSbom, components: readonly SbomComponentFacts[], now = new Date()): Promise<number> {
  const isReplaced = await hasNewerSbom(tx, sbom.evidenceId);
  const rows = toIndexRows(sbom, components).map((row) => (isReplaced ? { ...row, supersededAt: now } : row));
  await insertSbomComponents(tx, rows);
  if (isReplaced) return rows.length;
  await supersedeOtherSbomComponents(tx, { productVersionId: sbom.productVersionId, submissionId: sbom.submissionId, currentEvidenceId: sbom.evidenceId, now });
  await enqueueSbomMatching(tx, { evidenceId: sbom.evidenceId, submissionId: sbom.submissionId, queuedAt: now });
  return rows.length;
}
