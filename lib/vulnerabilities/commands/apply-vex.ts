import 'server-only';
import crypto from 'node:crypto';
import { z } from 'zod';
import { findProductVersionFacts, findVersionWithProduct } from '@/db/queries/products';
import * as q from '@/db/queries/vulnerabilities';
import type { Actor } from '@/lib/authz/actor';
import { registryTotalsChanged } from '@/lib/certificates/certificate-effects';
import { conflict, unprocessable } from '@/lib/errors';
import { parseSbom } from '@/lib/evidence/sbom/parse-sbom';
import type { Effect } from '@/lib/kernel/effect';
import { defineCommand } from '@/lib/kernel/command';
import { runCommand } from '@/lib/kernel/run-command';
import { MAX_VEX_BYTES } from '@/lib/validation/vulnerabilities';
import { isUuid } from '@/lib/validation/uuid';
import { planVex } from '../plan-vex';
import { triggersCertificateReview } from '../review-trigger';
import type { VexResultDto } from '../vulnerability-dto';
import { vulnerabilityAnsweredNotice } from '../vulnerability-effects';
import { vexDenial } from '../vulnerability-rules';
import { maySeeVulnerabilitiesOf } from '@/lib/visibility/vulnerabilities';
import { flagCertificatesForReview, NO_REVIEW } from './flag-for-review';

/**
 * Applies a vendor's CycloneDX VEX document to one of its product versions: each statement's
 * analysis state sets the status of the version's recorded vulnerability with the same CVE id
 * (exploitable → confirmed, in_triage → open, resolved(_with_pedigree) → fixed, not_affected /
 * false_positive → disputed). Nothing is created for ids without a recorded vulnerability; they are
 * reported as `unmatched`. Owning vendor only (another vendor's, an invisible or an unknown version: 404; others who see it:
 * 403); not a CycloneDX document with `vulnerabilities`: 415/422. Logs one `vulnerability.vex_applied`
 * entry (with the document's SHA-256 and every change), plus `certificate.review_required` for
 * certificates a reactivated critical vulnerability flags; afterwards each reporter hears of the
 * change of their report.
 */
export const applyVexCommand = defineCommand({
  name: 'vulnerability.apply_vex',
  subject: 'Product version',
  input: z.instanceof(Uint8Array, { error: 'Send the VEX document as the request body.' }),
  async load(tx, key: { productVersionId: string }, actor) {
    if (!isUuid(key.productVersionId) || !(await q.lockProductVersion(tx, key.productVersionId))) return null;
    const found = await findVersionWithProduct(tx, key.productVersionId);
    const facts = await findProductVersionFacts(tx, actor, key.productVersionId);
    return found && facts ? { ...found, facts } : null;
  },
  isVisible: (actor, found) => maySeeVulnerabilitiesOf(actor, found.facts),
  authorize: ({ actor }) => vexDenial(actor),
  async apply({ tx, actor, input: document, target: found, now }) {
    if (document.byteLength > MAX_VEX_BYTES) throw unprocessable('A VEX document is limited to 5 MiB.');
    const summary = parseSbom(document);
    if (summary.format !== 'cyclonedx' || !summary.vulnerabilities) {
      throw unprocessable('This is not a VEX document: expected CycloneDX JSON with a "vulnerabilities" array.');
    }
    const statements = summary.vulnerabilities;
    const productVersionId = found.version.id;
    const productLabel = `${found.product.name} ${found.version.version}`;
    const cves = [...new Set(statements.flatMap((s) => (s.id ? [s.id.trim().toUpperCase()] : [])))];
    const recorded = await q.lockVulnerabilitiesByCve(tx, productVersionId, cves);
    const plan = planVex(statements, recorded);
    const byId = new Map(recorded.map((r) => [r.id, r]));
    let reactivatedCritical: q.VulnerabilityRow | null = null;
    const answered: Effect[] = [];
    for (const change of plan.updates) {
      const row = byId.get(change.vulnerabilityId)!;
      const updated = await q.updateVulnerability(tx, row.id, row.version, { status: change.to }, now);
      if (!updated) throw conflict('A vulnerability changed while the VEX document was applied; retry.', row.status);
      if (triggersCertificateReview(row.severity, change.from, change.to)) reactivatedCritical ??= row;
      answered.push(vulnerabilityAnsweredNotice({ vulnerability: updated, productLabel, status: updated.status, actor }));
    }
    const review = reactivatedCritical
      ? await flagCertificatesForReview(tx, { productVersionId, vulnerability: reactivatedCritical, actor, now })
      : NO_REVIEW;
    const outcome = {
      productVersionId,
      updated: plan.updates,
      unchanged: plan.unchanged,
      unmatched: plan.unmatched,
      withoutState: plan.withoutState,
      certificatesUnderReview: review.certificateIds,
    };
    return {
      result: outcome,
      entries: [
        {
          type: 'vulnerability.vex_applied',
          subject: { kind: 'product_version', id: productVersionId },
          data: {
            sha256: crypto.createHash('sha256').update(document).digest('hex'),
            size: document.byteLength,
            specVersion: summary.specVersion,
            serialNumber: summary.serialNumber,
            statements: summary.vulnerabilityCount ?? statements.length,
            updated: plan.updates,
            unchanged: plan.unchanged,
            unmatched: plan.unmatched,
            withoutState: plan.withoutState,
            certificatesUnderReview: review.certificateIds,
          },
        },
        ...review.entries,
      ],
      effects: [...answered, ...review.effects, registryTotalsChanged(null)],
    };
  },
  readBack: async (_actor, outcome, appended): Promise<VexResultDto> => ({ ...outcome, logIndex: appended[0].index }),
});

/** Fires {@link applyVexCommand} with the document's bytes. */
export function applyVex(actor: Actor, productVersionId: string, document: Uint8Array): Promise<VexResultDto> {
  return runCommand(applyVexCommand, actor, { productVersionId }, document);
}
