import type { Metadata } from 'next';
import Link from 'next/link';
import { ServiceError } from '@/lib/errors';
import { getRegistryFilterOptions, isRegistryEmpty, listRegistry } from '@/lib/registry/read-registry';
import { Alert } from '@/app/_components/ui/alert';
import { EmptyState } from '@/app/_components/ui/empty-state';
import { LinkButton } from '@/app/_components/ui/link-button';
import { RegistryFilters } from './registry/_components/registry-filters';
import { formatTotal } from './registry/_components/registry-labels';
import { exportQuery, feedQuery, isFiltered, readRegistrySearch, registryHref } from './registry/_components/registry-params';
import { RegistryTable } from './registry/_components/registry-table';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: { absolute: 'Trustledger — public registry' },
  alternates: { types: { 'application/atom+xml': [{ url: '/api/v1/registry/feed.atom', title: 'Trustledger certificate events' }] } },
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const PAGE_SIZE = 50;

export default async function RegistryPage({ searchParams }: Props) {
  const search = readRegistrySearch(await searchParams);
  const [page, options] = await Promise.all([listRegistry({ ...search, limit: PAGE_SIZE }).catch(badQuery), getRegistryFilterOptions()]);
  const isEmptyOverall = page?.total === 0 && (await isRegistryEmpty());
  const feedHref = `/api/v1/registry/feed.atom${feedQuery(search)}`;

  return (
    <div className="space-y-6">
      <section aria-labelledby="registry-heading" className="max-w-3xl">
        <h1 id="registry-heading" className="text-3xl font-semibold tracking-tight text-balance text-slate-900">
          Public registry of certificates
        </h1>
        <p className="mt-2 text-slate-700">
          Telecom network equipment tested by accredited labs against the 3GPP SCAS test cases and approved by a
          regulator. Every certificate and every change to it is an entry in the{' '}
          <Link href="/log" className="text-sky-800 underline hover:text-sky-950">
            transparency log
          </Link>
          , so you can check it without trusting us.
        </p>
      </section>

      <RegistryFilters options={options} search={search} />

      {page === null ? (
        <Alert tone="error" title="This search or page link is not valid." data-testid="registry-bad-query">
          <LinkButton href="/" size="sm" className="mt-2">
            Show the whole registry
          </LinkButton>
        </Alert>
      ) : page.total === 0 ? (
        isEmptyOverall ? (
          <EmptyState
            title="No certificates have been issued yet."
            body="Certificates appear here as soon as a regulator approves an evaluated product version."
            action={<LinkButton href="/log">Read the transparency log</LinkButton>}
            data-testid="registry-empty"
          />
        ) : (
          <EmptyState
            title="No certificates match your search and filters."
            body="Try fewer or shorter words — each word matches the start of a name — or clear the filters to see every certificate."
            action={<LinkButton href={registryHref({ sort: search.sort, dir: search.dir })}>Clear filters</LinkButton>}
            data-testid="registry-empty"
          />
        )
      ) : (
        <>
          <div className="flex flex-wrap items-center justify-between gap-3">
            <p className="text-sm text-slate-700" role="status" data-testid="registry-total">
              {formatTotal(page.total, page.isTotalCapped)} {page.total === 1 && !page.isTotalCapped ? 'certificate' : 'certificates'}
              {isFiltered(search) ? ' match' : ''}
              {search.cursor ? ' — a later page' : ''}.
            </p>
            <div className="flex flex-wrap gap-2">
              <LinkButton href={`/api/v1/registry/export.csv${exportQuery(search)}`} size="sm" prefetch={false} data-testid="registry-download-csv">
                Download CSV
              </LinkButton>
              <LinkButton href={feedHref} size="sm" prefetch={false} data-testid="registry-subscribe">
                Subscribe (Atom)
              </LinkButton>
            </div>
          </div>
          <RegistryTable items={page.items} search={search} />
          {search.cursor || page.nextCursor ? (
            <nav aria-label="Pagination" className="flex gap-2">
              {search.cursor ? (
                <LinkButton href={registryHref(search, { cursor: undefined })} size="sm" data-testid="registry-first-page">
                  First page
                </LinkButton>
              ) : null}
              {page.nextCursor ? (
                <LinkButton href={registryHref(search, { cursor: page.nextCursor })} size="sm" data-testid="registry-next-page">
                  Next page
                </LinkButton>
              ) : null}
            </nav>
          ) : null}
        </>
      )}
    </div>
  );
}

/** A malformed URL (hand-edited filter, stale cursor) is shown as such rather than as an error page. */
function badQuery(error: unknown): null {
  if (error instanceof ServiceError && error.status === 400) return null;
  throw error;
}
