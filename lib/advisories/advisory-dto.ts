import type { AdvisoryRow } from '@/db/queries/advisories';

export type AdvisoryDto = {
  id: string;
  format: string;
  documentId: string;
  revision: string;
  title: string;
  publisher: string | null;
  sha256: string;
  size: number;
  source: string;
  isVendorStatement: boolean;
  activelyExploited: boolean;
  warnings: string[];
  logIndex: number | null;
  importedAt: string;
  supersededAt: string | null;
};

export function toAdvisoryDto(row: AdvisoryRow): AdvisoryDto {
  return {
    id: row.id,
    format: row.format,
    documentId: row.documentId,
    revision: row.revision,
    title: row.title,
    publisher: row.publisher,
    sha256: row.sha256,
    size: row.size,
    source: row.source,
    isVendorStatement: row.isVendorStatement,
    activelyExploited: row.activelyExploited,
    warnings: row.warnings,
    logIndex: row.logIndex,
    importedAt: row.importedAt.toISOString(),
    supersededAt: row.supersededAt?.toISOString() ?? null,
  };
}
