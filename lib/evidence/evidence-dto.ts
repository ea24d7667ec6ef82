import type { EvidenceIntegrityDto } from '@/lib/evidence/evidence-integrity-dto';
import type { EvidenceRow } from '@/db/queries/evidence';
import type { SbomConformanceReport } from './sbom/conformance-model';

export type EvidenceDto = {
  id: string;
  submissionId: string;
  kind: EvidenceRow['kind'];
  filename: string;
  mediaType: string;
  size: number;
  sha256: string;
  visibility: EvidenceRow['visibility'];
  uploaderOrgId: string;
  createdAt: string;
  logIndex: number | null;
  sbom: unknown;
  /**
   * Only in the detail view (like the component list): for an SBOM its BSI TR-03183-2 v2.1 check
   * (null for other kinds, and SBOMs stored before checks existed).
   */
  conformance?: SbomConformanceReport | null;
  /** Regulators only (lib/evidence/with-integrity-state.ts): whether the stored bytes still match. */
  integrity?: EvidenceIntegrityDto;
};

/** An evidence row as its readers see it; an SBOM's component list and conformance report only when asked for (the detail view). */
export function toEvidenceDto(r: EvidenceRow, options: { withSbomComponents?: boolean } = {}): EvidenceDto {
  const sbom = r.sbom as { components?: unknown[] } | null;
  return {
    id: r.id,
    submissionId: r.submissionId,
    kind: r.kind,
    filename: r.filename,
    mediaType: r.mediaType,
    size: r.size,
    sha256: r.sha256,
    visibility: r.visibility,
    uploaderOrgId: r.uploaderOrgId,
    createdAt: r.createdAt.toISOString(),
    logIndex: r.logIndex,
    sbom: sbom && !options.withSbomComponents ? { ...sbom, components: undefined } : sbom,
    ...(options.withSbomComponents ? { conformance: r.conformance ?? null } : {}),
  };
}
