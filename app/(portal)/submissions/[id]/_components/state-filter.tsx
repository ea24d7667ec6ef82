import { SUBMISSION_STATE_DISPLAY } from '@/lib/workflow/submission-state-display';
import type { SubmissionState } from '@/lib/workflow/submission-states';
import { FilterLinks } from '@/app/_components/ui/filter-links';

type Props = { current: SubmissionState | undefined; states: readonly SubmissionState[] };

/** Submissions by state (`?state=`). */
export function StateFilter({ current, states }: Props) {
  const links = [undefined, ...states].map((state) => ({
    key: state ?? 'all',
    label: state ? SUBMISSION_STATE_DISPLAY[state].label : 'All',
    href: state ? `/submissions?state=${state}` : '/submissions',
    isCurrent: state === current,
  }));
  return <FilterLinks label="Filter by state" links={links} testIdPrefix="state-filter" />;
}
