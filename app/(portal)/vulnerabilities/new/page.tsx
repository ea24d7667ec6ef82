import type { Metadata } from 'next';
import { listReportableVersions } from '@/lib/vulnerabilities/read-vulnerabilities';
import { requirePageActor } from '@/app/_components/auth/require-page-actor';
import { Card } from '@/app/_components/ui/card';
import { EmptyState } from '@/app/_components/ui/empty-state';
import { PageHeader } from '@/app/_components/ui/page-header';
import { paramText, type SearchParams } from '../../products/_components/search-params';
import { ReportForm } from '../_components/report-form';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Report a vulnerability' };

export default async function ReportVulnerabilityPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageActor('/vulnerabilities/new');
  const params = await searchParams;
  const versions = await listReportableVersions(actor);
  const wanted = paramText(params, 'productVersionId');
  return (
    <>
      <PageHeader
        title="Report a vulnerability"
        description={
          actor.orgKind === 'vendor'
            ? 'Disclose a vulnerability in one of your product versions. The report is logged; a critical one puts certified versions under review.'
            : 'Report a vulnerability in a certified product version. The vendor is told at once and answers in the portal.'
        }
      />
      {versions.length ? (
        <Card>
          <ReportForm versions={versions} productVersionId={versions.some((v) => v.id === wanted) ? wanted : undefined} />
        </Card>
      ) : (
        <EmptyState
          title="No product version to report on"
          body={actor.orgKind === 'vendor' ? 'Add a product and a version first.' : 'Reports are filed against certified product versions; none is certified yet.'}
          data-testid="report-no-versions"
        />
      )}
    </>
  );
}
