import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { isNetworkFunction } from '@/lib/catalogue/network-functions';
import { ServiceError } from '@/lib/errors';
import { listApprovedComponents } from '@/lib/approved-components/read-approved-components';
import { requirePageActor } from '@/app/_components/auth/require-page-actor';
import { Alert } from '@/app/_components/ui/alert';
import { EmptyState } from '@/app/_components/ui/empty-state';
import { LinkButton } from '@/app/_components/ui/link-button';
import { PageHeader } from '@/app/_components/ui/page-header';
import { ComponentFilters, type ComponentSearch } from './_components/component-filters';
import { ComponentsTable } from './_components/components-table';
import { isSegment } from './_components/labels';
import { hrefWith, paramText, type SearchParams } from './_components/search-params';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Approved components' };

const PAGE_SIZE = 50;

export default async function ComponentsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageActor('/components');
  if (actor.orgKind !== 'operator' && actor.orgKind !== 'regulator') notFound();
  const params = await searchParams;
  const nf = paramText(params, 'networkFunction');
  const segment = paramText(params, 'segment');
  const search: ComponentSearch = {
    q: paramText(params, 'q').slice(0, 200),
    networkFunction: isNetworkFunction(nf) ? nf : '',
    segment: isSegment(segment) ? segment : '',
  };
  const cursor = paramText(params, 'cursor') || undefined;
  const filters = { q: search.q || undefined, networkFunction: search.networkFunction || undefined, segment: search.segment || undefined };
  const page = await listApprovedComponents(actor, { ...filters, limit: PAGE_SIZE, cursor }).catch((error: unknown) => {
    if (error instanceof ServiceError && error.status === 400) return null;
    throw error;
  });
  const isFiltered = Boolean(filters.q || filters.networkFunction || filters.segment);

  return (
    <>
      <PageHeader
        title="Approved components"
        description={
          actor.orgKind === 'operator'
            ? 'Certified product versions with their released evidence, test results, SBOM and vulnerabilities. Open one to record whether your network accepts it.'
            : 'Certified product versions and how operators decided on them.'
        }
      />
      <div className="space-y-4">
        <ComponentFilters search={search} />
        {page === null ? (
          <Alert tone="error" title="This page link is not valid." data-testid="components-bad-cursor">
            <LinkButton href="/components" size="sm" className="mt-2">
              Go to the first page
            </LinkButton>
          </Alert>
        ) : page.items.length ? (
          <ComponentsTable items={page.items} isRegulator={actor.orgKind === 'regulator'} />
        ) : isFiltered ? (
          <EmptyState
            title="No approved component matches"
            body="Try fewer or other words, or another network function or segment. Revoked certificates are not listed."
            action={<LinkButton href="/components">Clear the search</LinkButton>}
            data-testid="components-empty-filtered"
          />
        ) : (
          <EmptyState
            title="No certified components yet"
            body="A product version appears here once a regulator certifies it after an accredited lab's evaluation."
            data-testid="components-empty"
          />
        )}
        {page && (cursor || page.nextCursor) ? (
          <nav aria-label="Pagination" className="flex gap-2">
            {cursor ? (
              <LinkButton href={hrefWith('/components', filters)} size="sm" data-testid="components-first-page">
                First page
              </LinkButton>
            ) : null}
            {page.nextCursor ? (
              <LinkButton href={hrefWith('/components', { ...filters, cursor: page.nextCursor })} size="sm" data-testid="components-next-page">
                Next page
              </LinkButton>
            ) : null}
          </nav>
        ) : null}
      </div>
    </>
  );
}
