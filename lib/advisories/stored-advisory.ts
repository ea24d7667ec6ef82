import 'server-only';
import type * as q from '@/db/queries/advisories';
import type { Caller } from '@/lib/kernel/command';
import type { EntryDraft } from '@/lib/log/entry-data';
import type { MatchableStatement } from '@/lib/matching/plan-matches';
import type { MatchCounts } from '@/lib/matching/record-matches';
import { statementKeyOf } from '@/lib/matching/statement-key';
import type { ParsedAdvisory } from './advisory-model';

/** One parsed document as an import stores it: its verbatim bytes' SHA-256 and size beside the parse. */
export type ReceivedAdvisory = { advisory: ParsedAdvisory; sha256: string; size: number };

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
