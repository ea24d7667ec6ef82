import type { Metadata } from 'next';
import type { Actor } from '@/lib/authz/actor';
import { getOrganization } from '@/lib/organizations/read-organizations';
import { requirePageActor } from '@/app/_components/auth/require-page-actor';
import { orgKindLabels } from '@/app/_components/org/org-kind';
import { PageHeader } from '@/app/_components/ui/page-header';
import { VendorHome } from './_components/vendor-home';
import { LabHome } from './_components/lab-home';
import { RegulatorDashboard as RegulatorHome } from './_components/regulator-dashboard';
import { OperatorHome } from './_components/operator-home';
import { GettingStarted } from './_components/getting-started';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Dashboard' };

export default async function DashboardPage() {
  const actor = await requirePageActor('/dashboard');
  return (
    <>
      <PageHeader title={`Welcome, ${actor.name}`} description={`${actor.orgName} · ${orgKindLabels[actor.orgKind]}`} />
      <GettingStarted actor={actor} />
      <Home actor={actor} />
    </>
  );
}

async function Home({ actor }: { actor: Actor }) {
  switch (actor.orgKind) {
    case 'vendor':
      return <VendorHome />;
    case 'lab':
      return <LabHome accreditations={(await getOrganization(actor, actor.orgId)).accreditations ?? []} />;
    case 'regulator':
      return <RegulatorHome />;
    case 'operator':
      return <OperatorHome />;
  }
}
