import { createHash } from 'node:crypto';
import type { AdvisoryStatement, NotAffectedJustification, ParsedAdvisory, StatementProduct, StatementStatus } from '../advisory-model';
import type { AffectedRange } from '@/lib/versions/affected-range';
import { normalizePurl } from '@/lib/components/purl';
import { formatPath } from '@/lib/evidence/sbom/describe-issues';
import { parseOrRefuse, refuse } from './advisory-refusal';
import { AdvisoryWarnings } from './advisory-warnings';
import { highestScore, scoreFromCvssVector } from './cvss-score';
import { cyclonedxVexSchema, type CdxComponent, type CdxVexDocument, type CdxVulnerability } from './cyclonedx-vex-schema';
import { rangeFromPurlVersion, rangeFromVers } from './statement-range';

const STATE_STATUS: Readonly<Record<string, StatementStatus>> = {
  exploitable: 'affected',
  not_affected: 'not_affected',
  false_positive: 'not_affected',
  resolved: 'fixed',
  resolved_with_pedigree: 'fixed',
  in_triage: 'under_investigation',
};

/** CycloneDX's justifications in CISA's words (as OpenVEX tooling maps them). */
const JUSTIFICATION: Readonly<Record<string, NotAffectedJustification>> = {
  code_not_present: 'vulnerable_code_not_present',
  code_not_reachable: 'vulnerable_code_not_in_execute_path',
  requires_configuration: 'vulnerable_code_cannot_be_controlled_by_adversary',
  requires_dependency: 'component_not_present',
  requires_environment: 'vulnerable_code_cannot_be_controlled_by_adversary',
  protected_by_compiler: 'inline_mitigations_already_exist',
  protected_at_runtime: 'inline_mitigations_already_exist',
  protected_at_perimeter: 'inline_mitigations_already_exist',
  protected_by_mitigating_control: 'inline_mitigations_already_exist',
};

type Target = { product: StatementProduct; version: string | null };

/**
 * A CycloneDX 1.4–1.7 JSON BOM with `vulnerabilities` (VEX or VDR). Each `affects[]` entry is
 * resolved to a component of this BOM by bom-ref; a BOM-Link (`urn:cdx:…#ref`) to another BOM is
 * used only when its fragment is a purl. `versions[]` give the range (`range` in vers, `version`
 * exact; status `unaffected` → not_affected, `unknown` → under_investigation); without them the
 * component's own version. No serialNumber: identified by the document's SHA-256, with a warning.
 */
export function parseCyclonedxVex(raw: Record<string, unknown>, text: string): ParsedAdvisory {
  const bom = parseOrRefuse(cyclonedxVexSchema, raw, `CycloneDX ${String(raw.specVersion)} VEX document`);
  const warnings = new AdvisoryWarnings();
  const targets = collectComponents(bom);
  let documentId = bom.serialNumber;
  if (!documentId) {
    documentId = `sha256:${createHash('sha256').update(text).digest('hex')}`;
    warnings.add('serialNumber is missing: the document is identified by its SHA-256, so a later revision is not recognised as the same document');
  }
  const statements = bom.vulnerabilities.flatMap((vulnerability, v) => statementsOf(vulnerability, v, targets, warnings));
  const byId = new Map<string, CdxVulnerability[]>();
  for (const vulnerability of bom.vulnerabilities) byId.set(vulnerability.id, [...(byId.get(vulnerability.id) ?? []), vulnerability]);
  return {
    format: 'cyclonedx-vex',
    documentId,
    revision: String(bom.version ?? 1),
    title: titleOf(bom),
    publisher: null,
    published: bom.metadata?.timestamp ?? null,
    modified: bom.metadata?.timestamp ?? null,
    vulnerabilities: [...byId].map(([id, entries]) => ({
      id,
      aliases: aliasesOf(entries[0]),
      title: null,
      cvssScore: highestScore(entries.flatMap((entry) => (entry.ratings ?? []).map(ratingScore))),
      activelyExploited: false,
    })),
    statements,
    warnings: warnings.list(),
  };
}

function statementsOf(vulnerability: CdxVulnerability, v: number, targets: Map<string, Target>, warnings: AdvisoryWarnings): AdvisoryStatement[] {
  const state = vulnerability.analysis?.state;
  if (!state) warnings.add(`vulnerabilities[${v}] (${vulnerability.id}) has no analysis.state: read as affected`);
  const stateStatus = state ? STATE_STATUS[state] : 'affected';
  const justification = vulnerability.analysis?.justification
    ? JUSTIFICATION[vulnerability.analysis.justification]
    : state === 'false_positive'
      ? 'vulnerable_code_not_present'
      : null;
  const remediation = [vulnerability.recommendation, vulnerability.workaround].filter(Boolean).join('\n') || null;
  const statements: AdvisoryStatement[] = [];
  vulnerability.affects.forEach((affect, a) => {
    const target = resolveRef(affect.ref, targets, ['vulnerabilities', v, 'affects', a, 'ref'], warnings);
    if (!target) return;
    const ranges: Array<{ range: AffectedRange; status: StatementStatus }> = [];
    (affect.versions ?? []).forEach((entry, e) => {
      const status = entry.status === 'unaffected' ? 'not_affected' : entry.status === 'unknown' ? 'under_investigation' : stateStatus;
      if (entry.version !== undefined) ranges.push({ range: { kind: 'exact', versions: [entry.version] }, status });
      else {
        const range = rangeFromVers(entry.range!);
        if (!range) refuse(['vulnerabilities', v, 'affects', a, 'versions', e, 'range'], `"${entry.range}" is not a vers range`);
        ranges.push({ range, status });
      }
    });
    if (ranges.length === 0) {
      const own = target.version ? { kind: 'exact' as const, versions: [target.version] } : rangeFromPurlVersion(target.product.purl);
      if (!own) warnings.add(`vulnerabilities[${v}].affects[${a}]: ${affect.ref} gives no version; the statement covers every version`);
      ranges.push({ range: own ?? { kind: 'all' }, status: stateStatus });
    }
    for (const { range, status } of ranges) {
      statements.push({
        vulnerabilityId: vulnerability.id,
        aliases: aliasesOf(vulnerability),
        product: target.product,
        range,
        status,
        justification: status === 'not_affected' ? justification : null,
        detail: vulnerability.analysis?.detail ?? null,
        remediation: status === 'not_affected' ? null : remediation,
      });
    }
  });
  return statements;
}

function resolveRef(ref: string, targets: Map<string, Target>, path: PropertyKey[], warnings: AdvisoryWarnings): Target | null {
  const local = targets.get(ref);
  const where = formatPath(path.slice(0, -1));
  if (local) {
    if (local.product.purl || local.product.cpe) return local;
    warnings.add(`${where}: component "${ref}" has no purl or CPE; not matched`);
    return null;
  }
  const link = /^urn:cdx:[^#]+#(.+)$/.exec(ref);
  const fragment = link ? safeDecode(link[1]) : ref;
  if (normalizePurl(fragment)) {
    if (link) warnings.add(`${where}: refers to another BOM (${ref}); matched by the purl in its bom-ref`);
    return { product: { purl: fragment, cpe: null, documentRef: ref, name: null }, version: null };
  }
  if (link) {
    warnings.add(`${where}: refers to a component of another BOM (${ref}) that this document does not describe; not matched`);
    return null;
  }
  refuse(path, `"${ref}" names no component of this BOM`);
}

function collectComponents(bom: CdxVexDocument): Map<string, Target> {
  const targets = new Map<string, Target>();
  const stack: CdxComponent[] = [...(bom.metadata?.component ? [bom.metadata.component] : []), ...(bom.components ?? [])];
  while (stack.length > 0) {
    const component = stack.pop()!;
    const purl = component.purl && normalizePurl(component.purl) ? component.purl : null;
    if (component['bom-ref']) {
      targets.set(component['bom-ref'], {
        product: { purl, cpe: component.cpe ?? null, documentRef: component['bom-ref'], name: component.name },
        version: component.version ?? null,
      });
    }
    stack.push(...(component.components ?? []));
  }
  return targets;
}

function ratingScore(rating: { score?: number; method?: string; vector?: string }): number | null {
  if (rating.method && !rating.method.startsWith('CVSS')) return null;
  if (typeof rating.score === 'number') return rating.score;
  if (!rating.vector) return null;
  const prefix = rating.method === 'CVSSv31' ? 'CVSS:3.1/' : rating.method === 'CVSSv3' ? 'CVSS:3.0/' : rating.method === 'CVSSv4' ? 'CVSS:4.0/' : '';
  return scoreFromCvssVector(rating.vector.startsWith('CVSS:') ? rating.vector : `${prefix}${rating.vector}`);
}

function aliasesOf(vulnerability: CdxVulnerability): string[] {
  return [...new Set((vulnerability.references ?? []).map((reference) => reference.id).filter((id) => id !== vulnerability.id))];
}

function titleOf(bom: CdxVexDocument): string {
  const subject = bom.metadata?.component;
  const name = subject ? [subject.name, subject.version].filter(Boolean).join(' ') : null;
  return name ? `CycloneDX VEX for ${name}` : `CycloneDX ${bom.specVersion} VEX`;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
