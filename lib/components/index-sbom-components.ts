import 'server-only';
import type { Tx } from '@/db/client';
import { enqueueSbomMatching, insertSbomComponents, type SbomComponentInsert } from '@/db/queries/components';
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
 * the evidence row (add-evidence) or that backfills it (`components reindex`), and queues the SBOM
 * for matching against the stored advisories (the post-commit effect, or the retry job, takes it
 * off). Logs nothing itself: the evidence entry records the SBOM's SHA-256, and the index is derived
 * from those bytes.
 */
export async function indexSbomComponents(tx: Tx, sbom: IndexedSbom, components: readonly SbomComponentFacts[], now = new Date()): Promise<number> {
  const rows = toIndexRows(sbom, components);
  await insertSbomComponents(tx, rows);
  await enqueueSbomMatching(tx, { evidenceId: sbom.evidenceId, submissionId: sbom.submissionId, queuedAt: now });
  return rows.length;
}
