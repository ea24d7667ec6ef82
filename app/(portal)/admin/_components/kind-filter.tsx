import { orgKinds, type OrgKind } from '@/lib/authz/actor';
import { orgKindLabels } from '@/app/_components/org/org-kind';
import { FilterLinks } from '@/app/_components/ui/filter-links';

/** Organisations by kind (`?kind=`). */
export function KindFilter({ current }: { current: OrgKind | undefined }) {
  const links = [undefined, ...orgKinds].map((kind) => ({
    key: kind ?? 'all',
    label: kind ? orgKindLabels[kind] : 'All',
    href: kind ? `/admin?kind=${kind}` : '/admin',
    isCurrent: kind === current,
  }));
  return <FilterLinks label="Filter by kind" links={links} testIdPrefix="kind-filter" />;
}
