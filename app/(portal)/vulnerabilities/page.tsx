import type { Metadata } from 'next';
import { ServiceError } from '@/lib/errors';
import { listVulnerabilities } from '@/lib/vulnerabilities/read-vulnerabilities';
import { SEVERITIES } from '@/lib/vulnerabilities/severity';
import { VULNERABILITY_STATUSES } from '@/lib/vulnerabilities/statuses';
import { requirePageActor } from '@/app/_components/auth/require-page-actor';
import { Alert } from '@/app/_components/ui/alert';
import { EmptyState } from '@/app/_components/ui/empty-state';
import { LinkButton } from '@/app/_components/ui/link-button';
import { PageHeader } from '@/app/_components/ui/page-header';
import { CursorPagination } from '../products/_components/cursor-pagination';
import { paramText, type SearchParams } from '../products/_components/search-params';
import { VulnerabilitiesTable } from './_components/vulnerabilities-table';
import { VulnerabilityFilters } from './_components/vulnerability-filters';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Vulnerabilities' };

const PAGE_SIZE = 50;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function VulnerabilitiesPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageActor('/vulnerabilities');
  const params = await searchParams;
  const status = VULNERABILITY_STATUSES.find((s) => s === paramText(params, 'status'));
  const severity = SEVERITIES.find((s) => s === paramText(params, 'severity'));
  const productVersionId = UUID.test(paramText(params, 'productVersionId')) ? paramText(params, 'productVersionId') : undefined;
  const cursor = paramText(params, 'cursor') || undefined;
  const isFiltered = Boolean(status || severity || productVersionId);

  const page = await listVulnerabilities(actor, { status, severity, productVersionId, cursor, limit: PAGE_SIZE }).catch((error: unknown) => {
    if (error instanceof ServiceError && error.status === 400) return null;
    throw error;
  });

  return (
    <>
      <PageHeader
        title="Vulnerabilities"
        description={
          actor.orgKind === 'vendor'
            ? 'Vulnerabilities reported on your products, newest first. Answer each one: confirmed, disputed or fixed in a named version.'
            : 'Vulnerabilities reported on certified and submitted product versions, newest first. A critical one on a certified version puts its certificate on the regulators’ review list.'
        }
        actions={
          <LinkButton href={productVersionId ? `/vulnerabilities/new?productVersionId=${productVersionId}` : '/vulnerabilities/new'} variant="primary" data-testid="vulnerabilities-report">
            Report a vulnerability
          </LinkButton>
        }
      />
      <div className="space-y-4">
        <VulnerabilityFilters status={status} severity={severity} productVersionId={productVersionId} />
        {page === null ? (
          <Alert tone="error" title="This page link is not valid." data-testid="vulnerabilities-bad-cursor">
            <LinkButton href="/vulnerabilities" size="sm" className="mt-2">
              Go to the first page
            </LinkButton>
          </Alert>
        ) : page.items.length ? (
          <VulnerabilitiesTable vulnerabilities={page.items} caption="Vulnerabilities" />
        ) : (
          <EmptyState
            title={isFiltered ? 'Nothing matches these filters' : 'No vulnerabilities reported'}
            body={
              isFiltered
                ? 'Clear the filters to see every vulnerability you may see.'
                : actor.orgKind === 'vendor'
                  ? 'Reports on your products — from you, labs, operators or regulators — appear here.'
                  : 'Reports appear here as soon as anyone files one.'
            }
            data-testid="vulnerabilities-empty"
          />
        )}
        {page ? (
          <CursorPagination path="/vulnerabilities" params={{ status, severity, productVersionId }} cursor={cursor} nextCursor={page.nextCursor} testIdPrefix="vulnerabilities" />
        ) : null}
      </div>
    </>
  );
}
