import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { isNetworkFunction } from '@/lib/catalogue/network-functions';
import { ServiceError } from '@/lib/errors';
import { listOwnProducts } from '@/lib/products/read-products';
import { requirePageActor } from '@/app/_components/auth/require-page-actor';
import { Alert } from '@/app/_components/ui/alert';
import { EmptyState } from '@/app/_components/ui/empty-state';
import { LinkButton } from '@/app/_components/ui/link-button';
import { PageHeader } from '@/app/_components/ui/page-header';
import { CursorPagination } from './_components/cursor-pagination';
import { ProductFilters } from './_components/product-filters';
import { ProductsTable } from './_components/products-table';
import { paramText, type SearchParams } from './_components/search-params';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Products' };

const PAGE_SIZE = 25;

export default async function ProductsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageActor('/products');
  if (actor.orgKind !== 'vendor') notFound();
  const params = await searchParams;
  const q = paramText(params, 'q').slice(0, 200);
  const nf = paramText(params, 'networkFunction');
  const networkFunction = isNetworkFunction(nf) ? nf : '';
  const cursor = paramText(params, 'cursor') || undefined;
  const filters = { q: q || undefined, networkFunction: networkFunction || undefined };

  const page = await listOwnProducts(actor, { ...filters, limit: PAGE_SIZE, cursor }).catch((error: unknown) => {
    if (error instanceof ServiceError && error.status === 400) return null;
    throw error;
  });
  const isFiltered = Boolean(q || networkFunction);

  return (
    <>
      <PageHeader
        title="Products"
        description="The products your organisation makes. Add a version to a product, then submit that version to an accredited lab."
        actions={
          <LinkButton href="/products/new" variant="primary" data-testid="product-new-link">
            Register a product
          </LinkButton>
        }
      />
      <div className="space-y-4">
        {isFiltered || page?.items.length || cursor ? <ProductFilters q={q} networkFunction={networkFunction} /> : null}
        {page === null ? (
          <Alert tone="error" title="This page link is not valid." data-testid="products-bad-cursor">
            <LinkButton href="/products" size="sm" className="mt-2">
              Go to the first page
            </LinkButton>
          </Alert>
        ) : page.items.length ? (
          <ProductsTable products={page.items} />
        ) : isFiltered ? (
          <EmptyState
            title="No products match these filters"
            body="Try another name or model, or a different network function."
            action={<LinkButton href="/products">Clear the filters</LinkButton>}
            data-testid="products-empty-filtered"
          />
        ) : (
          <EmptyState
            title="Register your first product"
            body="Register each product you want evaluated: its name, model and the network function it implements. The network function decides which SCAS test cases apply and how many regulators must approve it."
            action={
              <LinkButton href="/products/new" variant="primary" data-testid="products-empty-new">
                Register your first product
              </LinkButton>
            }
            data-testid="products-empty"
          />
        )}
        {page ? <CursorPagination path="/products" params={filters} cursor={cursor} nextCursor={page.nextCursor} testIdPrefix="products" /> : null}
      </div>
    </>
  );
}
