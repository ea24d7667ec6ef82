import { LinkButton } from '@/app/_components/ui/link-button';
import { Button } from '@/app/_components/ui/button';
import { TextInput } from '@/app/_components/ui/text-input';
import { NetworkFunctionSelect } from './network-function-select';

type Props = { q: string; networkFunction: string };

/** A plain GET form: the filters live in the URL, work without JavaScript and can be bookmarked. */
export function ProductFilters({ q, networkFunction }: Props) {
  const isFiltered = Boolean(q || networkFunction);
  return (
    <form method="get" action="/products" role="search" aria-label="Filter products" className="flex flex-wrap items-end gap-3" data-testid="product-filters">
      <div className="w-full max-w-xs">
        <TextInput id="product-search" name="q" type="search" label="Name or model" defaultValue={q} maxLength={200} data-testid="product-search" />
      </div>
      <div className="w-full max-w-xs">
        <NetworkFunctionSelect
          id="product-nf-filter"
          name="networkFunction"
          label="Network function"
          placeholder="All network functions"
          defaultValue={networkFunction}
          data-testid="product-nf-filter"
        />
      </div>
      <div className="flex gap-2">
        <Button type="submit" variant="secondary" data-testid="product-filter-apply">
          Apply filters
        </Button>
        {isFiltered ? (
          <LinkButton href="/products" variant="ghost" data-testid="product-filter-clear">
            Clear
          </LinkButton>
        ) : null}
      </div>
    </form>
  );
}
