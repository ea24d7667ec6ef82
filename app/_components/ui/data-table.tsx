import type { ReactNode, TdHTMLAttributes, ThHTMLAttributes } from 'react';
import { cx } from './class-names';
import { TableLabels } from './table-labels';

type TableProps = {
  caption: ReactNode;
  /** Keep the caption for screen readers only when a visible heading already says the same. */
  captionHidden?: boolean;
  children: ReactNode;
  'data-testid'?: string;
  /** `cards` (default): on a phone each row becomes a card of labelled lines; `scroll`: the table scrolls sideways inside its box. */
  phoneLayout?: 'cards' | 'scroll';
};

/** A simple styled table; always captioned, and usable on a phone (see `phoneLayout`). */
export function Table({ caption, captionHidden, children, phoneLayout = 'cards', ...rest }: TableProps) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      {phoneLayout === 'cards' ? <TableLabels /> : null}
      <table className={cx('min-w-full divide-y divide-slate-200 text-left text-sm', phoneLayout === 'cards' && 'responsive-table')} {...rest}>
        <caption className={captionHidden ? 'sr-only' : 'px-4 py-3 text-left text-sm font-medium text-slate-700'}>
          {caption}
        </caption>
        {children}
      </table>
    </div>
  );
}

export function THead({ children }: { children: ReactNode }) {
  return <thead className="bg-slate-50">{children}</thead>;
}

export function TBody({ children }: { children: ReactNode }) {
  return <tbody className="divide-y divide-slate-100">{children}</tbody>;
}

export function Th({ scope = 'col', className, ...rest }: ThHTMLAttributes<HTMLTableCellElement>) {
  return (
    <th
      scope={scope}
      className={cx(
        scope === 'col' ? 'px-4 py-2.5 text-xs font-semibold tracking-wide text-slate-700 uppercase' : 'px-4 py-3 align-middle font-medium text-slate-900',
        className,
      )}
      {...rest}
    />
  );
}

export function Td({ className, ...rest }: TdHTMLAttributes<HTMLTableCellElement>) {
  return <td className={cx('px-4 py-3 align-middle text-slate-700', className)} {...rest} />;
}
