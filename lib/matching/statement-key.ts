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
 * `vendor:product` of a CPE 2.3 name, lower-cased, when both name something concrete; null for a
 * wildcard or NA vendor or product (`cpe:2.3:a:*:*:…`), which would match everything.
 */
export function concreteCpeProduct(cpe: string | null | undefined): string | null {
  if (!cpe) return null;
  const parts = cpe.trim().split(/(?<!\\):/);
  if (parts.length < 5 || parts[0].toLowerCase() !== 'cpe' || parts[1] !== '2.3') return null;
  const [vendor, product] = [parts[3].toLowerCase(), parts[4].toLowerCase()];
  if (WILDCARDS.has(vendor) || WILDCARDS.has(product) || /[*?]/.test(vendor) || /[*?]/.test(product)) return null;
  return `${vendor}:${product}`;
}

function cpeVersion(cpe: string | null): string | null {
  const version = cpe?.trim().split(/(?<!\\):/)[5];
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
