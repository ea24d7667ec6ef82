import Link from 'next/link';
import { TableLabels } from '@/app/_components/ui/table-labels';
import type { AssignmentDto } from '@/lib/submissions/read-assignments';
import { Age } from '../../review/_components/age';
import { segmentLabel } from '../../review/_components/segment-label';
import { SubmissionStateBadge } from './submission-state-badge';

type Props = { items: AssignmentDto[]; caption: string; now: Date };

const head = 'px-3 py-2.5 text-xs font-semibold tracking-wide text-slate-700 uppercase';
const cell = 'px-3 py-3 align-top text-slate-700';
const action = 'mt-1 inline-block text-xs font-medium text-sky-800 underline underline-offset-2 hover:text-sky-950';

/** The next step for the lab, as a link under the product name. */
function NextStep({ a }: { a: AssignmentDto }) {
  if (a.state === 'submitted') {
    return (
      <Link href={`/submissions/${a.id}`} className={action} data-testid={`assignment-respond-${a.id}`}>
        Accept or decline<span className="sr-only"> {a.product.name}</span>
      </Link>
    );
  }
  return (
    <Link href={`/submissions/${a.id}/results`} className={action} data-testid={`assignment-results-${a.id}`}>
      {a.state === 'in_evaluation' ? 'Record results' : 'Results'}
      <span className="sr-only"> of {a.product.name}</span>
    </Link>
  );
}

export function AssignmentsTable({ items, caption, now }: Props) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <TableLabels />
      <table className="responsive-table min-w-full divide-y divide-slate-200 text-left text-sm" data-testid="assignments-table">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50">
          <tr>
            <th scope="col" className={head}>Product</th>
            <th scope="col" className={head}>Version</th>
            <th scope="col" className={head}>Vendor</th>
            <th scope="col" className={head}>Function</th>
            <th scope="col" className={head}>Segment</th>
            <th scope="col" className={head}>Virtualized</th>
            <th scope="col" className={head}>Submitted</th>
            <th scope="col" className={head}>State</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {items.map((a) => (
            <tr key={a.id} className="hover:bg-slate-50" data-testid={`assignment-row-${a.id}`}>
              <th scope="row" className={`${cell} min-w-40 font-medium text-slate-900`}>
                <Link href={`/submissions/${a.id}`} className="text-sky-800 underline-offset-2 hover:underline" data-testid={`assignment-open-${a.id}`}>
                  {a.product.name}
                </Link>
                {a.product.model ? <span className="block text-xs font-normal text-slate-500">{a.product.model}</span> : null}
                <span className="block">
                  <NextStep a={a} />
                </span>
              </th>
              <td className={`${cell} font-mono text-xs`}>{a.productVersion.version}</td>
              <td className={cell}>{a.vendor.name}</td>
              <td className={cell}>{a.product.networkFunction}</td>
              <td className={cell}>{segmentLabel(a.product.segment)}</td>
              <td className={cell}>{a.product.isVirtualized ? 'Yes' : 'No'}</td>
              <td className={cell}>
                {a.submittedAt ? (
                  <>
                    <Age at={a.submittedAt} now={now} /> ago
                  </>
                ) : (
                  '—'
                )}
              </td>
              <td className={`${cell} whitespace-nowrap`}>
                <SubmissionStateBadge state={a.state} testId={`assignment-state-${a.id}`} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
