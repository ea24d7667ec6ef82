import { LinkButton } from '@/app/_components/ui/link-button';
import { LOG_PAGE_SIZE } from './log-params';

type Props = { start: number; end: number; size: number };

/** Newer/older links for the entry list; the position lives in the URL (`?before=`). */
export function LogPagination({ start, end, size }: Props) {
  const newerBefore = Math.min(size, end + LOG_PAGE_SIZE);
  return (
    <nav aria-label="Log pages" className="mt-4 flex flex-wrap items-center justify-between gap-3 text-sm">
      <p className="text-slate-600" data-testid="log-page-range">
        {end > start ? `Entries ${start}–${end - 1} of ${size.toLocaleString('en-US')}` : 'No entries'}
      </p>
      <div className="flex gap-2">
        {end < size ? (
          <>
            <LinkButton href="/log" size="sm" data-testid="log-page-latest">
              Latest
            </LinkButton>
            <LinkButton href={newerBefore >= size ? '/log' : `/log?before=${newerBefore}`} size="sm" data-testid="log-page-newer">
              Newer entries
            </LinkButton>
          </>
        ) : null}
        {start > 0 ? (
          <LinkButton href={`/log?before=${start}`} size="sm" data-testid="log-page-older">
            Older entries
          </LinkButton>
        ) : null}
      </div>
    </nav>
  );
}
