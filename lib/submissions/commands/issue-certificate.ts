import 'server-only';
import { specVersionsOfResults } from '@/db/queries/evidence';
import { findOrganizationById } from '@/db/queries/organizations';
import { insertCertificate } from '@/db/queries/submissions';
import { config } from '@/lib/config';
import type { EntryDraft } from '@/lib/log/entry-data';
import type { WorkflowContext } from './workflow-command';

/**
 * Inside the final approval: issues the certificate of the approved version, valid for the
 * configured number of months. Returns its public `certificate.issued` entry as a function of the
 * index of the `decision.approved` entry that issued it; the entry publishes the approving
 * regulators' rationales and the conditions attached to the certificate.
 */
export async function issueCertificate(
  ctx: WorkflowContext,
  published: { rationales: string[]; conditions: string[] },
): Promise<(decisionLogIndex: number) => EntryDraft> {
  const { tx, target, now, version: found } = ctx;
  const issuedAt = now;
  const expiresAt = new Date(issuedAt);
  expiresAt.setUTCMonth(expiresAt.getUTCMonth() + config().certificateValidityMonths);
  const lab = await findOrganizationById(tx, target.labOrgId!);
  const { product, version, vendorName } = found;
  const specVersions = await specVersionsOfResults(tx, target.id);
  const certificate = await insertCertificate(tx, {
    submissionId: target.id,
    productVersionId: target.productVersionId,
    vendorOrgId: target.vendorOrgId,
    labOrgId: target.labOrgId!,
    scheme: target.scheme,
    issuedAt,
    expiresAt,
    productName: product.name,
    productModel: product.model,
    versionLabel: version.version,
    vendorName,
    labName: lab?.name ?? '',
    networkFunction: product.networkFunction,
    segment: product.segment,
    specVersions,
  });
  return (decisionLogIndex) => ({
    type: 'certificate.issued',
    subject: { kind: 'certificate', id: certificate.id },
    data: {
      submissionId: target.id,
      product: product.name,
      model: product.model,
      version: version.version,
      vendor: vendorName,
      networkFunction: product.networkFunction,
      segment: product.segment,
      lab: lab?.name ?? null,
      scheme: certificate.scheme,
      specVersions,
      issuedAt: certificate.issuedAt.toISOString(),
      expiresAt: certificate.expiresAt.toISOString(),
      decisionLogIndex,
      rationales: published.rationales,
      conditions: published.conditions,
    },
  });
}
