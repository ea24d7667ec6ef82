import type { Metadata } from 'next';
import { searchComponents } from '@/lib/components/search-components';
import type { ComponentSearchResult } from '@/lib/components/component-search-schemas';
import { ServiceError } from '@/lib/errors';
import { requirePageActor } from '@/app/_components/auth/require-page-actor';
import { Alert } from '@/app/_components/ui/alert';
import { EmptyState } from '@/app/_components/ui/empty-state';
import { LinkButton } from '@/app/_components/ui/link-button';
import { PageHeader } from '@/app/_components/ui/page-header';
import { hrefWith, paramText, type SearchParams } from '../components/_components/search-params';
import { ComponentSearchForm } from './_components/component-search-form';
import { ComponentSearchTable } from './_components/component-search-table';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Search by component' };

const PAGE_SIZE = 50;

export default async function ComponentSearchPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageActor('/component-search');
  const params = await searchParams;
  const purl = paramText(params, 'purl').slice(0, 1000);
  const cursor = paramText(params, 'cursor') || undefined;
  let result: ComponentSearchResult | null = null;
  let problem: string | null = null;
  if (purl) {
    try {
      result = await searchComponents(actor, { purl, limit: String(PAGE_SIZE), cursor });
    } catch (error) {
      if (!(error instanceof ServiceError) || error.status !== 400) throw error;
      problem = error.message;
    }
  }
  const certified = result?.items.filter((i) => i.certificate).length ?? 0;

  return (
    <>
      <PageHeader
        title="Search by component"
        description="Which product versions contain a package? Give a package URL with or without version; every SBOM you may open is searched, certified and submitted."
      />
      <div className="space-y-4">
        <ComponentSearchForm purl={purl} />
        {problem ? (
          <Alert tone="error" title="That is not a package URL." data-testid="component-search-error">
            {problem}
          </Alert>
        ) : null}
        {result && result.items.length > 0 ? (
          <>
            <p className="text-sm text-slate-700" data-testid="component-search-summary">
              <span className="font-mono">{result.query.canonical}</span>: {result.items.length}
              {result.nextCursor ? '+' : ''} occurrences on this page, {certified} in certified versions.
            </p>
            <ComponentSearchTable items={result.items} />
          </>
        ) : result ? (
          <EmptyState
            title="No SBOM you can see contains this package"
            body={
              <>
                Nothing matches <span className="font-mono">{result.query.canonical}</span>.
                {result.query.version ? ' Leave out the version (after @) to find every version of the package.' : ' Check the type, namespace and name.'}
              </>
            }
            data-testid="component-search-empty"
          />
        ) : !problem ? (
          <EmptyState
            title="Search the component index"
            body="For example pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1, or pkg:npm/lodash for every version of lodash. Qualifiers such as ?distro=debian-12 narrow the search."
            data-testid="component-search-start"
          />
        ) : null}
        {result && (cursor || result.nextCursor) ? (
          <nav aria-label="Pagination" className="flex gap-2">
            {cursor ? (
              <LinkButton href={hrefWith('/component-search', { purl })} size="sm" data-testid="component-search-first-page">
                First page
              </LinkButton>
            ) : null}
            {result.nextCursor ? (
              <LinkButton href={hrefWith('/component-search', { purl, cursor: result.nextCursor })} size="sm" data-testid="component-search-next-page">
                Next page
              </LinkButton>
            ) : null}
          </nav>
        ) : null}
      </div>
    </>
  );
}
