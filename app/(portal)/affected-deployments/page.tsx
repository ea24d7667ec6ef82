import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getAffectedDeployments } from '@/lib/matching/read-monitoring';
import { requirePageActor } from '@/app/_components/auth/require-page-actor';
import { Card } from '@/app/_components/ui/card';
import { Table, TBody, Td, Th, THead } from '@/app/_components/ui/data-table';
import { EmptyState } from '@/app/_components/ui/empty-state';
import { PageHeader } from '@/app/_components/ui/page-header';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Affected deployments' };

const SEGMENTS: Record<string, string> = { core: 'Core', transport: 'Transport', ran: 'RAN' };

export default async function AffectedDeploymentsPage() {
  const actor = await requirePageActor('/affected-deployments');
  if (actor.orgKind !== 'operator') notFound();
  const view = await getAffectedDeployments(actor);
  return (
    <>
      <PageHeader title="Affected deployments" description="Your inventory against the advisory matches that are affected now. A vendor’s VEX statement or a regulator’s decision clears a line." />
      {view.items.length === 0 ? (
        <EmptyState title="No deployed version is affected" body="When an advisory affects a component of a version you deploy, it appears here and in your inbox." data-testid="affected-empty" />
      ) : (
        <div className="space-y-6">
          <div className="grid gap-4 sm:grid-cols-3">
            {view.segments.map((s) => (
              <Card key={s.segment} title={SEGMENTS[s.segment] ?? s.segment} data-testid={`affected-segment-${s.segment}`}>
                <p className="text-2xl font-semibold">{s.units} units</p>
                <p className="text-sm text-slate-600">{s.versions} affected versions</p>
              </Card>
            ))}
          </div>
          <Table caption="Affected versions you deploy" data-testid="affected-table">
            <THead>
              <tr>
                <Th>Product version</Th>
                <Th>Vendor</Th>
                <Th>Segment</Th>
                <Th>Units</Th>
                <Th>Vulnerabilities</Th>
              </tr>
            </THead>
            <TBody>
              {view.items.map((r) => (
                <tr key={r.productVersionId}>
                  <Th scope="row">
                    {r.productName} {r.versionLabel}
                  </Th>
                  <Td>{r.vendorName}</Td>
                  <Td>{SEGMENTS[r.segment] ?? r.segment}</Td>
                  <Td>{r.units}</Td>
                  <Td className="font-mono text-xs">{r.vulnerabilityIds.join(', ')}</Td>
                </tr>
              ))}
            </TBody>
          </Table>
        </div>
      )}
    </>
  );
}
