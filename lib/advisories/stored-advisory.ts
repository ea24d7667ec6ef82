import 'server-only';
import { z } from 'zod';
import type * as q from '@/db/queries/advisories';
import type { TempBlob } from '@/lib/evidence/blob-store';
import type { Caller } from '@/lib/kernel/command';
import type { EntryDraft } from '@/lib/log/entry-data';
import type { MatchableStatement } from '@/lib/matching/plan-matches';
import type { MatchCounts } from '@/lib/matching/record-matches';
import { statementKeyOf } from '@/lib/matching/statement-key';
import type { ParsedAdvisory } from './advisory-model';

/** A received document as an import command takes it: the parse, the bytes' SHA-256 and size, and the sealed temp blob. */
export const parsedDocumentSchema = z.strictObject({
  advisory: z.custom<ParsedAdvisory>((v) => typeof v === 'object' && v !== null),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  size: z.number().int().positive(),
  /** The sealed bytes, committed to the blob store as the transaction's last step. */
  temp: z.custom<TempBlob>((v) => typeof v === 'object' && v !== null),
});

/** What the stored row and entry take of a received document: the parse and its bytes' SHA-256 and size. */
type ReceivedAdvisory = Omit<z.infer<typeof parsedDocumentSchema>, 'temp'>;

type Provenance = { actor: Caller; source: 'upload' | 'feed'; vendorOrgId: string | null; productVersionId: string | null; now: Date };

function exploitedIds(advisory: ParsedAdvisory): Set<string> {
  return new Set(advisory.vulnerabilities.filter((v) => v.activelyExploited).flatMap((v) => [v.id, ...v.aliases]));
}

/** The parsed statements as matching takes them (those without a usable purl or concrete CPE are left out). */
export function matchableStatements(advisory: ParsedAdvisory, advisoryId: string): (MatchableStatement & { remediation: string | null })[] {
  const exploited = exploitedIds(advisory);
  return advisory.statements.flatMap((s) => {
    const key = statementKeyOf(s, exploited.has(s.vulnerabilityId) || s.aliases.some((a) => exploited.has(a)));
    return key ? [{ ...key, advisoryId }] : [];
  });
}

/** The `advisories` row of one new revision (a vendor's VEX is scoped to its own versions). */
export function advisoryRowValues(document: ReceivedAdvisory, p: Provenance): q.AdvisoryInsert {
  const { advisory } = document;
  const isVendor = p.vendorOrgId !== null;
  return {
    format: advisory.format,
    documentId: advisory.documentId,
    revision: advisory.revision,
    title: advisory.title,
    publisher: advisory.publisher,
    sha256: document.sha256,
    size: document.size,
    activelyExploited: advisory.vulnerabilities.some((v) => v.activelyExploited),
    importedBy: p.actor?.userId ?? null,
    importerOrgId: p.actor?.orgId ?? null,
    source: p.source,
    isVendorStatement: isVendor,
    scopeProductVersionId: isVendor ? p.productVersionId : null,
    warnings: advisory.warnings,
    importedAt: p.now,
  };
}

/** The `advisory_statements` rows of matchable statements. */
export function statementRows(statements: readonly (MatchableStatement & { remediation: string | null })[]): q.AdvisoryStatementInsert[] {
  return statements.map((s) => ({
    advisoryId: s.advisoryId,
    vulnerabilityId: s.vulnerabilityId,
    purlType: s.purlType,
    packageKey: s.packageKey,
    qualifiers: { ...s.qualifiers },
    cpeProduct: s.cpeProduct,
    range: s.range,
    status: s.status,
    justification: s.justification,
    detail: s.detail,
    remediation: s.remediation,
    activelyExploited: s.activelyExploited,
  }));
}

/** The `advisory.imported` entry of one stored revision. */
export function importedEntry(row: q.AdvisoryRow, document: ReceivedAdvisory, p: Pick<Provenance, 'source' | 'vendorOrgId' | 'productVersionId'>, matches: MatchCounts): EntryDraft {
  const { advisory } = document;
  return {
    type: 'advisory.imported',
    subject: { kind: 'advisory', id: row.id },
    data: {
      documentId: advisory.documentId,
      revision: advisory.revision,
      format: advisory.format,
      sha256: document.sha256,
      size: document.size,
      source: p.source,
      statements: advisory.statements.length,
      warnings: advisory.warnings.length,
      matches,
      productVersionId: p.vendorOrgId !== null ? p.productVersionId : null,
    },
  };
}
