import 'server-only';
import * as q from '@/db/queries/operators';
import type { Actor } from '@/lib/authz/actor';
import { getDb } from '@/lib/db';
import { forbidden, notFound } from '@/lib/errors';
import type { SbomSummary } from '@/lib/evidence/sbom/sbom-summary';
import { getOperatorDecisionHistory, getOperatorDecisions } from '@/lib/operator-decisions/read-operator-decisions';
import { decodeCursor, encodeCursor, type Page } from '@/lib/pagination';
import { searchText } from '@/lib/registry/search-query';
import { getEvidence } from '@/lib/evidence/read-evidence';
import { getResults } from '@/lib/results/read-results';
import { getSubmission } from '@/lib/submissions/read-submissions';
import { approvedComponentsQuerySchema } from '@/lib/validation/operators';
import { parseInput } from '@/lib/validation/parse';
import { isUuid } from '@/lib/validation/uuid';
import { effectiveCertificateStatus } from '@/lib/workflow/effective-certificate-status';
import type { ApprovedComponentDetailDto, ApprovedComponentDto, SeverityCounts } from './approved-component-dto';

const emptyCounts = (): SeverityCounts => ({ critical: 0, high: 0, medium: 0, low: 0, none: 0 });
const isKeyset = (v: unknown): v is q.ComponentKeyset =>
  Array.isArray(v) && v.length === 3 && v.every((x) => typeof x === 'string') && isUuid(v[2] as string);

function requireReader(actor: Actor) {
  if (actor.orgKind !== 'operator' && actor.orgKind !== 'regulator') {
    throw forbidden('The approved-components catalogue is for operators and regulators.');
  }
}

function toDto(
  c: q.CertificateRow,
  decision: q.OperatorDecisionRow | null,
  counts: SeverityCounts,
  decisionCounts: ApprovedComponentDto['decisionCounts'],
  now: Date,
): ApprovedComponentDto {
  return {
    certificateId: c.id,
    status: effectiveCertificateStatus(c.status, c.expiresAt, now),
    productVersionId: c.productVersionId,
    product: { name: c.productName, model: c.productModel },
    version: c.versionLabel,
    vendor: { id: c.vendorOrgId, name: c.vendorName },
    lab: { id: c.labOrgId, name: c.labName },
    networkFunction: c.networkFunction,
    segment: c.segment,
    scheme: c.scheme,
    issuedAt: c.issuedAt.toISOString(),
    expiresAt: c.expiresAt.toISOString(),
    openVulnerabilities: counts,
    decision: decision
      ? { decision: decision.decision, rationale: decision.rationale, decidedAt: decision.decidedAt.toISOString(), version: decision.version }
      : null,
    decisionCounts,
  };
}

async function countsByVersion(versionIds: string[]) {
  const rows = await q.openVulnerabilityCounts(await getDb(), [...new Set(versionIds)]);
  const result = new Map<string, SeverityCounts>();
  for (const r of rows) {
    const counts = result.get(r.productVersionId) ?? emptyCounts();
    counts[r.severity] += r.n;
    result.set(r.productVersionId, counts);
  }
  return result;
}

async function decisionCountsByCertificate(certificateIds: string[]) {
  const result = new Map<string, { accept: number; reject: number }>();
  for (const r of await q.decisionCountsOfCertificates(await getDb(), certificateIds)) {
    const counts = result.get(r.certificateId) ?? { accept: 0, reject: 0 };
    counts[r.decision] += r.n;
    result.set(r.certificateId, counts);
  }
  return result;
}

/**
 * The approved-components catalogue: certified product versions whose certificate is not revoked
 * (suspended and expired ones stay listed with their status), ordered by product and version.
 * Filters: `q` (every word the start of a word of the product, model, version, vendor, lab or
 * network function, as in the registry), `networkFunction`, `segment`; cursor-paginated. With open
 * vulnerability counts by severity and, for operators, their organisation's decision (regulators:
 * accept/reject counts over all operators). Operators and regulators only (others 403). Logs nothing.
 */
export async function listApprovedComponents(actor: Actor, query: unknown = {}): Promise<Page<ApprovedComponentDto>> {
  requireReader(actor);
  const params = parseInput(approvedComponentsQuerySchema, query);
  const after = decodeCursor(params.cursor, isKeyset);
  const rows = await q.listApprovedComponentRows(await getDb(), {
    callerOrgId: actor.orgId,
    search: searchText(params.q ?? ''),
    networkFunction: params.networkFunction,
    segment: params.segment,
    after,
    limit: params.limit + 1,
  });
  const page = rows.slice(0, params.limit);
  const vulnerabilityCounts = await countsByVersion(page.map((r) => r.certificate.productVersionId));
  const decisionCounts = actor.orgKind === 'regulator' ? await decisionCountsByCertificate(page.map((r) => r.certificate.id)) : null;
  const now = new Date();
  const last = page[page.length - 1];
  return {
    items: page.map((r) =>
      toDto(
        r.certificate,
        actor.orgKind === 'operator' ? r.decision : null,
        vulnerabilityCounts.get(r.certificate.productVersionId) ?? emptyCounts(),
        decisionCounts ? (decisionCounts.get(r.certificate.id) ?? { accept: 0, reject: 0 }) : null,
        now,
      ),
    ),
    nextCursor:
      rows.length > params.limit ? encodeCursor([last.certificate.productName, last.certificate.versionLabel, last.certificate.id] satisfies q.ComponentKeyset) : null,
  };
}

/**
 * One certified component (by certificate id, revoked ones included so a deployed version's
 * revocation can be read): everything in the catalogue row plus the evidence released to
 * operators, the results summary with every test case that did not pass, the newest certified
 * SBOM's components, the version's vulnerabilities, and the decisions (operators: their own and its
 * history from the log; regulators: every operator's). Operators and regulators only (403);
 * unknown certificate 404. Logs nothing.
 */
export async function getApprovedComponent(actor: Actor, certificateId: string): Promise<ApprovedComponentDetailDto> {
  requireReader(actor);
  if (!isUuid(certificateId)) throw notFound('Certificate');
  const db = await getDb();
  const certificate = await q.findCertificateById(db, certificateId);
  if (!certificate) throw notFound('Certificate');
  const [submission, results, vulnerabilityRows, decisions, history] = await Promise.all([
    getSubmission(actor, certificate.submissionId),
    getResults(actor, certificate.submissionId),
    q.listVulnerabilitiesOfVersion(db, certificate.productVersionId),
    getOperatorDecisions(actor, { certificateId }),
    actor.orgKind === 'operator' ? getOperatorDecisionHistory(actor, certificateId) : Promise.resolve([]),
  ]);
  const evidence = submission.evidence.filter((e) => e.visibility === 'certified');
  const sbomEvidence = evidence.filter((e) => e.kind === 'sbom' && e.sbom).at(-1);
  const sbomDetail = sbomEvidence ? await getEvidence(actor, sbomEvidence.id) : null;
  const summary = sbomDetail?.sbom as SbomSummary | null | undefined;

  const counts = emptyCounts();
  for (const v of vulnerabilityRows) if (v.status === 'open' || v.status === 'confirmed') counts[v.severity] += 1;
  const own = actor.orgKind === 'operator' ? await q.findOperatorDecision(db, certificateId, actor.orgId) : null;
  const decisionCounts =
    actor.orgKind === 'regulator'
      ? {
          accept: decisions.items.filter((d) => d.decision === 'accept').length,
          reject: decisions.items.filter((d) => d.decision === 'reject').length,
        }
      : null;
  return {
    ...toDto(certificate, own, counts, decisionCounts, new Date()),
    submissionId: certificate.submissionId,
    specVersions: certificate.specVersions,
    evidence,
    results: { summary: results.summary, notPassed: results.items.filter((i) => i.result !== null && i.result !== 'pass') },
    sbom:
      sbomEvidence && summary
        ? {
            evidenceId: sbomEvidence.id,
            filename: sbomEvidence.filename,
            format: summary.format,
            specVersion: summary.specVersion,
            componentCount: summary.componentCount,
            components: summary.components,
          }
        : null,
    vulnerabilities: vulnerabilityRows.map((v) => ({
      id: v.id,
      cve: v.cve,
      title: v.title,
      severity: v.severity,
      cvssScore: v.cvssScore,
      status: v.status,
      fixedInVersion: v.fixedInVersion,
      reportedAt: v.createdAt.toISOString(),
    })),
    decisions: decisions.items,
    history,
  };
}
