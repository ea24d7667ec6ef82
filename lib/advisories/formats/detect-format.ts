import type { AdvisoryFormat } from '../advisory-model';

export type DetectedFormat = { format: AdvisoryFormat; label: string };

/**
 * Recognises an advisory by its shape, before any schema is applied: CSAF by `document.csaf_version`,
 * CycloneDX by `bomFormat` (with `vulnerabilities`), OpenVEX by an `@context` on openvex.dev, OSV by
 * `id` + `modified` with `affected` or `schema_version`. Null for anything else.
 */
export function detectAdvisoryFormat(document: Record<string, unknown>): DetectedFormat | null {
  const csaf = document.document;
  if (isRecord(csaf) && 'csaf_version' in csaf) {
    return { format: 'csaf', label: `CSAF ${String(csaf.csaf_version)} ${csafCategoryLabel(csaf.category)}` };
  }
  if ('bomFormat' in document) {
    return { format: 'cyclonedx-vex', label: `CycloneDX ${String(document.specVersion)} VEX` };
  }
  const context = document['@context'];
  if (typeof context === 'string' && context.startsWith('https://openvex.dev/ns')) {
    const version = /\/v(\d[\w.-]*)$/.exec(context)?.[1];
    return { format: 'openvex', label: version ? `OpenVEX ${version}` : 'OpenVEX' };
  }
  if ('id' in document && 'modified' in document && ('affected' in document || 'schema_version' in document)) {
    const version = typeof document.schema_version === 'string' ? ` ${document.schema_version}` : '';
    return { format: 'osv', label: `OSV${version}` };
  }
  return null;
}

/** Why a JSON object is not an advisory we read, for the refusal. */
export const UNKNOWN_FORMAT_REASON =
  'The JSON is not a recognised advisory: expected CSAF 2.0 (document.csaf_version), OSV (id, modified, affected), ' +
  'CycloneDX VEX (bomFormat "CycloneDX" with vulnerabilities) or OpenVEX (@context https://openvex.dev/ns/v0.2.0).';

function csafCategoryLabel(category: unknown): string {
  if (category === 'csaf_vex') return 'VEX';
  if (category === 'csaf_security_advisory') return 'security advisory';
  return typeof category === 'string' ? `document (${category.slice(0, 60)})` : 'document';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
