import { LinkButton } from '@/app/_components/ui/link-button';

type Props = {
  /** The page's path without a query. */
  path: string;
  /** Filters to keep on every page link; empty values are left out. */
  params: Record<string, string | undefined>;
  cursor: string | undefined;
  nextCursor: string | null;
  testIdPrefix: string;
};

function hrefOf(path: string, params: Record<string, string | undefined>): string {
  const query = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => Boolean(e[1])));
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

/** Opaque-cursor pagination kept in the URL: "first page" once past it, "next page" while there is one. */
export function CursorPagination({ path, params, cursor, nextCursor, testIdPrefix }: Props) {
  if (!cursor && !nextCursor) return null;
  return (
    <nav aria-label="Pagination" className="flex gap-2">
      {cursor ? (
        <LinkButton href={hrefOf(path, params)} size="sm" data-testid={`${testIdPrefix}-first-page`}>
          First page
        </LinkButton>
      ) : null}
      {nextCursor ? (
        <LinkButton href={hrefOf(path, { ...params, cursor: nextCursor })} size="sm" data-testid={`${testIdPrefix}-next-page`}>
          Next page
        </LinkButton>
      ) : null}
    </nav>
  );
}

export { hrefOf };
