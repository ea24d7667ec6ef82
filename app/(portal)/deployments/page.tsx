import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { listDeployments } from '@/lib/deployments/read-deployments';
import { requirePageActor } from '@/app/_components/auth/require-page-actor';
import { LinkButton } from '@/app/_components/ui/link-button';
import { PageHeader } from '@/app/_components/ui/page-header';
import { DeploymentsEditor } from './_components/deployments-editor';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Deployments' };

export default async function DeploymentsPage() {
  const actor = await requirePageActor('/deployments');
  if (actor.orgKind !== 'operator') notFound();
  const inventory = await listDeployments(actor);
  return (
    <>
      <PageHeader
        title="Deployments"
        description="What your network runs: one line per product version with its units. Saving replaces the whole inventory and is recorded in the transparency log (visible to your organisation and regulators only)."
        actions={<LinkButton href="/diversity">Vendor diversity</LinkButton>}
      />
      {/* Keyed by the inventory's digest: refetched after Back, a changed inventory remounts the editor instead of leaving a stale one. */}
      <DeploymentsEditor key={inventory.digest} initial={inventory} />
    </>
  );
}
