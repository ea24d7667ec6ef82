import { NETWORK_SEGMENTS } from '@/lib/catalogue/network-segments';
import type { ReviewQueueFilterOptions } from '@/lib/submissions/read-review-queue';
import { buttonClasses } from '@/app/_components/ui/button-styles';
import { LinkButton } from '@/app/_components/ui/link-button';
import { FilterSelect } from '@/app/_components/ui/filter-select';
import { currentSort, queueHref, type QueueSearch } from './queue-params';
import { SEGMENT_LABELS } from './segment-label';

type Props = { options: ReviewQueueFilterOptions; search: QueueSearch };

/** A plain GET form: the filters live in the URL, so a filtered queue can be bookmarked and shared. */
export function QueueFilters({ options, search }: Props) {
  const { sort, dir } = currentSort(search);
  const isFiltered = Boolean(search.segment || search.networkFunction || search.vendor || search.lab);
  return (
    <form method="get" action="/review" role="search" aria-label="Filter the review queue" className="flex flex-wrap items-end gap-3" data-testid="queue-filters">
      <input type="hidden" name="sort" value={sort} />
      <input type="hidden" name="dir" value={dir} />
      <div className="w-40">
        <FilterSelect
          id="queue-filter-segment"
          name="segment"
          label="Segment"
          anyLabel="Any segment"
          current={search.segment}
          options={NETWORK_SEGMENTS.map((s) => ({ value: s, label: SEGMENT_LABELS[s] }))}
          data-testid="queue-filter-segment"
        />
      </div>
      <div className="w-44">
        <FilterSelect
          id="queue-filter-function"
          name="networkFunction"
          label="Network function"
          anyLabel="Any function"
          current={search.networkFunction}
          options={options.networkFunctions.map((nf) => ({ value: nf, label: nf }))}
          data-testid="queue-filter-function"
        />
      </div>
      <div className="w-56">
        <FilterSelect
          id="queue-filter-vendor"
          name="vendor"
          label="Vendor"
          anyLabel="Any vendor"
          current={search.vendor}
          unlistedLabel="A vendor with nothing in the queue"
          options={options.vendors.map((v) => ({ value: v.id, label: v.name }))}
          data-testid="queue-filter-vendor"
        />
      </div>
      <div className="w-56">
        <FilterSelect
          id="queue-filter-lab"
          name="lab"
          label="Lab"
          anyLabel="Any lab"
          current={search.lab}
          unlistedLabel="A lab with nothing in the queue"
          options={options.labs.map((l) => ({ value: l.id, label: l.name }))}
          data-testid="queue-filter-lab"
        />
      </div>
      <div className="flex gap-2">
        <button type="submit" className={buttonClasses('primary')} data-testid="queue-filter-apply">
          Apply filters
        </button>
        {isFiltered ? (
          <LinkButton href={queueHref({ sort: search.sort, dir: search.dir }, {})} data-testid="queue-filter-clear">
            Clear filters
          </LinkButton>
        ) : null}
      </div>
    </form>
  );
}
