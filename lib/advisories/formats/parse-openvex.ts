import type { AdvisoryStatement, AdvisoryVulnerability, ParsedAdvisory, StatementProduct } from '../advisory-model';
import { formatPath } from '@/lib/evidence/sbom/describe-issues';
import { parseOrRefuse, refuse } from './advisory-refusal';
import { AdvisoryWarnings } from './advisory-warnings';
import { openvexDocumentSchema, type OpenVexComponent, type OpenVexStatement } from './openvex-schema';
import { isPurl, rangeFromPurlVersion } from './statement-range';

/**
 * An OpenVEX 0.2.x document. A product with `subcomponents` makes one statement per subcomponent
 * (the part that carries the vulnerability; the product is its documentRef), otherwise one for the
 * product; purl from `@id` or `identifiers.purl`, CPE from `identifiers.cpe23`. A `not_affected`
 * statement without justification or impact statement is refused (the spec requires one). The
 * spec requires `version`; a document without one gets `last_updated`/`timestamp` as its revision.
 */
export function parseOpenVex(raw: Record<string, unknown>): ParsedAdvisory {
  const document = parseOrRefuse(openvexDocumentSchema, raw, 'OpenVEX 0.2.0 document');
  const warnings = new AdvisoryWarnings();
  const revision = document.version !== undefined ? String(document.version) : (document.last_updated ?? document.timestamp);
  if (document.version === undefined) {
    if (!revision) refuse(['version'], 'required (an integer revision of the document)');
    warnings.add(`version is missing: the revision is the document's timestamp ${revision}`);
  }
  const vulnerabilities = new Map<string, AdvisoryVulnerability>();
  const statements = document.statements.flatMap((statement, s) => {
    const id = statement.vulnerability.name;
    const aliases = [...new Set((statement.vulnerability.aliases ?? []).filter((alias) => alias !== id))];
    if (!vulnerabilities.has(id)) vulnerabilities.set(id, { id, aliases, title: null, cvssScore: null, activelyExploited: false });
    if (statement.status === 'not_affected' && !statement.justification && !statement.impact_statement) {
      refuse(['statements', s], 'a not_affected statement needs a justification or an impact_statement');
    }
    return statementsOf(statement, s, { id, aliases }, warnings);
  });
  return {
    format: 'openvex',
    documentId: document['@id'],
    revision: revision!,
    title: `OpenVEX statements by ${document.author}`,
    publisher: document.author,
    published: document.timestamp ?? null,
    modified: document.last_updated ?? document.timestamp ?? null,
    vulnerabilities: [...vulnerabilities.values()],
    statements,
    warnings: warnings.list(),
  };
}

function statementsOf(statement: OpenVexStatement, s: number, ids: { id: string; aliases: string[] }, warnings: AdvisoryWarnings): AdvisoryStatement[] {
  const result: AdvisoryStatement[] = [];
  statement.products.forEach((product, p) => {
    const subjects = product.subcomponents?.length
      ? product.subcomponents.map((component, c) => ({ component, path: ['statements', s, 'products', p, 'subcomponents', c], parent: product['@id'] ?? null }))
      : [{ component: product as OpenVexComponent, path: ['statements', s, 'products', p], parent: null }];
    for (const { component, path, parent } of subjects) {
      const subject = productOf(component, parent);
      if (!subject) {
        warnings.add(`${formatPath(path)}: no purl or CPE; not matched`);
        continue;
      }
      const range = rangeFromPurlVersion(subject.purl);
      if (!range) warnings.add(`${formatPath(path)}: ${subject.purl ?? subject.cpe} gives no version; the statement covers every version`);
      result.push({
        vulnerabilityId: ids.id,
        aliases: ids.aliases,
        product: subject,
        range: range ?? { kind: 'all' },
        status: statement.status,
        justification: statement.status === 'not_affected' ? (statement.justification ?? null) : null,
        detail: statement.impact_statement ?? statement.status_notes ?? null,
        remediation: statement.action_statement ?? null,
      });
    }
  });
  return result;
}

function productOf(component: OpenVexComponent, parent: string | null): StatementProduct | null {
  const id = component['@id'] ?? null;
  const purl = id && isPurl(id) ? id : component.identifiers?.purl && isPurl(component.identifiers.purl) ? component.identifiers.purl : null;
  const cpe = component.identifiers?.cpe23 ?? (id?.startsWith('cpe:2.3:') ? id : null);
  if (!purl && !cpe) return null;
  return { purl, cpe, documentRef: parent ?? id, name: null };
}
