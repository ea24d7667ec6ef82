import type { ReactNode } from 'react';
import { cx } from './class-names';

export type BadgeTone = 'neutral' | 'info' | 'success' | 'warning' | 'danger' | 'violet';

const tones: Record<BadgeTone, string> = {
  neutral: 'bg-slate-100 text-slate-800 ring-slate-300',
  info: 'bg-sky-50 text-sky-900 ring-sky-300',
  success: 'bg-emerald-50 text-emerald-900 ring-emerald-300',
  warning: 'bg-amber-50 text-amber-900 ring-amber-300',
  danger: 'bg-red-50 text-red-900 ring-red-300',
  violet: 'bg-violet-50 text-violet-900 ring-violet-300',
};

type Props = { tone?: BadgeTone; children: ReactNode; 'data-testid'?: string };

export function Badge({ tone = 'neutral', children, ...rest }: Props) {
  return (
    <span
      className={cx('inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset', tones[tone])}
      {...rest}
    >
      {children}
    </span>
  );
}
