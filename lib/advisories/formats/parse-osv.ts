import type { AdvisoryStatement, ParsedAdvisory, StatementProduct } from '../advisory-model';
import type { OsvEvent } from '@/lib/versions/affected-range';
import { normalizePurl } from '@/lib/components/purl';
import { PackageURL } from 'packageurl-js';
import { parseOrRefuse } from './advisory-refusal';
import { AdvisoryWarnings } from './advisory-warnings';
import { highestScore, scoreFromCvssVector } from './cvss-score';
import { distroOf, purlFromEcosystem } from './ecosystem-purl';
import { osvDocumentSchema, type OsvAffected, type OsvDocument } from './osv-schema';

/**
 * An OSV record (schema 1.x). One statement per affected package and range (SEMVER/ECOSYSTEM kept
 * with `versions[]`; GIT kept but flagged as never matched); `versions[]` alone → exact versions.
 * The purl is the package's own, or built from ecosystem + name. A withdrawn record is accepted
 * with no statements (so a new revision can retract an earlier one) and a warning.
 */
export function parseOsv(raw: Record<string, unknown>): ParsedAdvisory {
  const record = parseOrRefuse(osvDocumentSchema, raw, 'OSV record');
  const warnings = new AdvisoryWarnings();
  const aliases = record.aliases ?? [];
  const vulnerabilityId = aliases.find((alias) => /^CVE-\d{4}-\d+$/.test(alias)) ?? record.id;
  const otherIds = [...new Set([record.id, ...aliases].filter((id) => id !== vulnerabilityId))];
  const scores = (record.severity ?? []).map((severity, i) => {
    if (!severity.type.startsWith('CVSS_')) return null;
    const score = scoreFromCvssVector(severity.score);
    if (score === null) warnings.add(`severity[${i}]: no score could be computed from "${severity.score.slice(0, 120)}"`);
    return score;
  });
  let statements: AdvisoryStatement[] = [];
  (record.affected ?? []).forEach((affected, i) => {
    statements.push(...statementsOf(affected, i, record, { vulnerabilityId, aliases: otherIds, warnings }));
  });
  if (record.withdrawn) {
    warnings.add(`withdrawn on ${record.withdrawn}: its ${statements.length} statement(s) are not kept`);
    statements = [];
  }
  return {
    format: 'osv',
    documentId: record.id,
    revision: record.modified,
    title: record.summary?.trim() || firstLine(record.details) || record.id,
    publisher: null,
    published: record.published ?? null,
    modified: record.modified,
    vulnerabilities: [{ id: vulnerabilityId, aliases: otherIds, title: record.summary ?? null, cvssScore: highestScore(scores), activelyExploited: false }],
    statements,
    warnings: warnings.list(),
  };
}

type Context = { vulnerabilityId: string; aliases: string[]; warnings: AdvisoryWarnings };

function statementsOf(affected: OsvAffected, index: number, record: OsvDocument, context: Context): AdvisoryStatement[] {
  const where = `affected[${index}]`;
  const product = productOf(affected, where, context.warnings);
  if (!product) return [];
  const versions = affected.versions ?? [];
  const base = {
    vulnerabilityId: context.vulnerabilityId,
    aliases: context.aliases,
    product,
    status: 'affected' as const,
    justification: null,
    detail: record.summary?.trim() || null,
  };
  const ranges = affected.ranges ?? [];
  if (ranges.length === 0) {
    if (versions.length === 0) {
      context.warnings.add(`${where}: neither ranges nor versions; nothing to match`);
      return [];
    }
    return [{ ...base, range: { kind: 'exact', versions }, remediation: null }];
  }
  return ranges.map((range, r) => {
    if (range.type === 'GIT') context.warnings.add(`${where}.ranges[${r}]: GIT ranges are stored but not matched`);
    const events = range.events as OsvEvent[];
    const fixed = events.flatMap((event) => ('fixed' in event ? [event.fixed] : []));
    return {
      ...base,
      range: { kind: 'osv', type: range.type, events, versions },
      remediation: fixed.length > 0 && range.type !== 'GIT' ? `Fixed in ${fixed.join(', ')}` : null,
    };
  });
}

function productOf(affected: OsvAffected, where: string, warnings: AdvisoryWarnings): StatementProduct | null {
  const pkg = affected.package;
  if (!pkg) {
    const purl = repositoryPurl(affected);
    if (!purl) {
      warnings.add(`${where}: no package and no GitHub repository in its ranges; not matched`);
      return null;
    }
    warnings.add(`${where}: no package; identified by its repository as ${purl}`);
    return { purl, cpe: null, documentRef: null, name: null };
  }
  const built = purlFromEcosystem(pkg.ecosystem, pkg.name);
  const given = pkg.purl ? normalizePurl(pkg.purl) : null;
  if (pkg.purl && !given) warnings.add(`${where}.package.purl: "${pkg.purl}" is not a valid package URL`);
  let purl: string | null = built;
  if (given && (!built || normalizePurl(built)?.type === given.type)) {
    purl = withDistro(pkg.purl!, pkg.ecosystem);
  } else if (given && built) {
    warnings.add(`${where}.package.purl: "${pkg.purl}" does not fit ecosystem ${pkg.ecosystem}; ${built} is used`);
  }
  if (!purl) {
    warnings.add(`${where}: ecosystem "${pkg.ecosystem}" has no package URL type; ${pkg.name} is not matched`);
    return null;
  }
  return { purl, cpe: null, documentRef: null, name: pkg.name };
}

/** The given purl, with the `distro` of an ecosystem such as `Debian:12` added when it has none. */
function withDistro(purl: string, ecosystem: string): string {
  const [base, ...suffix] = ecosystem.split(':');
  const distro = distroOf(base, suffix);
  if (!distro) return purl;
  const parsed = PackageURL.fromString(purl);
  if (parsed.qualifiers?.distro) return purl;
  return new PackageURL(parsed.type, parsed.namespace, parsed.name, parsed.version, { ...parsed.qualifiers, distro }, parsed.subpath).toString();
}

/** `pkg:github/owner/repo` for the GitHub repository of a GIT range, when there is one. */
function repositoryPurl(affected: OsvAffected): string | null {
  for (const range of affected.ranges ?? []) {
    const match = range.type === 'GIT' ? /^https:\/\/github\.com\/([^/]+)\/([^/]+?)(?:\.git)?\/?$/.exec(range.repo ?? '') : null;
    if (match) return new PackageURL('github', match[1], match[2], undefined, undefined, undefined).toString();
  }
  return null;
}

function firstLine(text: string | undefined): string | null {
  const line = text?.split('\n').find((l) => l.trim() !== '')?.trim();
  return line ? line.slice(0, 200) : null;
}
