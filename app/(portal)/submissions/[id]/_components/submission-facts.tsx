import type { ReactNode } from 'react';
import Link from 'next/link';
import type { SubmissionDetailDto } from '@/lib/submissions/submission-dto';
import { formatDateTime } from '@/app/_components/format/format-date-time';
import { SegmentBadge } from '../../../products/_components/segment-badge';
import { SubmissionStateBadge } from './submission-state-badge';

const termClasses = 'text-xs font-semibold tracking-wide text-slate-600 uppercase';

/** The submission at a glance: what is evaluated, by whom, and where it stands. */
export function SubmissionFacts({ submission: s }: { submission: SubmissionDetailDto }) {
  const facts: Array<[string, ReactNode, string]> = [
    ['State', <SubmissionStateBadge key="s" state={s.state} data-testid="submission-state" />, 'fact-state'],
    [
      'Product',
      <Link key="p" href={`/products/${s.product.id}`} className="text-sky-800 underline underline-offset-2">
        {s.product.name}
        {s.product.model ? ` (${s.product.model})` : ''}
      </Link>,
      'fact-product',
    ],
    ['Version', s.productVersion.version, 'fact-version'],
    ['Vendor', s.vendor.name, 'fact-vendor'],
    ['Lab', s.lab?.name ?? 'None chosen', 'fact-lab'],
    ['Network function', `${s.product.networkFunction}${s.product.isVirtualized ? ' (virtualized)' : ''}`, 'fact-nf'],
    ['Segment', <SegmentBadge key="g" segment={s.product.segment} data-testid="submission-segment" />, 'fact-segment'],
    ['Scheme', s.scheme, 'fact-scheme'],
    ['Submitted', s.submittedAt ? formatDateTime(s.submittedAt) : 'Not yet', 'fact-submitted'],
    ['Last change', formatDateTime(s.updatedAt), 'fact-updated'],
  ];
  return (
    <dl className="grid grid-cols-2 gap-x-6 gap-y-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm sm:grid-cols-3 lg:grid-cols-5" data-testid="submission-facts">
      {facts.map(([term, value, testId]) => (
        <div key={term} className="min-w-0 space-y-1">
          <dt className={termClasses}>{term}</dt>
          <dd className="text-sm break-words text-slate-900" data-testid={testId}>
            {value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
