import type { AdvisoryStatement } from '@/lib/advisories/advisory-model';
import { normalizePurl } from '@/lib/components/purl';
import type { AffectedRange } from '@/lib/versions/affected-range';

/** A statement reduced to what matching joins on: the version-less purl key or a concrete CPE product. */
export type StatementKey = {
  vulnerabilityId: string;
  purlType: string | null;
  packageKey: string | null;
  qualifiers: Record<string, string>;
  cpeProduct: string | null;
  range: AffectedRange;
  status: AdvisoryStatement['status'];
  justification: string | null;
  detail: string | null;
  remediation: string | null;
  activelyExploited: boolean;
};

const WILDCARDS = new Set(['', '*', '-']);

/**
 * A CPE 2.3 formatted string's part, vendor, product and version fields: fields end at a colon no
 * backslash escapes (`foo\:bar` is one field), escapes kept. The same grammar as the
 * `sbom_components.cpe_product` column's expression (db/schema/components.ts).
 */
const CPE_23 = /^cpe:2\.3:((?:[^:\\]|\\.)*):((?:[^:\\]|\\.)*):((?:[^:\\]|\\.)*)(?::((?:[^:\\]|\\.)*))?(?::|$)/i;

/** `vendor:product` of a CPE 2.3 name, lower-cased, escapes kept, wildcards and all; null when it is not one. */
export function cpeVendorProduct(cpe: string | null | undefined): string | null {
  const fields = cpe ? CPE_23.exec(cpe.trim()) : null;
  return fields ? `${fields[2]}:${fields[3]}`.toLowerCase() : null;
}

/**
 * `vendor:product` of a CPE 2.3 name, lower-cased, when both name something concrete; null for a
 * wildcard or NA vendor or product (`cpe:2.3:a:*:*:…`), which would match everything.
 */
export function concreteCpeProduct(cpe: string | null | undefined): string | null {
  const fields = cpe ? CPE_23.exec(cpe.trim()) : null;
  if (!fields) return null;
  const [vendor, product] = [fields[2].toLowerCase(), fields[3].toLowerCase()];
  const wildcard = (field: string) => WILDCARDS.has(field) || /(?<!\\)[*?]/.test(field);
  return wildcard(vendor) || wildcard(product) ? null : `${vendor}:${product}`;
}

function cpeVersion(cpe: string | null): string | null {
  const version = cpe ? CPE_23.exec(cpe.trim())?.[4] : undefined;
  return version && !WILDCARDS.has(version) ? version.replace(/\\(.)/g, '$1') : null;
}

/**
 * The keys of a statement: its purl normalised (a purl with a version and no range means exactly
 * that version), else its CPE product. Null when it names neither in a matchable way.
 */
export function statementKeyOf(statement: AdvisoryStatement, activelyExploited: boolean): StatementKey | null {
  const purl = statement.product.purl ? normalizePurl(statement.product.purl) : null;
  const cpeProduct = purl ? null : concreteCpeProduct(statement.product.cpe);
  if (!purl && !cpeProduct) return null;
  const pinned = purl ? purl.version : cpeVersion(statement.product.cpe);
  const range: AffectedRange = pinned && statement.range.kind === 'all' ? { kind: 'exact', versions: [pinned] } : statement.range;
  return {
    vulnerabilityId: statement.vulnerabilityId,
    purlType: purl?.type ?? null,
    packageKey: purl?.packageKey ?? null,
    qualifiers: purl ? { ...purl.qualifiers } : {},
    cpeProduct,
    range,
    status: statement.status,
    justification: statement.justification,
    detail: statement.detail,
    remediation: statement.remediation,
    activelyExploited,
  };
}

/**
 * A statement's qualifiers must each be on the component with the same value (`distro=debian-12`
 * matches only that distro); a statement without qualifiers matches every build.
 */
export function qualifiersMatch(statement: Readonly<Record<string, string>>, component: Readonly<Record<string, string>> | null): boolean {
  return Object.entries(statement).every(([key, value]) => component?.[key] === value);
}
