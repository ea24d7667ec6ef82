import type { ReactNode } from 'react';
import { cx } from './class-names';

export type TimelineItem = {
  id: string;
  title: ReactNode;
  /** ISO timestamp, shown as given in a <time> element. */
  at: string;
  atLabel: string;
  body?: ReactNode;
  tone?: 'neutral' | 'success' | 'warning' | 'danger';
};

const dots = {
  neutral: 'bg-slate-400',
  success: 'bg-emerald-600',
  warning: 'bg-amber-500',
  danger: 'bg-red-600',
};

type Props = { label: string; items: readonly TimelineItem[] };

/** A vertical list of events, oldest first. */
export function Timeline({ label, items }: Props) {
  return (
    <ol aria-label={label} className="relative space-y-5 border-l border-slate-200 pl-6">
      {items.map((item) => (
        <li key={item.id} className="relative">
          <span
            aria-hidden="true"
            className={cx('absolute top-1.5 -left-[1.95rem] size-3 rounded-full ring-4 ring-white', dots[item.tone ?? 'neutral'])}
          />
          <p className="text-sm font-medium text-slate-900">{item.title}</p>
          <time dateTime={item.at} className="text-xs text-slate-500">
            {item.atLabel}
          </time>
          {item.body ? <div className="mt-1 text-sm text-slate-700">{item.body}</div> : null}
        </li>
      ))}
    </ol>
  );
}
