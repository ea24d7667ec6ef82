import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { listAdvisories } from '@/lib/advisories/read-advisories';
import { listFeeds } from '@/lib/advisories/read-feeds';
import { requirePageActor } from '@/app/_components/auth/require-page-actor';
import { formatDateTime } from '@/app/_components/format/format-date-time';
import { Badge } from '@/app/_components/ui/badge';
import { Card } from '@/app/_components/ui/card';
import { Table, TBody, Td, Th, THead } from '@/app/_components/ui/data-table';
import { EmptyState } from '@/app/_components/ui/empty-state';
import { PageHeader } from '@/app/_components/ui/page-header';
import { AdvisoryUpload } from './_components/advisory-upload';
import { FeedForm } from './_components/feed-form';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Advisories' };

export default async function AdvisoriesPage() {
  const actor = await requirePageActor('/advisories');
  if (actor.orgKind !== 'regulator' && actor.orgKind !== 'vendor') notFound();
  const page = await listAdvisories(actor, { limit: '100' });
  const feeds = actor.orgKind === 'regulator' ? (await listFeeds(actor)).items : [];
  return (
    <>
      <PageHeader
        title="Advisories"
        description={
          actor.orgKind === 'regulator'
            ? 'Security advisories and VEX documents, matched against the component index of every stored SBOM. An affected certified version goes on the review list and its vendor gets a task with the CRA clocks.'
            : 'The VEX documents your organisation imported: their statements apply to your own product versions only.'
        }
      />
      <div className="space-y-6">
        <div className="grid gap-6 lg:grid-cols-2">
          <Card id="import" title="Import">
            <AdvisoryUpload label={actor.orgKind === 'vendor' ? 'Import a VEX document about your products' : 'Import an advisory'} />
          </Card>
          {actor.orgKind === 'regulator' ? (
            <Card id="feeds" title="CSAF providers" description="Pulled every hour with conditional requests; each document is checked against its .sha512 file.">
              <ul className="mb-4 space-y-1 text-sm" data-testid="advisory-feeds">
                {feeds.map((f) => (
                  <li key={f.id} className="break-all">
                    <span className="font-mono text-xs">{f.url}</span> — {f.lastPulledAt ? `pulled ${formatDateTime(f.lastPulledAt)}` : 'not pulled yet'}
                    {f.lastError ? <span className="text-red-800"> ({f.lastError})</span> : null}
                  </li>
                ))}
              </ul>
              <FeedForm />
            </Card>
          ) : null}
        </div>
        {page.items.length ? (
          <Table caption="Imported advisories, newest first" data-testid="advisories-table">
            <THead>
              <tr>
                <Th>Document</Th>
                <Th>Format</Th>
                <Th>Revision</Th>
                <Th>Publisher</Th>
                <Th>Imported</Th>
              </tr>
            </THead>
            <TBody>
              {page.items.map((a) => (
                <tr key={a.id}>
                  <Th scope="row">
                    <Link href={`/advisories/${a.id}`} className="text-sky-800 underline">
                      {a.title}
                    </Link>
                    <div className="font-mono text-xs text-slate-600">{a.documentId}</div>
                    {a.activelyExploited ? <Badge tone="danger">actively exploited</Badge> : null}{' '}
                    {a.supersededAt ? <Badge>superseded</Badge> : null}
                  </Th>
                  <Td>{a.format}</Td>
                  <Td>{a.revision}</Td>
                  <Td>{a.publisher ?? '—'}</Td>
                  <Td>
                    <time dateTime={a.importedAt}>{formatDateTime(a.importedAt)}</time> ({a.source})
                  </Td>
                </tr>
              ))}
            </TBody>
          </Table>
        ) : (
          <EmptyState title="No advisories yet" body="Import a CSAF, OSV, CycloneDX VEX or OpenVEX document, or configure a CSAF provider." data-testid="advisories-empty" />
        )}
      </div>
    </>
  );
}
