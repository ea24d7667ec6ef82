import type { AdvisoryStatement, AdvisoryVulnerability, NotAffectedJustification, ParsedAdvisory, StatementStatus } from '../advisory-model';
import { parseOrRefuse, refuse } from './advisory-refusal';
import { AdvisoryWarnings } from './advisory-warnings';
import { collectCsafProducts, type CsafProduct } from './csaf-products';
import { csafDocumentSchema, type CsafProductStatus, type CsafVulnerability } from './csaf-schema';
import { highestScore } from './cvss-score';

const SUPPORTED_CATEGORIES = ['csaf_security_advisory', 'csaf_vex'];

/** Which product_status lists say what; `recommended` says nothing about being affected. */
const STATUS_OF: ReadonlyArray<[keyof CsafProductStatus, StatementStatus]> = [
  ['known_affected', 'affected'],
  ['first_affected', 'affected'],
  ['last_affected', 'affected'],
  ['known_not_affected', 'not_affected'],
  ['fixed', 'fixed'],
  ['first_fixed', 'fixed'],
  ['under_investigation', 'under_investigation'],
];

/**
 * CSAF 2.0 `csaf_security_advisory` and `csaf_vex`. `csaf_informational_advisory` is refused (it
 * has no product status by definition); `csaf_base` and vendor categories (Cisco's "Cisco Security
 * Advisory") are read like a security advisory when a vulnerability has a product_status, with a
 * warning, and refused otherwise. Refused too: a product id used but never defined, and a product
 * both affected and not affected (or fixed) for one vulnerability.
 */
export function parseCsaf(raw: Record<string, unknown>): ParsedAdvisory {
  const document = parseOrRefuse(csafDocumentSchema, raw, 'CSAF 2.0 document');
  const warnings = new AdvisoryWarnings();
  const { category } = document.document;
  const vulnerabilities = document.vulnerabilities ?? [];
  if (!SUPPORTED_CATEGORIES.includes(category)) {
    if (category === 'csaf_informational_advisory' || !vulnerabilities.some((vulnerability) => vulnerability.product_status)) {
      refuse(['document', 'category'], `"${category}" is not supported: only csaf_security_advisory and csaf_vex (or a base document whose vulnerabilities have a product_status) can be matched`);
    }
    warnings.add(`document.category "${category}" is not a CSAF profile; read as a security advisory`);
  }
  if (category === 'csaf_vex' && vulnerabilities.length === 0) refuse(['vulnerabilities'], 'a csaf_vex document needs at least one vulnerability');
  const products = collectCsafProducts(document.product_tree);
  const groups = new Map((document.product_tree?.product_groups ?? []).map((group) => [group.group_id, group.product_ids]));
  const { tracking, publisher } = document.document;
  const documentId = `${publisher.namespace.replace(/\/+$/, '')}/${tracking.id}`;
  const statements: AdvisoryStatement[] = [];
  const parsedVulnerabilities = vulnerabilities.map((vulnerability, index): AdvisoryVulnerability => {
    const ids = vulnerabilityIds(vulnerability, `${tracking.id}#${index + 1}`);
    statements.push(...statementsOf(vulnerability, index, ids, { products, groups, warnings }));
    return {
      ...ids,
      title: vulnerability.title ?? null,
      cvssScore: highestScore((vulnerability.scores ?? []).flatMap((s) => [s.cvss_v2?.baseScore, s.cvss_v3?.baseScore, s.cvss_v4?.baseScore])),
      activelyExploited: (vulnerability.threats ?? []).some((threat) => threat.category === 'exploit_status' && !saysNotExploited(threat.details)),
    };
  });
  return {
    format: 'csaf',
    documentId,
    revision: tracking.version,
    title: document.document.title,
    publisher: publisher.name,
    published: tracking.initial_release_date,
    modified: tracking.current_release_date,
    vulnerabilities: parsedVulnerabilities,
    statements,
    warnings: warnings.list(),
  };
}

type Context = { products: Map<string, CsafProduct>; groups: Map<string, string[]>; warnings: AdvisoryWarnings };

function statementsOf(vulnerability: CsafVulnerability, index: number, ids: { id: string; aliases: string[] }, context: Context): AdvisoryStatement[] {
  const { products, warnings } = context;
  const path = ['vulnerabilities', index, 'product_status'];
  const statusOf = new Map<string, StatementStatus>();
  for (const [list, status] of STATUS_OF) {
    (vulnerability.product_status?.[list] ?? []).forEach((productId, i) => {
      if (!products.has(productId)) refuse([...path, list, i], `product id "${productId}" is not defined in the product tree`);
      const earlier = statusOf.get(productId);
      if (earlier && earlier !== status) refuse([...path, list, i], `product "${productId}" is both ${earlier} and ${status}`);
      statusOf.set(productId, status);
    });
  }
  const flags = byProduct(vulnerability.flags ?? [], context, ['vulnerabilities', index, 'flags']);
  const impacts = byProduct((vulnerability.threats ?? []).filter((t) => t.category === 'impact'), context, ['vulnerabilities', index, 'threats']);
  const remedies = byProduct(vulnerability.remediations ?? [], context, ['vulnerabilities', index, 'remediations']);
  const statements: AdvisoryStatement[] = [];
  for (const [productId, status] of statusOf) {
    const product = products.get(productId)!;
    if (!product.matchable) {
      warnings.add(product.reason);
      continue;
    }
    if (product.note) warnings.add(product.note);
    const flag = flags.get(productId)?.[0];
    statements.push({
      vulnerabilityId: ids.id,
      aliases: ids.aliases,
      product: product.product,
      range: product.range,
      status,
      justification: status === 'not_affected' && flag ? (flag.label as NotAffectedJustification) : null,
      detail: joinText((impacts.get(productId) ?? []).map((threat) => threat.details)),
      remediation: status === 'not_affected' ? null : joinText((remedies.get(productId) ?? []).map(describeRemediation)),
    });
  }
  return statements;
}

/** Entries that name products directly or through product groups, by product id. */
function byProduct<T extends { product_ids?: string[]; group_ids?: string[] }>(entries: T[], context: Context, path: PropertyKey[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  entries.forEach((entry, i) => {
    const ids = new Set(entry.product_ids ?? []);
    (entry.group_ids ?? []).forEach((groupId, g) => {
      const members = context.groups.get(groupId);
      if (!members) refuse([...path, i, 'group_ids', g], `product group "${groupId}" is not defined in the product tree`);
      members.forEach((member) => ids.add(member));
    });
    for (const productId of ids) map.set(productId, [...(map.get(productId) ?? []), entry]);
  });
  return map;
}

function vulnerabilityIds(vulnerability: CsafVulnerability, fallback: string): { id: string; aliases: string[] } {
  const others = (vulnerability.ids ?? []).map((entry) => entry.text);
  const id = vulnerability.cve ?? others[0] ?? fallback;
  return { id, aliases: [...new Set(others.filter((other) => other !== id))] };
}

function describeRemediation(remediation: { category: string; details: string; url?: string }): string {
  const label = remediation.category === 'vendor_fix' ? '' : `${remediation.category.replace(/_/g, ' ')}: `;
  return `${label}${remediation.details}${remediation.url ? ` (${remediation.url})` : ''}`;
}

function joinText(parts: string[]): string | null {
  const unique = [...new Set(parts.map((part) => part.trim()).filter(Boolean))];
  return unique.length > 0 ? unique.join('\n') : null;
}

// An exploit_status threat may also say there is no known exploit; only a positive one starts the 24 h clock.
function saysNotExploited(details: string): boolean {
  return /^\s*(no|none|not|unknown)\b/i.test(details);
}
