import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache, type ReactNode } from 'react';
import { ServiceError } from '@/lib/errors';
import { getRegistryCertificate } from '@/lib/registry/read-registry-certificate';
import { CERTIFICATE_STATUS_DISPLAY } from '@/lib/workflow/certificate-status-display';
import { formatDateTime } from '@/app/_components/format/format-date-time';
import { Alert } from '@/app/_components/ui/alert';
import { Card } from '@/app/_components/ui/card';
import { PageHeader } from '@/app/_components/ui/page-header';
import { ApprovalSection } from '../_components/approval-section';
import { CertificateStatusBadge } from '../_components/certificate-status-badge';
import { EvaluationSummary } from '../_components/evaluation-summary';
import { HistoryTimeline } from '../_components/history-timeline';
import { KnownVulnerabilities } from '../_components/known-vulnerabilities';
import { formatDay, SEGMENT_LABELS } from '../_components/registry-labels';
import { SbomList } from '../_components/sbom-list';
import { VerificationNote } from '../_components/verification-note';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }> };

/** One read per request for the metadata and the page; an unknown or malformed id is a 404. */
const loadCertificate = cache(async (id: string) => {
  try {
    return await getRegistryCertificate(id);
  } catch (error) {
    if (error instanceof ServiceError && (error.status === 404 || error.status === 400)) notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const c = await loadCertificate((await params).id);
  return { title: `${c.product} ${c.version} — certificate` };
}

export default async function CertificatePage({ params }: Props) {
  const c = await loadCertificate((await params).id);
  const facts: [string, ReactNode][] = [
    ['Product', c.product],
    ['Model', c.model ?? '—'],
    ['Version', <span key="v" className="font-mono">{c.version}</span>],
    ['Vendor', c.vendor.name],
    ['Network function', `${c.networkFunction} (${SEGMENT_LABELS[c.segment]})`],
    ['Evaluated by', c.lab.name],
    ['Scheme', c.scheme],
    ['Spec versions', c.specVersions || '—'],
    ['Issued', <time key="i" dateTime={c.issuedAt}>{formatDateTime(c.issuedAt)}</time>],
    ['Expires', <time key="e" dateTime={c.expiresAt}>{formatDateTime(c.expiresAt)}</time>],
    ['Certificate id', <span key="id" className="font-mono text-xs break-all">{c.id}</span>],
  ];
  const issued = c.history.find((e) => e.event === 'issued');

  return (
    <div className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/" className="text-sky-800 underline hover:text-sky-950">
          ← Registry
        </Link>
      </nav>
      <PageHeader
        title={`${c.product} ${c.version}`}
        description={`${c.vendor.name} · ${c.networkFunction} · ${c.scheme} certificate, valid until ${formatDay(c.expiresAt)}`}
        actions={<CertificateStatusBadge status={c.status} isUnderReview={c.underReview} testId="certificate-status" />}
      />
      {c.underReview ? (
        <Alert tone="warning" title="Under review" data-testid="certificate-under-review">
          Regulators put this certificate on their review list{c.reviewSince ? ` on ${formatDay(c.reviewSince)}` : ''}, for
          example after a critical vulnerability was reported. It stays {CERTIFICATE_STATUS_DISPLAY[c.status].label.toLowerCase()} until
          they decide.
        </Alert>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-2">
        <Card id="certificate" title="Certificate">
          <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
            {facts.map(([term, value]) => (
              <div key={term} className="contents">
                <dt className="font-medium text-slate-700">{term}</dt>
                <dd className="text-slate-900">{value}</dd>
              </div>
            ))}
          </dl>
        </Card>
        <Card id="history" title="History" description="Every event is an entry in the transparency log.">
          <HistoryTimeline history={c.history} />
        </Card>
      </div>
      <Card id="approval" title="Approval" description="The conditions this certificate is valid under, and why the regulators approved it.">
        <ApprovalSection approval={c.approval} />
      </Card>
      <Card id="evaluation" title="Evaluation" description={`Results the lab recorded for each applicable SCAS test case (${c.specVersions || 'spec versions as recorded'}).`}>
        <EvaluationSummary evaluation={c.evaluation} />
      </Card>
      <KnownVulnerabilities certificateId={c.id} />
      <Card id="sbom" title="Software bill of materials" description="Digests of the SBOMs released with this certificate.">
        <SbomList sboms={c.sboms} />
      </Card>
      <Card id="verify" title="How to verify this certificate">
        <VerificationNote certificateId={c.id} firstLogIndex={issued?.logIndex ?? null} />
      </Card>
    </div>
  );
}
