import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getAdvisory } from '@/lib/advisories/read-advisories';
import { ServiceError } from '@/lib/errors';
import { requirePageActor } from '@/app/_components/auth/require-page-actor';
import { formatDateTime } from '@/app/_components/format/format-date-time';
import { Alert } from '@/app/_components/ui/alert';
import { Card } from '@/app/_components/ui/card';
import { Table, TBody, Td, Th, THead } from '@/app/_components/ui/data-table';
import { EmptyState } from '@/app/_components/ui/empty-state';
import { PageHeader } from '@/app/_components/ui/page-header';
import { MatchStateBadge } from '../_components/match-state-badge';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Advisory' };

export default async function AdvisoryPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePageActor(`/advisories/${id}`);
  const advisory = await getAdvisory(actor, id).catch((error: unknown) => {
    if (error instanceof ServiceError && (error.status === 403 || error.status === 404)) notFound();
    throw error;
  });
  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm">
        <Link href="/advisories" className="text-sky-800 underline">
          ← Advisories
        </Link>
      </nav>
      <PageHeader title={advisory.title} description={`${advisory.format} · ${advisory.documentId} · revision ${advisory.revision} · ${advisory.publisher ?? 'unknown publisher'}`} />
      <div className="space-y-6">
        <Card id="document" title="Document">
          <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
            <dt className="font-medium">SHA-256</dt>
            <dd className="font-mono text-xs break-all">{advisory.sha256}</dd>
            <dt className="font-medium">Size</dt>
            <dd>{advisory.size} bytes</dd>
            <dt className="font-medium">Imported</dt>
            <dd>
              {formatDateTime(advisory.importedAt)} ({advisory.source}){advisory.logIndex !== null ? `, log entry #${advisory.logIndex}` : ''}
            </dd>
          </dl>
          {advisory.warnings.length ? (
            <Alert tone="warning" title="Stored but not matched" className="mt-4">
              <ul className="list-disc pl-5">
                {advisory.warnings.map((w) => (
                  <li key={w}>{w}</li>
                ))}
              </ul>
            </Alert>
          ) : null}
        </Card>
        {advisory.matches.length ? (
          <Table caption="Matches this document set" data-testid="advisory-matches">
            <THead>
              <tr>
                <Th>Product version</Th>
                <Th>Vulnerability</Th>
                <Th>Package</Th>
                <Th>State</Th>
              </tr>
            </THead>
            <TBody>
              {advisory.matches.map((m) => (
                <tr key={m.id}>
                  <Th scope="row">
                    {m.productName} {m.versionLabel}
                  </Th>
                  <Td className="font-mono text-xs">{m.vulnerabilityId}</Td>
                  <Td className="font-mono text-xs break-all">
                    {m.packageKey}
                    {m.componentVersion ? `@${m.componentVersion}` : ''}
                  </Td>
                  <Td>
                    <MatchStateBadge state={m.state} confidence={m.confidence} />
                    {m.justification ? <div className="text-xs text-slate-600">{m.justification}</div> : null}
                    <div className="text-xs text-slate-500">by {m.stateSource}</div>
                  </Td>
                </tr>
              ))}
            </TBody>
          </Table>
        ) : (
          <EmptyState title="No matches" body="No stored SBOM contains a component this document names (or its matches were set again by a later document)." />
        )}
      </div>
    </>
  );
}
