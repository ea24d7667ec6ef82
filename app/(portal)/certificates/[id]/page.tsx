import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { can } from '@/lib/authz/permissions';
import { ServiceError } from '@/lib/errors';
import { certificatePath } from '@/lib/registry/registry-links';
import { getCertificate } from '@/lib/certificates/read-certificates';
import { getCertificateApproval } from '@/lib/registry/certificate-approval';
import { listVulnerabilities } from '@/lib/vulnerabilities/read-vulnerabilities';
import { requirePageActor } from '@/app/_components/auth/require-page-actor';
import { formatDateTime } from '@/app/_components/format/format-date-time';
import { Alert } from '@/app/_components/ui/alert';
import { Card } from '@/app/_components/ui/card';
import { LinkButton } from '@/app/_components/ui/link-button';
import { PageHeader } from '@/app/_components/ui/page-header';
import { ApprovalSection } from '../../../(public)/registry/_components/approval-section';
import { VulnerabilitiesTable } from '../../vulnerabilities/_components/vulnerabilities-table';
import { CertificateStatusBadge, UnderReviewBadge } from '../_components/certificate-badges';
import { daysUntil, describeDaysUntil } from '../_components/days-until';
import { CertificateActions } from './_components/certificate-actions';
import { CertificateHistory } from './_components/certificate-history';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Certificate' };

type Props = { params: Promise<{ id: string }> };

export default async function CertificatePage({ params }: Props) {
  const { id } = await params;
  const actor = await requirePageActor(`/certificates/${id}`);
  const now = new Date();
  const certificate = await getCertificate(actor, id, now).catch((error: unknown) => {
    if (error instanceof ServiceError && error.status === 404) notFound();
    throw error;
  });
  const approval = await getCertificateApproval(certificate.id);
  const vulnerabilities = await listVulnerabilities(actor, { productVersionId: certificate.productVersionId, limit: 20 });
  const isRegulator = can(actor, 'certificate.manage');
  const mayOpenSubmission = isRegulator || actor.orgId === certificate.vendor.id || actor.orgId === certificate.lab.id;
  const days = daysUntil(certificate.expiresAt, now);
  const title = `${certificate.product.name || 'Certificate'} ${certificate.versionLabel}`.trim();

  return (
    <>
      <PageHeader
        title={title}
        description={`${certificate.vendor.name} · ${certificate.networkFunction} · ${certificate.scheme}`}
        actions={
          <LinkButton href={certificatePath(certificate.id)} data-testid="certificate-public-link">
            Public page
          </LinkButton>
        }
      />
      <div className="space-y-6">
        {certificate.isUnderReview ? (
          <Alert tone="warning" title="Under review" data-testid="certificate-under-review">
            <p>
              A critical vulnerability on this version put the certificate on the regulators’ review list on{' '}
              {formatDateTime(certificate.reviewRequiredAt)}. It shows as “under review” on its public page until a regulator suspends,
              revokes or clears it — even if the vulnerability is later disputed or fixed.
            </p>
            {certificate.reviewReason ? <p className="mt-1 font-medium">{certificate.reviewReason}</p> : null}
          </Alert>
        ) : null}
        <Card id="certificate" title="Certificate" data-testid="certificate-details">
          <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
            <dt className="font-medium text-slate-600">Status</dt>
            <dd className="flex flex-wrap gap-1">
              <CertificateStatusBadge status={certificate.status} data-testid="certificate-status" />
              {certificate.isUnderReview ? <UnderReviewBadge data-testid="certificate-review-badge" /> : null}
            </dd>
            <dt className="font-medium text-slate-600">Issued</dt>
            <dd>{formatDateTime(certificate.issuedAt)}</dd>
            <dt className="font-medium text-slate-600">Expires</dt>
            <dd data-testid="certificate-expires">
              {formatDateTime(certificate.expiresAt)}
              {certificate.status === 'valid' || certificate.status === 'suspended' ? ` (${describeDaysUntil(days)})` : null}
            </dd>
            <dt className="font-medium text-slate-600">Lab</dt>
            <dd>{certificate.lab.name}</dd>
            <dt className="font-medium text-slate-600">Segment</dt>
            <dd>{certificate.segment}</dd>
            <dt className="font-medium text-slate-600">Submission</dt>
            <dd>
              {mayOpenSubmission ? (
                <Link href={`/submissions/${certificate.submissionId}`} className="text-sky-800 underline underline-offset-2">
                  Open the submission
                </Link>
              ) : (
                <span className="font-mono text-xs">{certificate.submissionId}</span>
              )}
            </dd>
            <dt className="font-medium text-slate-600">Certificate id</dt>
            <dd className="font-mono text-xs break-all">{certificate.id}</dd>
          </dl>
        </Card>
        {isRegulator ? (
          <Card
            id="regulator-actions"
            title="Regulator actions"
            description="Suspend, reinstate or revoke (final). Each needs a reason, published in the transparency log; acting also clears a pending review."
            data-testid="certificate-actions"
          >
            <CertificateActions certificateId={certificate.id} version={certificate.version} actions={certificate.availableActions} />
          </Card>
        ) : null}
        <Card
          id="vulnerabilities"
          title="Vulnerabilities on this version"
          actions={
            <LinkButton href={`/vulnerabilities/new?productVersionId=${certificate.productVersionId}`} size="sm" data-testid="certificate-report-vulnerability">
              Report a vulnerability
            </LinkButton>
          }
        >
          {vulnerabilities.items.length ? (
            <VulnerabilitiesTable vulnerabilities={vulnerabilities.items} caption="Vulnerabilities on this version" showProduct={false} />
          ) : (
            <p className="text-sm text-slate-700" data-testid="certificate-no-vulnerabilities">
              No vulnerabilities have been reported on this version.
            </p>
          )}
        </Card>
        <Card id="approval" title="Approval" description="The conditions this certificate is valid under, and why the regulators approved it; both are public.">
          <ApprovalSection approval={approval} />
        </Card>
        <Card id="history" title="History" description="Every change, with its entry in the transparency log.">
          <CertificateHistory events={certificate.history} currentUserId={actor.userId} />
        </Card>
      </div>
    </>
  );
}
