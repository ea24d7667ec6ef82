import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ServiceError } from '@/lib/errors';
import { getApprovedComponent } from '@/lib/approved-components/read-approved-components';
import { CERTIFICATE_STATUS_DISPLAY } from '@/lib/workflow/certificate-status-display';
import { requirePageActor } from '@/app/_components/auth/require-page-actor';
import { formatDateTime } from '@/app/_components/format/format-date-time';
import { Card } from '@/app/_components/ui/card';
import { PageHeader } from '@/app/_components/ui/page-header';
import { CertificateBadge } from '../_components/certificate-badge';
import { DecisionBadge } from '../_components/decision-badge';
import { segmentNames } from '../_components/labels';
import { VulnerabilityCounts } from '../_components/vulnerability-counts';
import { DecisionForm } from './_components/decision-form';
import { DecisionHistory } from './_components/decision-history';
import { EvidenceList } from './_components/evidence-list';
import { OperatorDecisionsTable } from './_components/operator-decisions-table';
import { ResultsCard } from './_components/results-card';
import { SbomTable } from './_components/sbom-table';
import { VulnerabilitiesTable } from './_components/vulnerabilities-table';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Approved component' };

type Props = { params: Promise<{ certificateId: string }> };

export default async function ComponentPage({ params }: Props) {
  const { certificateId } = await params;
  const actor = await requirePageActor(`/components/${certificateId}`);
  const c = await getApprovedComponent(actor, certificateId).catch((error: unknown) => {
    if (error instanceof ServiceError && (error.status === 403 || error.status === 404)) notFound();
    throw error;
  });
  const name = `${c.product.name} ${c.version}`;
  const facts: [string, ReactNode][] = [
    ['Vendor', c.vendor.name],
    ['Network function', `${c.networkFunction} (${segmentNames[c.segment]} segment)`],
    ['Model', c.product.model ?? '—'],
    ['Evaluated by', c.lab.name],
    ['Scheme', c.scheme],
    ['Specifications', c.specVersions || '—'],
    ['Issued', formatDateTime(c.issuedAt)],
    ['Expires', formatDateTime(c.expiresAt)],
    ['Open vulnerabilities', <VulnerabilityCounts key="v" counts={c.openVulnerabilities} />],
  ];

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/components" className="text-sky-800 underline underline-offset-2">
          Approved components
        </Link>
      </p>
      <PageHeader
        title={<span data-testid="component-title">{name}</span>}
        description={`${c.vendor.name} · ${c.networkFunction} · certificate ${c.certificateId}`}
        actions={<CertificateBadge status={c.status} data-testid="component-status" />}
      />
      <div className="space-y-6">
        <Card id="certificate" title="Certificate">
          <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2 lg:grid-cols-3">
            {facts.map(([label, value]) => (
              <div key={label}>
                <dt className="text-slate-600">{label}</dt>
                <dd className="font-medium text-slate-900">{value}</dd>
              </div>
            ))}
          </dl>
        </Card>

        {actor.orgKind === 'operator' ? (
          <Card
            id="decision"
            title="Your decision"
            description="Whether your network accepts this component. Only your organisation and regulators see it."
            actions={<DecisionBadge decision={c.decision?.decision ?? null} data-testid="component-decision-badge" />}
          >
            <div className="space-y-6">
              <DecisionForm
                certificateId={c.certificateId}
                version={c.decision?.version ?? 0}
                current={c.decision}
                canAccept={c.status === 'valid'}
                statusLabel={CERTIFICATE_STATUS_DISPLAY[c.status].label}
              />
              <DecisionHistory items={c.history} />
            </div>
          </Card>
        ) : (
          <Card id="decisions" title="Operators' decisions">
            <OperatorDecisionsTable items={c.decisions} />
          </Card>
        )}

        <Card id="results" title="Test results" description="The accredited lab's result for every applicable SCAS test case.">
          <ResultsCard results={c.results} submissionId={c.submissionId} />
        </Card>

        <Card id="vulnerabilities" title="Vulnerabilities">
          <VulnerabilitiesTable items={c.vulnerabilities} />
        </Card>

        <Card id="sbom" title="Software bill of materials">
          {c.sbom ? <SbomTable sbom={c.sbom} /> : <p className="text-sm text-slate-700">No SBOM of this version is released to operators.</p>}
        </Card>

        <Card id="evidence" title="Evidence" description="Files the vendor and lab released to operators, with the SHA-256 recorded in the transparency log.">
          <EvidenceList evidence={c.evidence} />
        </Card>
      </div>
    </>
  );
}
