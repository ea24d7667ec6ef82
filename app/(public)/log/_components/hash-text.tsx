import { cx } from '@/app/_components/ui/class-names';

type Props = { hex: string; isAbbreviated?: boolean; className?: string };

/** A hash in monospace; abbreviated ones keep the full value in a tooltip and for screen readers. */
export function HashText({ hex, isAbbreviated, className }: Props) {
  if (!isAbbreviated) return <code className={cx('font-mono text-xs break-all', className)}>{hex}</code>;
  return (
    <code className={cx('font-mono text-xs', className)} title={hex}>
      <span aria-hidden="true">{`${hex.slice(0, 12)}…${hex.slice(-4)}`}</span>
      <span className="sr-only">{hex}</span>
    </code>
  );
}
