import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ServiceError } from '@/lib/errors';
import { getVulnerability } from '@/lib/vulnerabilities/read-vulnerabilities';
import { requirePageActor } from '@/app/_components/auth/require-page-actor';
import { orgKindLabels } from '@/app/_components/org/org-kind';
import { formatDateTime } from '@/app/_components/format/format-date-time';
import { Alert } from '@/app/_components/ui/alert';
import { Card } from '@/app/_components/ui/card';
import { LinkButton } from '@/app/_components/ui/link-button';
import { PageHeader } from '@/app/_components/ui/page-header';
import { paramText, type SearchParams } from '../../products/_components/search-params';
import { SeverityBadge, VulnerabilityStatusBadge } from '../_components/vulnerability-badges';
import { ResponseForm } from './_components/response-form';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Vulnerability' };

type Props = { params: Promise<{ id: string }>; searchParams: SearchParams };

export default async function VulnerabilityPage({ params, searchParams }: Props) {
  const { id } = await params;
  const actor = await requirePageActor(`/vulnerabilities/${id}`);
  const v = await getVulnerability(actor, id).catch((error: unknown) => {
    if (error instanceof ServiceError && error.status === 404) notFound();
    throw error;
  });
  const search = await searchParams;
  const justReported = paramText(search, 'reported') === '1';
  const justAnswered = paramText(search, 'answered') === '1';
  const kind = orgKindLabels[v.reporter.orgKind].toLowerCase();
  const reporter = v.reporter.orgName ? `${v.reporter.orgName} (${kind})` : `${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind}`;

  return (
    <>
      <PageHeader
        title={v.title}
        description={`${v.vendor.name} ${v.product.name} ${v.productVersion.version}${v.cve ? ` · ${v.cve}` : ''}`}
        actions={
          <LinkButton href={`/vulnerabilities?productVersionId=${v.productVersion.id}`} data-testid="vulnerability-version-link">
            All on this version
          </LinkButton>
        }
      />
      <div className="space-y-6">
        {justReported ? (
          <Alert tone="success" data-testid="vulnerability-reported">
            Reported. The vendor has been told{v.severity === 'critical' ? ', and certified versions are on the regulators’ review list' : ''}.
          </Alert>
        ) : null}
        {justAnswered ? (
          <Alert tone="success" data-testid="vulnerability-answered">
            Your answer is recorded and the reporter has been told.
          </Alert>
        ) : null}
        <Card id="details" title="Report" data-testid="vulnerability-details">
          <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
            <dt className="font-medium text-slate-600">Severity</dt>
            <dd>
              <SeverityBadge severity={v.severity} score={v.cvssScore} data-testid="vulnerability-severity" />
            </dd>
            <dt className="font-medium text-slate-600">Status</dt>
            <dd>
              <VulnerabilityStatusBadge status={v.status} data-testid="vulnerability-status" />
              {v.fixedInVersion ? <span className="ml-2" data-testid="vulnerability-fixed-in">fixed in {v.fixedInVersion}</span> : null}
            </dd>
            <dt className="font-medium text-slate-600">CVE</dt>
            <dd className="font-mono">{v.cve ?? '—'}</dd>
            <dt className="font-medium text-slate-600">Reported</dt>
            <dd>
              {formatDateTime(v.createdAt)} by {reporter}
            </dd>
            <dt className="font-medium text-slate-600">Description</dt>
            <dd className="whitespace-pre-line">{v.description}</dd>
            <dt className="font-medium text-slate-600">Vendor’s answer</dt>
            <dd className="whitespace-pre-line" data-testid="vulnerability-vendor-response">
              {v.vendorResponse ?? 'None yet.'}
            </dd>
          </dl>
        </Card>
        {v.canRespond ? (
          <Card
            id="respond"
            title="Answer this report"
            description="Regulators decide on certificates; your answer tells them and the reporter where the version stands. A certificate stays under review until a regulator acts, whatever the answer."
          >
            <ResponseForm key={v.version} vulnerabilityId={v.id} version={v.version} current={{ status: v.status, fixedInVersion: v.fixedInVersion }} />
          </Card>
        ) : null}
      </div>
    </>
  );
}
